#include <spectrum/agreement.h>

#include <algorithm>
#include <cmath>

namespace spectrum {

double sorted_quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0.0;
  const double h = p * static_cast<double>(sorted.size() - 1);
  const auto j = static_cast<std::size_t>(std::floor(h));
  if (j + 1 >= sorted.size()) return sorted.back();
  return sorted[j] + (h - static_cast<double>(j)) * (sorted[j + 1] - sorted[j]);
}

double quantile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return sorted_quantile(values, p);
}

double median(std::vector<double> values) {
  return quantile(std::move(values), 0.5);
}

std::optional<double> rwg(const std::vector<double>& scores) {
  if (scores.size() < 2) return std::nullopt;
  double mean = 0.0;
  for (double s : scores) mean += s;
  mean /= static_cast<double>(scores.size());
  double ss = 0.0;
  for (double s : scores) ss += (s - mean) * (s - mean);
  double variance = ss / static_cast<double>(scores.size() - 1);
  return std::clamp(1.0 - variance / kRwgNullVariance, 0.0, 1.0);
}

Agreement agreement_of(const std::vector<double>& all) {
  std::vector<double> scores;
  for (double s : all)
    if (!std::isnan(s)) scores.push_back(s);
  Agreement a;
  a.respondents = static_cast<int>(scores.size());
  if (scores.empty()) {
    a.verdict = "no scores";
    return a;
  }
  a.median = median(scores);
  auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
  a.min = *lo;
  a.max = *hi;
  a.iqr = quantile(scores, 0.75) - quantile(scores, 0.25);
  a.rwg = rwg(scores);
  if (!a.rwg)
    a.verdict = "single respondent";
  else if (*a.rwg >= kRwgStrong)
    a.verdict = "strong";
  else if (*a.rwg >= kRwgSplit)
    a.verdict = "moderate";
  else
    a.verdict = "split";
  return a;
}

}  // namespace spectrum
