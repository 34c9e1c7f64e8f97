// How an answer reads to a person in a profile or report: "Joint committee", "12.5 %", "yes",
// "don't know", "not applicable", "not relevant", "no answer".
#ifndef SPECTRUM_ANSWER_TEXT_H
#define SPECTRUM_ANSWER_TEXT_H

#include <spectrum/abi.h>
#include <spectrum/model.h>
#include <spectrum/numbers.h>

#include <string>

namespace spectrum {

std::string answer_text(const model::Item& item, const spectrum_answer& answer);

}  // namespace spectrum

#endif  // SPECTRUM_ANSWER_TEXT_H
