// Ranks, percentiles and quartiles of a column (see compare.h for the definitions).
#include "compare_stats.h"

#include <spectrum/numbers.h>

#include <algorithm>
#include <cmath>

namespace spectrum::detail {

// The score as written (round_score, the one rounding), as a whole number of hundredths: equal when
// the two written scores are equal, so ties are decided on what a reader sees.
long hundredths(double score) {
  return std::lround(round_score(score) * 100.0);
}

namespace {

Distribution describe_sorted(const std::vector<double>& sorted, int uncertain) {
  Distribution d;
  d.count = static_cast<int>(sorted.size());
  d.uncertain = uncertain;
  if (sorted.empty()) return d;
  d.min = sorted.front();
  d.max = sorted.back();
  d.q1 = sorted_quantile(sorted, 0.25);
  d.median = sorted_quantile(sorted, 0.5);
  d.q3 = sorted_quantile(sorted, 0.75);
  double sum = 0;
  for (double v : sorted) sum += v;
  d.mean = sum / static_cast<double>(sorted.size());
  return d;
}

}  // namespace

Distribution describe(const std::vector<const CompareCell*>& cells) {
  std::vector<double> scores;
  scores.reserve(cells.size());
  int uncertain = 0;
  for (const CompareCell* cell : cells) {
    scores.push_back(cell->score);
    uncertain += cell->uncertain ? 1 : 0;
  }
  std::sort(scores.begin(), scores.end());
  return describe_sorted(scores, uncertain);
}

Distribution rank_among(std::vector<CompareCell*>& cells) {
  // Highest first; equal hundredths form one run sharing the competition rank.
  std::stable_sort(cells.begin(), cells.end(), [](const CompareCell* a, const CompareCell* b) {
    return hundredths(a->score) > hundredths(b->score);
  });
  const auto n = static_cast<int>(cells.size());
  std::vector<double> ascending;
  ascending.reserve(cells.size());
  int uncertain = 0;
  for (auto it = cells.rbegin(); it != cells.rend(); ++it) {
    ascending.push_back((*it)->score);
    uncertain += (*it)->uncertain ? 1 : 0;
  }
  const Distribution d = describe_sorted(ascending, uncertain);
  for (int start = 0; start < n;) {
    int end = start;
    while (end < n && hundredths(cells[end]->score) == hundredths(cells[start]->score)) ++end;
    const int equal = end - start;
    const int below = n - end;
    for (int i = start; i < end; ++i) {
      CompareCell& cell = *cells[i];
      cell.rank = start + 1;
      cell.cohort_size = n;
      cell.percentile = 100.0 * (below + 0.5 * equal) / n;
      cell.from_median = cell.score - d.median;
    }
    start = end;
  }
  return d;
}

}  // namespace spectrum::detail
