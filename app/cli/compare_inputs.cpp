#include "compare_inputs.h"

#include "parallel.h"

#include <spectrum/compare.h>
#include <spectrum/compare_input.h>
#include <spectrum/io.h>

#include <iostream>
#include <map>
#include <memory>
#include <mutex>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

// The inputs read on every core: each file's row (compare_row: what compare() reads of its profile) or
// its problems, kept by index so that everything is reported in input order. A profile, read or scored,
// lives only in the thread that reduces it to its row.
class CompareReading {
 public:
  CompareReading(const std::vector<fs::path>& files, const SearchOptions& search)
      : files_(files), search_(search), rows_(files.size()) {}

  void read(std::size_t index) {
    const std::string file = files_[index].string();
    try {
      const std::string text = read_file(files_[index]);
      const std::string format = peek_format(text);
      if (is_profile_format(format)) {
        rows_[index] = compare_row(compared_profile(text, file));
        return;
      }
      nlohmann::json document = parse_json(text, file);  // says what is wrong when format was not found
      const std::string found = format_of(document);
      if (is_profile_format(found)) {
        rows_[index] = compare_row(compared_profile(text, file));
      } else if (found == kAssessmentFormat) {
        rows_[index] = score(document, file, index);
      } else {
        report(index,
               {{file, "/format",
                 std::string("expected a profile (\"") + kProfileFormat + "\") or an assessment (\"" +
                     kAssessmentFormat + "\"), found " + (found.empty() ? "none" : "\"" + found + "\"")}});
      }
    } catch (const InputError& e) {
      report(index, e.diagnostics());
    }
  }

  // The rows in input order, or none when there are problems (added to `problems`); warnings printed.
  std::vector<CompareRow> finish(std::vector<Diagnostic>& problems) {
    for (auto& [index, found] : problems_) problems.insert(problems.end(), found.begin(), found.end());
    for (const auto& [index, lines] : warnings_)
      for (const std::string& line : lines) std::cerr << "warning: " << line << "\n";
    if (!problems.empty()) return {};  // nothing is compared: the command stops there
    return std::move(rows_);
  }

 private:
  // An assessment scored on the spot with the installed plugins (loaded once, by the first that needs them).
  CompareRow score(const nlohmann::json& document, const std::string& file, std::size_t index) {
    std::call_once(registry_once_, [&] {
      registry_ = std::make_unique<Registry>(search_.load_registry());
      std::vector<std::string> lines;
      for (const BrokenPlugin& b : registry_->broken_plugins()) lines.push_back(b.reason);
      warn(index, std::move(lines));
    });
    Profile profile = score_compare_input(document, file, *registry_);
    std::vector<std::string> lines;
    for (const DomainProfile& d : profile.domains)
      if (d.status == DomainProfile::Status::error)
        lines.push_back(file + ": " + d.domain + " was not scored: " + d.error);
    warn(index, std::move(lines));
    return compare_row(profile);
  }

  void report(std::size_t index, std::vector<Diagnostic> found) {
    std::lock_guard lock(mutex_);
    problems_[index] = std::move(found);
  }
  void warn(std::size_t index, std::vector<std::string> lines) {
    if (lines.empty()) return;
    std::lock_guard lock(mutex_);
    auto& kept = warnings_[index];
    kept.insert(kept.end(), lines.begin(), lines.end());
  }

  const std::vector<fs::path>& files_;
  const SearchOptions& search_;
  std::vector<CompareRow> rows_;  // each slot written by one thread only
  std::once_flag registry_once_;
  std::unique_ptr<Registry> registry_;
  std::mutex mutex_;
  std::map<std::size_t, std::vector<Diagnostic>> problems_;
  std::map<std::size_t, std::vector<std::string>> warnings_;
};

}  // namespace

std::vector<CompareRow> load_compare_inputs(const std::vector<fs::path>& files, const SearchOptions& search,
                                            std::vector<Diagnostic>& problems) {
  CompareReading reading(files, search);
  parallel_for(files.size(), [&](std::size_t i) { reading.read(i); });
  return reading.finish(problems);
}

}  // namespace spectrum::cli
