// Running one plugin on one input: the host's sink, checks on what the plugin reported, and the
// isolated mode (--isolate) that runs the plugin in a child process so a crash or a hang costs only
// its domain.
#ifndef SPECTRUM_PLUGIN_RUN_H
#define SPECTRUM_PLUGIN_RUN_H

#include <spectrum/abi.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace spectrum {

struct PluginGate {
  int level = 0;
  std::string id, description;
  bool met = false;
  std::vector<std::string> items;
  // Per item, what the plugin reported through set_gate_item: the score it compared (NaN when the item
  // did not count) and the threshold (NaN when the plugin reported nothing for the item).
  std::vector<double> scores, thresholds;
};

// What a plugin reported, checked. ok == false: error says why (and nothing else is meaningful).
struct PluginOutput {
  bool ok = false;
  std::string error;
  double score = 0;  // NaN when nothing counted
  int level = 0;
  std::vector<double> respondent_scores;  // NaN where a respondent's answers did not count
  std::vector<PluginGate> gates;
  std::vector<Finding> findings;
  std::map<std::string, double> metrics;
};

// Runs the plugin in this process. Never throws: whatever goes wrong becomes ok == false.
PluginOutput run_plugin(const LoadedPlugin& plugin, const spectrum_input* input);

// Runs the plugin in a forked child and reads its output through a pipe. A crash (signal), a non-zero
// exit or exceeding `timeout` becomes ok == false with the reason.
PluginOutput run_plugin_isolated(const LoadedPlugin& plugin, const spectrum_input* input,
                                 std::chrono::milliseconds timeout);

nlohmann::json to_json(const PluginOutput& output);
PluginOutput plugin_output_from_json(const nlohmann::json& json);

}  // namespace spectrum

#endif  // SPECTRUM_PLUGIN_RUN_H
