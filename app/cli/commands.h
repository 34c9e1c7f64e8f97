// The `spectrum` command's subcommands. Each add_* registers its subcommand on the app and stores
// what to run; run() returns the exit code: 0 ok, 1 a domain failed or a plugin is broken (rest
// written), 2 bad input or usage with nothing written, 3 an output could not be written, 4 out of
// memory, 5 a plugin ended the process while scoring in-process (a crash ends it by its signal).
#ifndef SPECTRUM_CLI_COMMANDS_H
#define SPECTRUM_CLI_COMMANDS_H

#include <spectrum/registry.h>

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace spectrum::cli {

constexpr int kExitOk = 0;
constexpr int kExitDomainFailed = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitWriteFailed = 3;  // an output (a file or standard output) could not be written
constexpr int kExitOutOfMemory = 4;  // memory ran out; nothing was written
// 5 (kExitPluginEnded in spectrum/plugin_guard.h): a plugin ended the process while scoring in-process.

// Options every subcommand takes: where to find plugins and questionnaires.
struct SearchOptions {
  std::vector<std::string> plugin_dirs;
  std::vector<std::string> questionnaire_dirs;
  void add_to(CLI::App& command);
  Registry load_registry() const;
};

// What main() runs once parsing succeeded.
using Runner = std::function<int()>;

void add_assess_command(CLI::App& app, Runner& run);
void add_plugins_command(CLI::App& app, Runner& run);
void add_validate_command(CLI::App& app, Runner& run);
void add_template_command(CLI::App& app, Runner& run);
void add_compare_command(CLI::App& app, Runner& run);
void add_merge_command(CLI::App& app, Runner& run);
void add_form_command(CLI::App& app, Runner& run);
void add_moderate_command(CLI::App& app, Runner& run);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_COMMANDS_H
