// Private: one respondent's details and answers, as assessments and response files hold them.
#ifndef SPECTRUM_RESPONDENT_IO_H
#define SPECTRUM_RESPONDENT_IO_H

#include "json_checker.h"

#include <spectrum/io.h>

namespace spectrum::detail {

// Reads id, organisation, sector and role (all required) from an object being read; problems go to
// the reader's checker.
void read_respondent_details(ObjectReader& reader, model::Respondent& respondent);

// Reads {questionnaire id: {item id: answer}} at pointer into respondent.answers, each answer checked
// against its item. A questionnaire id not in questionnaires is reported with the known ids.
void read_respondent_answers(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                             const QuestionnaireSet& questionnaires, model::Respondent& respondent);

// {id, organisation, sector, role} and, when not empty, name.
nlohmann::json respondent_details_to_json(const model::Respondent& respondent);
// {questionnaire id: {item id: answer}}.
nlohmann::json respondent_answers_to_json(const model::Respondent& respondent);

}  // namespace spectrum::detail

#endif  // SPECTRUM_RESPONDENT_IO_H
