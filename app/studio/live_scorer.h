// The live profile: re-scores the document a moment after the answers stop changing, so typing does
// not score on every keystroke. Scoring runs on a worker thread, and every plugin runs isolated in
// the helper process (AssessOptions::isolate): a plugin that crashes or hangs costs its domain, shown
// as failed, and the window stays responsive. A result that arrives after a newer request is dropped.
// A scorer on the agreed basis scores the workshop's agreed answers instead: the agreed answer set of
// each questionnaire (spectrum/consensus.h) as one respondent, through the same plugin boundary.
#ifndef SPECTRUM_STUDIO_LIVE_SCORER_H
#define SPECTRUM_STUDIO_LIVE_SCORER_H

#include <spectrum/io.h>
#include <spectrum/model.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>

namespace spectrum::studio {

class Document;

constexpr std::chrono::milliseconds kScoreDelay{350};
constexpr std::chrono::milliseconds kPluginTimeout{20000};

// What a scorer scores: the respondents' answers, or the workshop's agreed answers.
enum class ScoreBasis { individual, agreed };

// The assessment whose one respondent (kAgreedRespondentId) answers with the agreed answer set of
// each questionnaire the workshop agreed an item of; nullopt when it agreed none.
std::optional<model::Assessment> agreed_assessment(const model::Assessment& assessment,
                                                   const QuestionnaireSet& questionnaires);

class LiveScorer : public QObject {
  Q_OBJECT

 public:
  explicit LiveScorer(const Document& document, ScoreBasis basis = ScoreBasis::individual,
                      QObject* parent = nullptr);
  // Waits for a worker still scoring.
  ~LiveScorer() override;

  // Scores after kScoreDelay unless asked again before then.
  void schedule();
  // Scores now (and cancels a scheduled run).
  void score_now();
  // Scores now on this thread (still isolated) and returns when the profile is there: for an export,
  // which needs the profile before it can go on. A worker's older result is then dropped.
  void score_and_wait();
  // How long one plugin may score before its domain is shown as failed (default kPluginTimeout).
  void set_plugin_timeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
  // Whether a run is scheduled or still scoring.
  bool is_pending() const { return timer_.isActive() || running_; }
  // The latest profile; none before the first run or after a failure.
  const std::optional<Profile>& profile() const { return profile_; }

 signals:
  void scored(const spectrum::Profile& profile);
  void failed(const QString& message);

 private:
  void start_run();
  static std::optional<Profile> run(const model::Assessment& assessment, const Registry& registry,
                                    const std::string& source, std::chrono::milliseconds timeout,
                                    QString& problem);
  void finish_run(unsigned generation, std::optional<Profile> profile, const QString& problem);
  // What the next run scores; nullopt (and `why`) when there is nothing to score.
  std::optional<model::Assessment> input(QString& why) const;

  const Document& document_;
  ScoreBasis basis_;
  QTimer timer_;
  std::optional<Profile> profile_;
  std::chrono::milliseconds timeout_ = kPluginTimeout;
  std::thread worker_;
  bool running_ = false;     // a worker is scoring
  bool again_ = false;       // the document changed while it was
  unsigned generation_ = 0;  // of the latest request
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_LIVE_SCORER_H
