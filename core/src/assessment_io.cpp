// Assessment files ("spectrum.assessment/1"): loading against the questionnaires they answer, writing,
// and the blank assessment handed out to respondents.
#include "area_json.h"
#include "assessment_direct.h"
#include "consensus_io.h"
#include "json_checker.h"
#include "respondent_io.h"

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
  if (const nlohmann::json* rounds = reader.any("rounds", false))
    assessment_.rounds =
        detail::read_rounds(checker_, *rounds, "/rounds", questionnaires_, assessment_.respondents);
  if (const nlohmann::json* consensus = reader.object("consensus", false))
    assessment_.consensus = detail::read_consensus(checker_, *consensus, "/consensus", questionnaires_);
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
      checker_.error(pointer, "expected a target level 0 to 5, found " + format_number(level));
      continue;
    }
    assessment_.targets[domain] = level;
  }
}

void AssessmentReader::read_respondent(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a respondent object");
  if (!reader.valid()) return;
  model::Respondent respondent{};
  detail::read_respondent_details(reader, respondent);
  if (!respondent.id.empty()) {
    auto [first, inserted] = respondent_ids_.emplace(respondent.id, pointer);
    if (!inserted) {
      checker_.error(reader.child("id"),
                     "duplicate respondent id " + quote(respondent.id) + ", first used at " + first->second);
    }
  }
  respondent.name = reader.string("name", false).value_or("");
  if (const nlohmann::json* answers = reader.object("answers", false)) {
    detail::read_respondent_answers(checker_, *answers, reader.child("answers"), questionnaires_, respondent);
  }
  reader.finish();
  assessment_.respondents.push_back(std::move(respondent));
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
  const std::string text = read_file(path);
  // The plain shape straight into the model; anything else, and every error, the full way.
  if (std::optional<model::Assessment> plain =
          detail::read_plain_assessment(text, path.string(), questionnaires))
    return std::move(*plain);
  return assessment_from_json(parse_json(text, path.string()), path.string(), questionnaires);
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
    nlohmann::json entry = detail::respondent_details_to_json(respondent);
    entry["answers"] = detail::respondent_answers_to_json(respondent);
    json["respondents"].push_back(std::move(entry));
  }
  if (!assessment.rounds.empty()) json["rounds"] = detail::rounds_to_json(assessment.rounds);
  if (assessment.consensus) json["consensus"] = detail::consensus_to_json(*assessment.consensus);
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
