#include "compare_inputs.h"

#include "parallel.h"

#include <spectrum/compare_input.h>
#include <spectrum/io.h>

#include <iostream>
#include <map>
#include <memory>
#include <mutex>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

// What compare keeps of a profile scored on the spot: what compared_profile() reads of a file.
Profile compared_part(Profile full) {
  Profile out;
  out.source = std::move(full.source);
  out.area = std::move(full.area);
  out.period = std::move(full.period);
  out.respondents.resize(full.respondents.size());
  out.overall = std::move(full.overall);
  out.provenance = std::move(full.provenance);
  for (PluginProvenance& plugin : out.provenance.plugins) plugin.sha256 = plugin.file = {};
  for (QuestionnaireProvenance& questionnaire : out.provenance.questionnaires) questionnaire.sha256 = {};
  for (DomainProfile& d : full.domains) {
    DomainProfile kept;
    kept.domain = std::move(d.domain);
    kept.title = std::move(d.title);
    kept.plugin = std::move(d.plugin);
    kept.questionnaire = std::move(d.questionnaire);
    kept.status = d.status;
    kept.error = std::move(d.error);
    kept.nothing_counted = d.nothing_counted;
    kept.score = d.score;
    kept.level = d.level;
    kept.uncertain = d.uncertain;
    kept.agreement.respondents = d.agreement.respondents;
    kept.agreed = std::move(d.agreed);  // the comparison ranks by agreed scores on request
    kept.moderation = std::move(d.moderation);
    out.domains.push_back(std::move(kept));
  }
  return out;
}

// The inputs read on every core: each file's compared profile or its problems, kept by index so that
// everything is reported in input order.
class CompareReading {
 public:
  CompareReading(const std::vector<fs::path>& files, const SearchOptions& search)
      : files_(files), search_(search), profiles_(files.size()) {}

  void read(std::size_t index) {
    const std::string file = files_[index].string();
    try {
      const std::string text = read_file(files_[index]);
      const std::string format = peek_format(text);
      if (is_profile_format(format)) {
        profiles_[index] = compared_profile(text, file);
        return;
      }
      nlohmann::json document = parse_json(text, file);  // says what is wrong when format was not found
      const std::string found = format_of(document);
      if (is_profile_format(found)) {
        profiles_[index] = compared_profile(text, file);
      } else if (found == kAssessmentFormat) {
        profiles_[index] = score(document, file, index);
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

  // The profiles in input order, or none when there are problems (added to `problems`); warnings printed.
  std::vector<Profile> finish(std::vector<Diagnostic>& problems) {
    for (auto& [index, found] : problems_) problems.insert(problems.end(), found.begin(), found.end());
    for (const auto& [index, lines] : warnings_)
      for (const std::string& line : lines) std::cerr << "warning: " << line << "\n";
    if (!problems.empty()) return {};  // nothing is compared: the command stops there
    return std::move(profiles_);
  }

 private:
  // An assessment scored on the spot with the installed plugins (loaded once, by the first that needs them).
  Profile score(const nlohmann::json& document, const std::string& file, std::size_t index) {
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
    return compared_part(std::move(profile));
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
  std::vector<Profile> profiles_;  // each slot written by one thread only
  std::once_flag registry_once_;
  std::unique_ptr<Registry> registry_;
  std::mutex mutex_;
  std::map<std::size_t, std::vector<Diagnostic>> problems_;
  std::map<std::size_t, std::vector<std::string>> warnings_;
};

}  // namespace

std::vector<Profile> load_compare_inputs(const std::vector<fs::path>& files, const SearchOptions& search,
                                         std::vector<Diagnostic>& problems) {
  CompareReading reading(files, search);
  parallel_for(files.size(), [&](std::size_t i) { reading.read(i); });
  return reading.finish(problems);
}

}  // namespace spectrum::cli
