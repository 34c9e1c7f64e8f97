// How far a respondent has got: answers given among the items relevant to them. "Don't know" and
// "not applicable" count as answers (the respondent has dealt with the item).
#ifndef SPECTRUM_STUDIO_PROGRESS_H
#define SPECTRUM_STUDIO_PROGRESS_H

#include <spectrum/model.h>

#include <QString>

#include <map>
#include <string>

namespace spectrum::studio {

struct Progress {
  int answered = 0;          // relevant items with a value, don't know or not applicable
  int relevant = 0;          // items relevant to the respondent
  int required_missing = 0;  // relevant required items without an answer
  Progress& operator+=(const Progress& other);
  int percent() const;  // answered / relevant, 100 when nothing is relevant
  bool complete() const { return answered == relevant; }
};

Progress progress_of(const model::Questionnaire& questionnaire,
                     const std::map<std::string, model::AnswerValue>& answers);
// Over every questionnaire the respondent answers among `questionnaires`.
Progress progress_of(const std::vector<const model::Questionnaire*>& questionnaires,
                     const model::Respondent& respondent);

// "8 of 13 answered", with ", 2 required missing" when some are.
QString describe(const Progress& progress);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_PROGRESS_H
