#include "search_dirs.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <system_error>

namespace fs = std::filesystem;

namespace spectrum {

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return fs::current_path();
  return exe.parent_path();
}

namespace detail {
namespace {

constexpr const char* kPluginPathVariable = "SPECTRUM_PLUGIN_PATH";
constexpr const char* kQuestionnairePathVariable = "SPECTRUM_QUESTIONNAIRE_PATH";
// The install layout (GNUInstallDirs, set by cmake/SpectrumDirs.cmake), relative to the executable's
// folder and, for the questionnaires that come with a plugin folder, to that folder.
constexpr const char* kBinToPlugins = SPECTRUM_BIN_TO_PLUGINS;
constexpr const char* kBinToQuestionnaires = SPECTRUM_BIN_TO_QUESTIONNAIRES;
constexpr const char* kPluginsToQuestionnaires = SPECTRUM_PLUGINS_TO_QUESTIONNAIRES;

// The folders of a colon-separated list; empty entries are skipped.
std::vector<fs::path> split_path_list(const char* value) {
  std::vector<fs::path> out;
  if (value == nullptr) return out;
  std::string_view rest = value;
  while (!rest.empty()) {
    std::size_t colon = rest.find(':');
    std::string_view entry = rest.substr(0, colon);
    if (!entry.empty()) out.emplace_back(entry);
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return out;
}

// Appends dir to out when it is an existing folder not already listed (compared canonically).
void add_unique(std::vector<fs::path>& out, const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  fs::path canonical = fs::canonical(dir, ec);
  if (ec) return;
  if (std::find(out.begin(), out.end(), canonical) == out.end()) out.push_back(canonical);
}

}  // namespace

SearchDirs resolve_search_dirs(const SearchPaths& paths) {
  SearchDirs dirs;
  const fs::path exe_dir = executable_dir();

  for (const fs::path& dir : paths.plugin_dirs) add_unique(dirs.plugins, dir);
  if (paths.use_environment)
    for (const fs::path& dir : split_path_list(std::getenv(kPluginPathVariable)))
      add_unique(dirs.plugins, dir);
  if (paths.use_default) add_unique(dirs.plugins, exe_dir / kBinToPlugins);

  for (const fs::path& dir : paths.questionnaire_dirs) add_unique(dirs.questionnaires, dir);
  if (paths.use_environment)
    for (const fs::path& dir : split_path_list(std::getenv(kQuestionnairePathVariable)))
      add_unique(dirs.questionnaires, dir);
  // A plugin folder laid out like an install (<prefix>/lib/spectrum/plugins) brings that prefix's
  // questionnaires along, so --plugin-dir alone is enough for an out-of-tree plugin build.
  for (const fs::path& plugin_dir : dirs.plugins)
    add_unique(dirs.questionnaires, plugin_dir / kPluginsToQuestionnaires);
  if (paths.use_default) add_unique(dirs.questionnaires, exe_dir / kBinToQuestionnaires);
  return dirs;
}

std::vector<fs::path> files_with_extension(const fs::path& dir, const std::string& extension) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->path().extension() == extension && it->is_regular_file(type_ec)) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace detail
}  // namespace spectrum
