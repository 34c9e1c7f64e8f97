#include "assess_folder.h"

#include "commands.h"
#include "common.h"
#include "parallel.h"
#include "summary.h"

#include <spectrum/io.h>
#include <spectrum/pipeline.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

// What the workers share. Everything below the mutex is only touched while holding it.
class FolderRun {
 public:
  FolderRun(const std::vector<std::string>& outputs, const Registry& registry, const AssessOptions& options)
      : outputs_(outputs), registry_(registry), options_(options) {}

  // Reads the file; while every input so far was valid, scores it and stages (or keeps) its output.
  void handle(std::size_t index, const fs::path& file) {
    model::Assessment assessment;
    try {
      assessment = load_assessment(file, registry_.questionnaires());
    } catch (const InputError& e) {
      std::lock_guard lock(mutex_);
      bad_input_ = true;
      problems_.emplace(index, e.diagnostics());
      return;
    }
    if (std::vector<Diagnostic> refused = basis_problems(assessment, options_.basis); !refused.empty()) {
      std::lock_guard lock(mutex_);
      bad_input_ = true;
      problems_.emplace(index, std::move(refused));
      return;
    }
    if (bad_input_) return;  // nothing will be written: only the validation goes on
    const Profile profile = assess(assessment, registry_, options_);
    std::string bytes;
    if (outputs_.empty()) {
      std::ostringstream summary;
      print_summary(summary, profile);
      bytes = summary.str();
    } else {
      bytes = profile_text(profile, -1);  // a folder's profiles: compact
    }
    std::vector<std::string> errors;
    for (const DomainProfile& d : profile.domains)
      if (d.status == DomainProfile::Status::error) errors.push_back(d.domain + ": " + d.error);

    if (!outputs_.empty()) {  // staged on this thread: StagedOutputs::stage may run on several
      const std::string name = file.stem().string() + ".json";
      for (const std::string& out : outputs_) staged_.add((fs::path(out) / name).string(), bytes);
    }
    std::lock_guard lock(mutex_);
    domain_failed_ = domain_failed_ || profile.any_error();
    if (!errors.empty()) errors_.emplace(index, std::move(errors));
    if (outputs_.empty()) summaries_.emplace(index, std::move(bytes));
  }

  // After every file: the problems (exit 2, nothing written), or the outputs put in place.
  int finish() {
    if (bad_input_) {
      std::vector<Diagnostic> all;
      for (auto& [index, problems] : problems_) all.insert(all.end(), problems.begin(), problems.end());
      print_problems(all);
      return kExitBadInput;  // staged_ discards what it holds
    }
    staged_.commit();
    for (const auto& [index, text] : summaries_) std::cout << text;
    for (const auto& [index, errors] : errors_)
      for (const std::string& e : errors) std::cerr << "error: " << e << "\n";
    return domain_failed_ ? kExitDomainFailed : kExitOk;
  }

 private:
  const std::vector<std::string>& outputs_;
  const Registry& registry_;
  const AssessOptions& options_;

  std::atomic<bool> bad_input_{false};
  std::mutex mutex_;
  bool domain_failed_ = false;
  std::map<std::size_t, std::vector<Diagnostic>> problems_;  // by input index: reported in order
  std::map<std::size_t, std::vector<std::string>> errors_;   // failed domains, by input index
  std::map<std::size_t, std::string> summaries_;             // without outputs, by input index
  RunOutputs staged_;
};

}  // namespace

std::vector<Diagnostic> basis_problems(const model::Assessment& assessment, const std::string& basis) {
  if (basis == kBasisAgreed && !assessment.consensus)
    return {{assessment.path, "/consensus",
             "--basis agreed needs agreed scores: expected a \"consensus\" record, found none"}};
  return {};
}

int assess_folder(const std::vector<fs::path>& files, const std::vector<std::string>& outputs,
                  const Registry& registry, const AssessOptions& options) {
  FolderRun run(outputs, registry, options);
  {
    std::optional<PluginStdoutToStderr> quiet;  // one redirection for the whole run, not one per file
    if (!options.isolate) quiet.emplace();
    parallel_for(files.size(), [&](std::size_t i) { run.handle(i, files[i]); });
  }
  return run.finish();
}

}  // namespace spectrum::cli
