// The profile's JSON: what is written (rounded, no names, evidence only when carried) and read back.
#include "format_test_support.h"

#include <spectrum/io.h>
#include <spectrum/profile.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace spectrum;
using format_test::diagnostics_of;
using format_test::fixture;
using format_test::messages_at;

namespace {

Profile sample_profile() {
  Profile p;
  p.source = "northshire.json";
  p.area = {"Northshire", "E10000099", "hwb", "Northshire and Vale STP"};
  p.period = "2016/17";
  p.respondents = {{"r1", "Northshire County Council", "local_government", "director"},
                   {"r2", "Northshire CCG", "nhs", "manager"}};
  DomainProfile d;
  d.domain = "leadership";
  d.title = "Leadership and governance";
  d.plugin = "leadership";
  d.questionnaire = "leadership";
  d.score = 2.35;
  d.level = 2;
  d.uncertain = true;
  d.uncertain_reasons = {"respondents split"};
  d.gates = {{3,
              "joint_committee",
              "A joint committee takes decisions",
              false,
              {{"LD05",
                "Is there a joint committee?",
                1.0 / 3.0,
                2.0,
                {{"Joint committee", {"r1"}}, {"don't know", {"r2"}}}}}}};
  d.findings = {{Finding::Kind::strength, -1, "A vision owned by all partners"},
                {Finding::Kind::next_step, 3, "Form a joint committee"}};
  d.metrics = {{"pooled_share", 0.123456}};
  d.respondent_scores = {{"r1", 3.456}, {"r2", 1.2}};
  d.agreement = {2, 2.328, 1.2, 3.456, 1.128, std::nullopt, "split"};
  d.coverage = {10, 2, 1, 1, 14, 2.0 / 12.0, 10.0 / 13.0};
  d.by_sector = {{"local_government", 1, 3.456}, {"nhs", 1, 1.2}};
  d.by_role = {{"director", 1, 3.456}, {"manager", 1, 1.2}};
  d.target = 3;
  d.gap_to_target = 0.65433;
  p.domains.push_back(d);

  DomainProfile failed;
  failed.domain = "digital";
  failed.title = "Digital";
  failed.plugin = "digital";
  failed.questionnaire = "digital";
  failed.status = DomainProfile::Status::error;
  failed.error = "digital.so: crashed (signal 11)";
  p.domains.push_back(failed);

  p.overall.method = "capped-mean";
  p.overall.description = "The mean of domain scores, never more than one level above the weakest.";
  p.overall.score = 2.35;
  p.overall.level = 2;
  p.overall.domains = 1;
  p.plugin_failures = {{"broken.so", "broken.so: built for SDK ABI 2, this host speaks ABI 1"}};
  p.perception_gaps = {{"leadership", "local_government", "nhs", 3.456, 1.2, 2.256}};
  p.provenance = {"spectrum 0.1.0",
                  "2016-06-30T12:00:00Z",
                  {{"leadership", "1.0.0", "leadership", std::string(64, 'a'), "leadership.so"}},
                  {{"leadership", "1.0.0", std::string(64, 'b')}}};
  return p;
}

}  // namespace

TEST_CASE("a profile is written as spectrum.profile/2 with scores rounded to two decimals",
          "[formats][profile]") {
  nlohmann::json j = to_json(sample_profile());
  CHECK(j["format"] == kProfileFormat);
  CHECK(j["area"]["footprint"] == "Northshire and Vale STP");
  const nlohmann::json& d = j["domains"][0];
  CHECK(d["score"] == 2.35);
  CHECK(d["level"] == 2);
  CHECK(d["level_name"] == "Alignment");
  CHECK(d["status"] == "ok");
  CHECK_FALSE(d.contains("error"));
  CHECK(d["uncertain"] == true);
  CHECK(d["gates"][0]["items"][0]["score"] == 0.33);
  CHECK(d["gates"][0]["items"][0]["threshold"] == 2);
  // Each item's text and answers are written once, beside the gates, whatever gates it decides.
  CHECK(d["gates"][0]["items"][0] == nlohmann::json{{"id", "LD05"}, {"score", 0.33}, {"threshold", 2}});
  CHECK(d["gate_items"]["LD05"]["text"] == "Is there a joint committee?");
  CHECK(d["gate_items"]["LD05"]["answers"] ==
        nlohmann::json{{"Joint committee", {"r1"}}, {"don't know", {"r2"}}});
  CHECK(d["findings"][0] == nlohmann::json{{"kind", "strength"}, {"text", "A vision owned by all partners"}});
  CHECK(d["findings"][1]["level"] == 3);
  CHECK(d["findings"][1]["kind"] == "next_step");
  CHECK(d["respondent_scores"] == nlohmann::json{{"r1", 3.46}, {"r2", 1.2}});
  CHECK(d["agreement"]["median"] == 2.33);
  CHECK_FALSE(d["agreement"].contains("rwg"));
  CHECK(d["coverage"]["dont_know_share"] == 0.167);
  CHECK(d["by_sector"][1] == nlohmann::json{{"name", "nhs"}, {"respondents", 1}, {"mean", 1.2}});
  CHECK(d["target"] == 3);
  CHECK(d["gap_to_target"] == 0.65);
  CHECK(j["domains"][1]["status"] == "error");
  CHECK(j["domains"][1]["error"] == "digital.so: crashed (signal 11)");
  for (const char* absent : {"score", "level", "level_name", "target", "agreement", "gates"})
    CHECK_FALSE(j["domains"][1].contains(absent));
  CHECK(j["plugin_failures"][0]["file"] == "broken.so");
  CHECK(j["overall"]["score"] == 2.35);
  CHECK(j["overall"]["level_name"] == "Alignment");
  CHECK(j["overall"]["method"] == "capped-mean");
  CHECK(j["perception_gaps"][0]["difference"] == 2.26);
  CHECK(j["provenance"]["plugins"][0]["sha256"] == std::string(64, 'a'));
  CHECK(j["provenance"]["questionnaires"][0]["version"] == "1.0.0");
}

TEST_CASE("a profile never carries respondents' names, and evidence only when it holds some",
          "[formats][profile]") {
  Profile p = sample_profile();
  nlohmann::json j = to_json(p);
  CHECK_FALSE(j.contains("evidence"));
  CHECK(j["respondents"][0] == nlohmann::json{{"id", "r1"},
                                              {"organisation", "Northshire County Council"},
                                              {"sector", "local_government"},
                                              {"role", "director"}});
  CHECK_FALSE(j.contains("source"));
  p.evidence = {{"r1", {{"LD05", "Minutes of 12 May 2016"}}}};
  CHECK(to_json(p)["evidence"]["r1"]["LD05"] == "Minutes of 12 May 2016");
}

TEST_CASE("a profile read back equals the profile written", "[formats][profile]") {
  Profile p = sample_profile();
  p.evidence = {{"r1", {{"LD05", "Minutes of 12 May 2016"}}}};
  p.domains[0].respondent_scores.emplace_back("r3", std::numeric_limits<double>::quiet_NaN());
  p.domains[0].metrics["not_computed"] = std::numeric_limits<double>::quiet_NaN();
  nlohmann::json written = to_json(p);
  CHECK(written["domains"][0]["respondent_scores"]["r3"].is_null());
  CHECK(written["domains"][0]["metrics"]["not_computed"].is_null());
  Profile again = profile_from_json(written, "profile.json");
  CHECK(std::isnan(again.domains[0].respondent_scores[2].second));
  CHECK(to_json(again) == written);
  CHECK(again.source == "profile.json");
  REQUIRE(again.domains.size() == 2);
  CHECK(again.domains[0].score == 2.35);
  CHECK(again.domains[0].findings[0].level == -1);
  CHECK(again.domains[0].findings[1].kind == Finding::Kind::next_step);
  CHECK_FALSE(again.domains[0].agreement.rwg);
  CHECK(again.domains[1].status == DomainProfile::Status::error);
  CHECK(again.provenance.plugins[0].file == "leadership.so");
  CHECK_FALSE(again.domains[1].scored());
  const GateItem& item = again.domains[0].gates[0].items[0];
  CHECK(item.text == "Is there a joint committee?");
  REQUIRE(item.answers.size() == 2);
  CHECK(item.answers[0].answer == "Joint committee");
  CHECK(item.answers[0].respondents == std::vector<std::string>{"r1"});
  CHECK(again.plugin_failures.size() == 1);
}

TEST_CASE("a domain where nothing counted and an area with no scored domain are written without a level",
          "[formats][profile]") {
  Profile p = sample_profile();
  p.domains.pop_back();
  p.domains[0].nothing_counted = true;
  p.domains[0].gates.clear();
  p.overall.domains = 0;
  nlohmann::json j = to_json(p);
  for (const char* absent : {"score", "level", "level_name"}) {
    CHECK_FALSE(j["domains"][0].contains(absent));
    CHECK_FALSE(j["overall"].contains(absent));
  }
  Profile again = profile_from_json(j, "profile.json");
  CHECK_FALSE(again.domains[0].scored());
  CHECK(again.overall.domains == 0);
}

TEST_CASE("a spectrum.profile/1 file is still read, its host-computed gate scores dropped",
          "[formats][profile]") {
  nlohmann::json v1 = to_json(sample_profile());
  v1["format"] = "spectrum.profile/1";
  v1.erase("plugin_failures");
  nlohmann::json& d = v1["domains"][0];
  d["respondent_scores"] = {{{"respondent", "r1"}, {"score", 3.46}},
                            {{"respondent", "r2"}, {"score", nullptr}}};
  nlohmann::json& item = d["gates"][0]["items"][0];
  d.erase("gate_items");
  item.erase("score");
  item.erase("threshold");
  item["text"] = "Is there a joint committee?";
  item["pooled"] = 4.5;
  item["answers"] = {
      {{"respondent", "r1"}, {"organisation", "Council"}, {"sector", "local_government"}, {"answer", "yes"}},
      {{"respondent", "r2"}, {"organisation", "CCG"}, {"sector", "nhs"}, {"answer", "yes"}}};
  nlohmann::json& failed = v1["domains"][1];
  failed.update({{"score", 0},
                 {"level", 0},
                 {"level_name", "Separate"},
                 {"uncertain", false},
                 {"uncertain_reasons", nlohmann::json::array()},
                 {"gates", nlohmann::json::array()},
                 {"findings", nlohmann::json::array()},
                 {"metrics", nlohmann::json::object()},
                 {"respondent_scores", nlohmann::json::array()},
                 {"by_sector", nlohmann::json::array()},
                 {"by_role", nlohmann::json::array()},
                 {"agreement",
                  {{"respondents", 0}, {"median", 0}, {"min", 0}, {"max", 0}, {"iqr", 0}, {"verdict", ""}}}});
  Profile p = profile_from_json(v1, "old.json");
  REQUIRE(p.domains.size() == 2);
  CHECK(p.domains[0].scored());
  CHECK(p.domains[0].score == 2.35);
  CHECK_FALSE(p.domains[0].gates[0].items[0].score);
  CHECK_FALSE(p.domains[0].gates[0].items[0].threshold);
  REQUIRE(p.domains[0].gates[0].items[0].answers.size() == 1);  // grouped by answer as /2 holds them
  CHECK(p.domains[0].gates[0].items[0].answers[0].respondents == std::vector<std::string>{"r1", "r2"});
  CHECK(std::isnan(p.domains[0].respondent_scores[1].second));
  CHECK_FALSE(p.domains[1].scored());
}

TEST_CASE("the profile example in docs/file-formats.md is valid and written back the same",
          "[formats][profile][docs]") {
  auto examples = format_test::documented_examples(kProfileFormat);
  REQUIRE(examples.size() == 1);
  Profile p = profile_from_json(examples[0], "docs/file-formats.md");
  CHECK(to_json(p) == examples[0]);
}

TEST_CASE("a profile finds its domains and knows when one failed", "[formats][profile]") {
  Profile p = sample_profile();
  REQUIRE(p.find("digital"));
  CHECK(p.find("digital")->error == "digital.so: crashed (signal 11)");
  CHECK(p.find("workforce") == nullptr);
  CHECK(p.any_error());
  p.domains.pop_back();
  CHECK_FALSE(p.any_error());
}

TEST_CASE("a file that is not a profile is refused by its format", "[formats][profile]") {
  auto d = diagnostics_of([] { load_profile(fixture("mini_assessment.json")); });
  REQUIRE(d.size() == 1);
  CHECK(d[0].str() ==
        fixture("mini_assessment.json") +
            ": /format: expected format \"spectrum.profile/2\", found \"spectrum.assessment/1\"");
}

TEST_CASE("every problem in a broken profile is reported", "[formats][profile]") {
  auto d = diagnostics_of([] { load_profile(fixture("profile_broken.json")); });
  CHECK(d.size() == 4);
  CHECK(messages_at(d, "/respondents/0/sector") ==
        "\"council\" is not one of nhs, local_government, housing, voluntary, other");
  CHECK(messages_at(d, "/domains/0/status") == "\"fine\" is not one of ok, error");
  CHECK(messages_at(d, "/domains/0/score") == "expected a score 0 to 5, found 7.5");
  CHECK(messages_at(d, "/domains/0/colour") ==
        "unknown member \"colour\" (extensions must start with \"x-\")");
}
