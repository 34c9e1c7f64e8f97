#include <spectrum/registry.h>

#include <spectrum/diagnostics.h>
#include <spectrum/io.h>

#include "plugin_checks.h"
#include "plugin_library.h"
#include "search_dirs.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace fs = std::filesystem;

namespace spectrum {
namespace {

// One line for a file that failed to load: its first problem, and how many more there were.
std::string one_line(const InputError& error) {
  const auto& all = error.diagnostics();
  if (all.empty()) return error.what();
  std::string line = all.front().str();
  if (all.size() > 1) line += " (and " + std::to_string(all.size() - 1) + " more problems)";
  return line;
}

// Whether the file is JSON that calls itself a questionnaire. Throws InputError when it is not JSON.
bool is_questionnaire_file(const fs::path& path) {
  return format_of(parse_json(read_file(path), path.string())) == kQuestionnaireFormat;
}

}  // namespace

Registry Registry::load(const SearchPaths& paths) {
  Registry registry;
  const detail::SearchDirs dirs = detail::resolve_search_dirs(paths);

  for (const fs::path& dir : dirs.questionnaires) {
    for (const fs::path& file : detail::files_with_extension(dir, ".json")) {
      try {
        if (!is_questionnaire_file(file)) continue;
        auto questionnaire = std::make_unique<model::Questionnaire>(load_questionnaire(file));
        if (registry.questionnaire(questionnaire->id) != nullptr) continue;  // an earlier folder wins
        registry.questionnaires_.push_back(std::move(questionnaire));
      } catch (const InputError& e) {
        registry.broken_questionnaires_.push_back({file, one_line(e)});
      } catch (const std::exception& e) {
        registry.broken_questionnaires_.push_back({file, file.filename().string() + ": " + e.what()});
      }
    }
  }

  const detail::QuestionnaireLookup lookup = [&registry](std::string_view id) { return registry.questionnaire(id); };
  for (const fs::path& dir : dirs.plugins) {
    for (const fs::path& file : detail::files_with_extension(dir, ".so")) {
      const std::string name = file.filename().string();
      detail::OpenedLibrary library = detail::open_plugin_library(file);
      if (!library.descriptor) {
        registry.broken_.push_back({file, std::move(library.reason)});
        continue;
      }
      const spectrum_plugin_descriptor_v1* descriptor = nullptr;
      try {
        descriptor = library.descriptor();
      } catch (...) {
        registry.broken_.push_back({file, name + ": " SPECTRUM_DESCRIPTOR_SYMBOL "() threw, expected it to return"});
        continue;
      }
      detail::CheckedPlugin checked = detail::check_descriptor(file, descriptor, lookup);
      if (!checked.plugin) {
        registry.broken_.push_back({file, std::move(checked.reason)});
        continue;
      }
      LoadedPlugin& plugin = *checked.plugin;
      auto same_id = [&plugin](const LoadedPlugin& p) { return p.id == plugin.id; };
      if (auto it = std::find_if(registry.plugins_.begin(), registry.plugins_.end(), same_id);
          it != registry.plugins_.end()) {
        registry.broken_.push_back({file, name + ": id \"" + plugin.id + "\" is already taken by " +
                                              it->path.string() + ", expected each plugin id once"});
        continue;
      }
      try {
        plugin.sha256 = sha256_hex(read_file(file));
      } catch (const InputError& e) {
        registry.broken_.push_back({file, one_line(e)});
        continue;
      }
      registry.plugins_.push_back(std::move(plugin));
    }
  }
  return registry;
}

std::vector<const model::Questionnaire*> Registry::questionnaires() const {
  std::vector<const model::Questionnaire*> out;
  out.reserve(questionnaires_.size());
  for (const auto& q : questionnaires_) out.push_back(q.get());
  return out;
}

const model::Questionnaire* Registry::questionnaire(std::string_view id) const {
  for (const auto& q : questionnaires_)
    if (q->id == id) return q.get();
  return nullptr;
}

const LoadedPlugin* Registry::plugin_for_domain(std::string_view domain) const {
  for (const LoadedPlugin& p : plugins_)
    if (p.domain == domain) return &p;
  return nullptr;
}

}  // namespace spectrum
