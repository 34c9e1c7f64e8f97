// The Markdown and CSV reports, the choice of format, and the consultant's templates.
#include "report_test_support.h"

#include <spectrum/diagnostics.h>
#include <spectrum/reports/templates.h>

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace spectrum;
using namespace spectrum::test;

namespace {

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
  const auto found = std::find(header.begin(), header.end(), name);
  if (found == header.end()) throw std::runtime_error("no column " + name);
  return static_cast<std::size_t>(found - header.begin());
}

// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) { setenv(name, value.c_str(), 1); }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

}  // namespace

TEST_CASE("formats: html, pdf, md and csv are report formats; others are refused", "[reports]") {
  for (const char* f : {"html", "pdf", "md", "csv"}) CHECK(reports::is_report_format(f));
  for (const char* f : {"json", "xlsx", "HTML", "", ".html"}) CHECK_FALSE(reports::is_report_format(f));
  CHECK_THROWS_AS(render_format(sample_profile(), "docx"), std::invalid_argument);
  reports::ReportInput none;
  CHECK_THROWS_AS(reports::render(none, "md"), std::invalid_argument);
}

TEST_CASE("csv: one row per domain with the expected columns, quoted per RFC 4180", "[reports][csv]") {
  const Profile p = sample_profile();
  const auto rows = parse_csv(render_format(p, "csv"));
  REQUIRE(rows.size() == 1 + 1 + p.domains.size());  // header, overall, domains
  const auto& header = rows[0];
  for (const char* name :
       {"row_kind", "area", "code", "period", "domain", "status", "score", "level", "level_name", "uncertain",
        "median", "min", "max", "rwg", "target", "gap_to_target"})
    CHECK_NOTHROW(column(header, name));
  for (const auto& row : rows) CHECK(row.size() == header.size());
  CHECK(rows[1][column(header, "row_kind")] == "overall");
  CHECK(rows[1][column(header, "method")] == "capped-mean");

  const auto& lead = rows[2];
  CHECK(lead[column(header, "row_kind")] == "domain");
  CHECK(lead[column(header, "area")] == "Vale & Downs <Test>");
  CHECK(lead[column(header, "domain")] == "leadership");
  CHECK(lead[column(header, "score")] == "3.40");
  CHECK(lead[column(header, "level")] == "3");
  CHECK(lead[column(header, "level_name")] == "Joint decision-making");
  CHECK(lead[column(header, "uncertain")] == "false");
  CHECK(lead[column(header, "min")] == "3.00");
  CHECK(lead[column(header, "rwg")] == "0.91");
  CHECK(lead[column(header, "target")] == "4");
  CHECK(lead[column(header, "gap_to_target")] == "0.60");
  CHECK(rows[3][column(header, "uncertain")] == "true");
  CHECK(rows[5][column(header, "status")] == "error");
  CHECK(rows[5][column(header, "error")] == "digital.so: the plugin crashed (signal 11)");
  CHECK(rows[5][column(header, "score")].empty());
}

TEST_CASE("csv: a field with a comma, a quote or a line break is quoted and its quotes doubled",
          "[reports][csv]") {
  Profile p = sample_profile();
  p.domains[0].title = "Leadership, \"governance\"\nand vision";
  const std::string csv = render_format(p, "csv");
  CHECK(csv.find("\"Leadership, \"\"governance\"\"\nand vision\"") != std::string::npos);
  const auto rows = parse_csv(csv);
  CHECK(rows[2][column(rows[0], "title")] == "Leadership, \"governance\"\nand vision");
}

TEST_CASE("csv: detail without the assessment is refused with a reason", "[reports][csv]") {
  const Profile p = sample_profile();
  reports::ReportInput input;
  input.profile = &p;
  input.detail = true;
  CHECK_THROWS_WITH(reports::render(input, "csv"), Catch::Contains("assessment"));
}

TEST_CASE("markdown: headings, a table of domains, findings and perception gaps, escaped", "[reports][md]") {
  const std::string md = render_format(sample_profile(), "md");
  CHECK(md.rfind("# Vale & Downs \\<Test\\>", 0) == 0);
  CHECK(md.find("\n## Summary\n") != std::string::npos);
  CHECK(md.find("- **Period**: 2016/17\n") != std::string::npos);
  CHECK(md.find("| Leadership and governance | Level 3, Joint decision-making | 3.40 |") !=
        std::string::npos);
  CHECK(md.find("| Financial alignment | Uncertain |") != std::string::npos);
  CHECK(md.find("- The council chairs a joint committee with the CCG.") != std::string::npos);
  CHECK(md.find("- No decision is delegated \\<yet\\> & budgets stay apart.") != std::string::npos);
  CHECK(md.find("| Financial alignment | NHS (3.25) | Local government (0.50) | 2.75 |") !=
        std::string::npos);
  CHECK(md.find("digital.so: the plugin crashed (signal 11)") != std::string::npos);
}

TEST_CASE("markdown: each scored domain shows its agreement metrics and the plugin's figures",
          "[reports][md]") {
  const std::string md = render_format(sample_profile(), "md");
  CHECK(
      md.find(
          "#### Agreement and coverage\n\n- **Respondents**: 4\n- **Median**: 3.40\n- **Range**: 3.00-3.80\n"
          "- **Interquartile range**: 0.40\n- **Agreement index (rwg)**: 0.91\n- **Agreement**: strong "
          "agreement\n") != std::string::npos);
  CHECK(md.find("#### Figures from the scoring plugin") != std::string::npos);
  CHECK(md.find("| answers\\_mean | 3.25 |") != std::string::npos);
  CHECK(md.find("| council\\_seat | 3 |") != std::string::npos);
}

TEST_CASE("templates: a consultant's report.json changes only the wording it names", "[reports][templates]") {
  TempDir dir;
  write_bytes(dir.path() / "report.json",
              R"({"headings": {"summary": "In brief"}, "levels": {"0": {"name": "Apart"}}})");
  ScopedEnv env(reports::kTemplatesEnv, dir.path().string());
  const std::string md = render_format(sample_profile(), "md");
  CHECK(md.find("## In brief") != std::string::npos);
  CHECK(md.find("## Summary") == std::string::npos);
  CHECK(md.find("## Perception gaps between sectors") != std::string::npos);  // untouched wording stays
  const auto templates = reports::Templates::load();
  CHECK(templates.level_name(0) == "Apart");
  CHECK(templates.level_description(0) ==
        "Partners meet their statutory duties but share no purpose in this domain.");
  CHECK(templates.level_name(1) == "Consultation");
}

TEST_CASE("templates: a consultant's stylesheet replaces the built-in one", "[reports][templates]") {
  TempDir dir;
  write_bytes(dir.path() / "report.css", "body { color: #123456; }");
  ScopedEnv env(reports::kTemplatesEnv, dir.path().string());
  const std::string html = render_format(sample_profile(), "html");
  CHECK(html.find("body { color: #123456; }") != std::string::npos);
  CHECK(html.find("@media print") == std::string::npos);
}

TEST_CASE("templates: a broken override names the file, and a missing folder names the variable",
          "[reports][templates]") {
  TempDir dir;
  write_bytes(dir.path() / "report.json", "{\"headings\": ");
  CHECK_THROWS_WITH(reports::Templates::load(dir.path()), Catch::Contains("report.json"));
  CHECK_THROWS_WITH(reports::Templates::load(dir.path() / "absent"), Catch::Contains(reports::kTemplatesEnv));
  write_bytes(dir.path() / "report.json", R"({"headings": {"summary": 3}})");
  const auto templates = reports::Templates::load(dir.path());
  CHECK_THROWS_WITH(
      templates.text("/headings/summary"),
      Catch::Contains("/headings/summary") && Catch::Contains("expected a string, found number"));
}
