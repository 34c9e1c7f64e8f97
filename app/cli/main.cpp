// spectrum: score integration assessments into maturity profiles, and compare them.
#include "commands.h"

#include <spectrum/version.h>

#include <iostream>

int main(int argc, char** argv) {
  using namespace spectrum::cli;
  CLI::App app{"Spectrum: how far health and social care partners in an area have integrated.\n"
               "Scores assessments into maturity profiles on the integration spectrum (0 Separate .. 5 Integrated provision)."};
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
  try {
    return run();
  } catch (const std::exception& e) {
    std::cerr << "spectrum: " << e.what() << "\n";
    return kExitBadInput;
  }
}
