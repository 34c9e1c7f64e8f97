// --isolate: a plugin that crashes or hangs while scoring costs its own domain, never the run. The
// crashing and hanging fixtures (tests/fixtures/isolation) run here only with isolate = true: in
// process they would take the test executable down or stop it forever.
#include <spectrum/io.h>
#include <spectrum/pipeline.h>
#include <spectrum/registry.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace spectrum;
using namespace std::chrono_literals;

namespace {

const fs::path kIsolationFixtures = fs::path(SPECTRUM_FIXTURES) / "isolation";
const fs::path kIsolationPlugins = fs::path(SPECTRUM_BINARY_DIR) / "tests" / "fixtures" / "isolation";
const fs::path kRealPlugins = fs::path(SPECTRUM_BINARY_DIR) / "lib" / "spectrum" / "plugins";
const fs::path kRealQuestionnaires = fs::path(SPECTRUM_BINARY_DIR) / "share" / "spectrum" / "questionnaires";
constexpr std::chrono::milliseconds kShortTimeout = 1500ms;

Registry load_only(std::vector<fs::path> plugin_dirs) {
  return Registry::load(
      SearchPaths{std::move(plugin_dirs), {kRealQuestionnaires, kIsolationFixtures}, false, false});
}

// The real plugins, then crashes_in_score.so and hangs_in_score.so.
const Registry& with_faulty_plugins() {
  static const Registry registry = load_only({kRealPlugins, kIsolationPlugins});
  return registry;
}

model::Assessment isolation_assessment(const Registry& registry) {
  return load_assessment(kIsolationFixtures / "isolation.json", registry.questionnaires());
}

// isolation.json scored with every plugin isolated and a short timeout. Computed once: the hanging
// plugin costs the whole timeout each time.
const Profile& isolated_profile() {
  static const Profile profile = [] {
    AssessOptions options;
    options.isolate = true;
    options.isolate_timeout = kShortTimeout;
    return assess(isolation_assessment(with_faulty_plugins()), with_faulty_plugins(), options);
  }();
  return profile;
}

const DomainProfile& domain(const Profile& profile, std::string_view name) {
  const DomainProfile* d = profile.find(name);
  if (d == nullptr) FAIL("the profile has no domain " << name);
  return *d;
}

nlohmann::json domain_json(const Profile& profile, const std::string& name) {
  nlohmann::json domains = to_json(profile)["domains"];
  auto d = std::find_if(domains.begin(), domains.end(),
                        [&](const nlohmann::json& j) { return j["domain"] == name; });
  REQUIRE(d != domains.end());
  return *d;
}

}  // namespace

TEST_CASE("the crashing and hanging fixtures load and check like any other plugin", "[isolate]") {
  const Registry& registry = with_faulty_plugins();
  CHECK(registry.broken_plugins().empty());
  CHECK(registry.broken_questionnaires().empty());
  const LoadedPlugin* crash = registry.plugin_for_domain("fixture_crash");
  const LoadedPlugin* hang = registry.plugin_for_domain("fixture_hang");
  REQUIRE(crash != nullptr);
  REQUIRE(hang != nullptr);
  CHECK(crash->path.filename() == "crashes_in_score.so");
  CHECK(hang->path.filename() == "hangs_in_score.so");
  CHECK(registry.plugin_for_domain("leadership") != nullptr);
}

TEST_CASE("isolated plugins get 30 seconds each unless told otherwise", "[isolate]") {
  CHECK(AssessOptions{}.isolate_timeout == 30s);
}

TEST_CASE("under isolation a plugin that crashes costs its own domain, named with its signal", "[isolate]") {
  const DomainProfile& crash = domain(isolated_profile(), "fixture_crash");
  CHECK(crash.status == DomainProfile::Status::error);
  CHECK(crash.error == "crashes_in_score crashed: Segmentation fault");
  CHECK(crash.plugin == "crashes_in_score");
  // What the host computes before the plugin runs is still reported.
  CHECK(crash.coverage.answered == 5);
}

TEST_CASE("under isolation a plugin that hangs is stopped at the timeout and costs its own domain",
          "[isolate]") {
  // That isolated_profile() returned at all, with the hanging plugin in it, is the point.
  const DomainProfile& hang = domain(isolated_profile(), "fixture_hang");
  CHECK(hang.status == DomainProfile::Status::error);
  CHECK(hang.error == "hangs_in_score did not finish within 1500 ms and was stopped");
  CHECK(hang.plugin == "hangs_in_score");
  CHECK(hang.coverage.answered == 4);
  CHECK(hang.coverage.dont_know == 1);
}

TEST_CASE("next to a crashing and a hanging plugin, the other domains score as they do in process",
          "[isolate]") {
  const Profile& isolated = isolated_profile();
  CHECK(domain(isolated, "leadership").status == DomainProfile::Status::ok);
  CHECK(isolated.any_error());
  CHECK(isolated.overall.domains == 1);  // only leadership is combined

  // In process, without the faulty plugins (their domains then have no plugin and never run).
  const Registry real_only = load_only({kRealPlugins});
  REQUIRE(real_only.plugin_for_domain("fixture_crash") == nullptr);
  REQUIRE(real_only.plugin_for_domain("fixture_hang") == nullptr);
  Profile in_process = assess(isolation_assessment(real_only), real_only, {});
  CHECK(domain_json(isolated, "leadership") == domain_json(in_process, "leadership"));
  CHECK(isolated.overall.score == Approx(in_process.overall.score));
}
