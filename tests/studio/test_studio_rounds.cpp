// Delphi round 2 in the studio: File → Create Round-2 Forms… and the revised answers imported back.
#include "studio_harness.h"

#include "main_window.h"

#include <spectrum/consensus.h>
#include <spectrum/io.h>
#include <spectrum/response.h>

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <spectrum/collect/response_inputs.h>

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

// The row of an item in a workbook's sheets, every cell as text, read as a person's spreadsheet reads it.
QStringList workbook_row(const QString& path, const QString& item) {
  QProcess python;
  python.start(
      QStringLiteral("/usr/bin/python3"),
      {QStringLiteral("-c"),
       QStringLiteral(
           "import openpyxl, sys\n"
           "book = openpyxl.load_workbook(sys.argv[1])\n"
           "for sheet in book.worksheets:\n"
           "  for row in sheet.iter_rows(values_only=True):\n"
           "    if row and row[0] == sys.argv[2]:\n"
           "      print('\\t'.join('' if v is None else str(v).replace('\\n', ' / ') for v in row))\n"),
       path, item});
  REQUIRE(python.waitForFinished(60000));
  INFO(python.readAllStandardError().toStdString());
  REQUIRE(python.exitCode() == 0);
  return QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\t'));
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

  // The workbook shows the same in a column beside the answer, and is marked as round 2.
  const QString workbook = scratch.path("E99000001-r1-round2.xlsx");
  CHECK(workbook_row(workbook, QStringLiteral("DG02")).last() ==
        QStringLiteral("Yes: 1 · No: 1 / Your answer: Yes"));
  CHECK(workbook_row(workbook, QStringLiteral("LD11"))
            .last()
            .endsWith(QStringLiteral("Your answer: 3  Neither agree nor disagree")));
  std::vector<Diagnostic> problems;
  const auto responses =
      collect::read_responses({workbook.toStdString()}, built_registry().questionnaires(), problems);
  REQUIRE(problems.empty());
  REQUIRE(responses.size() == 1);
  CHECK(responses[0].extensions["x-round"] == 2);
  CHECK(responses[0].respondent.id == "r1");  // the cover starts with the respondent's details
  CHECK(responses[0].respondent.sector == Sector::nhs);
}

TEST_CASE("studio: a round-2 response comes back as the respondent's round-2 revisions", "[studio][rounds]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  const QString file = scratch.copy(fixture("two_partners.json"), "vale.json");
  REQUIRE(window.open_file(file));
  REQUIRE(window.create_round2_forms_in(scratch.path("")));
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
