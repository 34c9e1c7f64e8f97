#include "live_scorer.h"

#include "document.h"

#include <spectrum/pipeline.h>

#include <QPointer>

#include <exception>

namespace spectrum::studio {

LiveScorer::LiveScorer(const Document& document, QObject* parent) : QObject(parent), document_(document) {
  timer_.setSingleShot(true);
  timer_.setInterval(kScoreDelay);
  connect(&timer_, &QTimer::timeout, this, &LiveScorer::score_now);
}

LiveScorer::~LiveScorer() {
  if (worker_.joinable()) worker_.join();
}

void LiveScorer::schedule() {
  timer_.start();
}

void LiveScorer::score_now() {
  timer_.stop();
  ++generation_;
  if (document_.is_empty()) {
    profile_.reset();
    emit failed(tr("Nothing to score yet."));
    return;
  }
  if (running_) {  // one worker at a time; it runs again with the latest answers when done
    again_ = true;
    return;
  }
  start_run();
}

void LiveScorer::start_run() {
  running_ = true;
  again_ = false;
  const unsigned generation = generation_;
  // The worker owns a copy of the answers; the registry outlives the document and this scorer.
  auto assessment = std::make_shared<model::Assessment>(document_.assessment());
  const Registry* registry = &document_.registry();
  const std::string source = document_.file_path().toStdString();
  QPointer<LiveScorer> self(this);
  if (worker_.joinable()) worker_.join();  // finished: its result has arrived
  worker_ = std::thread([self, generation, assessment, registry, source, timeout = timeout_] {
    QString problem;
    std::optional<Profile> profile = run(*assessment, *registry, source, timeout, problem);
    if (self.isNull()) return;
    QMetaObject::invokeMethod(
        self.data(),
        [self, generation, profile = std::move(profile), problem]() mutable {
          if (!self.isNull()) self->finish_run(generation, std::move(profile), problem);
        },
        Qt::QueuedConnection);
  });
}

std::optional<Profile> LiveScorer::run(const model::Assessment& assessment, const Registry& registry,
                                       const std::string& source, std::chrono::milliseconds timeout,
                                       QString& problem) {
  try {
    AssessOptions options;
    options.isolate = true;
    options.isolate_timeout = timeout;
    Profile profile = assess(assessment, registry, options);
    profile.source = source;
    return profile;
  } catch (const std::exception& e) {
    problem = QString::fromStdString(e.what());
    return std::nullopt;
  }
}

void LiveScorer::score_and_wait() {
  timer_.stop();
  const unsigned generation = ++generation_;
  again_ = false;
  if (document_.is_empty()) {
    profile_.reset();
    emit failed(tr("Nothing to score yet."));
    return;
  }
  QString problem;
  std::optional<Profile> profile = run(document_.assessment(), document_.registry(),
                                       document_.file_path().toStdString(), timeout_, problem);
  const bool busy = running_;
  running_ = false;  // finish_run below must not start another run
  finish_run(generation, std::move(profile), problem);
  running_ = busy;  // a worker still scoring delivers later, and is dropped as older
}

void LiveScorer::finish_run(unsigned generation, std::optional<Profile> profile, const QString& problem) {
  running_ = false;
  if (again_) {  // the answers changed meanwhile: score them instead
    if (!document_.is_empty()) start_run();
    return;
  }
  if (generation != generation_) return;  // older than a result already delivered
  if (!profile) {
    profile_.reset();
    emit failed(tr("Could not score: %1").arg(problem));
    return;
  }
  profile_ = std::move(profile);
  emit scored(*profile_);
}

}  // namespace spectrum::studio
