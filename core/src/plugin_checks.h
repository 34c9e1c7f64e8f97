// The checks a plugin's descriptor must pass before the host trusts it (private to the registry).
#ifndef SPECTRUM_PLUGIN_CHECKS_H
#define SPECTRUM_PLUGIN_CHECKS_H

#include <spectrum/abi.h>
#include <spectrum/model.h>
#include <spectrum/registry.h>

#include "plugin_probe.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace spectrum::detail {

// The installed questionnaire with this id, or null.
using QuestionnaireLookup = std::function<const model::Questionnaire*(std::string_view id)>;

struct CheckedPlugin {
  std::optional<LoadedPlugin> plugin;  // set when every check passed
  std::string reason;                  // otherwise the first failure: "<file>: <field> ..., expected ..."
};

// Checks the descriptor returned by the library at path, in this order: non-null, abi_version equal
// to SPECTRUM_ABI_VERSION, struct_size large enough, id, domain and questionnaire non-empty, version
// and the accepted questionnaire range semantic versions, the range not empty nor inverted
// (accepts_from < accepts_below), score non-null, the questionnaire installed with a version within
// [accepts_from, accepts_below) and the plugin's domain. Uniqueness of ids is the registry's business.
// Fills every LoadedPlugin field but sha256.
// installed_ids, the ids of the installed questionnaires, give the suggestions for an unknown one.
// built_with, when set, is the one questionnaire the plugin is built with (the build-time check): an
// unknown id is then reported against its id and file.
CheckedPlugin check_descriptor(const std::filesystem::path& path,
                               const spectrum_plugin_descriptor_v1* descriptor,
                               const QuestionnaireLookup& find_questionnaire,
                               const std::vector<std::string>& installed_ids = {},
                               const model::Questionnaire* built_with = nullptr);

// check_descriptor() on what the helper read from the library at path (probe_library()), after the
// probe's own failure (crashed, exited, hung, no descriptor symbol) and descriptor strings that are
// not valid UTF-8. The one path from a probe to a usable plugin, for the registry and the build check.
CheckedPlugin check_probed(const std::filesystem::path& path, const ProbeResult& probed,
                           const QuestionnaireLookup& find_questionnaire,
                           const std::vector<std::string>& installed_ids = {},
                           const model::Questionnaire* built_with = nullptr);

}  // namespace spectrum::detail

#endif  // SPECTRUM_PLUGIN_CHECKS_H
