// The desktop app scores through the isolated runner, off the GUI thread: a plugin that segfaults
// while scoring costs its own domain, shown as failed, and the window stays up and responsive.
#include "studio_harness.h"

#include "main_window.h"

#include <spectrum/registry.h>

#include <catch2/catch.hpp>

#include <QApplication>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

namespace {

const Registry& registry_with_crashing_plugin() {
  static const Registry registry = [] {
    SearchPaths paths;
    paths.use_environment = false;
    paths.use_default = false;
    paths.plugin_dirs.emplace_back(SPECTRUM_PLUGIN_OUTPUT_DIR);
    paths.plugin_dirs.emplace_back(SPECTRUM_BINARY_DIR "/tests/fixtures/isolation");
    paths.questionnaire_dirs.emplace_back(SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR);
    paths.questionnaire_dirs.emplace_back(SPECTRUM_FIXTURES "/isolation");
    return Registry::load(paths);
  }();
  return registry;
}

}  // namespace

TEST_CASE("studio: a plugin that segfaults while scoring fails its domain and the window stays up",
          "[studio]") {
  const Registry& registry = registry_with_crashing_plugin();
  REQUIRE(registry.plugin_for_domain("fixture_crash") != nullptr);
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(registry, &prompts);
  window.scorer().set_plugin_timeout(std::chrono::milliseconds(1500));  // the hanging fixture is in reach too
  REQUIRE(window.open_file(scratch.copy(SPECTRUM_FIXTURES "/isolation/isolation.json", "isolation.json")));
  window.show();
  bool responsive = false;  // the GUI thread keeps handling events while the plugins score
  QMetaObject::invokeMethod(
      &window, [&] { responsive = true; }, Qt::QueuedConnection);
  REQUIRE(wait_until([&] { return !window.scorer().is_pending(); }, 30000));
  CHECK(responsive);
  const auto& profile = window.scorer().profile();
  REQUIRE(profile);
  const DomainProfile* crashed = profile->find("fixture_crash");
  REQUIRE(crashed != nullptr);
  CHECK(crashed->status == DomainProfile::Status::error);
  CHECK(crashed->error.find("crashed: Segmentation fault") != std::string::npos);
  const DomainProfile* leadership = profile->find("leadership");
  REQUIRE(leadership != nullptr);
  CHECK(leadership->status == DomainProfile::Status::ok);
  const DomainProfile* hung = profile->find("fixture_hang");
  REQUIRE(hung != nullptr);
  CHECK(hung->status == DomainProfile::Status::error);
  CHECK(window.isVisible());
}
