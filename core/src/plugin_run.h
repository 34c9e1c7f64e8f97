// Running one plugin on one input: in this process, or isolated in the helper process
// (spectrum-plugin-host) so that a crash, an exit, a hang or anything the plugin starts costs only its
// domain. Both report through the same checked HostSink.
#ifndef SPECTRUM_PLUGIN_RUN_H
#define SPECTRUM_PLUGIN_RUN_H

#include "host_sink.h"

#include <spectrum/abi.h>
#include <spectrum/registry.h>

#include <chrono>

namespace spectrum {

// Runs the plugin in this process, loading its library here on first use (it was probed out of
// process when the registry was loaded). Never throws: whatever goes wrong becomes ok == false.
// While it runs, a PluginGuard names it to the crash handler and keeps fd 1 away from stdout.
PluginOutput run_plugin(const LoadedPlugin& plugin, const spectrum_input* input);

// Runs the plugin in a helper process (posix_spawn, its own process group, killed with the host) and
// replays its sink calls into a HostSink. A crash, an exit before the end, a malformed channel or
// exceeding `timeout` becomes ok == false with the reason; whatever the plugin started is killed when
// the run ends.
PluginOutput run_plugin_isolated(const LoadedPlugin& plugin, const spectrum_input* input,
                                 std::chrono::milliseconds timeout);

}  // namespace spectrum

#endif  // SPECTRUM_PLUGIN_RUN_H
