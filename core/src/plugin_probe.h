// Reading a plugin's descriptor out of process (spectrum-plugin-host probe), with the results cached
// by path, size, modification time and SHA-256 in the user's cache folder (private to the registry).
#ifndef SPECTRUM_PLUGIN_PROBE_H
#define SPECTRUM_PLUGIN_PROBE_H

#include <spectrum/abi.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace spectrum::detail {

// A descriptor's fields as the helper read them. Strings are nullopt where the descriptor held NULL.
struct ProbedDescriptor {
  std::uint32_t struct_size = 0, abi_version = 0;
  bool has_fields = false;  // false when the ABI or struct_size forbade reading further
  std::optional<std::string> id, version, domain, title, questionnaire_id, questionnaire_min,
      questionnaire_below;
  bool has_score = false;

  // A descriptor whose strings point into this object (score is a stand-in: never call it).
  spectrum_plugin_descriptor_v1 view() const;
};

struct ProbeResult {
  bool returned_null = false;                  // the descriptor function returned NULL
  std::optional<ProbedDescriptor> descriptor;  // set when it returned one
  std::string reason;     // otherwise: "<file>: crashed while loading: Segmentation fault"
  bool cacheable = true;  // false for a timeout or a failure of the host itself
};

// Probes the library at path in the helper; the library's code never runs in this process.
ProbeResult probe_library(const std::filesystem::path& path);

// Probe results kept in <cache>/plugin-probes.json, where <cache> is $SPECTRUM_CACHE_DIR, else
// $XDG_CACHE_HOME/spectrum, else ~/.cache/spectrum. An entry is used only when the file's size,
// modification time and SHA-256 all match; a cache that cannot be read or written is ignored.
class ProbeCache {
 public:
  ProbeCache();
  // The cached result for the file, or a fresh probe (remembered). sha256 is the file's.
  ProbeResult probe(const std::filesystem::path& path, const std::string& sha256);
  // Writes the cache back when it changed.
  void save() noexcept;

 private:
  std::filesystem::path file_;
  std::map<std::string, std::string> entries_;  // path -> entry JSON text
  bool changed_ = false;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_PLUGIN_PROBE_H
