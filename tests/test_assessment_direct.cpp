// The direct reader of assessments (core/src/assessment_direct.h): what it reads is exactly what the
// full reader reads, and whatever is not plain, or is wrong, it leaves to the full reader.
#include "assessment_direct.h"
#include "format_test_support.h"
#include "plugin_test_support.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace spectrum;
using spectrum::test::built_registry;

namespace {

// The full reader's assessment, or nullopt when it refuses the text.
std::optional<model::Assessment> read_fully(const std::string& text, const std::string& file) {
  try {
    return assessment_from_json(parse_json(text, file), file, built_registry().questionnaires());
  } catch (const InputError&) {
    return std::nullopt;
  }
}

std::optional<model::Assessment> read_plain(const std::string& text, const std::string& file = "a.json") {
  return detail::read_plain_assessment(text, file, built_registry().questionnaires());
}

// Every member of the two models, the ones to_json() does not write included.
void check_same(const model::Assessment& plain, const model::Assessment& full) {
  CHECK(plain.path == full.path);
  CHECK(to_json(plain) == to_json(full));
  CHECK(plain.extensions == full.extensions);
  REQUIRE(plain.respondents.size() == full.respondents.size());
  for (std::size_t r = 0; r < plain.respondents.size(); ++r) {
    const model::Respondent& a = plain.respondents[r];
    const model::Respondent& b = full.respondents[r];
    CHECK(a.name == b.name);
    REQUIRE(a.answers.size() == b.answers.size());
    for (const auto& [questionnaire, answers] : a.answers) {
      REQUIRE(b.answers.count(questionnaire) == 1);
      const auto& other = b.answers.at(questionnaire);
      REQUIRE(answers.size() == other.size());
      for (const auto& [item, answer] : answers) {
        REQUIRE(other.count(item) == 1);
        const model::AnswerValue& x = other.at(item);
        INFO(questionnaire << "/" << item);
        CHECK(answer.state == x.state);
        CHECK(answer.type == x.type);
        CHECK(answer.number == x.number);
        CHECK(answer.choice == x.choice);
        CHECK(answer.selected == x.selected);
        CHECK(answer.text == x.text);
        CHECK(answer.evidence == x.evidence);
      }
    }
  }
}

// Every item type, bare and in answer objects, null answers, evidence, targets and a named person.
nlohmann::json plain_document() {
  return nlohmann::json::parse(R"({
    "format": "spectrum.assessment/1",
    "area": {"name": "Testshire", "code": "E1", "kind": "hwb", "footprint": "STP 1"},
    "period": "2016/17",
    "targets": {"digital": 3, "leadership": 4.5},
    "respondents": [
      {"id": "r1", "organisation": "NHS Trust", "sector": "nhs", "role": "director", "name": "A. Person",
       "answers": {
         "digital": {"DG01": "drafting", "DG02": true, "DG05": 42.5, "DG09": 3, "DG14": "caf\u00e9 \"quoted\"",
                     "DG03": null},
         "financial_alignment": {"FA03": ["none", "bcf_only"], "FA06": {"status": "dont_know", "evidence": "minutes"},
                                 "FA01": {"value": 10, "evidence": "budget book"},
                                 "FA05": {"value": null, "evidence": "not yet"}, "FA12": {"status": "not_applicable"}},
         "housing_partnership": {"HP07": {"value": ["joint_commissioning"]}, "HP04": {"value": false}},
         "leadership": {}}},
      {"id": "r2", "organisation": "Council", "sector": "local_government", "role": "manager",
       "answers": {"digital": {"DG02": false, "DG05": 0}}},
      {"id": "r3", "organisation": "Housing association", "sector": "housing", "role": "front_line", "name": ""}
    ]})");
}

// The same document with every object's members in reverse order.
nlohmann::ordered_json reversed(const nlohmann::json& value) {
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const nlohmann::json& element : value) out.push_back(reversed(element));
    return out;
  }
  if (!value.is_object()) return nlohmann::ordered_json::parse(value.dump());
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (auto it = value.rbegin(); it != value.rend(); ++it) out[it.key()] = reversed(it.value());
  return out;
}

// text with its first `find` replaced by `replace` (which must be there).
std::string replaced(std::string text, const std::string& find, const std::string& replace) {
  const std::size_t at = text.find(find);
  REQUIRE(at != std::string::npos);
  return text.replace(at, find.size(), replace);
}

}  // namespace

TEST_CASE("an assessment of the plain shape is read straight into the model as the full reader reads it",
          "[assessment]") {
  const nlohmann::json document = plain_document();
  for (const std::string& text : {document.dump(), document.dump(2), reversed(document).dump(1)}) {
    const std::optional<model::Assessment> full = read_fully(text, "a.json");
    REQUIRE(full);
    const std::optional<model::Assessment> plain = read_plain(text);
    REQUIRE(plain);
    check_same(*plain, *full);
  }
  for (const char* name : {"northshire", "riverside_city", "eastmoor"}) {
    const std::string path = std::string(SPECTRUM_SOURCE_DIR) + "/examples/" + name + ".json";
    const std::string text = read_file(path);
    const std::optional<model::Assessment> plain = read_plain(text, path);
    REQUIRE(plain);
    check_same(*plain, assessment_from_json(parse_json(text, path), path, built_registry().questionnaires()));
    check_same(*plain, load_assessment(path, built_registry().questionnaires()));
  }
}

TEST_CASE("a valid assessment that is not of the plain shape is left to the full reader", "[assessment]") {
  const nlohmann::json base = plain_document();
  const std::vector<std::function<void(nlohmann::json&)>> changes = {
      [](nlohmann::json& d) {
        d["x-note"] = {{"kept", true}};
      },
      [](nlohmann::json& d) { d["area"]["x-ons"] = "E06"; },
      [](nlohmann::json& d) { d["targets"]["x-why"] = "board paper"; },
      [](nlohmann::json& d) { d["respondents"][0]["x-team"] = "A"; },
      [](nlohmann::json& d) { d["respondents"][0]["answers"]["x-draft"] = {}; },
      [](nlohmann::json& d) { d["respondents"][0]["answers"]["digital"]["x-DG99"] = 1; },
      [](nlohmann::json& d) {
        d["respondents"][0]["answers"]["digital"]["DG01"] = {{"value", "drafting"}, {"x-by", "me"}};
      },
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    INFO("change " << i);
    nlohmann::json document = base;
    changes[i](document);
    const std::string text = document.dump();
    CHECK(read_fully(text, "a.json"));
    CHECK_FALSE(read_plain(text));
  }
  // Rounds and a workshop's consensus.
  const std::string westmarsh = read_file(std::string(SPECTRUM_SOURCE_DIR) + "/examples/westmarsh.json");
  CHECK(read_fully(westmarsh, "westmarsh.json"));
  CHECK_FALSE(read_plain(westmarsh));
}

TEST_CASE("an assessment the full reader refuses is never read by the direct reader", "[assessment]") {
  const nlohmann::json base = plain_document();
  using Doc = nlohmann::json;
  const std::vector<std::pair<std::string, std::function<void(Doc&)>>> breaks = {
      {"format", [](Doc& d) { d["format"] = "spectrum.profile/2"; }},
      {"no format", [](Doc& d) { d.erase("format"); }},
      {"empty period", [](Doc& d) { d["period"] = ""; }},
      {"no period", [](Doc& d) { d.erase("period"); }},
      {"no area", [](Doc& d) { d.erase("area"); }},
      {"area without name", [](Doc& d) { d["area"].erase("name"); }},
      {"area name a number", [](Doc& d) { d["area"]["name"] = 3; }},
      {"area code null", [](Doc& d) { d["area"]["code"] = nullptr; }},
      {"unknown member", [](Doc& d) { d["periods"] = "2016/17"; }},
      {"targets an array", [](Doc& d) { d["targets"] = Doc::array(); }},
      {"target of no domain", [](Doc& d) { d["targets"]["weather"] = 3; }},
      {"target above 5", [](Doc& d) { d["targets"]["digital"] = 5.5; }},
      {"target below 0", [](Doc& d) { d["targets"]["digital"] = -1; }},
      {"target a string", [](Doc& d) { d["targets"]["digital"] = "3"; }},
      {"no respondents", [](Doc& d) { d.erase("respondents"); }},
      {"empty respondents", [](Doc& d) { d["respondents"] = Doc::array(); }},
      {"respondent a string", [](Doc& d) { d["respondents"][1] = "r2"; }},
      {"respondent without id", [](Doc& d) { d["respondents"][0].erase("id"); }},
      {"empty id", [](Doc& d) { d["respondents"][0]["id"] = ""; }},
      {"same id twice", [](Doc& d) { d["respondents"][1]["id"] = "r1"; }},
      {"no organisation", [](Doc& d) { d["respondents"][0].erase("organisation"); }},
      {"no role", [](Doc& d) { d["respondents"][0].erase("role"); }},
      {"empty role", [](Doc& d) { d["respondents"][0]["role"] = ""; }},
      {"no sector", [](Doc& d) { d["respondents"][0].erase("sector"); }},
      {"unknown sector", [](Doc& d) { d["respondents"][0]["sector"] = "NHS"; }},
      {"name a number", [](Doc& d) { d["respondents"][0]["name"] = 7; }},
      {"answers an array", [](Doc& d) { d["respondents"][1]["answers"] = Doc::array(); }},
      {"unknown questionnaire", [](Doc& d) { d["respondents"][1]["answers"]["weather"] = Doc::object(); }},
      {"questionnaire answers a string", [](Doc& d) { d["respondents"][1]["answers"]["digital"] = "all"; }},
      {"unknown item", [](Doc& d) { d["respondents"][1]["answers"]["digital"]["DG99"] = 1; }},
      {"scale point off the scale", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG09"] = 2.5; }},
      {"scale point a string", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG09"] = "3"; }},
      {"unknown option", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG01"] = "maybe"; }},
      {"choice a number", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG01"] = 1; }},
      {"number below the minimum", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG05"] = -1; }},
      {"number above the maximum", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG05"] = 100.5; }},
      {"number a string", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG05"] = "42"; }},
      {"boolean a number", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG02"] = 1; }},
      {"text a number", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG14"] = 14; }},
      {"choice an array", [](Doc& d) { d["respondents"][0]["answers"]["digital"]["DG01"] = {"drafting"}; }},
      {"multi a string",
       [](Doc& d) { d["respondents"][0]["answers"]["financial_alignment"]["FA03"] = "none"; }},
      {"multi option twice",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA03"] = {"none", "none"};
       }},
      {"multi unknown option",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA03"] = {"none", "all"};
       }},
      {"multi element a number",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA03"] = {"none", 2};
       }},
      {"status and value",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA06"] = {{"status", "dont_know"},
                                                                          {"value", 3}};
       }},
      {"neither status nor value",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA06"] = {{"evidence", "x"}};
       }},
      {"unknown status",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA06"] = {{"status", "unsure"}};
       }},
      {"evidence a number",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA06"] = {{"status", "dont_know"},
                                                                          {"evidence", 1}};
       }},
      {"value an object",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA06"] = {{"value", {{"value", 3}}}};
       }},
      {"value of the wrong type",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA01"] = {{"value", "ten"}};
       }},
      {"unknown member of an answer",
       [](Doc& d) {
         d["respondents"][0]["answers"]["financial_alignment"]["FA01"] = {{"value", 3}, {"note", ""}};
       }},
  };
  for (const auto& [what, change] : breaks) {
    INFO(what);
    Doc document = base;
    change(document);
    const std::string text = document.dump();
    CHECK_FALSE(read_fully(text, "a.json"));
    CHECK_FALSE(read_plain(text));
  }

  // Members given twice, at every level; broken JSON.
  const std::string text = base.dump();
  REQUIRE(read_plain(text));
  for (const auto& [find, replace] : std::vector<std::pair<std::string, std::string>>{
           {R"("period":"2016/17")", R"("period":"2016/17","period":"2017/18")"},
           {R"("code":"E1")", R"("code":"E1","code":"E2")"},
           {R"("digital":3)", R"("digital":3,"digital":4)"},
           {R"("role":"manager")", R"("role":"manager","role":"director")"},
           {R"("leadership":{})", R"("leadership":{},"leadership":{})"},
           {R"("DG02":false)", R"("DG02":false,"DG02":true)"},
           {R"("status":"not_applicable")", R"("status":"not_applicable","status":"dont_know")"},
           {R"("period":"2016/17")", R"("period":"2016/17",)"},
           {R"("DG05":0)", R"("DG05":0x)"},
           {R"("caf)", "\"caf\xff"},
           {R"("period":"2016/17")", std::string(R"("period":"2016/17")") + '\0'},
       }) {
    INFO(replace);
    const std::string broken = replaced(text, find, replace);
    CHECK_FALSE(read_fully(broken, "a.json"));
    CHECK_FALSE(read_plain(broken));
  }
  CHECK_FALSE(read_plain(text + " {}"));
  CHECK_FALSE(read_plain("[" + text + "]"));
  CHECK_FALSE(read_plain(""));
}

TEST_CASE("the direct reader agrees with the full reader on every assessment the tests and fuzzers hold",
          "[assessment]") {
  std::vector<std::filesystem::path> files;
  for (const char* folder : {"/tests/fuzz/corpus/assessment", "/tests/fixtures/files", "/examples"})
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SPECTRUM_SOURCE_DIR) + folder))
      if (entry.path().extension() == ".json") files.push_back(entry.path());
  int plain_files = 0;
  for (const std::filesystem::path& file : files) {
    INFO(file.string());
    const std::string text = read_file(file);
    const std::optional<model::Assessment> plain = read_plain(text);
    if (!plain) continue;
    ++plain_files;
    const std::optional<model::Assessment> full = read_fully(text, "a.json");
    REQUIRE(full);
    check_same(*plain, *full);
  }
  CHECK(plain_files >= 4);
}
