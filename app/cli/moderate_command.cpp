// spectrum moderate PROFILE --domain D --level N --rationale TEXT --by ORG [--date YYYY-MM-DD] -o OUT:
// a regulator records a moderated level beside a domain's self-assessed one.
#include "commands.h"
#include "common.h"

#include <spectrum/io.h>
#include <spectrum/moderation.h>

#include <ctime>
#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace {

struct ModerateArgs {
  std::string profile;
  std::string output;
  std::string domain;
  int level = 0;
  std::string rationale;
  std::string by;
  std::string date;  // empty: today (UTC)
  bool replace = false;
};

std::string today_utc() {
  std::time_t now = std::time(nullptr);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", std::gmtime(&now));
  return text;
}

int run_moderate(const ModerateArgs& args) {
  std::vector<Diagnostic> problems;
  std::vector<std::filesystem::path> files = expand_inputs({args.profile}, problems);
  if (problems.empty()) problems = RunOutputs::check({args.output}, input_paths({args.profile}, files));
  if (!problems.empty()) {
    print_problems(problems);
    return kExitBadInput;
  }
  Moderation moderation{args.level, args.rationale, args.by, args.date.empty() ? today_utc() : args.date};
  nlohmann::json moderated;
  try {
    nlohmann::json document = parse_json(read_file(args.profile), args.profile);
    moderated = add_moderation(document, args.profile, args.domain, moderation, args.replace);
  } catch (const InputError& e) {
    print_problems(e.diagnostics());
    return kExitBadInput;
  }
  RunOutputs outputs;
  outputs.add(args.output, moderated.dump(2) + "\n");
  outputs.commit();
  if (args.output != "-")
    std::cerr << "moderated " << args.domain << ": level " << moderation.level << " by "
              << moderation.organisation << " on " << moderation.date << "; written to " << args.output
              << "\n";
  return kExitOk;
}

}  // namespace

void add_moderate_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<ModerateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "moderate", "Record a regulator's moderated level beside a domain's self-assessed level in a profile");
  cmd->add_option("PROFILE", args->profile, "The profile (spectrum.profile/2) to moderate; never changed")
      ->required();
  cmd->add_option("-o,--output", args->output, "Where to write the moderated profile (- for stdout)")
      ->required();
  cmd->add_option("--domain", args->domain, "The domain moderated")->required();
  cmd->add_option("--level", args->level, "The moderated level, 0 to 5")->required()->check(CLI::Range(0, 5));
  cmd->add_option("--rationale", args->rationale, "Why the moderator placed it there")->required();
  cmd->add_option("--by", args->by, "The moderator's organisation (never a person)")->required();
  cmd->add_option("--date", args->date, "The date of the moderation, YYYY-MM-DD (default: today, UTC)");
  cmd->add_flag("--replace", args->replace, "Replace a moderation the domain already has");
  cmd->callback([args, &run] { run = [args] { return run_moderate(*args); }; });
}

}  // namespace spectrum::cli
