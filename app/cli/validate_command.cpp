// spectrum validate FILE...: check questionnaires, assessments and profiles (told apart by "format").
#include "commands.h"
#include "common.h"

#include <spectrum/io.h>
#include <spectrum/profile.h>

#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace {

struct ValidateArgs {
  std::vector<std::string> inputs;
  SearchOptions search;
};

// Validates one file; returns a one-line description of what it is.
std::string validate_file(const std::filesystem::path& file, const Registry& registry) {
  nlohmann::json document = parse_json(read_file(file), file.string());
  std::string format = format_of(document);
  if (format == kQuestionnaireFormat) {
    model::Questionnaire q = questionnaire_from_json(document, file.string(), sha256_hex(read_file(file)));
    return "questionnaire " + q.id + " " + q.version.str() + ", " + std::to_string(q.items.size()) + " items";
  }
  if (format == kAssessmentFormat) {
    model::Assessment a = assessment_from_json(document, file.string(), registry.questionnaires());
    return "assessment of " + a.area.name + " " + a.period + ", " + std::to_string(a.respondents.size()) +
           " respondents";
  }
  if (format == kProfileFormat) {
    Profile p = profile_from_json(document, file.string());
    return "profile of " + p.area.name + " " + p.period + ", " + std::to_string(p.domains.size()) +
           " domains";
  }
  std::string found = document.contains("format") ? document["format"].dump() : "no format member";
  throw InputError({{file.string(), "/format",
                     std::string("expected one of \"") + kQuestionnaireFormat + "\", \"" + kAssessmentFormat +
                         "\", \"" + kProfileFormat + "\", found " + found}});
}

int run_validate(const ValidateArgs& args) {
  std::vector<Diagnostic> problems;
  std::vector<std::filesystem::path> files = expand_inputs(args.inputs, problems);
  Registry registry = args.search.load_registry();
  for (const auto& file : files) {
    try {
      std::string what = validate_file(file, registry);
      std::cout << "ok: " << file.string() << ": " << what << "\n";
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  print_problems(problems);
  return problems.empty() ? kExitOk : kExitBadInput;
}

}  // namespace

void add_validate_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check questionnaires, assessments and profiles, reporting every problem");
  cmd->add_option("FILE", args->inputs, "Files or folders to check")->required();
  args->search.add_to(*cmd);
  cmd->callback([args, &run] { run = [args] { return run_validate(*args); }; });
}

}  // namespace spectrum::cli
