// What surrounds plugin code running in this process (private to core): the plugin's name for a
// crash handler and an exit hook that end the run loudly, naming it, and fd 1 pointed at standard
// error so that nothing the plugin prints lands in the host's output.
#ifndef SPECTRUM_PLUGIN_GUARD_H
#define SPECTRUM_PLUGIN_GUARD_H

#include <string>

namespace spectrum::detail {

// Scoped: from construction to destruction, `what` ("plugin leadership (leadership.so)") is the code
// running on this thread. A crash signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS)
// meanwhile prints "spectrum: <what> crashed ...: <signal>" with async-signal-safe calls and re-raises
// it through the handler that was installed before; exit() meanwhile prints "spectrum: <what> called
// exit()" and ends the process with kExitPluginEnded. Guards nest and may be held on several threads;
// fd 1 is redirected while any is held.
class PluginGuard {
 public:
  explicit PluginGuard(std::string what);
  ~PluginGuard();
  PluginGuard(const PluginGuard&) = delete;
  PluginGuard& operator=(const PluginGuard&) = delete;

 private:
  std::string what_;
  const char* previous_;
};

// Scoped: fd 1 points at standard error while any StdoutToStderr or PluginGuard is alive (a count,
// on any thread). One held around many plugin runs in a row makes the guards inside them redirect
// nothing: a folder run would otherwise pay two dup2() calls per plugin and assessment.
class StdoutToStderr {
 public:
  StdoutToStderr();
  ~StdoutToStderr();
  StdoutToStderr(const StdoutToStderr&) = delete;
  StdoutToStderr& operator=(const StdoutToStderr&) = delete;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_PLUGIN_GUARD_H
