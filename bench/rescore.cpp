// spectrum_bench_rescore ASSESSMENT [RUNS]: the desktop app's re-scoring after one answer changes,
// headless. Opens the assessment in a studio Document, scores it once, then RUNS times (default 40)
// changes one answer of the first respondent and re-scores through LiveScorer::score_and_wait(): the
// same code the app runs, plugins isolated in the helper process as the app always has them. Prints
// the median and the slowest run in milliseconds; asserts nothing.
#include "document.h"
#include "live_scorer.h"

#include <spectrum/registry.h>

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace spectrum;

// The first scale item answered by respondent 0, with two of its option values to alternate between.
struct Change {
  std::string questionnaire, item;
  double values[2] = {0, 0};
};

std::optional<Change> find_change(const studio::Document& document) {
  for (const model::Questionnaire* q : document.questionnaires())
    for (const model::Item& item : q->items)
      if (item.type == ItemType::scale && item.options.size() >= 2)
        return Change{q->id, item.id, {item.options.front().value, item.options.back().value}};
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::cerr << "usage: spectrum_bench_rescore ASSESSMENT [RUNS]\n";
    return 2;
  }
  const int runs = argc > 2 ? std::max(1, std::stoi(argv[2])) : 40;
  const Registry registry = Registry::load(SearchPaths{});
  studio::Document document(registry);
  document.open(QString::fromLocal8Bit(argv[1]));
  const std::optional<Change> change = find_change(document);
  if (!change) {
    std::cerr << "spectrum_bench_rescore: no scale item to change in " << argv[1] << "\n";
    return 2;
  }
  studio::LiveScorer scorer(document);
  scorer.score_and_wait();  // the first profile, as when the file is opened
  std::vector<double> times;
  for (int run = 0; run < runs; ++run) {
    model::AnswerValue value;
    value.type = ItemType::scale;
    value.state = model::AnswerValue::State::value;
    value.number = change->values[run % 2];
    const auto start = std::chrono::steady_clock::now();
    document.set_answer(0, change->questionnaire, change->item, value);
    scorer.score_and_wait();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (!scorer.profile()) {
      std::cerr << "spectrum_bench_rescore: scoring failed\n";
      return 1;
    }
  }
  std::sort(times.begin(), times.end());
  std::printf("re-scored %d times, %zu respondents: median %.2f ms, slowest %.2f ms\n", runs,
              document.assessment().respondents.size(), times[times.size() / 2], times.back());
  return 0;
}
