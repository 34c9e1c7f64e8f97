// spectrum form -o FILE --area NAME --code CODE --period P [--domain ID]...: a respondent form for
// one area and period over the chosen domains (default: all installed), by the output's extension:
// an .html page or an .xlsx workbook. With --columns, -o X.csv writes the header of a survey tool's
// export and X.values.csv the values each column allows.
#include "commands.h"
#include "common.h"

#include <spectrum/collect/form.h>
#include <spectrum/io.h>
#include <spectrum/response.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace {

struct FormArgs {
  std::string output;
  std::string from;  // an assessment whose area and period the form takes
  model::Area area;
  std::string period;
  std::vector<std::string> domains;
  std::string respondent;
  bool columns = false;
  SearchOptions search;
};

// The questionnaires named by --domain (a domain or a questionnaire id), or every installed one.
QuestionnaireSet chosen_questionnaires(const FormArgs& args, const Registry& registry,
                                       std::vector<Diagnostic>& problems) {
  QuestionnaireSet installed = registry.questionnaires();
  if (args.domains.empty()) return installed;
  QuestionnaireSet chosen;
  for (const std::string& wanted : args.domains) {
    auto found = std::find_if(installed.begin(), installed.end(), [&](const model::Questionnaire* q) {
      return q->domain == wanted || q->id == wanted;
    });
    if (found == installed.end()) {
      std::string known;
      for (const model::Questionnaire* q : installed) known += (known.empty() ? "" : ", ") + q->domain;
      problems.push_back({"--domain", "",
                          "\"" + wanted + "\" is not an installed domain (installed: " +
                              (known.empty() ? "none" : known) + ")"});
    } else if (std::find(chosen.begin(), chosen.end(), *found) == chosen.end()) {
      chosen.push_back(*found);
    }
  }
  return chosen;
}

// "columns.csv" -> "columns.values.csv": where the allowed values go beside the header.
std::string values_path(const std::string& output) {
  std::filesystem::path path(output);
  return (path.parent_path() / (path.stem().string() + ".values.csv")).string();
}

int run_columns(const FormArgs& args) {
  std::vector<Diagnostic> problems;
  if (output_format(args.output) != "csv" || args.output == "-")
    problems.push_back({args.output, "", "--columns writes a .csv file; expected an output ending in .csv"});
  Registry registry = args.search.load_registry();
  QuestionnaireSet chosen = chosen_questionnaires(args, registry, problems);
  if (chosen.empty() && problems.empty()) problems.push_back({"", "", "no questionnaires are installed"});
  const std::string values = values_path(args.output);
  if (problems.empty()) problems = RunOutputs::check({args.output, values}, {});
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  RunOutputs outputs;
  outputs.add(values, collect::render_survey_values(chosen));
  outputs.add(args.output, collect::render_survey_columns(chosen));
  outputs.commit();
  std::size_t items = 0;
  for (const model::Questionnaire* q : chosen) items += q->items.size();
  std::cerr
      << "wrote " << args.output
      << ": the header of a survey export (respondent, organisation, sector, role and " << items
      << " items of " << chosen.size() << " questionnaires), and " << values
      << ": the values each column takes. Read the export back with `spectrum merge EXPORT.csv --columns`\n";
  return kExitOk;
}

// "Northshire 2016/17", or what a form without an area does.
std::string for_whom(const collect::FormSpec& spec) {
  if (spec.area.name.empty()) return "any area (each respondent gives the area and period)";
  return spec.area.name + " " + spec.period;
}

int run_form(const FormArgs& args) {
  if (args.columns) return run_columns(args);
  std::vector<Diagnostic> problems;
  const std::string format = output_format(args.output);
  if (format != "html" && format != "xlsx") {
    problems.push_back(
        {args.output, "",
         "expected an output ending in .html or .xlsx (or --columns and .csv), found \"" + format + "\""});
  }
  if (problems.empty()) {
    std::vector<std::string> from;
    if (!args.from.empty()) from.push_back(args.from);
    problems = RunOutputs::check({args.output}, input_paths(from, {}));
  }
  Registry registry = args.search.load_registry();
  collect::FormSpec spec;
  spec.area = args.area;
  spec.period = args.period;
  spec.respondent_id = args.respondent;
  if (!args.from.empty()) {
    try {
      model::Assessment from = load_assessment(args.from, registry.questionnaires());
      if (spec.area.name.empty()) spec.area = from.area;
      if (spec.period.empty()) spec.period = from.period;
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  spec.questionnaires = chosen_questionnaires(args, registry, problems);
  if (problems.empty()) {
    try {
      collect::check_form_spec(spec);
    } catch (const InputError& e) {
      problems = e.diagnostics();
    }
  }
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  RunOutputs outputs;
  if (format == "xlsx") {
    outputs.add(args.output, collect::render_workbook_form(spec));
    outputs.commit();
    std::cerr << "wrote " << args.output << ": a workbook for " << for_whom(spec) << " over "
              << spec.questionnaires.size()
              << " questionnaires; each respondent fills in a copy and sends it back "
              << "for `spectrum merge`\n";
    return kExitOk;
  }
  outputs.add(args.output, collect::render_html_form(spec));
  outputs.commit();
  std::cerr << "wrote " << args.output << ": a form for " << for_whom(spec) << " over "
            << spec.questionnaires.size() << " questionnaires; each respondent saves "
            << (spec.area.name.empty() ? std::string("AREA-REF.response.json (AREA: their area's code)")
                                       : response_file_name(spec.area, "REF"))
            << " (REF: their respondent reference)\n";
  return kExitOk;
}

}  // namespace

void add_form_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<FormArgs>();
  CLI::App* cmd =
      app.add_subcommand("form",
                         "Write a respondent form for an area and period: a web page (.html) or "
                         "an Excel workbook (.xlsx); or, with --columns, a survey tool's columns (.csv)");
  cmd->add_option("-o,--output", args->output, "The form to write (.html, .xlsx; .csv with --columns)")
      ->required()
      ->allow_extra_args(false);
  cmd->add_option("--area", args->area.name, "The area's name, e.g. \"Northshire\"")->allow_extra_args(false);
  cmd->add_option("--code", args->area.code, "The area's code; names the response files")
      ->allow_extra_args(false);
  cmd->add_option("--kind", args->area.kind, "The kind of area (hwb, stp, ...)")->allow_extra_args(false);
  cmd->add_option("--footprint", args->area.footprint, "The STP footprint it belongs to")
      ->allow_extra_args(false);
  cmd->add_option("--period", args->period, "The period assessed, e.g. 2016/17")->allow_extra_args(false);
  cmd->add_option("--from", args->from, "Take the area and period from this assessment")
      ->type_name("ASSESSMENT")
      ->allow_extra_args(false);
  cmd->add_option("--domain", args->domains, "Only this domain (repeatable; default: every installed one)")
      ->type_name("ID")
      ->allow_extra_args(false);
  cmd->add_option("--respondent", args->respondent, "Pre-fill this respondent reference")
      ->type_name("ID")
      ->allow_extra_args(false);
  cmd->add_flag("--columns", args->columns,
                "Write the header of a survey tool's CSV export to -o X.csv, and the values each column "
                "allows to X.values.csv (no area or period needed)");
  args->search.add_to(*cmd);
  cmd->callback([args, &run] { run = [args] { return run_form(*args); }; });
}

}  // namespace spectrum::cli
