// The public face of the pipeline's relevance rule (input_view.cpp): one rule, two callers.
#include <spectrum/relevance.h>

#include "input_view.h"

namespace spectrum {

bool item_is_relevant(const model::Questionnaire& questionnaire, const model::Item& item,
                      const std::map<std::string, model::AnswerValue>& answers) {
  return is_relevant(questionnaire, item, answers);
}

}  // namespace spectrum
