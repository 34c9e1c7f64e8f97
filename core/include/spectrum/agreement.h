// Agreement between respondents, computed by the host the same way for every domain.
//
// rwg (James, Demaree & Wolf) compares the observed variance of respondents' scores (sample variance)
// with the variance expected if they answered at random, uniformly over the six levels 0..5:
// sigma2_EU = (A^2 - 1) / 12 with A = 6, i.e. 35/12. rwg = 1 - s^2 / sigma2_EU, truncated to 0..1.
// Cut-offs: rwg >= 0.7 is strong agreement (the conventional threshold), 0.5 <= rwg < 0.7 moderate,
// rwg < 0.5 split — a split domain is shown as uncertain instead of a level.
#ifndef SPECTRUM_AGREEMENT_H
#define SPECTRUM_AGREEMENT_H

#include <spectrum/profile.h>

#include <vector>

namespace spectrum {

constexpr double kRwgNullVariance = 35.0 / 12.0;
constexpr double kRwgStrong = 0.7;
constexpr double kRwgSplit = 0.5;
// More than this share of don't-know answers (among answers given) makes a domain uncertain.
constexpr double kDontKnowLimit = 0.5;
// A difference of at least this many levels between two sectors' mean scores is a perception gap.
constexpr double kPerceptionGap = 1.0;

// The one quantile of Spectrum (agreement, combination, comparison): quantile p (0..1) of values by
// linear interpolation between order statistics. For sorted x[0..n-1], h = (n - 1) * p, j = floor(h):
// x[j] + (h - j) * (x[j+1] - x[j]). Empty: 0.
double quantile(std::vector<double> values, double p);
// The same for values already sorted ascending (no copy).
double sorted_quantile(const std::vector<double>& sorted, double p);
// Median of values: quantile 0.5 (empty: 0).
double median(std::vector<double> values);
// rwg of the scores; nullopt with fewer than two.
std::optional<double> rwg(const std::vector<double>& scores);
// Median, spread, iqr, rwg and verdict of respondents' scores (NaN entries ignored).
Agreement agreement_of(const std::vector<double>& scores);

}  // namespace spectrum

#endif  // SPECTRUM_AGREEMENT_H
