// Private: the consensus records of an assessment file ("consensus", the workshop's agreed answers, and
// "rounds", the Delphi rounds after the first), read against the questionnaires and written back.
#ifndef SPECTRUM_CONSENSUS_IO_H
#define SPECTRUM_CONSENSUS_IO_H

#include "json_checker.h"

#include <spectrum/io.h>

namespace spectrum::detail {

// Whether text is a calendar date written YYYY-MM-DD (2016-02-29 yes, 2017-02-29 no).
bool is_iso_date(std::string_view text);
// Reads the member name as a YYYY-MM-DD date; reports `expected a date YYYY-MM-DD, found ...`.
std::optional<std::string> read_date(ObjectReader& reader, std::string_view name, bool required);

// Reads a participant {organisation, sector, role} at pointer, refusing a person's "name".
model::Participant read_participant(JsonChecker& checker, const nlohmann::json& value,
                                    const std::string& pointer);
nlohmann::json participant_to_json(const model::Participant& participant);

// Reads "consensus" at pointer. Participants are organisations, sectors and roles: a "name" member is
// refused with its own message. Agreed answers are checked against their items like any answer.
model::Consensus read_consensus(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                                const QuestionnaireSet& questionnaires);
// Reads "rounds" at pointer: rounds numbered 2, 3, ... in order, revising respondents listed in
// respondents (by id) with answers checked against their items.
std::vector<model::Round> read_rounds(JsonChecker& checker, const nlohmann::json& value,
                                      const std::string& pointer, const QuestionnaireSet& questionnaires,
                                      const std::vector<model::Respondent>& respondents);

nlohmann::json consensus_to_json(const model::Consensus& consensus);
nlohmann::json rounds_to_json(const std::vector<model::Round>& rounds);

}  // namespace spectrum::detail

#endif  // SPECTRUM_CONSENSUS_IO_H
