// The live profile: re-scores the document in-process (spectrum::assess) a moment after the answers
// stop changing, so typing does not score on every keystroke.
#ifndef SPECTRUM_STUDIO_LIVE_SCORER_H
#define SPECTRUM_STUDIO_LIVE_SCORER_H

#include <spectrum/profile.h>

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace spectrum::studio {

class Document;

constexpr std::chrono::milliseconds kScoreDelay{350};

class LiveScorer : public QObject {
  Q_OBJECT

 public:
  explicit LiveScorer(const Document& document, QObject* parent = nullptr);

  // Scores after kScoreDelay unless asked again before then.
  void schedule();
  // Scores now (and cancels a scheduled run).
  void score_now();
  bool is_pending() const { return timer_.isActive(); }
  // The latest profile; none before the first run or after a failure.
  const std::optional<Profile>& profile() const { return profile_; }

 signals:
  void scored(const spectrum::Profile& profile);
  void failed(const QString& message);

 private:
  const Document& document_;
  QTimer timer_;
  std::optional<Profile> profile_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_LIVE_SCORER_H
