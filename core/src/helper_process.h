// Running spectrum-plugin-host, the helper that probes and scores plugins out of process (private to
// core). It is started with posix_spawn (never fork: the host may have threads), in a process group
// of its own, with only four descriptors: 0 the request, 1 and 2 the host's standard error (a plugin's
// prints never reach the host's standard output), 3 the result channel. It dies with the host
// (PR_SET_PDEATHSIG), and when the run ends its whole group is killed: whatever a plugin started.
#ifndef SPECTRUM_HELPER_PROCESS_H
#define SPECTRUM_HELPER_PROCESS_H

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace spectrum::detail {

constexpr int kHelperResultFd = 3;
constexpr std::size_t kHelperResultBudget = std::size_t{256} << 20;  // 256 MiB of sink calls at most

// Where the helper is: $SPECTRUM_PLUGIN_HOST, else the running executable when it is the helper, else
// <exe>/../libexec/spectrum/spectrum-plugin-host (the install's libexec folder, from GNUInstallDirs,
// relative to the executable), else that folder under the configured prefix.
std::filesystem::path plugin_host_path();

struct HelperRun {
  std::string start_error;  // set when the helper could not be started
  std::string result;       // every byte that came through the result channel
  bool timed_out = false;   // killed at the deadline
  bool overflowed = false;  // killed for sending more than kHelperResultBudget
  int status = 0;           // waitpid() status
  // "crashed: Segmentation fault", "exited with status 3", "" for a clean exit 0.
  std::string how_it_ended() const;
};

// Runs the helper with `mode` ("probe" or "score") on `library`, feeding it `request` on fd 0, and
// collects its result channel until it exits or `timeout` passes. Never throws for what the helper
// does; thread-safe.
HelperRun run_helper(const std::string& mode, const std::filesystem::path& library,
                     const std::string& request, std::chrono::milliseconds timeout);

}  // namespace spectrum::detail

#endif  // SPECTRUM_HELPER_PROCESS_H
