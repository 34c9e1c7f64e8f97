#include "live_scorer.h"

#include "document.h"

#include <spectrum/pipeline.h>

#include <exception>

namespace spectrum::studio {

LiveScorer::LiveScorer(const Document& document, QObject* parent) : QObject(parent), document_(document) {
  timer_.setSingleShot(true);
  timer_.setInterval(kScoreDelay);
  connect(&timer_, &QTimer::timeout, this, &LiveScorer::score_now);
}

void LiveScorer::schedule() {
  timer_.start();
}

void LiveScorer::score_now() {
  timer_.stop();
  if (document_.is_empty()) {
    profile_.reset();
    emit failed(tr("Nothing to score yet."));
    return;
  }
  try {
    Profile profile = assess(document_.assessment(), document_.registry(), AssessOptions{});
    profile.source = document_.file_path().toStdString();
    profile_ = std::move(profile);
  } catch (const std::exception& e) {
    profile_.reset();
    emit failed(tr("Could not score: %1").arg(QString::fromStdString(e.what())));
    return;
  }
  emit scored(*profile_);
}

}  // namespace spectrum::studio
