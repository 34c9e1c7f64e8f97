// --isolate: each plugin scores in a forked child; its output comes back as JSON through a pipe.
#include "plugin_run.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace spectrum {

namespace {

void write_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

// The child runs the plugin and nothing else: a crash must reach the parent as the signal that caused
// it, not go through handlers the host installed (a test framework's, a crash reporter's).
void restore_default_crash_handling() {
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS}) ::signal(sig, SIG_DFL);
}

PluginOutput failure(const LoadedPlugin& plugin, const std::string& why) {
  PluginOutput o;
  o.error = plugin.id + " " + why;
  return o;
}

}  // namespace

PluginOutput run_plugin_isolated(const LoadedPlugin& plugin, const spectrum_input* input,
                                 std::chrono::milliseconds timeout) {
  int fds[2];
  if (::pipe(fds) != 0) return failure(plugin, std::string("could not be isolated: pipe: ") + std::strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return failure(plugin, std::string("could not be isolated: fork: ") + std::strerror(errno));
  }
  if (pid == 0) {  // child: score, send, leave without running the parent's destructors
    ::close(fds[0]);
    restore_default_crash_handling();
    write_all(fds[1], to_json(run_plugin(plugin, input)).dump());
    ::close(fds[1]);
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string data;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  bool timed_out = false;
  char buffer[65536];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {
      timed_out = true;
      break;
    }
    ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) return failure(plugin, "did not finish within " + std::to_string(timeout.count()) + " ms and was stopped");
  if (WIFSIGNALED(status))
    return failure(plugin, std::string("crashed: ") + ::strsignal(WTERMSIG(status)));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return failure(plugin, "exited with status " + std::to_string(WEXITSTATUS(status)));
  try {
    return plugin_output_from_json(nlohmann::json::parse(data));
  } catch (const std::exception& e) {
    return failure(plugin, std::string("sent an unreadable result: ") + e.what());
  }
}

}  // namespace spectrum
