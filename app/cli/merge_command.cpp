// spectrum merge RESPONSE... [--into ASSESSMENT] -o ASSESSMENT [--replace]: collect respondents'
// response files, filled workbooks (.xlsx) and, with --columns, survey exports (.csv) into an
// assessment, all or nothing.
#include "commands.h"
#include "common.h"

#include <spectrum/collect/response_inputs.h>
#include <spectrum/merge.h>

#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

struct MergeArgs {
  std::vector<std::string> inputs;
  std::string into;
  std::string output;
  bool replace = false;
  bool columns = false;
  model::Area area;  // for survey exports
  std::string period;
  std::vector<std::string> skip_columns;
  SearchOptions search;
};

void print_report(std::ostream& out, const MergeReport& report) {
  for (const auto& e : report.added)
    out << "added: " << e.respondent_id << " (" << e.organisation << ") from " << e.file << "\n";
  for (const auto& e : report.replaced)
    out << "replaced: " << e.respondent_id << " (" << e.organisation << ") from " << e.replaced_from << " by "
        << e.file << "\n";
}

int run_merge(const MergeArgs& args) {
  std::vector<Diagnostic> problems;
  std::vector<fs::path> files = expand_inputs(args.inputs, problems);
  // The output may never be a response (or lie in a folder of them). It may be the --into assessment:
  // that is replaced whole, atomically, by a superset of itself.
  for (Diagnostic& d : RunOutputs::check({args.output}, input_paths(args.inputs, files)))
    problems.push_back(std::move(d));
  Registry registry = args.search.load_registry();
  QuestionnaireSet installed = registry.questionnaires();

  std::optional<model::Assessment> into;
  if (!args.into.empty()) {
    try {
      into = load_assessment(args.into, installed);
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  collect::ResponseInputOptions inputs{args.columns, args.area, args.period, args.skip_columns};
  if (into && inputs.area.name.empty()) inputs.area = into->area;
  if (into && inputs.period.empty()) inputs.period = into->period;
  std::vector<Response> responses = collect::read_responses(files, installed, problems, inputs);
  if (!problems.empty()) {
    print_problems(problems);
    std::cerr << "spectrum: nothing written\n";
    return kExitBadInput;
  }

  MergeResult result = merge_responses(responses, std::move(into), {args.replace});
  std::ostream& out = args.output == "-" ? std::cerr : std::cout;
  print_report(out, result.report);
  if (!result.report.ok()) {
    for (const Diagnostic& d : result.report.refused) std::cerr << "refused: " << d.str() << "\n";
    std::cerr << "spectrum: " << result.report.refused.size() << " of " << responses.size()
              << " responses refused; nothing written\n";
    return kExitBadInput;
  }
  RunOutputs outputs;
  outputs.add(args.output, to_json(result.assessment).dump(2) + "\n");
  outputs.commit();
  out << "wrote " << (args.output == "-" ? std::string("the assessment") : args.output) << ": "
      << result.assessment.respondents.size() << " respondents (" << result.report.added.size() << " added, "
      << result.report.replaced.size() << " replaced)\n";
  return kExitOk;
}

}  // namespace

void add_merge_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Collect respondents' response files, filled workbooks (.xlsx) and survey exports (.csv with "
      "--columns) into an assessment, all or nothing");
  cmd->add_option("RESPONSE", args->inputs, "Response files (.json, .xlsx, .csv), or folders of .json files")
      ->required();
  cmd->add_option("--into", args->into, "Add to this assessment (its area and period must match)")
      ->type_name("ASSESSMENT")
      ->allow_extra_args(false);
  cmd->add_option("-o,--output", args->output, "The assessment to write (may be the --into file)")
      ->type_name("ASSESSMENT")
      ->required()
      ->allow_extra_args(false);
  cmd->add_flag("--replace", args->replace, "A respondent already present takes the later answers");
  cmd->add_flag("--columns", args->columns,
                "Read .csv files as survey exports: one respondent per row, one column per item id "
                "(see `spectrum form --columns`)");
  cmd->add_option("--area", args->area.name, "The area a survey export answers (default: that of --into)")
      ->allow_extra_args(false);
  cmd->add_option("--code", args->area.code, "The area's code, for a survey export")->allow_extra_args(false);
  cmd->add_option("--period", args->period, "The period a survey export answers (default: that of --into)")
      ->allow_extra_args(false);
  cmd->add_option("--skip-column", args->skip_columns,
                  "Leave out this column of a survey export (repeatable)")
      ->type_name("NAME")
      ->allow_extra_args(false);
  args->search.add_to(*cmd);
  cmd->callback([args, &run] { run = [args] { return run_merge(*args); }; });
}

}  // namespace spectrum::cli
