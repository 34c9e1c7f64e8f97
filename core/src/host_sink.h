// The host's result sink: what a plugin reports, checked call by call. The same sink receives the
// calls of a plugin scoring in-process and the calls replayed from an isolated helper, so every result
// (NaN included) behaves the same either way. Private to core.
#ifndef SPECTRUM_HOST_SINK_H
#define SPECTRUM_HOST_SINK_H

#include <spectrum/abi.h>
#include <spectrum/profile.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

struct PluginGate {
  int level = 0;
  std::string id, description;
  bool met = false;
  std::vector<std::string> items;
  // Per item, what the plugin reported through set_gate_item: the score it compared (NaN when the item
  // did not count) and the threshold (NaN when the plugin reported nothing for the item).
  std::vector<double> scores, thresholds;
};

// What a plugin reported, checked. ok == false: error says why (and nothing else is meaningful).
struct PluginOutput {
  bool ok = false;
  std::string error;
  double score = 0;  // NaN when nothing counted
  int level = 0;
  std::vector<double> respondent_scores;  // NaN where a respondent's answers did not count
  std::vector<PluginGate> gates;
  std::vector<Finding> findings;
  std::map<std::string, double> metrics;
  std::vector<std::string>
      notes;  // what the host repaired ("finding text: invalid UTF-8 replaced by U+FFFD")
};

// text with every invalid UTF-8 sequence replaced by U+FFFD; `repaired` says whether any was.
std::string repair_utf8(std::string_view text, bool& repaired);

// Collects one run of one plugin. Every sink function is noexcept: a NULL string, an unknown gate
// item, a level outside 0..5, anything that would make an invalid profile, or running out of memory
// is remembered as the run's first violation and fails the domain.
class HostSink {
 public:
  explicit HostSink(const spectrum_input& input);
  HostSink(const HostSink&) = delete;
  HostSink& operator=(const HostSink&) = delete;

  // The C sink table; valid while this object lives.
  const spectrum_sink* sink() const { return &sink_; }
  // The checked result of a run of `plugin_id` that returned rc (and message on an error).
  PluginOutput finish(const std::string& plugin_id, int32_t rc, std::string_view message);

  // Used by the sink functions.
  void violate(const std::string& what) noexcept;
  // A checked copy of a string the plugin passed; nullopt (and a violation) for NULL.
  std::optional<std::string> text(const char* s, const char* what) noexcept;
  bool knows_item(std::string_view id) const noexcept;

  PluginOutput out;
  std::size_t respondent_count = 0;
  bool score_set = false;

 private:
  const spectrum_questionnaire* questionnaire_;
  spectrum_sink sink_;
  std::string violation_;
};

}  // namespace spectrum

#endif  // SPECTRUM_HOST_SINK_H
