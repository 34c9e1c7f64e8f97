// Scoring an assessment into a profile: runs each domain's plugin, then adds what the host computes
// the same way for every domain (coverage, agreement, uncertain flag, sector and role breakdowns,
// perception gaps, targets) and combines the domains into the overall position.
#ifndef SPECTRUM_PIPELINE_H
#define SPECTRUM_PIPELINE_H

#include <spectrum/model.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

#include <chrono>
#include <memory>
#include <string>

namespace spectrum {

// The exit status of a process whose plugin, scoring in-process, called exit(): the host ends the run
// at once, naming the plugin, and nothing is written. (A plugin that crashes in-process ends the
// process by its signal, after a message naming it.) --isolate contains both.
constexpr int kExitPluginEnded = 5;

struct AssessOptions {
  std::string combine = "capped-mean";  // see combination.h
  bool include_evidence = false;        // copy respondents' evidence notes into the profile
  bool isolate = false;                 // score each plugin in a child process
  // With isolate: how long one plugin may take before its child is killed and its domain ends in
  // error ("did not finish within N ms"). Ignored without isolate.
  std::chrono::milliseconds isolate_timeout{30000};
  // Which scores the overall position combines (kBasis... in spectrum/profile.h). Empty: agreed where
  // agreed when the assessment has a consensus record, individual otherwise.
  std::string basis;
  // Whether domains carry their gates with each item's evidence (the respondents' answers). A
  // comparison needs neither and scores thousands of assessments: it leaves them out.
  bool gates = true;
};

// Scores the assessment with the registry's plugins. A plugin that fails costs its own domain
// (status error, with the reason); it never throws for that. With options.isolate, that includes a
// plugin that crashes, exits or runs past options.isolate_timeout. While a plugin runs in-process, its
// standard output goes to standard error, never into the host's output. Throws std::invalid_argument for an
// unknown combination policy, an unknown basis, or basis "agreed" without a consensus record.
//
// With rounds, each domain's individual score comes from the last round's answers, and the domain
// shows every round's score, rwg and IQR with the outcome (spectrum/consensus.h: round_outcome). With
// a consensus record, each domain whose items the workshop agreed is scored a second time from the
// agreed answer set, as one respondent, by the same plugin through the same boundary.
Profile assess(const model::Assessment& assessment, const Registry& registry, const AssessOptions& options);

namespace detail {
class StdoutToStderr;
}

// Held around many in-process assess() calls at once (a folder run, on several threads): the plugins'
// standard output goes to standard error throughout, redirected once for the whole run rather than
// once per assessment (two dup2() calls each). Nothing may write to standard output while it is held.
class PluginStdoutToStderr {
 public:
  PluginStdoutToStderr();
  ~PluginStdoutToStderr();
  PluginStdoutToStderr(const PluginStdoutToStderr&) = delete;
  PluginStdoutToStderr& operator=(const PluginStdoutToStderr&) = delete;

 private:
  std::unique_ptr<detail::StdoutToStderr> redirect_;
};

}  // namespace spectrum

#endif  // SPECTRUM_PIPELINE_H
