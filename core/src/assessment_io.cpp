// Assessment files ("spectrum.assessment/1"): loading against the questionnaires they answer, writing,
// and the blank assessment handed out to respondents.
#include "answer_io.h"
#include "area_json.h"
#include "json_checker.h"

#include <spectrum/io.h>

#include <map>
#include <set>

namespace spectrum {
namespace {

using detail::child_pointer;
using detail::JsonChecker;
using detail::ObjectReader;

constexpr double kLowestLevel = 0, kHighestLevel = 5;

std::string quote(std::string_view text) {
  return nlohmann::json(text).dump();
}

class AssessmentReader {
 public:
  AssessmentReader(JsonChecker& checker, const QuestionnaireSet& questionnaires,
                   model::Assessment& assessment)
      : checker_(checker), questionnaires_(questionnaires), assessment_(assessment) {}

  void read(const nlohmann::json& document);

 private:
  void read_area(ObjectReader& document);
  void read_targets(ObjectReader& document);
  void read_respondent(const nlohmann::json& value, const std::string& pointer);
  void read_answers(const nlohmann::json& value, const std::string& pointer, model::Respondent& respondent);
  void read_questionnaire_answers(const nlohmann::json& value, const std::string& pointer,
                                  const model::Questionnaire& questionnaire,
                                  std::map<std::string, model::AnswerValue>& answers);
  const model::Questionnaire* questionnaire(std::string_view id) const;
  std::string known_questionnaires() const;

  JsonChecker& checker_;
  const QuestionnaireSet& questionnaires_;
  model::Assessment& assessment_;
  std::map<std::string, std::string> respondent_ids_;  // id -> pointer of the respondent first using it
};

void AssessmentReader::read(const nlohmann::json& document) {
  checker_.require_format(document, kAssessmentFormat);
  ObjectReader reader(checker_, document, "");
  reader.string("format", true);
  read_area(reader);
  assessment_.period = reader.text("period").value_or("");
  read_targets(reader);
  if (const nlohmann::json* respondents = reader.array("respondents", true)) {
    if (respondents->empty())
      checker_.error("/respondents", "expected at least one respondent, found an empty array");
    for (std::size_t i = 0; i < respondents->size(); ++i) {
      read_respondent((*respondents)[i], child_pointer("/respondents", i));
    }
  }
  assessment_.extensions = reader.finish();
}

void AssessmentReader::read_area(ObjectReader& document) {
  if (const nlohmann::json* area = document.object("area", true)) {
    assessment_.area = detail::read_area(checker_, *area, "/area");
  }
}

void AssessmentReader::read_targets(ObjectReader& document) {
  const nlohmann::json* targets = document.object("targets", false);
  if (!targets) return;
  std::set<std::string> domains;
  for (const model::Questionnaire* questionnaire : questionnaires_) domains.insert(questionnaire->domain);
  for (const auto& [domain, value] : targets->items()) {
    if (detail::is_extension(domain)) continue;
    std::string pointer = child_pointer("/targets", domain);
    if (!domains.contains(domain)) {
      std::vector<std::string> known(domains.begin(), domains.end());
      checker_.error(pointer, "unknown domain " + quote(domain) + "; the questionnaires measure " +
                                  (known.empty() ? std::string("no domain") : detail::join_names(known)));
      continue;
    }
    if (!checker_.expect_number(value, pointer, "a target level (a number 0 to 5)")) continue;
    double level = value.get<double>();
    if (level < kLowestLevel || level > kHighestLevel) {
      checker_.error(pointer, "expected a target level 0 to 5, found " + detail::format_number(level));
      continue;
    }
    assessment_.targets[domain] = level;
  }
}

void AssessmentReader::read_respondent(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a respondent object");
  if (!reader.valid()) return;
  model::Respondent respondent{};
  if (auto id = reader.text("id")) {
    respondent.id = *id;
    auto [first, inserted] = respondent_ids_.emplace(*id, pointer);
    if (!inserted) {
      checker_.error(reader.child("id"),
                     "duplicate respondent id " + quote(*id) + ", first used at " + first->second);
    }
  }
  respondent.organisation = reader.text("organisation").value_or("");
  if (auto sector = reader.one_of("sector", true, kSectorNames)) respondent.sector = *parse_sector(*sector);
  respondent.role = reader.text("role").value_or("");
  respondent.name = reader.string("name", false).value_or("");
  if (const nlohmann::json* answers = reader.object("answers", false)) {
    read_answers(*answers, reader.child("answers"), respondent);
  }
  reader.finish();
  assessment_.respondents.push_back(std::move(respondent));
}

void AssessmentReader::read_answers(const nlohmann::json& value, const std::string& pointer,
                                    model::Respondent& respondent) {
  for (const auto& [id, answers] : value.items()) {
    if (detail::is_extension(id)) continue;
    std::string child = child_pointer(pointer, id);
    const model::Questionnaire* found = questionnaire(id);
    if (!found) {
      checker_.error(child, "unknown questionnaire " + quote(id) + " (" + known_questionnaires() + ")");
      continue;
    }
    if (!checker_.expect_object(answers, child, "an object of answers by item id")) continue;
    read_questionnaire_answers(answers, child, *found, respondent.answers[id]);
  }
}

void AssessmentReader::read_questionnaire_answers(const nlohmann::json& value, const std::string& pointer,
                                                  const model::Questionnaire& questionnaire,
                                                  std::map<std::string, model::AnswerValue>& answers) {
  for (const auto& [item_id, answer] : value.items()) {
    if (detail::is_extension(item_id)) continue;
    std::string child = child_pointer(pointer, item_id);
    auto index = questionnaire.find(item_id);
    if (!index) {
      checker_.error(child, "unknown item " + quote(item_id) + " in questionnaire " + questionnaire.id);
      continue;
    }
    if (auto read = detail::read_answer(checker_, answer, child, questionnaire.items[*index])) {
      answers[item_id] = std::move(*read);
    }
  }
}

const model::Questionnaire* AssessmentReader::questionnaire(std::string_view id) const {
  for (const model::Questionnaire* questionnaire : questionnaires_) {
    if (questionnaire->id == id) return questionnaire;
  }
  return nullptr;
}

std::string AssessmentReader::known_questionnaires() const {
  if (questionnaires_.empty()) return "no questionnaires are loaded";
  std::vector<std::string> ids;
  for (const model::Questionnaire* questionnaire : questionnaires_) ids.push_back(questionnaire->id);
  return "known: " + detail::join_names(ids);
}

}  // namespace

model::Assessment assessment_from_json(const nlohmann::json& document, const std::string& file,
                                       const QuestionnaireSet& questionnaires) {
  JsonChecker checker(file);
  model::Assessment assessment;
  assessment.path = file;
  AssessmentReader(checker, questionnaires, assessment).read(document);
  checker.throw_if_errors();
  return assessment;
}

model::Assessment load_assessment(const std::filesystem::path& path, const QuestionnaireSet& questionnaires) {
  return assessment_from_json(parse_json(read_file(path), path.string()), path.string(), questionnaires);
}

nlohmann::json to_json(const model::Assessment& assessment) {
  nlohmann::json json = assessment.extensions.is_object() ? assessment.extensions : nlohmann::json::object();
  json["format"] = kAssessmentFormat;
  json["area"] = detail::area_to_json(assessment.area);
  json["period"] = assessment.period;
  if (!assessment.targets.empty()) {
    for (const auto& [domain, level] : assessment.targets)
      json["targets"][domain] = detail::number_json(level);
  }
  json["respondents"] = nlohmann::json::array();
  for (const model::Respondent& respondent : assessment.respondents) {
    nlohmann::json entry = {{"id", respondent.id},
                            {"organisation", respondent.organisation},
                            {"sector", sector_name(respondent.sector)},
                            {"role", respondent.role},
                            {"answers", nlohmann::json::object()}};
    if (!respondent.name.empty()) entry["name"] = respondent.name;
    for (const auto& [questionnaire, answers] : respondent.answers) {
      nlohmann::json& by_item = entry["answers"][questionnaire] = nlohmann::json::object();
      for (const auto& [item, answer] : answers) by_item[item] = detail::answer_to_json(answer);
    }
    json["respondents"].push_back(std::move(entry));
  }
  return json;
}

nlohmann::json blank_assessment(const QuestionnaireSet& questionnaires) {
  nlohmann::json answers = nlohmann::json::object();
  for (const model::Questionnaire* questionnaire : questionnaires) {
    nlohmann::json& by_item = answers[questionnaire->id] = nlohmann::json::object();
    for (const model::Item& item : questionnaire->items) by_item[item.id] = nullptr;
  }
  return {{"format", kAssessmentFormat},
          {"area", {{"name", "Your area"}, {"code", ""}, {"kind", "hwb"}, {"footprint", ""}}},
          {"period", "2016/17"},
          {"respondents",
           {{{"id", "r1"},
             {"organisation", "Your organisation"},
             {"sector", "other"},
             {"role", "manager"},
             {"answers", std::move(answers)}}}}};
}

}  // namespace spectrum
