#include "compare_inputs.h"

#include <spectrum/compare_input.h>
#include <spectrum/io.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

// One file after the parallel pass: a profile, or an assessment still to score, or problems.
struct Parsed {
  std::optional<Profile> profile;
  std::optional<nlohmann::json> assessment;
  std::vector<Diagnostic> problems;
};

Parsed parse(const fs::path& file) {
  Parsed out;
  try {
    CompareInput input = read_compare_input(parse_json(read_file(file), file.string()), file.string());
    out.profile = std::move(input.profile);
    out.assessment = std::move(input.assessment);
  } catch (const InputError& e) {
    out.problems = e.diagnostics();
  } catch (const std::exception& e) {
    out.problems.push_back({file.string(), "", e.what()});
  }
  return out;
}

// parse() of every file, spread over the machine's cores.
std::vector<Parsed> parse_all(const std::vector<fs::path>& files) {
  std::vector<Parsed> parsed(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < files.size();) parsed[i] = parse(files[i]);
  };
  const std::size_t threads =
      std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), files.size());
  std::vector<std::jthread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  return parsed;  // the pool joins first
}

}  // namespace

std::vector<Profile> load_compare_inputs(const std::vector<fs::path>& files, const SearchOptions& search,
                                         std::vector<Diagnostic>& problems) {
  std::vector<Parsed> parsed = parse_all(files);
  std::unique_ptr<Registry> registry;
  std::vector<Profile> profiles;
  profiles.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    Parsed& p = parsed[i];
    problems.insert(problems.end(), p.problems.begin(), p.problems.end());
    if (p.profile) profiles.push_back(std::move(*p.profile));
    if (!p.assessment) continue;
    if (!registry) {
      registry = std::make_unique<Registry>(search.load_registry());
      for (const BrokenPlugin& b : registry->broken_plugins()) std::cerr << "warning: " << b.reason << "\n";
    }
    const std::string file = files[i].string();
    try {
      Profile profile = score_compare_input(*p.assessment, file, *registry);
      for (const DomainProfile& d : profile.domains)
        if (d.status == DomainProfile::Status::error)
          std::cerr << "warning: " << file << ": " << d.domain << " was not scored: " << d.error << "\n";
      profiles.push_back(std::move(profile));
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
    p.assessment.reset();
  }
  return profiles;
}

}  // namespace spectrum::cli
