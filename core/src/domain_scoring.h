// Private: what the pipeline and the consensus scoring share: one plugin run on one answer set, and
// the gates of its result as a profile shows them.
#ifndef SPECTRUM_DOMAIN_SCORING_H
#define SPECTRUM_DOMAIN_SCORING_H

#include "host_sink.h"
#include "input_view.h"

#include <memory>
#include <optional>

#include <spectrum/consensus.h>
#include <spectrum/pipeline.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

namespace spectrum::detail {

// Runs the plugin on set `set` of the view, in this process or isolated as options say. Never throws.
PluginOutput run_on(const LoadedPlugin& plugin, InputView& view, std::size_t set,
                    const AssessOptions& options);

// The score a profile shows for a plugin's result: two decimals, capped at level + 0.99 so that the
// level shown is always the floor of the score shown. NaN when nothing counted.
double shown_score(const PluginOutput& out);

// The plugin's gates as a profile shows them: each item with the numbers the plugin reported and the
// respondents' answers grouped by answer (worked out once per item, however many gates it decides).
std::vector<Gate> gates_of(const std::vector<PluginGate>& gates, const model::Assessment& assessment,
                           const InputView& view, std::size_t set);

// The answer sets scored besides the individual ones, built once per assessment over the same
// questionnaires as the individual view (a plugin may read every questionnaire answered): every
// round before the last, and the workshop's agreed answers as one respondent.
class ConsensusInputs {
 public:
  ConsensusInputs(const model::Assessment& assessment,
                  const std::vector<const model::Questionnaire*>& answered);
  ConsensusInputs(const ConsensusInputs&) = delete;
  ConsensusInputs& operator=(const ConsensusInputs&) = delete;

  // The domain's rounds (with more than one): each earlier round scored again with that round's
  // answers; the last is the domain's own score and agreement.
  void add_rounds(DomainProfile& domain, std::size_t set, const LoadedPlugin& plugin,
                  const AssessOptions& options);
  // The domain's agreed score, when the workshop agreed any of its items: the agreed answer set scored
  // as one respondent by the same plugin, and the difference from the individual score.
  void add_agreed(DomainProfile& domain, std::size_t set, const LoadedPlugin& plugin,
                  const AssessOptions& options);

 private:
  std::vector<model::Assessment> rounds_;  // rounds 1 .. last - 1
  std::vector<std::unique_ptr<InputView>> round_views_;
  std::vector<std::optional<AgreedAnswerSet>> agreed_sets_;  // by set; nullopt where nothing was agreed
  model::Assessment agreed_;
  std::unique_ptr<InputView> agreed_view_;
};

// The workshop as the profile records it.
WorkshopSummary workshop_of(const model::Consensus& consensus);

}  // namespace spectrum::detail

#endif  // SPECTRUM_DOMAIN_SCORING_H
