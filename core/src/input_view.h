// The read-only C view of an assessment that plugins receive (spectrum_input, abi.h), built once per
// assessment and shared by every plugin. It owns every array it points to; its texts are the
// assessment's own (respondents, text answers, the area) and the questionnaires' own (ids, item texts,
// options), which it points into: the assessment and the questionnaires it is given must outlive it,
// as the references questionnaire() hands out already require.
#ifndef SPECTRUM_INPUT_VIEW_H
#define SPECTRUM_INPUT_VIEW_H

#include <spectrum/abi.h>
#include <spectrum/model.h>

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace spectrum {

// Evaluates an item's relevance condition against one respondent's answers to that questionnaire.
// An item without a condition is relevant; one whose condition's item is unanswered is not.
bool is_relevant(const model::Questionnaire& questionnaire, const model::Item& item,
                 const std::map<std::string, model::AnswerValue>& answers);

class InputView {
 public:
  // questionnaires: every questionnaire the assessment answers (in the order plugins will see them);
  // they must outlive the view.
  InputView(const model::Assessment& assessment, std::vector<const model::Questionnaire*> questionnaires);
  InputView(const InputView&) = delete;
  InputView& operator=(const InputView&) = delete;

  // The input for scoring questionnaire `set` (an index into the questionnaires given).
  const spectrum_input* input_for(std::size_t set);
  std::size_t set_count() const { return questionnaires_.size(); }
  const model::Questionnaire& questionnaire(std::size_t set) const { return *questionnaires_[set]; }
  // The C view of item i of set s.
  const spectrum_item& item(std::size_t set, std::size_t item) const { return sets_[set]->items[item]; }
  // The C answer of respondent r to item i of set s.
  const spectrum_answer& answer(std::size_t set, std::size_t respondent, std::size_t item) const;

 private:
  struct Set {
    std::vector<spectrum_option> options;  // all items' options, items point into it
    std::vector<spectrum_item> items;
    spectrum_questionnaire questionnaire{};
    std::vector<spectrum_answer> answers;  // respondents x items
  };
  const char* keep(const std::string& text);  // a stable copy of a text made for the C view

  std::vector<const model::Questionnaire*> questionnaires_;
  std::deque<std::string> strings_;
  std::deque<std::vector<uint8_t>> selections_;
  std::vector<std::unique_ptr<Set>> sets_;
  std::vector<spectrum_respondent> respondents_;
  std::vector<spectrum_response_set> response_sets_;
  spectrum_input input_{};
};

}  // namespace spectrum

#endif  // SPECTRUM_INPUT_VIEW_H
