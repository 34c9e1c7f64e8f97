// A respondent's details and answers: shared by assessments (many respondents) and responses (one).
#include "respondent_io.h"

#include "answer_io.h"

namespace spectrum::detail {
namespace {

std::string quote(std::string_view text) {
  return nlohmann::json(text).dump();
}

const model::Questionnaire* find_questionnaire(const QuestionnaireSet& questionnaires, std::string_view id) {
  for (const model::Questionnaire* questionnaire : questionnaires)
    if (questionnaire->id == id) return questionnaire;
  return nullptr;
}

std::string known_questionnaires(const QuestionnaireSet& questionnaires) {
  if (questionnaires.empty()) return "no questionnaires are loaded";
  std::vector<std::string> ids;
  for (const model::Questionnaire* questionnaire : questionnaires) ids.push_back(questionnaire->id);
  return "known: " + join_names(ids);
}

void read_questionnaire_answers(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                                const model::Questionnaire& questionnaire,
                                std::map<std::string, model::AnswerValue>& answers) {
  for (const auto& [item_id, answer] : value.items()) {
    if (is_extension(item_id)) continue;
    std::string child = child_pointer(pointer, item_id);
    auto index = questionnaire.find(item_id);
    if (!index) {
      checker.error(child, "unknown item " + quote(item_id) + " in questionnaire " + questionnaire.id);
      continue;
    }
    if (auto read = read_answer(checker, answer, child, questionnaire.items[*index])) {
      answers[item_id] = std::move(*read);
    }
  }
}

}  // namespace

void read_respondent_details(ObjectReader& reader, model::Respondent& respondent) {
  respondent.id = reader.text("id").value_or("");
  respondent.organisation = reader.text("organisation").value_or("");
  if (auto sector = reader.one_of("sector", true, kSectorNames)) respondent.sector = *parse_sector(*sector);
  respondent.role = reader.text("role").value_or("");
}

void read_respondent_answers(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                             const QuestionnaireSet& questionnaires, model::Respondent& respondent) {
  for (const auto& [id, answers] : value.items()) {
    if (is_extension(id)) continue;
    std::string child = child_pointer(pointer, id);
    const model::Questionnaire* found = find_questionnaire(questionnaires, id);
    if (!found) {
      checker.error(child,
                    "unknown questionnaire " + quote(id) + " (" + known_questionnaires(questionnaires) + ")");
      continue;
    }
    if (!checker.expect_object(answers, child, "an object of answers by item id")) continue;
    read_questionnaire_answers(checker, answers, child, *found, respondent.answers[id]);
  }
}

nlohmann::json respondent_details_to_json(const model::Respondent& respondent) {
  nlohmann::json json = {{"id", respondent.id},
                         {"organisation", respondent.organisation},
                         {"sector", sector_name(respondent.sector)},
                         {"role", respondent.role}};
  if (!respondent.name.empty()) json["name"] = respondent.name;
  return json;
}

nlohmann::json respondent_answers_to_json(const model::Respondent& respondent) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [questionnaire, answers] : respondent.answers) {
    nlohmann::json& by_item = json[questionnaire] = nlohmann::json::object();
    for (const auto& [item, answer] : answers) by_item[item] = answer_to_json(answer);
  }
  return json;
}

}  // namespace spectrum::detail
