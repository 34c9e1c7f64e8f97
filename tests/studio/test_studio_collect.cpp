// Collection in the studio: File → Create respondent forms… and File → Import responses….
#include "studio_harness.h"

#include "main_window.h"

#include <spectrum/io.h>
#include <spectrum/response.h>

#include <catch2/catch.hpp>

#include <QFile>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

namespace {

// A response to the fixture's area from a respondent with this id, answering LD01 with choice.
QString write_response(const Scratch& scratch, const std::string& id, const std::string& choice,
                       const std::string& area = "Fixture Vale") {
  const model::Questionnaire* leadership = built_registry().questionnaire("leadership");
  Response response;
  response.area = {area, "E99000001", "hwb", "Fixture and Fen STP"};
  response.period = "2016/17";
  response.respondent.id = id;
  response.respondent.organisation = "Fen Housing";
  response.respondent.sector = Sector::housing;
  response.respondent.role = "manager";
  model::AnswerValue answer;
  answer.state = model::AnswerValue::State::value;
  answer.choice = choice;
  answer.type = ItemType::choice;
  response.respondent.answers["leadership"]["LD01"] = answer;
  response.questionnaires.push_back(stamp_of(*leadership));
  const QString path = scratch.path(QString::fromStdString(id + "-" + area.substr(0, 4) + ".response.json"));
  write_file_atomic(path.toStdString(), to_json(response).dump(2));
  return path;
}

}  // namespace

TEST_CASE("studio: Create respondent forms writes the form for the assessment's area and questionnaires",
          "[studio][collect]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  prompts.files.push_back(scratch.path("vale-form"));
  REQUIRE(window.create_forms());
  const std::string page = read_file(scratch.path("vale-form.html").toStdString());
  CHECK(page.find("Fixture Vale") != std::string::npos);
  CHECK(page.find(built_registry().questionnaire("leadership")->sha256) != std::string::npos);
  CHECK(page.find("spectrum.response/1") != std::string::npos);
  REQUIRE(prompts.informations.size() == 1);
  CHECK(prompts.informations[0].contains(QStringLiteral("Import Responses")));
  CHECK(prompts.errors.isEmpty());

  // A name ending in .xlsx gets the Excel workbook instead.
  prompts.files.push_back(scratch.path("vale-form.xlsx"));
  REQUIRE(window.create_forms());
  CHECK(read_file(scratch.path("vale-form.xlsx").toStdString()).starts_with("PK"));
  CHECK(prompts.informations.last().contains(QStringLiteral("Excel")));
}

TEST_CASE("studio: Import responses adds the respondents and reports them", "[studio][collect]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  const QStringList files = {write_response(scratch, "r3", "joint"),
                             write_response(scratch, "r4", "place_body")};
  REQUIRE(window.import_responses_from(files));
  const auto& respondents = window.document().assessment().respondents;
  REQUIRE(respondents.size() == 4);
  CHECK(respondents[3].answers.at("leadership").at("LD01").choice == "place_body");
  CHECK(window.isWindowModified());
  REQUIRE(prompts.informations.size() == 1);
  CHECK(prompts.informations[0].contains(QStringLiteral("Added 2 respondent(s)")));
  CHECK(prompts.informations[0].contains(QStringLiteral("r4 (Fen Housing)")));
}

TEST_CASE("studio: Import responses changes nothing when any response is refused", "[studio][collect]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  const nlohmann::json before = to_json(window.document().assessment());
  const QStringList files = {write_response(scratch, "r3", "joint"),
                             write_response(scratch, "r4", "joint", "Other Fen")};
  CHECK_FALSE(window.import_responses_from(files));
  CHECK(to_json(window.document().assessment()) == before);
  CHECK_FALSE(window.isWindowModified());
  REQUIRE(prompts.errors.size() == 1);
  CHECK(prompts.errors[0].contains(QStringLiteral("made for Other Fen")));
  CHECK(prompts.errors[0].contains(QStringLiteral("vale.json is for Fixture Vale")));

  // A broken file is refused with its pointer, and nothing changes either.
  QFile broken(scratch.path("broken.response.json"));
  REQUIRE(broken.open(QIODevice::WriteOnly));
  broken.write(R"({"format": "spectrum.response/1", "area": {"name": "Fixture Vale"}})");
  broken.close();
  CHECK_FALSE(window.import_responses_from({files[0], broken.fileName()}));
  CHECK(prompts.errors.last().contains(QStringLiteral("broken.response.json: missing required member")));
  CHECK(to_json(window.document().assessment()) == before);
}

TEST_CASE("studio: a respondent already present is replaced only when the user agrees", "[studio][collect]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  const nlohmann::json before = to_json(window.document().assessment());
  const QStringList files = {write_response(scratch, "r1", "place_body")};
  prompts.replacements.push_back(false);
  CHECK_FALSE(window.import_responses_from(files));
  CHECK(to_json(window.document().assessment()) == before);

  prompts.replacements.push_back(true);
  REQUIRE(window.import_responses_from(files));
  const auto& respondents = window.document().assessment().respondents;
  REQUIRE(respondents.size() == 2);
  CHECK(respondents[0].organisation == "Fen Housing");
  CHECK(respondents[0].answers.at("leadership").at("LD01").choice == "place_body");
  CHECK(prompts.informations.last().contains(QStringLiteral("Replaced 1 respondent(s)")));
  CHECK(prompts.questions == 2);  // the two replacement questions, nothing else
}
