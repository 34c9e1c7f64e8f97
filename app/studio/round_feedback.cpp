#include "round_feedback.h"

#include "workshop_tables.h"

#include <spectrum/consensus.h>

namespace spectrum::studio {

collect::RoundFeedback round_feedback(const model::Assessment& assessment,
                                      const QuestionnaireSet& questionnaires, int respondent) {
  const int last = round_count(assessment);
  const std::vector<model::Respondent> answered = respondents_at_round(assessment, last);
  const model::Respondent& own = answered.at(respondent);
  collect::RoundFeedback feedback;
  feedback.round = last + 1;
  feedback.respondent = own;
  feedback.respondent.name.clear();
  static const model::AnswerValue kMissing;
  for (const model::Questionnaire* q : questionnaires) {
    auto sheet = own.answers.find(q->id);
    for (const model::Item& item : q->items) {
      const Distribution d = distribute(answered, q->id, item);
      collect::ItemFeedback& f = feedback.items[q->id][item.id];
      for (int row = 0; row < static_cast<int>(d.answers.size()); ++row)
        f.distribution.emplace_back(d.answers[row].toStdString(), d.total(row));
      const model::AnswerValue* mine = &kMissing;
      if (sheet != own.answers.end())
        if (auto found = sheet->second.find(item.id); found != sheet->second.end()) mine = &found->second;
      if (mine->state != model::AnswerValue::State::missing) f.own = answer_label(item, *mine).toStdString();
    }
  }
  return feedback;
}

}  // namespace spectrum::studio
