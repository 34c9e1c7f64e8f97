// spectrum plugins [--json]: what is installed, what loaded, and why the rest did not.
#include "commands.h"
#include "common.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace spectrum::cli {

namespace {

struct PluginsArgs {
  bool json = false;
  SearchOptions search;
};

nlohmann::json registry_json(const Registry& registry) {
  nlohmann::json out{{"plugins", nlohmann::json::array()},
                     {"broken", nlohmann::json::array()},
                     {"questionnaires", nlohmann::json::array()},
                     {"broken_questionnaires", nlohmann::json::array()}};
  for (const LoadedPlugin& p : registry.plugins())
    out["plugins"].push_back({{"id", p.id},
                              {"version", p.version},
                              {"abi", p.abi_version},
                              {"domain", p.domain},
                              {"title", p.title},
                              {"questionnaire", p.questionnaire_id},
                              {"accepts", {p.accepts_from, p.accepts_below}},
                              {"path", p.path.string()},
                              {"sha256", p.sha256}});
  for (const BrokenPlugin& b : registry.broken_plugins())
    out["broken"].push_back({{"path", b.path.string()}, {"reason", b.reason}});
  for (const model::Questionnaire* q : registry.questionnaires())
    out["questionnaires"].push_back({{"id", q->id},
                                     {"version", q->version.str()},
                                     {"domain", q->domain},
                                     {"title", q->title},
                                     {"items", q->items.size()},
                                     {"path", q->path},
                                     {"sha256", q->sha256}});
  for (const BrokenQuestionnaire& b : registry.broken_questionnaires())
    out["broken_questionnaires"].push_back({{"path", b.path.string()}, {"reason", b.reason}});
  return out;
}

int run_plugins(const PluginsArgs& args) {
  Registry registry = args.search.load_registry();
  if (args.json) {
    write_stdout(registry_json(registry).dump(2) + "\n");
    return registry.broken_plugins().empty() ? kExitOk : kExitDomainFailed;
  }
  std::cout << "Plugins loaded (" << registry.plugins().size() << "):\n";
  for (const LoadedPlugin& p : registry.plugins())
    std::cout << "  " << p.id << " " << p.version << "  domain " << p.domain << ", questionnaire "
              << p.questionnaire_id << " [" << p.accepts_from << ", " << p.accepts_below << "), ABI "
              << p.abi_version << "\n    " << p.path.string() << "\n";
  if (!registry.broken_plugins().empty()) {
    std::cout << "Plugins that did not load (" << registry.broken_plugins().size() << "):\n";
    for (const BrokenPlugin& b : registry.broken_plugins()) std::cout << "  " << b.reason << "\n";
  }
  std::cout << "Questionnaires (" << registry.questionnaires().size() << "):\n";
  for (const model::Questionnaire* q : registry.questionnaires())
    std::cout << "  " << q->id << " " << q->version.str() << "  " << q->items.size() << " items  " << q->path
              << "\n";
  for (const BrokenQuestionnaire& b : registry.broken_questionnaires())
    std::cout << "  broken: " << b.reason << "\n";
  // A script must notice: exit 1 when any plugin failed to load (the listing is printed all the same).
  return registry.broken_plugins().empty() ? kExitOk : kExitDomainFailed;
}

}  // namespace

void add_plugins_command(CLI::App& app, Runner& run) {
  auto args = std::make_shared<PluginsArgs>();
  CLI::App* cmd =
      app.add_subcommand("plugins", "List the plugins and questionnaires found, and why any failed to load");
  cmd->add_flag("--json", args->json, "Print JSON instead of text");
  args->search.add_to(*cmd);
  cmd->callback([args, &run] { run = [args] { return run_plugins(*args); }; });
}

}  // namespace spectrum::cli
