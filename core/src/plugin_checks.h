// The checks a plugin's descriptor must pass before the host trusts it (private to the registry).
#ifndef SPECTRUM_PLUGIN_CHECKS_H
#define SPECTRUM_PLUGIN_CHECKS_H

#include <spectrum/abi.h>
#include <spectrum/model.h>
#include <spectrum/registry.h>

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
// and the accepted questionnaire range semantic versions, score non-null, the questionnaire installed
// with the plugin's domain and a version within [accepts_from, accepts_below). Uniqueness of ids is
// the registry's business. Fills every LoadedPlugin field but sha256.
CheckedPlugin check_descriptor(const std::filesystem::path& path,
                               const spectrum_plugin_descriptor_v1* descriptor,
                               const QuestionnaireLookup& find_questionnaire);

}  // namespace spectrum::detail

#endif  // SPECTRUM_PLUGIN_CHECKS_H
