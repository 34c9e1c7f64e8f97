// spectrum compare INPUT... [-o OUT]...: compare profiles (and assessments scored on the spot) across
// areas and periods: ranks, percentiles, peer groups, footprint roll-ups and trends.
#include "commands.h"
#include "common.h"
#include "compare_inputs.h"
#include "compare_table.h"

#include <spectrum/compare.h>
#include <spectrum/io.h>
#ifdef SPECTRUM_HAVE_REPORTS
#include <spectrum/reports/compare_report.h>
#endif

#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace fs = std::filesystem;

namespace {

struct CompareArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  bool allow_mixed = false;
  std::vector<std::string> highlight;
  std::string group_by;
  bool grouped = false;  // --group-by given, with or without a field
  std::size_t top = 10;
  std::string rank_by = "individual";  // or "agreed"
  SearchOptions search;
};

bool known_format(const std::string& format) {
#ifdef SPECTRUM_HAVE_REPORTS
  return reports::is_compare_format(format);
#else
  return format == "json";
#endif
}

std::string render(const Comparison& comparison, const std::string& format, std::size_t top) {
#ifdef SPECTRUM_HAVE_REPORTS
  reports::CompareReportOptions options;
  options.top = top;
  return reports::render_comparison(comparison, format, options);
#else
  (void)format, (void)top;
  return to_json(comparison).dump(2) + "\n";
#endif
}

// Formats first; then folders, and no output that is an input (checked before any input is read).
std::vector<Diagnostic> check_compare_outputs(const CompareArgs& args, const std::vector<fs::path>& files) {
  std::vector<Diagnostic> problems;
  for (const std::string& out : args.outputs) {
    const std::string format = output_format(out);
    if (!known_format(format))
      problems.push_back(
          {out, "",
           "expected an output ending in .html, .csv, .xlsx, .md or .json, found \"" + format + "\""});
  }
  if (!problems.empty()) return problems;
  return RunOutputs::check(args.outputs, input_paths(args.inputs, files));
}

int run_compare(const CompareArgs& args) {
  std::vector<Diagnostic> problems;
  CompareOptions options;
  options.allow_mixed = args.allow_mixed;
  options.highlight = args.highlight;
  options.rank_by = args.rank_by == "agreed" ? kBasisAgreedWhereAgreed : kBasisIndividual;
  options.group_by = args.grouped && args.group_by.empty() ? "footprint" : args.group_by;
  const std::vector<fs::path> files = expand_inputs(args.inputs, problems);
  for (Diagnostic& d : check_compare_outputs(args, files)) problems.push_back(std::move(d));
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  std::vector<CompareRow> rows = load_compare_inputs(files, args.search, problems);
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }

  Comparison comparison;
  try {
    comparison = compare_rows(rows, options);
    std::vector<CompareRow>().swap(rows);  // the comparison holds all that is shown: free the rows
  } catch (const MixedInstrumentsError& e) {
    std::cerr << "spectrum compare: " << e.what() << "\n";
    return kExitBadInput;
  } catch (const std::invalid_argument& e) {
    std::cerr << "spectrum compare: --group-by: " << e.what() << "\n";
    return kExitBadInput;
  }
  for (const std::string& h : comparison.unmatched_highlights)
    problems.push_back(
        {"--highlight", "", "expected the code or name of an area compared, found \"" + h + "\""});
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  for (const std::string& w : comparison.warnings) std::cerr << "warning: " << w << "\n";

  if (args.outputs.empty()) {
    print_comparison(std::cout, comparison, args.top);
    return kExitOk;
  }
  // Everything is staged first: a renderer that fails leaves no file written.
  RunOutputs outputs;
  for (const std::string& out : args.outputs)
    outputs.add(out, render(comparison, output_format(out), args.top));
  outputs.commit();
  return kExitOk;
}

}  // namespace

void add_compare_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<CompareArgs>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare profiles across areas and periods: ranks, percentiles, peer groups, footprints, trends");
  cmd->add_option(
         "INPUT", args->inputs,
         "Profiles, assessments (scored on the spot), or folders of them; told apart by their \"format\"")
      ->required();
  cmd->add_option(
         "-o,--output", args->outputs,
         "Write the comparison; the format follows the extension: .html (summaries and charts), .csv (one "
         "row per area and period), .xlsx (a sheet per view), .md, .json (- for stdout). Repeatable. "
         "Without -o, a table is printed")
      ->allow_extra_args(false);
  cmd->add_flag(
      "--allow-mixed", args->allow_mixed,
      "Compare profiles scored with different instruments (plugin or questionnaire major versions), marked");
  cmd->add_option("--rank-by", args->rank_by,
                  "Rank individual scores, or agreed ones (a domain's workshop score where it has one, its "
                  "individual score otherwise)")
      ->check(CLI::IsMember({"individual", "agreed"}))
      ->capture_default_str();
  cmd->add_option("--highlight", args->highlight, "Highlight an area by code or name (repeatable)")
      ->type_name("AREA")
      ->allow_extra_args(false);
  CLI::Option* group_by =
      cmd->add_option("--group-by", args->group_by,
                      "Peer groups by an area field: footprint (default), name, code, kind")
          ->expected(0, 1)
          ->type_name("[FIELD]");
  cmd->add_option("--top", args->top, "Areas shown at the top and bottom of each period in tables")
      ->capture_default_str();
  args->search.add_to(*cmd);
  cmd->callback([args, group_by, &run] {
    args->grouped = group_by->count() > 0;
    run = [args] { return run_compare(*args); };
  });
}

}  // namespace spectrum::cli
