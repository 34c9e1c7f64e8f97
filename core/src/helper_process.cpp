#include "helper_process.h"

#include <spectrum/registry.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace spectrum::detail {

namespace fs = std::filesystem;

namespace {

// How often the helper's exit is looked at when the kernel cannot say it (no pidfd).
constexpr auto kSlice = std::chrono::milliseconds(20);

// Closes what it holds on every path out.
struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

// Drains what fd holds now (non-blocking); false at end of file.
bool drain(int fd, HelperRun& run) {
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK;
    if (n == 0) return false;
    if (run.result.size() + static_cast<std::size_t>(n) > kHelperResultBudget) {
      run.overflowed = true;
      return false;
    }
    run.result.append(buffer, static_cast<std::size_t>(n));
  }
}

// Sends what it can of the request without blocking; closes the socket when all is sent or the
// helper stopped reading.
void feed(Fd& request, std::string_view& left) {
  while (!left.empty()) {
    ssize_t n = ::send(request.fd, left.data(), left.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (n <= 0) break;  // the helper is gone; its exit status will say why
    left.remove_prefix(static_cast<std::size_t>(n));
  }
  left = {};
  request.reset();
}

}  // namespace

fs::path plugin_host_path() {
  if (const char* forced = std::getenv("SPECTRUM_PLUGIN_HOST"); forced && *forced) return forced;
  constexpr const char* kName = "spectrum-plugin-host";
  const fs::path exe_dir = executable_dir();
  std::error_code ec;
  // Run from the helper itself (spectrum-plugin-host --check probes in a second helper).
  if (fs::path self = exe_dir / kName; fs::equivalent(self, "/proc/self/exe", ec)) return self;
  if (fs::path beside = exe_dir / SPECTRUM_BIN_TO_HELPER / kName; fs::exists(beside, ec)) return beside;
  return fs::path(SPECTRUM_INSTALL_HELPER_DIR) / kName;
}

std::string HelperRun::how_it_ended() const {
  if (WIFSIGNALED(status)) return std::string("crashed: ") + ::strsignal(WTERMSIG(status));
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
    return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "";
}

HelperRun run_helper(const std::string& mode, const fs::path& library, const std::string& request,
                     std::chrono::milliseconds timeout) {
  HelperRun run;
  int sockets[2], pipe_fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
    run.start_error = std::string("socketpair: ") + std::strerror(errno);
    return run;
  }
  Fd request_ours{sockets[0]}, request_theirs{sockets[1]};
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    run.start_error = std::string("pipe: ") + std::strerror(errno);
    return run;
  }
  Fd result_ours{pipe_fds[0]}, result_theirs{pipe_fds[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, request_theirs.fd, 0);
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, 1);
  posix_spawn_file_actions_adddup2(&actions, result_theirs.fd, kHelperResultFd);
  posix_spawn_file_actions_addclosefrom_np(&actions, kHelperResultFd + 1);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigfillset(&defaults);  // every signal back to its default action (the host may ignore SIGPIPE)
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setpgroup(&attributes, 0);
  posix_spawnattr_setflags(&attributes,
                           POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  const std::string host = plugin_host_path().string();
  const std::string parent = std::to_string(::getpid());
  const std::string library_path = library.string();
  char* argv[] = {const_cast<char*>(host.c_str()), const_cast<char*>(mode.c_str()),
                  const_cast<char*>(library_path.c_str()), const_cast<char*>(parent.c_str()), nullptr};
  pid_t pid = -1;
  int error = ::posix_spawn(&pid, host.c_str(), &actions, &attributes, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (error != 0) {
    run.start_error = "cannot start " + host + ": " + std::strerror(error);
    return run;
  }
  request_theirs.reset();
  result_theirs.reset();
  ::fcntl(result_ours.fd, F_SETFL, O_NONBLOCK);

  // Readable when the helper exits, so its end is seen at once rather than at the next slice: the
  // desktop app re-scores through here on every answer change.
  Fd exit_watch{static_cast<int>(::syscall(SYS_pidfd_open, pid, 0))};
  std::string_view left = request;
  if (left.empty()) request_ours.reset();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  bool exited = false, open = true;
  while (!exited) {
    if (!left.empty()) feed(request_ours, left);
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      run.timed_out = true;
      break;
    }
    auto wait = std::chrono::ceil<std::chrono::milliseconds>(deadline - now);
    if (exit_watch.fd < 0) wait = std::min(wait, kSlice);
    // poll() skips negative descriptors: the channels once closed, the exit watch when missing.
    pollfd watch[3] = {{open ? result_ours.fd : -1, POLLIN, 0},
                       {open ? request_ours.fd : -1, POLLOUT, 0},
                       {exit_watch.fd, POLLIN, 0}};
    ::poll(watch, 3, static_cast<int>(std::min<std::chrono::milliseconds::rep>(wait.count(), 1 << 30)));
    if (open && (watch[0].revents & (POLLIN | POLLHUP | POLLERR))) open = drain(result_ours.fd, run);
    if (run.overflowed) break;
    siginfo_t info{};
    // WNOWAIT: the helper stays a zombie, so its pid (the group's id) cannot be reused before the kill.
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid)
      exited = true;
  }
  if (exited && open && !run.overflowed) drain(result_ours.fd, run);  // what it wrote just before leaving
  ::kill(-pid, SIGKILL);  // the helper if still running, and whatever the plugin started
  while (::waitpid(pid, &run.status, 0) < 0 && errno == EINTR) {
  }
  return run;
}

}  // namespace spectrum::detail
