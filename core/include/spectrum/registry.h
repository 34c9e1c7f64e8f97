// Finding and loading plugins and questionnaires.
//
// Plugins are searched, in order, in every --plugin-dir given, in each folder of SPECTRUM_PLUGIN_PATH
// (colon-separated), and in <exe>/../lib/spectrum/plugins. Questionnaires likewise with
// --questionnaire-dir, SPECTRUM_QUESTIONNAIRE_PATH, <D>/../../../share/spectrum/questionnaires for
// every plugin folder D laid out like a prefix (<prefix>/lib/spectrum/plugins), and
// <exe>/../share/spectrum/questionnaires. A folder reached twice is searched once. For both, the
// first file found with a given id wins; a later plugin with a taken id is recorded as broken.
// A plugin's descriptor is read out of process, by the helper spectrum-plugin-host, and the result
// cached (by path, size, modification time and SHA-256) in the user's cache folder: a library that
// crashes, throws, exits or hangs while loading is recorded as broken ("crashed while loading:
// Segmentation fault") and takes nothing else down. A plugin's library enters the host's own process
// only when it scores there (without isolation): loaded with RTLD_NOW and never unloaded. A plugin
// that fails any check is recorded as broken with a one-line reason (file, field, expected, found)
// and never stops the others.
//
// "lib" and "share" above stand for the build's CMAKE_INSTALL_LIBDIR and CMAKE_INSTALL_DATADIR
// (GNUInstallDirs; lib/x86_64-linux-gnu for a /usr prefix on Debian).
#ifndef SPECTRUM_REGISTRY_H
#define SPECTRUM_REGISTRY_H

#include <spectrum/abi.h>
#include <spectrum/model.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace spectrum {

struct LoadedPlugin {
  std::filesystem::path path;
  std::string id, version, domain, title;
  std::string questionnaire_id;
  std::string accepts_from, accepts_below;  // questionnaire version range [from, below)
  unsigned abi_version = 0;
  std::string sha256;                                   // of the library file
  const model::Questionnaire* questionnaire = nullptr;  // the installed questionnaire it scores
};

struct BrokenPlugin {
  std::filesystem::path path;
  std::string reason;  // "leadership.so: built for SDK ABI 2, this host speaks ABI 1"
};

struct BrokenQuestionnaire {
  std::filesystem::path path;
  std::string reason;
};

struct SearchPaths {
  std::vector<std::filesystem::path> plugin_dirs;         // from --plugin-dir, searched first
  std::vector<std::filesystem::path> questionnaire_dirs;  // from --questionnaire-dir
  bool use_environment = true;                            // SPECTRUM_PLUGIN_PATH, SPECTRUM_QUESTIONNAIRE_PATH
  bool use_default = true;                                // relative to the executable
};

// The directory of the running executable (/proc/self/exe).
std::filesystem::path executable_dir();

// Everything installed: the questionnaires and the plugins that loaded, and what did not.
class Registry {
 public:
  // Searches the paths and loads every questionnaire (*.json with a spectrum.questionnaire format)
  // and every plugin (*.so). Never throws for a bad file; records it as broken.
  static Registry load(const SearchPaths& paths);

  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
  const std::vector<BrokenPlugin>& broken_plugins() const { return broken_; }
  const std::vector<BrokenQuestionnaire>& broken_questionnaires() const { return broken_questionnaires_; }
  // Questionnaires in load order (first found wins for a given id).
  std::vector<const model::Questionnaire*> questionnaires() const;
  const model::Questionnaire* questionnaire(std::string_view id) const;
  // For an id that is not installed: "; did you mean \"leadership\"?" naming the installed ids a few
  // edits away, or "" when none is close.
  std::string suggest_questionnaire(std::string_view id) const;
  const LoadedPlugin* plugin_for_domain(std::string_view domain) const;

 private:
  std::vector<std::unique_ptr<model::Questionnaire>> questionnaires_;
  std::vector<LoadedPlugin> plugins_;
  std::vector<BrokenPlugin> broken_;
  std::vector<BrokenQuestionnaire> broken_questionnaires_;
};

}  // namespace spectrum

#endif  // SPECTRUM_REGISTRY_H
