#include "plugin_guard.h"

#include <spectrum/pipeline.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace spectrum::detail {

namespace {

constexpr int kCrashSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS};
constexpr int kMaxSignal = 65;

thread_local const char* t_running = nullptr;      // what runs on this thread, or null
std::atomic<const char*> g_last_running{nullptr};  // the latest entered on any thread
struct sigaction g_previous[kMaxSignal];

std::mutex g_stdout_mutex;
int g_stdout_holders = 0;
int g_saved_stdout = -1;

// strsignal() is not async-signal-safe.
const char* signal_name(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "Segmentation fault";
    case SIGBUS:
      return "Bus error";
    case SIGFPE:
      return "Floating point exception";
    case SIGILL:
      return "Illegal instruction";
    case SIGABRT:
      return "Aborted";
    case SIGTRAP:
      return "Trace/breakpoint trap";
    case SIGSYS:
      return "Bad system call";
    default:
      return "a fatal signal";
  }
}

void say(const char* text) {
  std::size_t n = std::strlen(text);
  while (n > 0) {
    ssize_t w = ::write(STDERR_FILENO, text, n);
    if (w <= 0) return;
    text += w;
    n -= static_cast<std::size_t>(w);
  }
}

void on_crash(int sig, siginfo_t*, void*) {
  const char* running = t_running;
  if (running != nullptr) {
    say("spectrum: ");
    say(running);
    say(" crashed while running in-process: ");
    say(signal_name(sig));
    say("; nothing was written (spectrum assess --isolate contains a crashing plugin)\n");
  }
  ::sigaction(sig, &g_previous[sig], nullptr);
  ::raise(sig);  // delivered when this handler returns, to the handler there was before
}

void on_exit() {
  const char* running = t_running != nullptr ? t_running : g_last_running.load();
  if (running == nullptr) return;
  say("spectrum: ");
  say(running);
  say(" called exit() while running in-process; the run is abandoned and nothing was written\n");
  ::_exit(kExitPluginEnded);
}

void install_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    std::atexit(on_exit);
    struct sigaction action {};
    action.sa_sigaction = on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int sig : kCrashSignals) ::sigaction(sig, &action, &g_previous[sig]);
  });
}

void redirect_stdout() {
  std::lock_guard lock(g_stdout_mutex);
  if (g_stdout_holders++ > 0) return;
  std::cout.flush();
  std::fflush(stdout);
  // Kept high, out of the way of a plugin that writes to the low descriptors it did not open.
  g_saved_stdout = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 900);
  if (g_saved_stdout < 0) g_saved_stdout = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (g_saved_stdout >= 0) ::dup2(STDERR_FILENO, STDOUT_FILENO);
}

void restore_stdout() {
  std::lock_guard lock(g_stdout_mutex);
  if (--g_stdout_holders > 0) return;
  std::fflush(stdout);  // what the plugin left in stdio's buffer goes to standard error too
  if (g_saved_stdout >= 0) {
    ::dup2(g_saved_stdout, STDOUT_FILENO);
    ::close(g_saved_stdout);
    g_saved_stdout = -1;
  }
}

}  // namespace

PluginGuard::PluginGuard(std::string what) : what_(std::move(what)), previous_(t_running) {
  install_once();
  redirect_stdout();
  t_running = what_.c_str();
  g_last_running.store(what_.c_str());
}

PluginGuard::~PluginGuard() {
  t_running = previous_;
  g_last_running.store(previous_);
  restore_stdout();
}

StdoutToStderr::StdoutToStderr() {
  redirect_stdout();
}

StdoutToStderr::~StdoutToStderr() {
  restore_stdout();
}

}  // namespace spectrum::detail
