// Whether an item is shown to a respondent: its relevance condition ("relevant" in a questionnaire)
// evaluated against the respondent's answers. The same rule the scoring pipeline applies, for the
// faces that show or hide items as answers change.
#ifndef SPECTRUM_RELEVANCE_H
#define SPECTRUM_RELEVANCE_H

#include <spectrum/model.h>

#include <map>
#include <string>

namespace spectrum {

// True when `item` (of `questionnaire`) is relevant given one respondent's answers to that
// questionnaire. An item without a condition is relevant; one whose condition names an unanswered,
// unknown or itself irrelevant item is not.
bool item_is_relevant(const model::Questionnaire& questionnaire, const model::Item& item,
                      const std::map<std::string, model::AnswerValue>& answers);

}  // namespace spectrum

#endif  // SPECTRUM_RELEVANCE_H
