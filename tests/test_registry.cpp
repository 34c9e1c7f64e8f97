// The plugin loader: where it looks, what it refuses and how it says so. The broken plugins are real
// shared libraries built from tests/fixtures/plugins; the real leadership plugin is the one the build
// puts in <build>/lib/spectrum/plugins.
#include "temp_dir.h"

#include <spectrum/io.h>
#include <spectrum/registry.h>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using spectrum::Registry;
using spectrum::SearchPaths;

namespace {

const fs::path kFixturePlugins = SPECTRUM_FIXTURE_PLUGINS;
const fs::path kFixtureQuestionnaires = fs::path(SPECTRUM_FIXTURES) / "questionnaires";
const fs::path kRealPlugins = fs::path(SPECTRUM_BINARY_DIR) / "lib" / "spectrum" / "plugins";

// Only the folders given: no environment, nothing next to the test executable.
Registry load_only(std::vector<fs::path> plugin_dirs, std::vector<fs::path> questionnaire_dirs) {
  SearchPaths paths;
  paths.plugin_dirs = std::move(plugin_dirs);
  paths.questionnaire_dirs = std::move(questionnaire_dirs);
  paths.use_environment = false;
  paths.use_default = false;
  return Registry::load(paths);
}

// The real plugins first, then the fixtures; questionnaires from the build tree and the fixtures.
Registry load_real_then_fixtures() {
  return load_only({kRealPlugins, kFixturePlugins}, {kFixtureQuestionnaires});
}

const spectrum::BrokenPlugin* broken(const Registry& registry, const std::string& file_name) {
  for (const auto& b : registry.broken_plugins())
    if (b.path.filename() == file_name) return &b;
  return nullptr;
}

const spectrum::LoadedPlugin* loaded(const Registry& registry, const std::string& id) {
  for (const auto& p : registry.plugins())
    if (p.id == id) return &p;
  return nullptr;
}

using spectrum::test::TempDir;

nlohmann::json read_json(const fs::path& path) {
  return nlohmann::json::parse(std::ifstream(path));
}

void write_json(const fs::path& path, const nlohmann::json& document) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << document.dump(2);
}

// The fixture questionnaire scored by throws_from_score.so, with another version.
void write_fixture_domain(const fs::path& dir, const std::string& version) {
  nlohmann::json q = read_json(kFixtureQuestionnaires / "fixture_domain.json");
  q["version"] = version;
  write_json(dir / "fixture_domain.json", q);
}

// Sets an environment variable for a scope, then puts back what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_, old_->c_str(), 1);
    else
      ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("a library that does not export the descriptor is refused as not a plugin", "[registry]") {
  Registry registry = load_real_then_fixtures();
  const auto* b = broken(registry, "no_descriptor.so");
  REQUIRE(b != nullptr);
  CHECK(b->reason ==
        "no_descriptor.so: does not export spectrum_plugin_descriptor(), expected a Spectrum plugin declared "
        "with SPECTRUM_PLUGIN");
  CHECK(b->path == fs::canonical(kFixturePlugins) / "no_descriptor.so");
}

TEST_CASE("a plugin built for another ABI is refused naming both ABI versions", "[registry]") {
  Registry registry = load_real_then_fixtures();
  const auto* b = broken(registry, "wrong_abi.so");
  REQUIRE(b != nullptr);
  CHECK(b->reason == "wrong_abi.so: built for SDK ABI 2, this host speaks ABI 1");
  CHECK(loaded(registry, "wrong_abi") == nullptr);
}

TEST_CASE("a plugin with an undefined symbol is refused with the dynamic loader's words", "[registry]") {
  Registry registry = load_real_then_fixtures();
  const auto* b = broken(registry, "undefined_symbol.so");
  REQUIRE(b != nullptr);
  CHECK(b->reason == "undefined_symbol.so: cannot be loaded: undefined symbol: fixture_defined_nowhere");
}

TEST_CASE("a second plugin with a taken id is refused naming both files", "[registry]") {
  Registry registry = load_real_then_fixtures();
  const auto* b = broken(registry, "duplicate_id.so");
  REQUIRE(b != nullptr);
  const fs::path first = fs::canonical(kRealPlugins) / "leadership.so";
  CHECK(b->reason == "duplicate_id.so: id \"leadership\" is already taken by " + first.string() +
                         ", expected each plugin id once");
  const auto* leadership = loaded(registry, "leadership");
  REQUIRE(leadership != nullptr);
  CHECK(leadership->path == first);
}

TEST_CASE("of two plugins with one id, the one found first in the search order keeps it", "[registry]") {
  Registry registry = load_only({kFixturePlugins, kRealPlugins}, {kFixtureQuestionnaires});
  const auto* leadership = loaded(registry, "leadership");
  REQUIRE(leadership != nullptr);
  CHECK(leadership->path.filename() == "duplicate_id.so");
  const auto* b = broken(registry, "leadership.so");
  REQUIRE(b != nullptr);
  CHECK_THAT(b->reason, Catch::Contains("is already taken by " +
                                        (fs::canonical(kFixturePlugins) / "duplicate_id.so").string()));
}

TEST_CASE("plugins that fail only when scoring load and pass every check", "[registry]") {
  Registry registry = load_real_then_fixtures();
  const auto* throws = loaded(registry, "throws_from_score");
  REQUIRE(throws != nullptr);
  CHECK(throws->domain == "fixture_domain");
  REQUIRE(throws->questionnaire != nullptr);
  CHECK(throws->questionnaire->id == "fixture_domain");
  const auto* invalid = loaded(registry, "invalid_result");
  REQUIRE(invalid != nullptr);
  CHECK(invalid->domain == "fixture_invalid");
  CHECK(registry.plugin_for_domain("fixture_domain") == throws);
  CHECK(registry.plugin_for_domain("fixture_invalid") == invalid);
}

TEST_CASE("the real leadership plugin loads next to every broken fixture", "[registry]") {
  Registry registry = load_real_then_fixtures();
  const auto* leadership = loaded(registry, "leadership");
  REQUIRE(leadership != nullptr);
  CHECK(leadership->abi_version == SPECTRUM_ABI_VERSION);
  CHECK(leadership->domain == "leadership");
  CHECK(registry.plugin_for_domain("leadership") == leadership);
  REQUIRE(leadership->questionnaire != nullptr);
  CHECK(leadership->questionnaire == registry.questionnaire("leadership"));
  // Found through the build tree's layout: <build>/lib/spectrum/plugins -> <build>/share/spectrum/...
  CHECK(fs::path(leadership->questionnaire->path).parent_path().filename() == "questionnaires");
  CHECK(leadership->sha256 == spectrum::sha256_hex(spectrum::read_file(leadership->path)));
  CHECK(leadership->sha256.size() == 64);

  // Exactly the four fixtures that cannot be used are broken, each on one line.
  std::vector<std::string> names;
  for (const auto& b : registry.broken_plugins()) {
    names.push_back(b.path.filename().string());
    CHECK(b.reason.find('\n') == std::string::npos);
    CHECK_THAT(b.reason, Catch::StartsWith(b.path.filename().string() + ": "));
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"duplicate_id.so", "no_descriptor.so", "undefined_symbol.so",
                                          "wrong_abi.so"});
}

TEST_CASE("each bad descriptor field is named in the plugin's one-line reason", "[registry]") {
  Registry registry = load_only({kFixturePlugins / "descriptor_faults"}, {kFixtureQuestionnaires});
  CHECK(registry.plugins().empty());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"null_descriptor.so",
       "null_descriptor.so: spectrum_plugin_descriptor() returned null, expected a pointer to "
       "its descriptor"},
      {"short_struct.so", "short_struct.so: descriptor struct_size is 16, expected at least " +
                              std::to_string(sizeof(spectrum_plugin_descriptor_v1)) + " for ABI 1"},
      {"empty_id.so", "empty_id.so: id is empty, expected a plugin id such as \"leadership\""},
      {"bad_version.so",
       "bad_version.so: version \"1.2\" is not a semantic version, expected MAJOR.MINOR.PATCH"},
      {"null_accepts_below.so",
       "null_accepts_below.so: accepts_below is null, expected a semantic version MAJOR.MINOR.PATCH"},
      {"null_score.so", "null_score.so: score is null, expected a score function"},
      {"domain_mismatch.so",
       "domain_mismatch.so: domain \"fixture_other\" differs from questionnaire "
       "\"fixture_domain\", expected its domain \"fixture_domain\""},
      {"inverted_range.so",
       "inverted_range.so: accepted questionnaire versions [2.0.0, 1.0.0) are an inverted range, expected "
       "accepts_below above accepts_from"},
      {"empty_range.so",
       "empty_range.so: accepted questionnaire versions [1.0.0, 1.0.0) are an empty range, expected "
       "accepts_below above accepts_from"},
  };
  CHECK(registry.broken_plugins().size() == expected.size());
  for (const auto& [file, reason] : expected) {
    INFO(file);
    const auto* b = broken(registry, file);
    REQUIRE(b != nullptr);
    CHECK(b->reason == reason);
  }
}

TEST_CASE("a plugin whose questionnaire is not installed is refused naming the questionnaire", "[registry]") {
  Registry registry = load_only({kFixturePlugins}, {});
  const auto* b = broken(registry, "throws_from_score.so");
  REQUIRE(b != nullptr);
  CHECK(b->reason ==
        "throws_from_score.so: questionnaire \"fixture_domain\" is not installed, expected a questionnaire "
        "with that id in a questionnaire folder");
}

TEST_CASE("a plugin is refused when the installed questionnaire's version is outside its range",
          "[registry]") {
  TempDir dir;
  write_fixture_domain(dir.path(), "2.0.0");
  Registry registry = load_only({kFixturePlugins}, {dir.path()});
  const auto* b = broken(registry, "throws_from_score.so");
  REQUIRE(b != nullptr);
  CHECK(b->reason == "throws_from_score.so: questionnaire \"fixture_domain\" version 2.0.0 (" +
                         (fs::canonical(dir.path()) / "fixture_domain.json").string() +
                         ") is outside the accepted range, expected >= 1.0.0 and < 2.0.0");
}

TEST_CASE("the first questionnaire found wins for its id", "[registry]") {
  TempDir dir;
  write_fixture_domain(dir.path() / "first", "1.4.0");
  write_fixture_domain(dir.path() / "second", "1.2.0");
  Registry registry = load_only({}, {dir.path() / "first", dir.path() / "second"});
  const auto* q = registry.questionnaire("fixture_domain");
  REQUIRE(q != nullptr);
  CHECK(q->version.str() == "1.4.0");
  CHECK(registry.questionnaires().size() == 1);
  CHECK(registry.broken_questionnaires().empty());
}

TEST_CASE("a broken questionnaire is recorded with its error and other files are ignored", "[registry]") {
  TempDir dir;
  nlohmann::json bad = read_json(kFixtureQuestionnaires / "fixture_domain.json");
  bad.erase("title");
  bad["id"] = "no_title";
  write_json(dir.path() / "no_title.json", bad);
  write_json(dir.path() / "profile.json", {{"format", "spectrum.profile/1"}});
  std::ofstream(dir.path() / "notes.txt") << "not a questionnaire";
  std::ofstream(dir.path() / "truncated.json") << "{\"format\": \"spectrum.questionnaire/1\", ";
  Registry registry = load_only({}, {dir.path(), kFixtureQuestionnaires});

  CHECK(registry.questionnaire("no_title") == nullptr);
  CHECK(registry.questionnaire("fixture_domain") != nullptr);
  std::vector<std::string> names;
  for (const auto& b : registry.broken_questionnaires()) {
    names.push_back(b.path.filename().string());
    CHECK(b.reason.find('\n') == std::string::npos);
    CHECK_THAT(b.reason, Catch::Contains(b.path.filename().string()));
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"no_title.json", "truncated.json"});
}

TEST_CASE("a folder listed twice is searched once", "[registry]") {
  Registry registry = load_only({kFixturePlugins, kFixturePlugins / "." / ""}, {kFixtureQuestionnaires});
  CHECK(loaded(registry, "throws_from_score") != nullptr);
  for (const auto& b : registry.broken_plugins()) CHECK_THAT(b.reason, !Catch::Contains("already taken"));
}

TEST_CASE("plugins and questionnaires are found through the environment variables", "[registry]") {
  ScopedEnv plugins("SPECTRUM_PLUGIN_PATH", "/nonexistent/spectrum:" + kFixturePlugins.string() + ":");
  ScopedEnv questionnaires("SPECTRUM_QUESTIONNAIRE_PATH", kFixtureQuestionnaires.string());
  SearchPaths paths;
  paths.use_default = false;
  Registry registry = Registry::load(paths);
  CHECK(loaded(registry, "throws_from_score") != nullptr);
  CHECK(registry.questionnaire("fixture_invalid") != nullptr);

  paths.use_environment = false;
  CHECK(Registry::load(paths).plugins().empty());
}

TEST_CASE("a plugin folder laid out like an install brings its prefix's questionnaires", "[registry]") {
  TempDir prefix;
  const fs::path plugins = prefix.path() / "lib" / "spectrum" / "plugins";
  fs::create_directories(plugins);
  fs::copy_file(kFixturePlugins / "throws_from_score.so", plugins / "throws_from_score.so");
  write_fixture_domain(prefix.path() / "share" / "spectrum" / "questionnaires", "1.0.0");
  Registry registry = load_only({plugins}, {});
  const auto* throws = loaded(registry, "throws_from_score");
  REQUIRE(throws != nullptr);
  CHECK(throws->path == fs::canonical(plugins) / "throws_from_score.so");
}

TEST_CASE("the default search looks next to the executable", "[registry]") {
  CHECK(fs::canonical(spectrum::executable_dir()) == fs::canonical(fs::path(SPECTRUM_BINARY_DIR) / "bin"));
  SearchPaths paths;
  paths.use_environment = false;
  Registry registry = Registry::load(paths);
  CHECK(registry.questionnaire("leadership") != nullptr);
  const auto* leadership = loaded(registry, "leadership");
  REQUIRE(leadership != nullptr);
  CHECK(leadership->path == fs::canonical(kRealPlugins) / "leadership.so");
}
