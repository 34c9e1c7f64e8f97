// Private: one answer of an assessment, read against its item and written back.
#ifndef SPECTRUM_ANSWER_IO_H
#define SPECTRUM_ANSWER_IO_H

#include "json_checker.h"

#include <spectrum/model.h>

#include <optional>

namespace spectrum::detail {

// Reads the answer at pointer to item: null (missing), a bare value of the item's type, a
// {"status": ...} object or a {"value": ..., "evidence": ...} object. Problems go to checker.
std::optional<model::AnswerValue> read_answer(JsonChecker& checker, const nlohmann::json& value,
                                              const std::string& pointer, const model::Item& item);

// The answer as an assessment file writes it.
nlohmann::json answer_to_json(const model::AnswerValue& answer);

}  // namespace spectrum::detail

#endif  // SPECTRUM_ANSWER_IO_H
