// spectrum: score integration assessments into maturity profiles, and compare them.
#include "allocator.h"
#include "commands.h"
#include "common.h"

#include <spectrum/version.h>

#include <csignal>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <string_view>

#include <unistd.h>

namespace {

// Memory held back for running out of it: released by the new-handler at the first failed
// allocation, so that unwinding and the message have room (some destructors allocate).
char* g_reserve = nullptr;
constexpr std::size_t kReserveBytes = std::size_t{32} << 20;

void release_reserve() {
  delete[] g_reserve;
  g_reserve = nullptr;
  std::set_new_handler(nullptr);  // the next failure throws std::bad_alloc
}

// An exception that cannot be caught (thrown from a destructor while unwinding): out of memory gets
// its message and exit code; anything else still aborts.
[[noreturn]] void on_terminate() {
  if (std::exception_ptr current = std::current_exception()) {
    try {
      std::rethrow_exception(current);
    } catch (const std::bad_alloc&) {
      static const char kMessage[] =
          "spectrum: out of memory; nothing was written (try fewer or smaller inputs at a time)\n";
      (void)!::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
      ::_exit(spectrum::cli::kExitOutOfMemory);
    } catch (...) {
    }
  }
  std::abort();
}

// The commands that may read folders of files: they start again with a larger allocation cache.
bool reads_many_files(int argc, char** argv) {
  if (argc < 2) return false;
  const std::string_view command = argv[1];
  return command == "assess" || command == "compare" || command == "validate" || command == "merge";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace spectrum::cli;
  if (reads_many_files(argc, argv)) use_larger_allocation_cache(argv);
  g_reserve = new char[kReserveBytes];
  std::set_new_handler(release_reserve);
  std::set_terminate(on_terminate);
  CLI::App app{
      "Spectrum: how far health and social care partners in an area have integrated.\n"
      "Scores assessments into maturity profiles on the integration spectrum (0 Separate .. 5 Integrated "
      "provision)."};
  app.set_version_flag("--version", std::string("spectrum ") + SPECTRUM_VERSION);
  app.require_subcommand(1);
  Runner run;
  add_assess_command(app, run);
  add_plugins_command(app, run);
  add_validate_command(app, run);
  add_template_command(app, run);
  add_compare_command(app, run);
  add_form_command(app, run);
  add_merge_command(app, run);
  add_moderate_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitBadInput;
  }
  // A closed pipe on standard output becomes a write error that is reported, not a silent signal.
  std::signal(SIGPIPE, SIG_IGN);
  int status = kExitBadInput;
  try {
    status = run();
  } catch (const std::bad_alloc&) {
    std::cerr << "spectrum: out of memory; nothing was written (try fewer or smaller inputs at a time)\n";
    return kExitOutOfMemory;
  } catch (const OutputError& e) {
    std::cerr << "spectrum: " << e.what() << "\n";
    return kExitWriteFailed;
  } catch (const std::exception& e) {
    std::cerr << "spectrum: " << e.what() << "\n";
    return kExitBadInput;
  }
  if (std::string why = stdout_failure(); !why.empty()) {
    std::cerr << "spectrum: " << why << "\n";
    return kExitWriteFailed;
  }
  return status;
}
