// Response files and merging them: what a valid response loads to, each refusal, and what a merge adds.
#include "format_test_support.h"

#include <spectrum/merge.h>
#include <spectrum/response.h>

#include <catch2/catch.hpp>

using namespace spectrum;
using format_test::diagnostics_of;
using format_test::messages_at;
using State = model::AnswerValue::State;

namespace {

using Loaded = format_test::MiniLoaded;

// A valid response of the mini questionnaire, for respondent id.
nlohmann::json response_json(const model::Questionnaire& q, const std::string& id) {
  return {{"format", "spectrum.response/1"},
          {"area", {{"name", "Northshire"}, {"code", "E10000099"}}},
          {"period", "2016/17"},
          {"respondent",
           {{"id", id}, {"organisation", "Northshire CCG"}, {"sector", "nhs"}, {"role", "manager"}}},
          {"questionnaires", {{{"id", q.id}, {"version", q.version.str()}, {"sha256", q.sha256}}}},
          {"answers",
           {{"mini",
             {{"MQ01", "joint"},
              {"MQ02", {{"status", "dont_know"}}},
              {"MQ04", {{"value", 12.5}, {"evidence", "Section 75 agreement"}}}}}}},
          {"saved", "2016-11-30T10:00:00Z"}};
}

Response load(const nlohmann::json& document, const Loaded& loaded,
              const std::string& file = "r.response.json") {
  return response_from_json(document, file, loaded.set());
}

}  // namespace

TEST_CASE("a valid response loads its area, respondent, stamps and answers", "[formats][response]") {
  Loaded loaded;
  Response r = load(response_json(loaded.questionnaire, "r7"), loaded);
  CHECK(r.area.name == "Northshire");
  CHECK(r.area.code == "E10000099");
  CHECK(r.period == "2016/17");
  CHECK(r.respondent.id == "r7");
  CHECK(r.respondent.sector == Sector::nhs);
  REQUIRE(r.questionnaires.size() == 1);
  CHECK(r.questionnaires[0].sha256 == loaded.questionnaire.sha256);
  const auto& answers = r.respondent.answers.at("mini");
  CHECK(answers.at("MQ01").choice == "joint");
  CHECK(answers.at("MQ02").state == State::dont_know);
  CHECK(answers.at("MQ04").number == 12.5);
  CHECK(answers.at("MQ04").evidence == "Section 75 agreement");
  CHECK(r.saved == "2016-11-30T10:00:00Z");
}

TEST_CASE("a response written back reads to the same response", "[formats][response]") {
  Loaded loaded;
  nlohmann::json document = response_json(loaded.questionnaire, "r7");
  CHECK(to_json(load(document, loaded)) == document);
}

TEST_CASE("a response made from another version of a questionnaire is refused, naming the installed file",
          "[formats][response]") {
  Loaded loaded;
  nlohmann::json document = response_json(loaded.questionnaire, "r7");
  document["questionnaires"][0]["version"] = "1.3.0";
  auto d = diagnostics_of([&] { load(document, loaded); });
  std::string message = messages_at(d, "/questionnaires/0/version");
  CHECK_THAT(message, Catch::Contains("mini 1.3.0") && Catch::Contains(loaded.questionnaire.path) &&
                          Catch::Contains("version 1.2.0"));
  CHECK(d.size() == 1);  // the answers to that edition are not checked item by item
}

TEST_CASE("a response made from a questionnaire changed without a new version is refused",
          "[formats][response]") {
  Loaded loaded;
  nlohmann::json document = response_json(loaded.questionnaire, "r7");
  document["questionnaires"][0]["sha256"] = std::string(64, 'a');
  auto d = diagnostics_of([&] { load(document, loaded); });
  CHECK_THAT(messages_at(d, "/questionnaires/0/sha256"),
             Catch::Contains("changed without a new version") && Catch::Contains(loaded.questionnaire.path));
}

TEST_CASE("a response's stamps must be well formed and name installed questionnaires once",
          "[formats][response]") {
  Loaded loaded;
  nlohmann::json document = response_json(loaded.questionnaire, "r7");
  document["questionnaires"].push_back(
      {{"id", "mini"}, {"version", "1.2.0"}, {"sha256", loaded.questionnaire.sha256}});
  document["questionnaires"].push_back({{"id", "housing"}, {"version", "1.0"}, {"sha256", "not-a-sha"}});
  document["questionnaires"].push_back(
      {{"id", "housing"}, {"version", "1.0.0"}, {"sha256", std::string(64, 'b')}});
  auto d = diagnostics_of([&] { load(document, loaded); });
  CHECK_THAT(messages_at(d, "/questionnaires/1/id"),
             Catch::Contains("listed twice, first at /questionnaires/0"));
  CHECK_THAT(messages_at(d, "/questionnaires/2/version"), Catch::Contains("found \"1.0\""));
  CHECK_THAT(messages_at(d, "/questionnaires/3/id"), Catch::Contains("not installed (installed: mini)"));
}

TEST_CASE("a response's answers are checked like an assessment's, and only for listed questionnaires",
          "[formats][response]") {
  Loaded loaded;
  nlohmann::json document = response_json(loaded.questionnaire, "r7");
  document["answers"]["mini"]["MQ01"] = "maybe";
  document["answers"]["mini"]["MQ04"] = 120;
  document["answers"]["digital"] = nlohmann::json::object();
  document["respondent"]["name"] = "A. Person";
  auto d = diagnostics_of([&] { load(document, loaded); });
  CHECK_THAT(messages_at(d, "/answers/mini/MQ01"),
             Catch::Contains("\"maybe\" is not one of nhs_only, joint, place_body"));
  CHECK_THAT(messages_at(d, "/answers/mini/MQ04"), Catch::Contains("above the maximum 100 %"));
  CHECK_THAT(messages_at(d, "/answers/digital"), Catch::Contains("which /questionnaires does not list"));
  CHECK_THAT(messages_at(d, "/respondent/name"), Catch::Contains("unknown member"));
}

TEST_CASE("the broken response fixtures are refused by the loader as by the schema", "[formats][response]") {
  Loaded loaded;
  for (const char* name : {"response_bad_stamp.json", "response_with_name.json"}) {
    INFO(name);
    diagnostics_of([&] { load_response(format_test::fixture(name), loaded.set()); });
  }
}

TEST_CASE("response files are named by area code and respondent, with unsafe characters replaced",
          "[formats][response]") {
  CHECK(response_file_name({"Northshire", "E10000099", "", ""}, "nhs-3") == "E10000099-nhs-3.response.json");
  CHECK(response_file_name({"North shire", "", "", ""}, "a/b") == "North_shire-a_b.response.json");
}

TEST_CASE("merging responses builds an assessment for their area and period", "[merge]") {
  Loaded loaded;
  std::vector<Response> responses = {load(response_json(loaded.questionnaire, "r1"), loaded, "a.json"),
                                     load(response_json(loaded.questionnaire, "r2"), loaded, "b.json")};
  MergeResult result = merge_responses(responses, std::nullopt);
  REQUIRE(result.report.ok());
  CHECK(result.assessment.area.name == "Northshire");
  CHECK(result.assessment.period == "2016/17");
  REQUIRE(result.assessment.respondents.size() == 2);
  CHECK(result.assessment.respondents[1].answers.at("mini").at("MQ04").evidence == "Section 75 agreement");
  REQUIRE(result.report.added.size() == 2);
  CHECK(result.report.added[1].file == "b.json");
  // What a merge writes is a valid assessment of the same answers.
  model::Assessment again = assessment_from_json(to_json(result.assessment), "merged.json", loaded.set());
  CHECK(again.respondents.size() == 2);
}

TEST_CASE("a merge refuses a response for another area or period, naming both files", "[merge]") {
  Loaded loaded;
  nlohmann::json other_area = response_json(loaded.questionnaire, "r2");
  other_area["area"] = {{"name", "Eastmoor"}, {"code", "E10000098"}};
  nlohmann::json other_period = response_json(loaded.questionnaire, "r3");
  other_period["period"] = "2017/18";
  std::vector<Response> responses = {load(response_json(loaded.questionnaire, "r1"), loaded, "a.json"),
                                     load(other_area, loaded, "b.json"),
                                     load(other_period, loaded, "c.json")};
  MergeResult result = merge_responses(responses, std::nullopt);
  REQUIRE(result.report.refused.size() == 2);
  CHECK(result.report.refused[0].file == "b.json");
  CHECK_THAT(result.report.refused[0].message,
             Catch::Contains("Eastmoor (E10000098) 2016/17") && Catch::Contains("a.json is for Northshire"));
  CHECK_THAT(result.report.refused[1].message, Catch::Contains("2017/18"));
  CHECK_FALSE(result.report.ok());
}

TEST_CASE("a merge refuses the same respondent twice unless replacing, when the later answers win",
          "[merge]") {
  Loaded loaded;
  nlohmann::json later = response_json(loaded.questionnaire, "r1");
  later["answers"]["mini"]["MQ01"] = "place_body";
  std::vector<Response> responses = {load(response_json(loaded.questionnaire, "r1"), loaded, "a.json"),
                                     load(later, loaded, "b.json")};
  MergeResult refused = merge_responses(responses, std::nullopt);
  REQUIRE(refused.report.refused.size() == 1);
  CHECK_THAT(refused.report.refused[0].message,
             Catch::Contains("already in a.json") && Catch::Contains("--replace"));
  CHECK(refused.report.refused[0].file == "b.json");

  MergeResult replaced = merge_responses(responses, std::nullopt, {.replace = true});
  REQUIRE(replaced.report.ok());
  REQUIRE(replaced.assessment.respondents.size() == 1);
  CHECK(replaced.assessment.respondents[0].answers.at("mini").at("MQ01").choice == "place_body");
  REQUIRE(replaced.report.replaced.size() == 1);
  CHECK(replaced.report.replaced[0].replaced_from == "a.json");
  CHECK(replaced.report.replaced[0].file == "b.json");
}

TEST_CASE("merging into an assessment keeps its respondents and targets and checks against its area",
          "[merge]") {
  Loaded loaded;
  model::Assessment into = load_assessment(format_test::fixture("mini_assessment.json"), loaded.set());
  std::vector<Response> responses = {load(response_json(loaded.questionnaire, "r9"), loaded, "a.json"),
                                     load(response_json(loaded.questionnaire, "r2"), loaded, "b.json")};
  MergeResult refused = merge_responses(responses, into);
  REQUIRE(refused.report.refused.size() == 1);
  CHECK_THAT(refused.report.refused[0].message, Catch::Contains("already in " + into.path));

  MergeResult added = merge_responses({responses[0]}, into);
  REQUIRE(added.report.ok());
  CHECK(added.assessment.respondents.size() == 4);
  CHECK(added.assessment.targets == into.targets);
  CHECK(added.assessment.respondents[0].name == "A. Example");
}

TEST_CASE("a later round's response becomes the respondent's revisions of what changed, in that round",
          "[merge][rounds]") {
  Loaded loaded;
  std::vector<Response> first = {load(response_json(loaded.questionnaire, "r1"), loaded, "a.json")};
  MergeResult round1 = merge_responses(first, std::nullopt);
  REQUIRE(round1.report.ok());

  nlohmann::json revised = response_json(loaded.questionnaire, "r1");
  revised["x-round"] = 2;
  revised["answers"]["mini"]["MQ01"] = "place_body";  // changed
  revised["answers"]["mini"].erase("MQ04");           // left out: kept
  MergeResult round2 = merge_responses({load(revised, loaded, "b.json")}, round1.assessment);
  REQUIRE(round2.report.ok());
  CHECK(round2.report.revised.size() == 1);
  CHECK(round2.report.added.empty());
  REQUIRE(round2.assessment.rounds.size() == 1);
  CHECK(round2.assessment.rounds[0].number == 2);
  const auto& answers = round2.assessment.rounds[0].revisions.at("r1").at("mini");
  CHECK(answers.size() == 1);
  CHECK(answers.at("MQ01").choice == "place_body");
  CHECK(round2.assessment.respondents[0].answers.at("mini").at("MQ01").choice == "joint");  // round 1 stays

  // The same respondent again in round 2 only with replace; round 4 before round 3 never; an unknown
  // respondent cannot revise.
  MergeResult again = merge_responses({load(revised, loaded, "c.json")}, round2.assessment);
  REQUIRE(again.report.refused.size() == 1);
  CHECK_THAT(again.report.refused[0].message, Catch::Contains("already revised in round 2"));
  CHECK(merge_responses({load(revised, loaded, "c.json")}, round2.assessment, {.replace = true}).report.ok());
  revised["x-round"] = 4;
  MergeResult skipped = merge_responses({load(revised, loaded, "d.json")}, round2.assessment);
  REQUIRE(skipped.report.refused.size() == 1);
  CHECK(skipped.report.refused[0].pointer == "/x-round");
  CHECK_THAT(skipped.report.refused[0].message, Catch::Contains("expected 2 to 3"));
  nlohmann::json stranger = response_json(loaded.questionnaire, "r7");
  stranger["x-round"] = 2;
  MergeResult unknown = merge_responses({load(stranger, loaded, "e.json")}, round1.assessment);
  REQUIRE(unknown.report.refused.size() == 1);
  CHECK_THAT(unknown.report.refused[0].message, Catch::Contains("only respondents of round 1 revise"));
}
