#include "progress.h"

#include <spectrum/relevance.h>

#include <QObject>

namespace spectrum::studio {

Progress& Progress::operator+=(const Progress& other) {
  answered += other.answered;
  relevant += other.relevant;
  required_missing += other.required_missing;
  return *this;
}

int Progress::percent() const {
  return relevant == 0 ? 100 : answered * 100 / relevant;
}

Progress progress_of(const model::Questionnaire& questionnaire,
                     const std::map<std::string, model::AnswerValue>& answers) {
  Progress p;
  for (const model::Item& item : questionnaire.items) {
    if (!item_is_relevant(questionnaire, item, answers)) continue;
    ++p.relevant;
    auto found = answers.find(item.id);
    bool given = found != answers.end() && found->second.state != model::AnswerValue::State::missing;
    if (given) {
      ++p.answered;
    } else if (item.required) {
      ++p.required_missing;
    }
  }
  return p;
}

Progress progress_of(const std::vector<const model::Questionnaire*>& questionnaires,
                     const model::Respondent& respondent) {
  static const std::map<std::string, model::AnswerValue> kNone;
  Progress total;
  for (const model::Questionnaire* q : questionnaires) {
    auto found = respondent.answers.find(q->id);
    total += progress_of(*q, found == respondent.answers.end() ? kNone : found->second);
  }
  return total;
}

QString describe(const Progress& progress) {
  QString text = QObject::tr("%1 of %2 answered").arg(progress.answered).arg(progress.relevant);
  if (progress.required_missing > 0)
    text += QObject::tr(", %n required missing", nullptr, progress.required_missing);
  return text;
}

}  // namespace spectrum::studio
