// The comparison's renderers: a self-contained HTML page that stays small with thousands of areas,
// one CSV row per area and period, an XLSX workbook with a sheet per view, Markdown and JSON.
#include "compare_test_data.h"

#include <spectrum/compare.h>
#include <spectrum/io.h>
#include <spectrum/reports/compare_report.h>

#include <catch2/catch.hpp>

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <sstream>

using namespace spectrum;

namespace {

Comparison generated(std::vector<std::string> highlight = {}) {
  CompareOptions options;
  options.highlight = std::move(highlight);
  options.group_by = "footprint";
  return compare(compare_test::generated_profiles(), options);
}

std::uint32_t little_endian(const std::string& bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes.at(at + i));
  return value;
}

struct ZipEntry {
  std::string name;
  std::uint32_t method = 0, compressed = 0, size = 0, local_header = 0;
};

// The entries of a zip archive's central directory.
std::vector<ZipEntry> zip_entries(const std::string& zip) {
  const std::size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  REQUIRE(end != std::string::npos);
  const std::uint32_t count = little_endian(zip, end + 10, 2);
  std::size_t at = little_endian(zip, end + 16, 4);
  std::vector<ZipEntry> entries;
  for (std::uint32_t i = 0; i < count; ++i) {
    REQUIRE(zip.compare(at, 4, std::string("PK\x01\x02", 4)) == 0);
    const std::uint32_t name = little_endian(zip, at + 28, 2), extra = little_endian(zip, at + 30, 2),
                        comment = little_endian(zip, at + 32, 2);
    entries.push_back({zip.substr(at + 46, name), little_endian(zip, at + 10, 2),
                       little_endian(zip, at + 20, 4), little_endian(zip, at + 24, 4),
                       little_endian(zip, at + 42, 4)});
    at += 46 + name + extra + comment;
  }
  return entries;
}

bool has_entry(const std::vector<ZipEntry>& entries, const std::string& name) {
  return std::any_of(entries.begin(), entries.end(), [&](const ZipEntry& e) { return e.name == name; });
}

// One member of a zip archive, stored or deflated (zlib: libxlsxwriter links it, so it is always there).
std::string zip_member(const std::string& zip, const std::string& member) {
  const auto entries = zip_entries(zip);
  const auto e =
      std::find_if(entries.begin(), entries.end(), [&](const ZipEntry& x) { return x.name == member; });
  REQUIRE(e != entries.end());
  const std::size_t data = e->local_header + 30 + little_endian(zip, e->local_header + 26, 2) +
                           little_endian(zip, e->local_header + 28, 2);
  if (e->method == 0) return zip.substr(data, e->size);
  REQUIRE(e->method == 8);
  std::string out(e->size, '\0');
  z_stream stream{};
  REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
  stream.avail_in = e->compressed;
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = e->size;
  const int status = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  REQUIRE(status == Z_STREAM_END);
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the comparison formats are html, csv, xlsx, md and json", "[compare][report]") {
  for (const char* format : {"html", "csv", "xlsx", "md", "json"}) CHECK(reports::is_compare_format(format));
  CHECK_FALSE(reports::is_compare_format("pdf"));
  CHECK_THROWS_AS(reports::render_comparison(generated(), "pdf"), std::invalid_argument);
}

TEST_CASE("the XLSX workbook has a sheet per view, a frozen header row and numbers as numbers",
          "[compare][report]") {
  const std::string xlsx = reports::render_comparison(generated(), "xlsx");
  const auto entries = zip_entries(xlsx);
  for (int sheet = 1; sheet <= 6; ++sheet)
    CHECK(has_entry(entries, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml"));
  CHECK_FALSE(has_entry(entries, "xl/worksheets/sheet7.xml"));

  const std::string workbook = zip_member(xlsx, "xl/workbook.xml");
  std::size_t at = 0;
  for (const char* sheet : {"Areas", "Ranks", "Summary", "Groups", "Footprints", "Trends"}) {
    const std::size_t found = workbook.find("name=\"" + std::string(sheet) + "\"");
    CHECK(found != std::string::npos);
    CHECK(found >= at);  // in this order
    at = found;
  }
  const std::string areas = zip_member(xlsx, "xl/worksheets/sheet1.xml");
  CHECK(areas.find("state=\"frozen\"") != std::string::npos);
  CHECK(areas.find("topLeftCell=\"A2\"") != std::string::npos);
  // F2 is E0's respondents (2) and L2 its leadership score (3.2), both numbers, not text.
  CHECK(areas.find("<c r=\"F2\" s=\"2\"><v>2</v></c>") != std::string::npos);
  CHECK(areas.find("<v>3.2</v>") != std::string::npos);
}

TEST_CASE("text cells a spreadsheet would run as a formula are neutralised in the CSV and the XLSX",
          "[compare][report]") {
  std::vector<Profile> profiles = compare_test::generated_profiles();
  profiles[0].area.name = "=HYPERLINK(\"http://x\",\"y\")";
  profiles[1].area.name = "@SUM(A1)";
  const Comparison c = compare(profiles);
  const std::string csv = reports::render_comparison(c, "csv");
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"") != std::string::npos);
  CHECK(csv.find("'@SUM(A1)") != std::string::npos);
  CHECK(csv.find(",-0.") != std::string::npos);  // a negative number stays a number
  const std::string strings = zip_member(reports::render_comparison(c, "xlsx"), "xl/worksheets/sheet1.xml");
  CHECK(strings.find("'=HYPERLINK") != std::string::npos);
  CHECK(strings.find("'@SUM(A1)") != std::string::npos);
  CHECK(strings.find(">=HYPERLINK") == std::string::npos);
}

TEST_CASE("the CSV has one row per area and period with ranks and percentiles", "[compare][report]") {
  const auto lines = lines_of(reports::render_comparison(generated(), "csv"));
  REQUIRE(lines.size() == 26);
  CHECK(lines[0].rfind("area,code,kind,footprint,period,respondents,highlighted,mixed,mixed_reason,source,"
                       "group (footprint),"
                       "leadership score,leadership level,leadership uncertain,leadership rank,leadership of,"
                       "leadership percentile,leadership from_median,leadership from_group_median,",
                       0) == 0);
  CHECK(lines[1].rfind("Area 0,E0,hwb,F1,2016/17,2,no,no,,E0-2016.json,F1,3.20,3,no,4,13,65.4,0.45,0.00,",
                       0) == 0);
  // E6's digital failed in 2015/16: empty fields, not zeros.
  CHECK(lines[20].find("Area 6,E6,hwb,F1,2015/16,4,no,no,,E6-2015.json,F1,3.00,3,no,") == 0);
  CHECK(lines[20].find(",,,,,,,,") != std::string::npos);
}

TEST_CASE("the HTML page is self-contained with a distribution chart and the highlighted radar",
          "[compare][report]") {
  auto profiles = compare_test::generated_profiles();
  for (Profile& p : profiles)
    p.domains.push_back(compare_test::domain("housing", 2.5, 2));  // a radar needs 3 axes
  CompareOptions options;
  options.highlight = {"E4", "Area 9", "E7"};
  const std::string html = reports::render_comparison(compare(profiles, options), "html");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count_of(html, "<svg") == 4);      // a distribution per period, a radar per period with highlights
  CHECK(count_of(html, "<polygon") >= 6);  // three areas overlaid in each radar
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("Area 4 (E4)") != std::string::npos);
  CHECK(html.find("Footprints") != std::string::npos);
  CHECK(html.find("Most improved and most declined: Leadership") != std::string::npos);
}

TEST_CASE("the HTML page stays small with thousands of areas: summaries, not every row",
          "[compare][report]") {
  const std::vector<Profile> many = compare_test::many_profiles(200);
  CompareOptions options;
  options.highlight = {"E4-17"};
  const Comparison c = compare(many, options);
  const std::string html = reports::render_comparison(c, "html");
  CHECK(html.size() < 250000);
  CHECK(html.find("Area 4 copy 17") != std::string::npos);   // highlighted
  CHECK(html.find("Area 5 copy 150") == std::string::npos);  // neither top, bottom nor highlighted
  CHECK(html.find("full table of all 2600 areas is in the CSV and XLSX") != std::string::npos);
  CHECK(lines_of(reports::render_comparison(c, "csv")).size() == 5001);
}

TEST_CASE("the Markdown has the views as tables and marks mixed profiles", "[compare][report]") {
  auto profiles = compare_test::generated_profiles();
  profiles[2].provenance.questionnaires[1].version = "2.0.0";
  CompareOptions options;
  options.allow_mixed = true;
  const std::string md = reports::render_comparison(compare(profiles, options), "md");
  CHECK(md.rfind("# Comparison of 25 integration profiles", 0) == 0);
  CHECK(md.find("| Rank | Area | Footprint | Overall | Percentile | Leadership | Digital |") !=
        std::string::npos);
  CHECK(md.find("Area 2 (E2) \\*") != std::string::npos);
  CHECK(md.find("1 profile(s) were scored with a different instrument") != std::string::npos);
}

TEST_CASE("the JSON output is the comparison's JSON", "[compare][report]") {
  const Comparison c = generated();
  CHECK(nlohmann::json::parse(reports::render_comparison(c, "json")) == to_json(c));
}
