// Delphi round 2 in the studio: File → Create Round-2 Forms… and the revised answers imported back.
#include "studio_harness.h"

#include "main_window.h"

#include <spectrum/consensus.h>
#include <spectrum/io.h>
#include <spectrum/response.h>

#include <catch2/catch.hpp>

#include <QFile>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

namespace {

std::string read_all(const QString& path) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  return file.readAll().toStdString();
}

// The data a form page carries for its script.
nlohmann::json form_data(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"spectrum-form-data\">";
  const auto from = page.find(open);
  REQUIRE(from != std::string::npos);
  const auto start = from + open.size();
  return nlohmann::json::parse(page.substr(start, page.find("</script>", start) - start));
}

}  // namespace

TEST_CASE("studio: round-2 forms show each respondent the distribution beside their own answer",
          "[studio][rounds]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  prompts.files.push_back(scratch.path(""));
  REQUIRE(window.create_round2_forms());
  REQUIRE(prompts.errors.isEmpty());
  CHECK(prompts.informations.size() == 1);

  // One form per respondent, each with only its own respondent's details and answers.
  const std::string ccg = read_all(scratch.path("E99000001-r1-round2.html"));
  const std::string council = read_all(scratch.path("E99000001-r2-round2.html"));
  CHECK(ccg.find("Fixture Vale County Council") == std::string::npos);
  CHECK(council.find("Fixture Vale Clinical Commissioning Group") == std::string::npos);
  const nlohmann::json data = form_data(ccg);
  CHECK(data["round"] == 2);
  CHECK(data["respondent"]["id"] == "r1");
  CHECK(data["respondent"]["sector"] == "nhs");
  CHECK_FALSE(data["respondent"].contains("name"));
  CHECK(data["answers"]["digital"]["DG02"] == true);  // starts from the round-1 answers
  const nlohmann::json& dg02 = data["feedback"]["digital"]["DG02"];
  CHECK(dg02["own"] == "Yes");
  CHECK(dg02["distribution"] ==
        nlohmann::json::parse(R"([["Yes",1],["No",1],["Don't know",0],["Not applicable",0]])"));
  CHECK(data["feedback"]["leadership"]["LD11"]["own"] == "3  Neither agree nor disagree");
  CHECK(form_data(council)["feedback"]["leadership"]["LD11"]["own"] == "Don't know");
  CHECK(data["storage_key"] != form_data(council)["storage_key"]);  // answers kept apart in the browser
  // The page shows it under the question and writes the round into the response.
  CHECK(ccg.find("renderFeedback") != std::string::npos);
  CHECK(ccg.find("response['x-round'] = data.round") != std::string::npos);
}

TEST_CASE("studio: a round-2 response comes back as the respondent's round-2 revisions", "[studio][rounds]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  const QString file = scratch.copy(fixture("two_partners.json"), "vale.json");
  REQUIRE(window.open_file(file));
  REQUIRE(window.create_round2_forms_in(scratch.path(""), false));
  const nlohmann::json data = form_data(read_all(scratch.path("E99000001-r2-round2.html")));

  // What the council's form saves after it changes its mind on DG02 and keeps every other answer.
  nlohmann::json response = {{"format", "spectrum.response/1"},
                             {"area", data["area"]},
                             {"period", data["period"]},
                             {"respondent", data["respondent"]},
                             {"questionnaires", nlohmann::json::array()},
                             {"answers", data["answers"]},
                             {"x-round", 2}};
  for (const auto& q : data["questionnaires"])
    response["questionnaires"].push_back(
        {{"id", q["id"]}, {"version", q["version"]}, {"sha256", q["sha256"]}});
  response["answers"]["digital"]["DG02"] = true;
  const QString path = scratch.path("council-round2.response.json");
  write_file_atomic(path.toStdString(), response.dump(2));

  REQUIRE(window.import_responses_from({path}));
  REQUIRE(prompts.errors.isEmpty());
  const model::Assessment& assessment = window.document().assessment();
  CHECK(assessment.respondents.size() == 2);
  REQUIRE(assessment.rounds.size() == 1);
  CHECK(assessment.rounds[0].number == 2);
  REQUIRE(assessment.rounds[0].revisions.count("r2") == 1);
  const auto& revised = assessment.rounds[0].revisions.at("r2");
  REQUIRE(revised.size() == 1);
  CHECK(revised.at("digital").size() == 1);  // only what changed
  CHECK(revised.at("digital").at("DG02").number == 1);
  CHECK(respondents_at_round(assessment, 2)[1].answers.at("digital").at("DG02").number == 1);
  CHECK(respondents_at_round(assessment, 1)[1].answers.at("digital").at("DG02").number == 0);
  CHECK(prompts.informations.last().contains(QStringLiteral("revisions")));

  // The same response again is refused unless the user agrees to take the later answers.
  prompts.replacements.push_back(false);
  REQUIRE_FALSE(window.import_responses_from({path}));
  CHECK(prompts.errors.last().contains(QStringLiteral("already revised in round 2")));

  REQUIRE(window.save());
  const model::Assessment saved = load_assessment(file.toStdString(), built_registry().questionnaires());
  REQUIRE(saved.rounds.size() == 1);
  CHECK(saved.rounds[0].revisions.at("r2").at("digital").at("DG02").number == 1);
}
