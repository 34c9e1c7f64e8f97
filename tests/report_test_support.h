// Test support for the report renderers: a profile built in code that exercises every part of a
// report (a gated domain with a target, an uncertain one, a failed one, perception gaps, text that
// needs escaping), the example areas scored by the real pipeline, and helpers that read the outputs
// back (a CSV parser, a temporary folder, running poppler's command-line tools).
//
//   using namespace spectrum::test;
//   Profile p = sample_profile();
//   std::string html = render_format(p, "html");
#ifndef SPECTRUM_TESTS_REPORT_TEST_SUPPORT_H
#define SPECTRUM_TESTS_REPORT_TEST_SUPPORT_H

#include "temp_dir.h"

#include <spectrum/profile.h>
#include <spectrum/reports/report.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace spectrum::test {

// A gate item with the plugin's numbers: the item score it compared and its threshold.
inline GateItem gate_item(const std::string& id, const std::string& text, double score,
                          std::vector<GateAnswer> answers, double threshold = 2.0) {
  return {id, text, score, threshold, std::move(answers)};
}

// A fictional area with four domains:
//  - leadership: level 3, score 3.40, target 4, gates met and failed, findings of every kind;
//  - financial_alignment: uncertain (respondents split), target 3;
//  - housing_partnership: level 1, no target;
//  - digital: failed (status error).
// The area's name and one finding hold characters that must be escaped in HTML and Markdown.
inline Profile sample_profile() {
  Profile p;
  p.area = {"Vale & Downs <Test>", "E10000042", "hwb", "Vale and Downs STP"};
  p.period = "2016/17";
  p.respondents = {{"r1", "Vale County Council", "local_government", "director"},
                   {"r2", "Vale Clinical Commissioning Group", "nhs", "director"},
                   {"r3", "Downs Hospitals NHS Trust", "nhs", "manager"},
                   {"r4", "Downs Housing Association", "housing", "front_line"}};

  DomainProfile lead;
  lead.domain = "leadership";
  lead.title = "Leadership and governance";
  lead.plugin = "leadership";
  lead.questionnaire = "leadership";
  lead.score = 3.4;
  lead.level = 3;
  lead.gates = {{2,
                 "shared_vision",
                 "A vision owned by every partner",
                 true,
                 {gate_item("LD01", "Who owns the vision for health and care?", 3.5,
                            {{"All partners together", {"r1", "r2"}}})}},
                {4,
                 "delegated",
                 "Decisions delegated to a place body",
                 false,
                 {gate_item("LD05", "Which decisions has the board delegated?", 1.0,
                            {{"None", {"r1"}}, {"don't know", {"r3"}}})}}};
  lead.findings = {
      {Finding::Kind::strength, -1, "The council chairs a joint committee with the CCG."},
      {Finding::Kind::gap, -1, "No decision is delegated <yet> & budgets stay apart."},
      {Finding::Kind::next_step, 4, "Delegate commissioning of intermediate care to the joint committee."}};
  lead.respondent_scores = {{"r1", 3.0}, {"r2", 3.6}, {"r3", 3.8}, {"r4", 3.2}};
  lead.agreement = {4, 3.4, 3.0, 3.8, 0.4, 0.91, "strong"};
  lead.metrics = {{"answers_mean", 3.254}, {"council_seat", 3}};
  lead.coverage = {36, 2, 1, 1, 40, 2.0 / 38.0, 36.0 / 39.0};
  lead.by_sector = {{"local_government", 1, 3.0}, {"nhs", 2, 3.7}, {"housing", 1, 3.2}};
  lead.by_role = {{"director", 2, 3.3}, {"manager", 1, 3.8}, {"front_line", 1, 3.2}};
  lead.target = 4;
  lead.gap_to_target = 0.6;

  DomainProfile money;
  money.domain = "financial_alignment";
  money.title = "Financial alignment";
  money.plugin = money.questionnaire = "financial_alignment";
  money.score = 2.1;
  money.level = 2;
  money.uncertain = true;
  money.uncertain_reasons = {"Respondents split: rwg 0.31 is below 0.5."};
  money.respondent_scores = {{"r1", 0.5}, {"r2", 3.5}, {"r3", 3.0}, {"r4", 1.4}};
  money.agreement = {4, 2.2, 0.5, 3.5, 2.0, 0.31, "split"};
  money.coverage = {30, 6, 2, 2, 40, 6.0 / 36.0, 30.0 / 38.0};
  money.by_sector = {{"local_government", 1, 0.5}, {"nhs", 2, 3.25}, {"housing", 1, 1.4}};
  money.target = 3;
  money.gap_to_target = 0.9;

  DomainProfile housing;
  housing.domain = "housing_partnership";
  housing.title = "Housing partnership";
  housing.plugin = housing.questionnaire = "housing_partnership";
  housing.score = 1.25;
  housing.level = 1;
  housing.respondent_scores = {{"r1", 1.0}, {"r4", 1.5}};
  housing.agreement = {2, 1.25, 1.0, 1.5, 0.25, 0.96, "strong"};
  housing.findings = {{Finding::Kind::next_step, 2, "Write housing into the joint needs assessment."}};

  DomainProfile digital;
  digital.domain = "digital";
  digital.title = "Digital and information sharing";
  digital.plugin = digital.questionnaire = "digital";
  digital.status = DomainProfile::Status::error;
  digital.error = "digital.so: the plugin crashed (signal 11)";

  p.domains = {lead, money, housing, digital};
  p.overall.method = "capped-mean";
  p.overall.description =
      "The mean of the domain scores, never more than one level above the weakest domain.";
  p.overall.score = 2.25;
  p.overall.level = 2;
  p.overall.domains = 3;
  p.perception_gaps = {{"financial_alignment", "nhs", "local_government", 3.25, 0.5, 2.75}};
  p.provenance.tool = "spectrum 0.1.0";
  p.provenance.generated = "2016-11-22T10:00:00Z";
  p.provenance.plugins = {{"leadership", "1.0.0", "leadership", std::string(64, 'a'), "leadership.so"}};
  p.provenance.questionnaires = {{"leadership", "1.0.0", std::string(64, 'b')}};
  return p;
}

inline std::string render_format(const Profile& profile, std::string_view format) {
  reports::ReportInput input;
  input.profile = &profile;
  return reports::render(input, format);
}

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Runs a shell command, its output and errors discarded; returns its exit status.
inline int run(const std::string& command) {
  return std::system((command + " >/dev/null 2>&1").c_str());
}

// Runs a shell command and returns what it wrote to standard output; throws when it fails.
inline std::string capture(const std::string& command) {
  FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  if (pclose(pipe) != 0) throw std::runtime_error(command + " failed");
  return out;
}

// Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; records end
// with CRLF or LF. Throws std::runtime_error on a stray quote.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      if (!field.empty() || was_quoted) throw std::runtime_error("CSV: quote inside an unquoted field");
      quoted = was_quoted = true;
    } else if (c == ',') {
      record.push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      record.push_back(field);
      records.push_back(record);
      record.clear();
      field.clear();
      was_quoted = false;
    } else {
      if (was_quoted) throw std::runtime_error("CSV: text after a closing quote");
      field += c;
    }
  }
  if (quoted) throw std::runtime_error("CSV: unterminated quoted field");
  if (!field.empty() || !record.empty()) {
    record.push_back(field);
    records.push_back(record);
  }
  return records;
}

}  // namespace spectrum::test

#endif  // SPECTRUM_TESTS_REPORT_TEST_SUPPORT_H
