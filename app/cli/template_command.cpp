// spectrum template [-o FILE]: a blank assessment over every installed questionnaire, to hand out.
#include "commands.h"
#include "common.h"

#include <spectrum/io.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace {

struct TemplateArgs {
  std::string output = "-";
  std::vector<std::string> only;
  SearchOptions search;
};

int run_template(const TemplateArgs& args) {
  if (std::vector<Diagnostic> problems = RunOutputs::check({args.output}, {}); !problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  Registry registry = args.search.load_registry();
  QuestionnaireSet chosen;
  for (const model::Questionnaire* q : registry.questionnaires())
    if (args.only.empty() || std::find(args.only.begin(), args.only.end(), q->id) != args.only.end())
      chosen.push_back(q);
  for (const std::string& id : args.only)
    if (!registry.questionnaire(id)) {
      std::cerr << "spectrum: --questionnaire " << id << ": no such questionnaire installed"
                << registry.suggest_questionnaire(id) << "\n";
      return kExitBadInput;
    }
  if (chosen.empty()) {
    std::cerr << "spectrum: no questionnaire is installed; see `spectrum plugins`\n";
    return kExitBadInput;
  }
  RunOutputs output;
  output.add(args.output, blank_assessment(chosen).dump(2) + "\n");
  output.commit();
  if (args.output != "-")
    std::cerr << "wrote " << args.output << " (" << chosen.size() << " questionnaires)\n";
  return kExitOk;
}

}  // namespace

void add_template_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<TemplateArgs>();
  CLI::App* cmd =
      app.add_subcommand("template", "Write a blank assessment over the installed questionnaires");
  cmd->add_option("-o,--output", args->output, "Where to write it (default: stdout)")->capture_default_str();
  cmd->add_option("--questionnaire", args->only, "Only these questionnaires (repeatable)")->type_name("ID");
  args->search.add_to(*cmd);
  cmd->callback([args, &run] { run = [args] { return run_template(*args); }; });
}

}  // namespace spectrum::cli
