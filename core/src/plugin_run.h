// Running one plugin on one input: in this process, or isolated in the helper process
// (spectrum-plugin-host) so that a crash, an exit, a hang or anything the plugin starts costs only its
// domain. Both report through the same checked HostSink.
#ifndef SPECTRUM_PLUGIN_RUN_H
#define SPECTRUM_PLUGIN_RUN_H

#include "helper_process.h"
#include "host_sink.h"

#include <spectrum/abi.h>
#include <spectrum/registry.h>

#include <chrono>
#include <future>
#include <optional>
#include <string>

namespace spectrum {

// Runs the plugin in this process, loading its library here on first use (it was probed out of
// process when the registry was loaded). Never throws: whatever goes wrong becomes ok == false.
// While it runs, a PluginGuard names it to the crash handler and keeps fd 1 away from stdout.
PluginOutput run_plugin(const LoadedPlugin& plugin, const spectrum_input* input);

// run_plugin() when no other thread is running this plugin at the moment; nullopt, without waiting,
// when one is. A plugin is never entered on two threads at once (it may keep state between calls), so
// threads scoring several assessments at once take first the plugins that are free.
std::optional<PluginOutput> run_plugin_if_free(const LoadedPlugin& plugin, const spectrum_input* input);

// Runs the plugin in a helper process (posix_spawn, its own process group, killed with the host) and
// replays its sink calls into a HostSink. A crash, an exit before the end, a malformed channel or
// exceeding `timeout` becomes ok == false with the reason; whatever the plugin started is killed when
// the run ends.
PluginOutput run_plugin_isolated(const LoadedPlugin& plugin, const spectrum_input* input,
                                 std::chrono::milliseconds timeout);

// run_plugin_isolated in two halves, so that several plugins score at once: the constructor encodes the
// input as it is now and starts the helper on a thread of its own; finish() waits for it and replays
// its result against the same input (which may have been pointed elsewhere meanwhile, and back).
// Destroyed without finish(), it waits for the helper (which ends by its timeout at the latest).
class IsolatedRun {
 public:
  IsolatedRun(const LoadedPlugin& plugin, const spectrum_input* input, std::chrono::milliseconds timeout);
  // The plugin's output; call once.
  PluginOutput finish(const spectrum_input* input);

 private:
  const LoadedPlugin* plugin_;
  std::chrono::milliseconds timeout_;
  std::string encode_error_;  // the input could not be put on the wire: nothing was started
  std::future<detail::HelperRun> helper_;
};

}  // namespace spectrum

#endif  // SPECTRUM_PLUGIN_RUN_H
