// spectrum assess FILE... [-o OUT]...: score assessments into profiles and reports.
#include "assess_folder.h"
#include "commands.h"
#include "common.h"
#include "summary.h"

#include <spectrum/combination.h>
#include <spectrum/io.h>
#include <spectrum/pipeline.h>
#ifdef SPECTRUM_HAVE_REPORTS
#include <spectrum/reports/report.h>
#endif

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <iostream>
#include <map>
#include <memory>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

struct AssessArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string combine = "capped-mean";
  std::string basis;  // empty: agreed where agreed with a workshop, individual otherwise
  bool evidence = false;
  bool detail = false;
  bool isolate = false;
  double timeout_seconds = 30;  // with isolate, per plugin
  SearchOptions search;
};

// poll() waits at most INT_MAX milliseconds, and a plugin that needs a day has hung anyway.
constexpr double kMaxTimeoutSeconds = 86400;

// --timeout: a number of seconds above 0, at most a day. Returns the complaint, empty when valid.
std::string check_timeout(const std::string& text) {
  double seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error == std::errc() && end == text.data() + text.size() && seconds > 0 &&
      seconds <= kMaxTimeoutSeconds)
    return {};
  return "expected a number of seconds above 0 and at most 86400, found \"" + text + "\"";
}

bool known_format(const std::string& format) {
#ifdef SPECTRUM_HAVE_REPORTS
  if (reports::is_report_format(format)) return true;
#endif
  return format == "json";
}

// Why this build cannot write the format, or "" when it can.
std::string unavailable_format(const std::string& format) {
#ifdef SPECTRUM_HAVE_REPORTS
  return reports::format_unavailable(format);
#else
  (void)format;
  return "";
#endif
}

std::string render(const std::string& format, const Profile& profile, const model::Assessment& assessment,
                   const Registry& registry, bool detail) {
  if (format == "json") return profile_text(profile, 2);
#ifdef SPECTRUM_HAVE_REPORTS
  reports::ReportInput in;
  in.profile = &profile;
  in.assessment = &assessment;
  in.questionnaires = registry.questionnaires();
  in.detail = detail;
  return reports::render(in, format);
#else
  (void)assessment, (void)registry, (void)detail;
  throw std::invalid_argument("this build has no report renderers");
#endif
}

// Where the profiles of a folder run go: one OUT/<stem>.json per assessment file and output folder.
std::vector<std::string> folder_targets(const std::vector<std::string>& outputs,
                                        const std::vector<fs::path>& files) {
  std::vector<std::string> targets;
  for (const std::string& out : outputs)
    for (const fs::path& file : files)
      targets.push_back((fs::path(out) / (file.stem().string() + ".json")).string());
  return targets;
}

// Every output checked before anything is read: formats, folders, and no output that is an input.
std::vector<Diagnostic> check_assess_outputs(const AssessArgs& args, bool several,
                                             const std::vector<fs::path>& files,
                                             std::vector<Diagnostic> problems) {
  for (const std::string& out : args.outputs) {
    if (several) {
      if (!fs::is_directory(out))
        problems.push_back({out, "", "expected an existing folder for the profiles of several assessments"});
    } else if (!known_format(output_format(out))) {
      problems.push_back({out, "",
                          "expected an output ending in .json, .html, .pdf, .md or .csv, found \"" +
                              output_format(out) + "\""});
    } else if (std::string why = unavailable_format(output_format(out)); !why.empty()) {
      problems.push_back({out, "", why});  // PDF in a build without it
    }
  }
  if (!problems.empty()) return problems;
  const InputPaths inputs = input_paths(args.inputs, files);
  return RunOutputs::check(several ? folder_targets(args.outputs, files) : args.outputs, inputs);
}

int run_assess(const AssessArgs& args) {
  if (!find_combination_policy(args.combine)) combine({}, args.combine);  // throws with the choices
  const bool several =
      args.inputs.size() > 1 || (args.inputs.size() == 1 && fs::is_directory(args.inputs[0]));
  std::vector<Diagnostic> problems;
  std::vector<fs::path> files = expand_inputs(args.inputs, problems);
  problems = check_assess_outputs(args, several, files, std::move(problems));
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  Registry registry = args.search.load_registry();
  for (const BrokenPlugin& b : registry.broken_plugins()) std::cerr << "warning: " << b.reason << "\n";

  AssessOptions options;
  options.basis = args.basis;
  options.combine = args.combine;
  options.include_evidence = args.evidence;
  options.isolate = args.isolate;
  options.isolate_timeout =
      std::chrono::milliseconds(static_cast<long long>(std::ceil(args.timeout_seconds * 1000)));
  if (several) return assess_folder(files, args.outputs, registry, options);

  model::Assessment assessment;
  try {
    assessment = load_assessment(files.at(0), registry.questionnaires());
  } catch (const InputError& e) {
    print_problems(e.diagnostics());
    return kExitBadInput;
  }
  if (std::vector<Diagnostic> refused = basis_problems(assessment, args.basis); !refused.empty()) {
    print_problems(refused);
    return kExitBadInput;
  }
  Profile profile = assess(assessment, registry, options);
  if (args.outputs.empty()) {
    print_summary(std::cout, profile);
    return profile.any_error() ? kExitDomainFailed : kExitOk;
  }
  // A profile needs no answers: a large area's are let go before its profile is written.
  if (std::all_of(args.outputs.begin(), args.outputs.end(),
                  [](const std::string& out) { return output_format(out) == "json"; }))
    assessment = {};
  // Each output is staged as soon as it is rendered; none replaces its target before all are staged.
  RunOutputs outputs;
  for (const std::string& out : args.outputs)
    outputs.add(out, render(output_format(out), profile, assessment, registry, args.detail));
  outputs.commit();
  for (const DomainProfile& d : profile.domains)
    if (d.status == DomainProfile::Status::error) std::cerr << "error: " << d.domain + ": " + d.error << "\n";
  return profile.any_error() ? kExitDomainFailed : kExitOk;
}

}  // namespace

void add_assess_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<AssessArgs>();
  CLI::App* cmd = app.add_subcommand("assess", "Score assessments into maturity profiles and reports");
  cmd->add_option("FILE", args->inputs, "Assessment files, or folders of them")->required();
  cmd->add_option("-o,--output", args->outputs,
                  "Write the profile or a report; the format follows the extension: .json (profile, - for "
                  "stdout), .html, .pdf, .md, .csv. Repeatable. With several assessments: a folder for their "
                  "profiles. Without -o, a summary is printed")
      ->allow_extra_args(false);
  std::string policies;
  for (const CombinationPolicy& p : combination_policies()) policies += "\n  " + p.id + ": " + p.description;
  cmd->add_option("--combine", args->combine, "How domains combine into the overall position:" + policies)
      ->capture_default_str();
  cmd->add_option("--basis", args->basis,
                  "Which scores the overall position combines, when the assessment has a workshop record:\n"
                  "  agreed-where-agreed (default): the agreed score where the workshop agreed one, the "
                  "individual score otherwise\n  individual: the scores from individual answers\n"
                  "  agreed: agreed scores only (domains without one are left out)")
      ->check(CLI::IsMember({kBasisAgreedWhereAgreed, kBasisIndividual, kBasisAgreed}));
  cmd->add_flag("--evidence", args->evidence, "Copy respondents' evidence notes into the profile");
  cmd->add_flag("--detail", args->detail, "CSV: add one row per item and respondent");
  CLI::Option* isolate = cmd->add_flag(
      "--isolate", args->isolate, "Run each plugin in a child process (a crash or hang costs one domain)");
  CLI::Option* timeout = cmd->add_option(
      "--timeout", args->timeout_seconds,
      "Only with --isolate: seconds a plugin may run before it is stopped (its domain then fails)");
  timeout->type_name("SECONDS")->capture_default_str()->needs(isolate);
  timeout->check(CLI::Validator([](std::string& text) { return check_timeout(text); }, ""));
  args->search.add_to(*cmd);
  cmd->callback([args, &run] { run = [args] { return run_assess(*args); }; });
}

}  // namespace spectrum::cli
