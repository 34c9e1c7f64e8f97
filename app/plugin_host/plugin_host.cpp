// spectrum-plugin-host MODE LIBRARY PARENT_PID: the helper that runs plugin code out of the host's
// process, as GStreamer's plugin scanner does. The host starts it (core/src/helper_process.cpp); it
// is not meant to be run by hand.
//   probe  loads LIBRARY and sends its descriptor's fields (or why it cannot be used)
//   score  reads the plugin's input on fd 0, scores it, and sends every sink call, then the end
// Everything goes to fd 3 as frames (core/src/wire.h). A static initialiser that crashes, exits or
// loops takes only this process down; the host reports it.
//
// spectrum-plugin-host --check LIBRARY QUESTIONNAIRE: the build-time check that spectrum_add_plugin
// runs on a freshly built plugin. The questionnaire is validated as `spectrum validate` does, and the
// library is probed (in a second helper) and checked as the registry does when it loads it, against
// that questionnaire alone. Prints the host's one-line reason and exits 1 when the host would refuse
// the plugin; prints what it checked and exits 0 otherwise.
#include "input_codec.h"
#include "plugin_checks.h"
#include "plugin_library.h"
#include "sink_channel.h"
#include "wire.h"

#include <spectrum/abi.h>
#include <spectrum/diagnostics.h>
#include <spectrum/io.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <optional>
#include <string>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

using namespace spectrum;

// The result channel arrives on fd 3 and is moved out of the way of a plugin that writes to the
// low descriptors it did not open (close-on-exec, so that nothing the plugin runs inherits it).
int g_result_fd = 3;
constexpr int kLowestHiddenFd = 900;
constexpr std::size_t kRequestBudget = std::size_t{1} << 30;

// Sends one frame; the host sees a missing end if this fails.
void send(const wire::Writer& frame) {
  wire::write_all(g_result_fd, frame.frame());
}

int fail(const std::string& reason) {
  send(wire::Writer(wire::kLoadFailed).str(reason));
  return 0;
}

// The library's descriptor, or null after sending why not.
const spectrum_plugin_descriptor_v1* load(const char* library, bool& sent) {
  detail::OpenedLibrary opened = detail::open_plugin_library(library);
  if (!opened.descriptor) {
    sent = true;
    fail(opened.reason);
    return nullptr;
  }
  const std::string file = std::filesystem::path(library).filename().string();
  try {
    return opened.descriptor();
  } catch (...) {
    sent = true;
    fail(file + ": " SPECTRUM_DESCRIPTOR_SYMBOL "() threw, expected it to return its descriptor");
    return nullptr;
  }
}

int probe(const char* library) {
  bool sent = false;
  const spectrum_plugin_descriptor_v1* d = load(library, sent);
  if (sent) return 0;
  wire::Writer out(wire::kDescriptor);
  out.u8(d != nullptr);
  if (d != nullptr) {
    out.u32(d->struct_size).u32(d->abi_version);
    if (d->abi_version == SPECTRUM_ABI_VERSION && d->struct_size >= sizeof(spectrum_plugin_descriptor_v1))
      out.u8(1)
          .str(d->id)
          .str(d->version)
          .str(d->domain)
          .str(d->title)
          .str(d->questionnaire_id)
          .str(d->questionnaire_min)
          .str(d->questionnaire_below)
          .u8(d->score != nullptr);
    else
      out.u8(0);  // fields beyond struct_size are not read
  }
  send(out);
  return 0;
}

int score(const char* library) {
  std::string request;
  try {
    request = wire::read_all(0, kRequestBudget);
    int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);  // the request socket is not the plugin's
    if (null >= 0) ::dup2(null, 0), ::close(null);
    auto frames = wire::split_frames(request);
    if (frames.size() != 1)
      return fail("the host sent " + std::to_string(frames.size()) + " frames, expected 1");
    wire::OwnedInput input(frames[0]);
    bool sent = false;
    const spectrum_plugin_descriptor_v1* d = load(library, sent);
    if (sent) return 0;
    if (d == nullptr || d->score == nullptr) return fail("the descriptor or its score function is null");
    wire::RecordingSink recorder(g_result_fd);
    char message[1024] = {0};
    int32_t rc = d->score(input.get(), recorder.sink(), message, sizeof message);
    message[sizeof message - 1] = '\0';
    if (!recorder.flush()) return 1;
    send(wire::Writer(wire::kDone).i32(rc).str(std::string_view(message, std::strlen(message))));
  } catch (const std::bad_alloc&) {
    return fail("ran out of memory");
  } catch (const std::exception& e) {
    return fail(std::string("threw: ") + e.what());
  } catch (...) {
    return fail("threw an unknown exception");
  }
  return 0;
}

// --check: 0 when the host would load the plugin with this questionnaire, else 1.
int check(const std::filesystem::path& library, const std::filesystem::path& questionnaire_file) {
  std::optional<model::Questionnaire> questionnaire;
  try {
    questionnaire = load_questionnaire(questionnaire_file);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) std::cerr << d.str() << "\n";
    return 1;
  }
  const detail::QuestionnaireLookup lookup = [&questionnaire](std::string_view id) {
    return questionnaire->id == id ? &*questionnaire : nullptr;
  };
  const detail::CheckedPlugin checked =
      detail::check_probed(library, detail::probe_library(library), lookup, {}, &*questionnaire);
  if (!checked.plugin) {
    std::cerr << checked.reason << "\n";
    return 1;
  }
  std::cout << library.filename().string() << ": ok, scores questionnaire " << questionnaire->id << " "
            << questionnaire->version.str() << " (domain " << questionnaire->domain << ")\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string_view(argv[1]) == "--check") return check(argv[2], argv[3]);
  if (argc != 4) {
    static const char kUsage[] =
        "spectrum-plugin-host: run by spectrum to probe and score plugins, not by hand\n";
    (void)!::write(STDERR_FILENO, kUsage, sizeof kUsage - 1);
    return 2;
  }
  // Die with the host, even when it is killed with SIGKILL; then check it did not die already.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (std::to_string(::getppid()) != argv[3]) return 3;
  if (int hidden = ::fcntl(g_result_fd, F_DUPFD_CLOEXEC, kLowestHiddenFd); hidden >= 0) {
    ::close(g_result_fd);
    g_result_fd = hidden;
  }
  // A plugin's crash must reach the host as the signal that caused it, not through a handler a
  // sanitizer runtime installed before main().
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS}) ::signal(sig, SIG_DFL);
  const std::string mode = argv[1];
  if (mode == "probe") return probe(argv[2]);
  if (mode == "score") return score(argv[2]);
  return 2;
}
