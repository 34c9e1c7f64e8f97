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

// Whether two answers to item are the same answer, so that answer_text reads the same for both; false
// when unsure (two answers may still read the same: compare their texts then). Cheaper than the text.
bool same_answer(const model::Item& item, const spectrum_answer& x, const spectrum_answer& y);

}  // namespace spectrum

#endif  // SPECTRUM_ANSWER_TEXT_H
