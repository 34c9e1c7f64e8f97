// One rule from score to level, in every output: over generated assessments, wherever a level is shown
// beside a score (profile JSON, CSV, Markdown, HTML, terminal, comparison and its CSV), the level is
// the floor of the score as shown. Spectrum caps a gated domain's score at level + 0.99, so the rule
// holds as an equality even when gates hold a domain back; uncertain domains keep their score's level.
#include "plugin_test_support.h"
#include "temp_dir.h"

#include <spectrum/combination.h>
#include <spectrum/compare.h>
#include <spectrum/io.h>
#include <spectrum/numbers.h>
#include <spectrum/reports/compare_report.h>
#include <spectrum/reports/report.h>
#include <spectrum/scoring.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <regex>
#include <string>
#include <vector>

using namespace spectrum;
using namespace spectrum::test;

namespace {

constexpr int kAreas = 120;

// Every questionnaire answered at random by 1 to 6 respondents of mixed sectors.
model::Assessment generated_area(int index, std::mt19937& rng) {
  const Sector sectors[] = {Sector::nhs, Sector::local_government, Sector::housing, Sector::voluntary,
                            Sector::other};
  std::vector<model::Respondent> people;
  const int count = std::uniform_int_distribution<int>(1, 6)(rng);
  for (int p = 0; p < count; ++p) {
    model::Respondent r = respondent("r" + std::to_string(p + 1), sectors[(index + p) % 5], "leadership", {});
    r.answers.clear();
    for (const model::Questionnaire* q : built_registry().questionnaires())
      for (const model::Item& item : q->items) {
        model::AnswerValue answer = random_answer(item, rng);
        answer.type = item.type;  // as the loader sets it, so the file written reads back
        r.answers[q->id][item.id] = answer;
      }
    people.push_back(std::move(r));
  }
  model::Assessment a = assessment(people);
  a.area.name = "Area " + std::to_string(index);
  a.area.code = "E" + std::to_string(10000000 + index);
  a.area.footprint = "Footprint " + std::to_string(index % 7);
  a.period = index % 2 ? "2016/17" : "2017/18";
  return a;
}

// The level a reader takes from a score as shown ("2.99" -> 2).
int floor_of(const std::string& shown) {
  return static_cast<int>(std::floor(std::stod(shown)));
}

// Checks every (level, score) pair that `pattern` finds in text, in the order of its groups.
int check_pairs(const std::string& text, const std::regex& pattern, int level_group, int score_group,
                const std::string& where) {
  int pairs = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
    INFO(where << ": " << it->str());
    CHECK(std::stoi((*it)[level_group]) == floor_of((*it)[score_group]));
    ++pairs;
  }
  return pairs;
}

std::vector<std::string> csv_cells(const std::string& line) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
        cells.back() += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        cells.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      cells.emplace_back();
    } else if (c != '\r') {
      cells.back() += c;
    }
  }
  return cells;
}

// In a CSV with columns "<x>score" and "<x>level", every row where both are filled.
int check_csv(const std::string& csv, const std::string& score_suffix, const std::string& level_suffix,
              const std::string& where) {
  std::vector<std::vector<std::string>> rows;
  std::size_t start = 0;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string::npos) end = csv.size();
    rows.push_back(csv_cells(csv.substr(start, end - start)));
    start = end + 1;
  }
  REQUIRE(!rows.empty());
  const std::vector<std::string>& header = rows[0];
  int pairs = 0;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (!header[c].ends_with(score_suffix)) continue;
    const std::string level_name = header[c].substr(0, header[c].size() - score_suffix.size()) + level_suffix;
    auto level = std::find(header.begin(), header.end(), level_name);
    REQUIRE(level != header.end());
    const std::size_t l = static_cast<std::size_t>(level - header.begin());
    for (std::size_t r = 1; r < rows.size(); ++r) {
      if (rows[r].size() <= std::max(c, l) || rows[r][c].empty() || rows[r][l].empty()) continue;
      INFO(where << " row " << r << " column " << header[c] << ": " << rows[r][c] << " / " << rows[r][l]);
      CHECK(std::stoi(rows[r][l]) == floor_of(rows[r][c]));
      ++pairs;
    }
  }
  return pairs;
}

std::string run_terminal(const model::Assessment& a, const std::filesystem::path& dir) {
  const std::filesystem::path file = dir / (a.area.code + ".json");
  write_file_atomic(file, to_json(a).dump());
  const std::string command = std::string(SPECTRUM_BINARY_DIR "/bin/spectrum assess ") + file.string() +
                              " --plugin-dir " SPECTRUM_PLUGIN_OUTPUT_DIR " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string out;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  return out;
}

}  // namespace

TEST_CASE("in every output the level shown is the floor of the score shown, over generated assessments",
          "[property][report][numbers]") {
  std::mt19937 rng(1996);
  std::vector<Profile> profiles;
  std::vector<model::Assessment> areas;
  for (int i = 0; i < kAreas; ++i) {
    areas.push_back(generated_area(i, rng));
    profiles.push_back(assess(areas.back(), built_registry(), {}));
  }
  int pairs = 0;
  const std::regex markdown_row(R"(\| Level (\d), [^|]*\| (\d\.\d\d) \|)");
  const std::regex sentence(R"(level (\d), [^(]*\(score (\d\.\d\d)\))");
  const std::regex html_row(R"(<td class="num">(\d\.\d\d)</td><td>Level (\d), )");
  const std::regex html_fact(R"(Level (\d), [^(<]*\((\d\.\d\d)\))");
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const Profile& p = profiles[i];
    const std::string where = p.area.name;
    // The profile as written and read back.
    const nlohmann::json json = to_json(p);
    for (const nlohmann::json& d : json["domains"])
      if (d.contains("score")) {
        INFO(where << " " << d["domain"] << " " << d["score"]);
        CHECK(d["level"].get<int>() == floor_of(format_fixed(d["score"].get<double>())));
        ++pairs;
      }
    if (json["overall"].contains("score")) {
      CHECK(json["overall"]["level"].get<int>() ==
            floor_of(format_fixed(json["overall"]["score"].get<double>())));
      ++pairs;
    }
    CHECK_NOTHROW(profile_from_json(json, "generated.json"));  // and its truth checks pass
    // The reports.
    reports::ReportInput input;
    input.profile = &p;
    input.assessment = &areas[i];
    input.questionnaires = built_registry().questionnaires();
    pairs += check_csv(reports::render(input, "csv"), "score", "level", where + " CSV");
    const std::string md = reports::render(input, "md");
    pairs += check_pairs(md, markdown_row, 1, 2, where + " Markdown");
    pairs += check_pairs(md, sentence, 1, 2, where + " Markdown");
    const std::string html = reports::render(input, "html");
    pairs += check_pairs(html, html_row, 2, 1, where + " HTML");
    pairs += check_pairs(html, html_fact, 1, 2, where + " HTML");
    pairs += check_pairs(html, sentence, 1, 2, where + " HTML");
  }
  // The terminal, for a sample (each runs the CLI).
  TempDir dir;
  const std::regex terminal_domain(R"((?:^|\n)\S+\s+(\d) [A-Za-z -]+?\s+(\d\.\d\d)\s)");
  const std::regex terminal_overall(R"(Overall: (\d) [^(]*\((\d\.\d\d)\))");
  for (std::size_t i = 0; i < areas.size(); i += 10) {
    const std::string out = run_terminal(areas[i], dir.path());
    INFO(out);
    pairs += check_pairs(out, terminal_domain, 1, 2, areas[i].area.name + " terminal");
    REQUIRE(check_pairs(out, terminal_overall, 1, 2, areas[i].area.name + " terminal") == 1);
  }
  // The comparison: cells, footprint roll-ups and trends, and its CSV.
  const Comparison c = compare(profiles);
  for (const auto& row : c.cells)
    for (const CompareCell& cell : row)
      if (cell.scored) {
        CHECK(cell.level == floor_of(format_fixed(cell.score)));
        ++pairs;
      }
  REQUIRE(!c.footprints.empty());
  for (const FootprintRollup& f : c.footprints)
    for (const CompareCell& cell : f.cells)
      if (cell.scored) {
        CHECK(cell.level == floor_of(format_fixed(cell.score)));
        ++pairs;
      }
  pairs += check_csv(reports::render_comparison(c, "csv"), " score", " level", "comparison CSV");
  INFO("pairs checked: " << pairs);
  CHECK(pairs > kAreas * 10);
}

TEST_CASE(
    "every combination policy's level is the floor of its score as written, over generated domain scores",
    "[property][combination][numbers]") {
  std::mt19937 rng(4);
  std::uniform_int_distribution<int> hundredths(0, 500), count(1, 6);
  int near_whole = 0;  // combinations whose unrounded value sits just below a whole number
  for (int i = 0; i < 20000; ++i) {
    std::vector<double> scores(static_cast<std::size_t>(count(rng)));
    for (double& s : scores) s = hundredths(rng) / 100.0;
    // Domain scores near the top of a level make the cases the rule is about common.
    if (i % 2)
      for (double& s : scores) s = std::min(5.0, std::floor(s) + 0.99 + (hundredths(rng) % 2) * 0.01);
    for (const CombinationPolicy& policy : combination_policies()) {
      const Overall o = combine(scores, policy.id);
      INFO(policy.id << " of " << scores.size() << " scores: " << format_number(o.score));
      REQUIRE(o.level == floor_of(format_fixed(o.score)));
      const double raw = policy.combine(scores);
      if (std::floor(raw) != std::floor(round_score(raw))) ++near_whole;
    }
  }
  CHECK(near_whole > 100);  // the sweep reaches the cases that used to disagree
}
