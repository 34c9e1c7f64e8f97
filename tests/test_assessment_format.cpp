// Assessment files: what a valid one loads to, and every way a broken one is reported.
#include "format_test_support.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

using namespace spectrum;
using format_test::diagnostics_of;
using format_test::fixture;
using format_test::messages_at;
using State = model::AnswerValue::State;

namespace {

using Loaded = format_test::MiniLoaded;

std::vector<Diagnostic> assessment_errors(const std::string& name) {
  Loaded loaded;
  return diagnostics_of([&] { load_assessment(fixture(name), loaded.set()); });
}

// The one error reported for a file with exactly one problem.
Diagnostic only_error(const std::string& name) {
  auto d = assessment_errors(name);
  REQUIRE(d.size() == 1);
  return d[0];
}

}  // namespace

TEST_CASE("a valid assessment loads every respondent and every kind of answer", "[formats][assessment]") {
  Loaded loaded;
  model::Assessment a = load_assessment(fixture("mini_assessment.json"), loaded.set());
  CHECK(a.path == fixture("mini_assessment.json"));
  CHECK(a.area.name == "Northshire");
  CHECK(a.area.code == "E10000099");
  CHECK(a.area.kind == "hwb");
  CHECK(a.area.footprint == "Northshire and Vale STP");
  CHECK(a.period == "2016/17");
  CHECK(a.targets == std::map<std::string, double>{{"mini_domain", 3}});
  REQUIRE(a.respondents.size() == 3);

  const model::Respondent& r1 = a.respondents[0];
  CHECK(r1.id == "r1");
  CHECK(r1.sector == Sector::local_government);
  CHECK(r1.role == "director");
  CHECK(r1.name == "A. Example");
  const auto& answers = r1.answers.at("mini");
  CHECK(answers.at("MQ01").state == State::value);
  CHECK(answers.at("MQ01").choice == "joint");
  CHECK(answers.at("MQ02").number == 3);
  CHECK(answers.at("MQ03").selected == std::vector<std::string>{"partnership_board", "joint_committee"});
  CHECK(answers.at("MQ04").number == 12.5);
  CHECK(answers.at("MQ05").state == State::value);
  CHECK(answers.at("MQ05").number == 0);
  CHECK(answers.at("MQ06").text == "Two record systems that do not talk to each other");
  CHECK(answers.at("MQ07").number == 2.5);
  CHECK(answers.at("MQ07").evidence == "Section 75 agreement, schedule 2");
  CHECK(answers.at("MQ07").type == ItemType::scale);

  const auto& r2 = a.respondents[1].answers.at("mini");
  CHECK(a.respondents[1].sector == Sector::nhs);
  CHECK(r2.at("MQ01").choice == "place_body");
  CHECK(r2.at("MQ01").evidence == "Board minutes, 12 May 2016");
  CHECK(r2.at("MQ02").state == State::dont_know);
  CHECK(r2.at("MQ03").state == State::value);
  CHECK(r2.at("MQ03").selected.empty());
  CHECK(r2.at("MQ04").state == State::not_applicable);
  CHECK(r2.at("MQ04").evidence == "No pooled fund yet");
  CHECK(r2.at("MQ05").number == 1);
  CHECK(r2.at("MQ06").state == State::missing);
  CHECK_FALSE(r2.contains("MQ07"));
}

TEST_CASE("x- extensions are kept, and tolerated wherever they appear", "[formats][assessment]") {
  Loaded loaded;
  model::Assessment a = load_assessment(fixture("mini_assessment.json"), loaded.set());
  CHECK(a.extensions == nlohmann::json{{"x-survey-round", 2}});
  CHECK(to_json(a)["x-survey-round"] == 2);
}

TEST_CASE("an assessment written back loads to the same answers", "[formats][assessment]") {
  Loaded loaded;
  model::Assessment a = load_assessment(fixture("mini_assessment.json"), loaded.set());
  nlohmann::json written = to_json(a);
  CHECK(written["respondents"][0]["answers"]["mini"]["MQ05"] == false);
  CHECK(written["respondents"][1]["answers"]["mini"]["MQ05"] == true);
  CHECK(written["respondents"][1]["answers"]["mini"]["MQ03"] == nlohmann::json::array());
  CHECK(written["respondents"][1]["answers"]["mini"]["MQ06"].is_null());
  CHECK(written["respondents"][1]["answers"]["mini"]["MQ04"] ==
        nlohmann::json{{"status", "not_applicable"}, {"evidence", "No pooled fund yet"}});
  CHECK(written["respondents"][0]["answers"]["mini"]["MQ07"] ==
        nlohmann::json{{"value", 2.5}, {"evidence", "Section 75 agreement, schedule 2"}});
  model::Assessment again = assessment_from_json(written, "written.json", loaded.set());
  CHECK(to_json(again) == written);
}

TEST_CASE("a blank assessment is valid and lists every item of every questionnaire as unanswered",
          "[formats][assessment]") {
  Loaded loaded;
  nlohmann::json blank = blank_assessment(loaded.set());
  CHECK(blank["format"] == kAssessmentFormat);
  const nlohmann::json& respondent = blank["respondents"][0];
  CHECK(respondent["id"] == "r1");
  CHECK(respondent["organisation"] == "Your organisation");
  CHECK(respondent["sector"] == "other");
  CHECK(respondent["role"] == "manager");
  CHECK(respondent["answers"]["mini"].size() == 7);
  model::Assessment a = assessment_from_json(blank, "blank.json", loaded.set());
  for (const model::Item& item : loaded.questionnaire.items) {
    INFO(item.id);
    CHECK(a.respondents[0].answers.at("mini").at(item.id).state == State::missing);
  }
}

TEST_CASE("an answer to an item the questionnaire does not have is reported", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_unknown_item.json");
  CHECK(e.pointer == "/respondents/0/answers/mini/MQ99");
  CHECK(e.message == "unknown item \"MQ99\" in questionnaire mini");
}

TEST_CASE("an answer of the wrong type names what was expected and what was found", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_wrong_type.json");
  CHECK(e.pointer == "/respondents/0/answers/mini/MQ02");
  CHECK(e.message == "expected a scale point (a number), found a string \"three\"");
}

TEST_CASE("a number outside the item's bounds is reported with the bound and unit", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_out_of_range.json");
  CHECK(e.pointer == "/respondents/0/answers/mini/MQ04");
  CHECK(e.message == "120 is above the maximum 100 %");
}

TEST_CASE("an unknown sector lists the sectors there are", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_unknown_sector.json");
  CHECK(e.str() == fixture("assessment_unknown_sector.json") +
                       ": /respondents/2/sector: \"NHS\" is not one of nhs, local_government, housing, "
                       "voluntary, other");
}

TEST_CASE("a respondent id used twice points at its first use", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_duplicate_respondent.json");
  CHECK(e.pointer == "/respondents/2/id");
  CHECK(e.message == "duplicate respondent id \"r2\", first used at /respondents/1");
}

TEST_CASE("a missing required member is reported on its object", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_missing_field.json");
  CHECK(e.pointer == "/respondents/1");
  CHECK(e.message == "missing required member \"role\"");
}

TEST_CASE("a misspelt member is an error that suggests the right name", "[formats][assessment]") {
  auto d = assessment_errors("assessment_unknown_field.json");
  REQUIRE(d.size() == 2);
  CHECK(messages_at(d, "/respondents/0") == "missing required member \"organisation\"");
  CHECK(messages_at(d, "/respondents/0/organisaton") ==
        "unknown member \"organisaton\"; did you mean \"organisation\"? (extensions must start with \"x-\")");
}

TEST_CASE("every error in an assessment is reported, not just the first", "[formats][assessment]") {
  auto d = assessment_errors("assessment_many_errors.json");
  CHECK(d.size() == 11);
  CHECK(messages_at(d, "/area") == "missing required member \"name\"");
  CHECK(messages_at(d, "/targets/mini_domain") == "expected a target level 0 to 5, found 7");
  CHECK(messages_at(d, "/targets/workforce") ==
        "unknown domain \"workforce\"; the questionnaires measure mini_domain");
  CHECK(messages_at(d, "/respondents/0/sector") ==
        "\"council\" is not one of nhs, local_government, housing, voluntary, other");
  CHECK(messages_at(d, "/respondents/0/answers/mini/MQ03/1") == "\"partnership_board\" is chosen twice");
  CHECK(messages_at(d, "/respondents/0/answers/mini/MQ03/2") ==
        "\"parish_council\" is not one of partnership_board, joint_committee, combined_authority");
  CHECK(messages_at(d, "/respondents/0/answers/mini/MQ99") == "unknown item \"MQ99\" in questionnaire mini");
  CHECK(messages_at(d, "/respondents/1/answers/mini/MQ02/status") ==
        "\"unsure\" is not one of dont_know, not_applicable");
  CHECK(messages_at(d, "/respondents/1/answers/mini/MQ05") ==
        "expected true or false, found a string \"yes\"");
  CHECK(messages_at(d, "/respondents/2/answers/leadership") ==
        "unknown questionnaire \"leadership\" (known: mini)");
  CHECK(messages_at(d, "/respondents/2/answers/mini/MQ01") ==
        "an answer object takes \"value\" or \"status\", not both");
}

TEST_CASE("an answer of each item type is checked against its item", "[formats][assessment]") {
  Loaded loaded;
  auto errors_for = [&](const std::string& item, const nlohmann::json& answer) {
    nlohmann::json document = blank_assessment(loaded.set());
    document["respondents"][0]["answers"]["mini"][item] = answer;
    auto d = diagnostics_of([&] { assessment_from_json(document, "one.json", loaded.set()); });
    REQUIRE(d.size() == 1);
    CHECK(d[0].pointer.starts_with("/respondents/0/answers/mini/" + item));
    return d[0].message;
  };
  CHECK(errors_for("MQ01", "jointly") == "\"jointly\" is not one of nhs_only, joint, place_body");
  CHECK(errors_for("MQ01", 3) == "expected an option name (a string), found a number 3");
  CHECK(errors_for("MQ02", 3.5) == "3.5 is not one of the scale points 1, 2, 3, 4, 5");
  CHECK(errors_for("MQ03", "joint_committee") ==
        "expected an array of option names, found a string \"joint_committee\"");
  CHECK(errors_for("MQ04", -1) == "-1 is below the minimum 0 %");
  CHECK(errors_for("MQ05", 1) == "expected true or false, found a number 1");
  CHECK(errors_for("MQ06", true) == "expected text (a string), found a boolean true");
  CHECK(errors_for("MQ07", {{"value", {{"status", "dont_know"}}}}) ==
        "expected a scale answer, found an object");
  CHECK(errors_for("MQ07", nlohmann::json::object()) ==
        "expected \"value\" or \"status\" in an answer object");
  CHECK(errors_for("MQ07", {{"value", 5}, {"note", "x"}}) ==
        "unknown member \"note\" (extensions must start with \"x-\")");
}

TEST_CASE("member names in pointers are escaped as RFC 6901 says", "[formats][assessment]") {
  Loaded loaded;
  nlohmann::json document = blank_assessment(loaded.set());
  document["respondents"][0]["answers"]["mini/v2"] = {{"MQ01", "joint"}};
  document["respondents"][0]["answers"]["mini"]["MQ~1"] = 1;
  auto d = diagnostics_of([&] { assessment_from_json(document, "escaped.json", loaded.set()); });
  REQUIRE(d.size() == 2);
  CHECK(messages_at(d, "/respondents/0/answers/mini/MQ~01") == "unknown item \"MQ~1\" in questionnaire mini");
  CHECK(messages_at(d, "/respondents/0/answers/mini~1v2") ==
        "unknown questionnaire \"mini/v2\" (known: mini)");
}

TEST_CASE("an assessment needs respondents and a period", "[formats][assessment]") {
  Loaded loaded;
  nlohmann::json document = {{"format", kAssessmentFormat},
                             {"area", {{"name", "Northshire"}}},
                             {"respondents", nlohmann::json::array()}};
  auto d = diagnostics_of([&] { assessment_from_json(document, "empty.json", loaded.set()); });
  CHECK(messages_at(d, "") == "missing required member \"period\"");
  CHECK(messages_at(d, "/respondents") == "expected at least one respondent, found an empty array");
}

TEST_CASE("a syntax error names the line and column", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_bad_syntax.json");
  CHECK(e.pointer.empty());
  CHECK(e.message == "line 5, column 15: invalid JSON: found string literal, expected '}'");
}

TEST_CASE("a number too large for a double is a clear input error, not a crash", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_number_overflow.json");
  CHECK(e.message.find("invalid JSON") != std::string::npos);
  CHECK(e.message.starts_with("line "));
  CHECK(e.message.find("expected a number within about") != std::string::npos);
}

TEST_CASE("a member given twice in one object is an error, not silently dropped", "[formats][assessment]") {
  Diagnostic e = only_error("assessment_duplicate_member.json");
  CHECK(e.pointer == "/respondents/0/answers/mini/MQ01");
  CHECK(e.message == "member given twice; the first would be silently lost");
}
