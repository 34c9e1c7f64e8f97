#include <spectrum/registry.h>

#include <spectrum/diagnostics.h>
#include <spectrum/io.h>

#include "host_sink.h"
#include "json_checker.h"
#include "plugin_checks.h"
#include "plugin_probe.h"
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

using Questionnaires = std::vector<std::unique_ptr<model::Questionnaire>>;

const model::Questionnaire* find_questionnaire(const Questionnaires& all, std::string_view id) {
  for (const auto& q : all)
    if (q->id == id) return q.get();
  return nullptr;
}

// Every questionnaire file in the folders, in order; the first with a given id wins.
void load_questionnaires(const std::vector<fs::path>& dirs, Questionnaires& loaded,
                         std::vector<BrokenQuestionnaire>& broken) {
  for (const fs::path& dir : dirs) {
    for (const fs::path& file : detail::files_with_extension(dir, ".json")) {
      try {
        if (!is_questionnaire_file(file)) continue;
        auto questionnaire = std::make_unique<model::Questionnaire>(load_questionnaire(file));
        if (find_questionnaire(loaded, questionnaire->id) != nullptr) continue;  // an earlier folder wins
        loaded.push_back(std::move(questionnaire));
      } catch (const InputError& e) {
        broken.push_back({file, one_line(e)});
      } catch (const std::exception& e) {
        broken.push_back({file, file.filename().string() + ": " + e.what()});
      }
    }
  }
}

// Probes and checks one plugin file (its code runs only in the helper). Returns the reason when it
// cannot be used.
std::string load_plugin(const fs::path& file, const detail::QuestionnaireLookup& lookup,
                        const std::vector<std::string>& installed_ids, detail::ProbeCache& cache,
                        std::vector<LoadedPlugin>& loaded) {
  const std::string name = file.filename().string();
  std::string sha256;
  try {
    sha256 = sha256_hex(read_file(file));
  } catch (const InputError& e) {
    return one_line(e);
  }
  detail::CheckedPlugin checked =
      detail::check_probed(file, cache.probe(file, sha256), lookup, installed_ids);
  if (!checked.plugin) return checked.reason;
  LoadedPlugin& plugin = *checked.plugin;
  auto same_id = [&plugin](const LoadedPlugin& p) { return p.id == plugin.id; };
  if (auto it = std::find_if(loaded.begin(), loaded.end(), same_id); it != loaded.end())
    return name + ": id \"" + plugin.id + "\" is already taken by " + it->path.string() +
           ", expected each plugin id once";
  plugin.sha256 = std::move(sha256);
  loaded.push_back(std::move(plugin));
  return "";
}

}  // namespace

Registry Registry::load(const SearchPaths& paths) {
  Registry registry;
  const detail::SearchDirs dirs = detail::resolve_search_dirs(paths);
  load_questionnaires(dirs.questionnaires, registry.questionnaires_, registry.broken_questionnaires_);
  const detail::QuestionnaireLookup lookup = [&registry](std::string_view id) {
    return registry.questionnaire(id);
  };
  std::vector<std::string> installed_ids;
  for (const model::Questionnaire* q : registry.questionnaires()) installed_ids.push_back(q->id);
  detail::ProbeCache cache;
  for (const fs::path& dir : dirs.plugins)
    for (const fs::path& file : detail::files_with_extension(dir, ".so"))
      if (std::string reason = load_plugin(file, lookup, installed_ids, cache, registry.plugins_);
          !reason.empty()) {
        bool repaired = false;
        registry.broken_.push_back({file, repair_utf8(reason, repaired)});
      }
  cache.save();
  return registry;
}

std::vector<const model::Questionnaire*> Registry::questionnaires() const {
  std::vector<const model::Questionnaire*> out;
  out.reserve(questionnaires_.size());
  for (const auto& q : questionnaires_) out.push_back(q.get());
  return out;
}

std::string Registry::suggest_questionnaire(std::string_view id) const {
  std::vector<std::string> ids;
  for (const auto& q : questionnaires_) ids.push_back(q->id);
  return detail::did_you_mean(id, ids);
}

const model::Questionnaire* Registry::questionnaire(std::string_view id) const {
  return find_questionnaire(questionnaires_, id);
}

const LoadedPlugin* Registry::plugin_for_domain(std::string_view domain) const {
  for (const LoadedPlugin& p : plugins_)
    if (p.domain == domain) return &p;
  return nullptr;
}

}  // namespace spectrum
