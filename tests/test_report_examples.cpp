// Every example area, scored by the real plugins, renders to every report format.
#include "plugin_test_support.h"
#include "report_test_support.h"

#include <spectrum/io.h>

#include <QString>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace spectrum;
using namespace spectrum::test;

namespace {

const char* const kExamples[] = {"northshire.json", "riverside_city.json", "eastmoor.json"};

struct ScoredExample {
  model::Assessment assessment;
  Profile profile;
};

ScoredExample score(const std::string& name) {
  ScoredExample e;
  e.assessment = load_assessment(std::string(SPECTRUM_SOURCE_DIR) + "/examples/" + name,
                                 built_registry().questionnaires());
  e.profile = assess(e.assessment, built_registry(), {});
  return e;
}

reports::ReportInput input_for(const ScoredExample& e, bool detail) {
  reports::ReportInput input;
  input.profile = &e.profile;
  input.assessment = &e.assessment;
  input.questionnaires = built_registry().questionnaires();
  input.detail = detail;
  return input;
}

}  // namespace

TEST_CASE("examples: every example renders to HTML, PDF, Markdown and CSV", "[reports][examples]") {
  for (const char* name : kExamples) {
    INFO(name);
    const ScoredExample e = score(name);
    REQUIRE(e.profile.domains.size() == 5);
    const auto input = input_for(e, false);

    const std::string html = reports::render(input, "html");
    QXmlStreamReader reader(QString::fromStdString(html));
    while (!reader.atEnd()) reader.readNext();
    INFO(reader.errorString().toStdString() << " at line " << reader.lineNumber());
    CHECK_FALSE(reader.hasError());
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find(e.profile.area.name) != std::string::npos);

    const std::string pdf = reports::render(input, "pdf");
    TempDir dir;
    write_bytes(dir.path() / "r.pdf", pdf);
    REQUIRE(run("pdftotext " + (dir.path() / "r.pdf").string() + " " + (dir.path() / "r.txt").string()) == 0);
    CHECK(read_bytes(dir.path() / "r.txt").find(e.profile.area.name) != std::string::npos);

    const std::string md = reports::render(input, "md");
    CHECK(md.find("# " + e.profile.area.name) == 0);
    for (const auto& d : e.profile.domains) CHECK(md.find("### " + d.title) != std::string::npos);

    const auto rows = parse_csv(reports::render(input, "csv"));
    CHECK(rows.size() == 2 + e.profile.domains.size());
  }
}

TEST_CASE("examples: detailed CSV adds one row per item and respondent, without names",
          "[reports][examples][csv]") {
  const ScoredExample e = score("northshire.json");
  const auto rows = parse_csv(reports::render(input_for(e, true), "csv"));
  std::size_t expected = 0;
  for (const auto& d : e.profile.domains)
    expected +=
        e.assessment.respondents.size() * built_registry().questionnaire(d.questionnaire)->items.size();
  const auto& header = rows[0];
  const auto kind =
      static_cast<std::size_t>(std::find(header.begin(), header.end(), "row_kind") - header.begin());
  const auto state =
      static_cast<std::size_t>(std::find(header.begin(), header.end(), "answer_state") - header.begin());
  std::size_t answers = 0;
  for (const auto& row : rows) {
    REQUIRE(row.size() == header.size());
    if (row[kind] == "answer") {
      ++answers;
      CHECK((row[state] == "value" || row[state] == "dont_know" || row[state] == "not_applicable" ||
             row[state] == "missing"));
    }
  }
  CHECK(answers == expected);
  const std::string csv = reports::render(input_for(e, true), "csv");
  for (const auto& r : e.assessment.respondents)
    if (!r.name.empty()) CHECK(csv.find(r.name) == std::string::npos);
}
