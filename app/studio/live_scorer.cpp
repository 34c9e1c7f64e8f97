#include "live_scorer.h"

#include "document.h"

#include <spectrum/consensus.h>
#include <spectrum/pipeline.h>

#include <QPointer>

#include <exception>

namespace spectrum::studio {

std::optional<model::Assessment> agreed_assessment(const model::Assessment& assessment,
                                                   const QuestionnaireSet& questionnaires) {
  std::vector<AgreedAnswerSet> sets;
  for (const model::Questionnaire* q : questionnaires)
    if (auto set = agreed_answer_set(assessment, *q)) sets.push_back(std::move(*set));
  if (sets.empty()) return std::nullopt;
  model::Assessment agreed;
  agreed.path = assessment.path;
  agreed.area = assessment.area;
  agreed.period = assessment.period;
  agreed.targets = assessment.targets;
  agreed.respondents.push_back(agreed_respondent(sets));
  return agreed;
}

LiveScorer::LiveScorer(const Document& document, ScoreBasis basis, QObject* parent)
    : QObject(parent), document_(document), basis_(basis) {
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
  QString why;
  if (!input(why)) {
    profile_.reset();
    emit failed(why);
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
  QString why;
  std::optional<model::Assessment> scored = input(why);
  if (!scored) {
    running_ = false;
    profile_.reset();
    emit failed(why);
    return;
  }
  auto assessment = std::make_shared<model::Assessment>(std::move(*scored));
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
  QString why;
  std::optional<model::Assessment> scored = input(why);
  if (!scored) {
    profile_.reset();
    emit failed(why);
    return;
  }
  QString problem;
  std::optional<Profile> profile =
      run(*scored, document_.registry(), document_.file_path().toStdString(), timeout_, problem);
  const bool busy = running_;
  running_ = false;  // finish_run below must not start another run
  finish_run(generation, std::move(profile), problem);
  running_ = busy;  // a worker still scoring delivers later, and is dropped as older
}

void LiveScorer::finish_run(unsigned generation, std::optional<Profile> profile, const QString& problem) {
  running_ = false;
  if (again_) {  // the answers changed meanwhile: score them instead
    start_run();
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

std::optional<model::Assessment> LiveScorer::input(QString& why) const {
  if (document_.is_empty()) {
    why = tr("Nothing to score yet.");
    return std::nullopt;
  }
  if (basis_ == ScoreBasis::individual) return document_.assessment();
  std::optional<model::Assessment> agreed =
      agreed_assessment(document_.assessment(), document_.questionnaires());
  if (!agreed) why = tr("No agreed answers yet.");
  return agreed;
}

}  // namespace spectrum::studio
