// Private: ranking and describing the scores of one column among a set of areas (see compare.h for
// the tie rule, the percentile formula and the quartiles).
#ifndef SPECTRUM_COMPARE_STATS_H
#define SPECTRUM_COMPARE_STATS_H

#include <spectrum/agreement.h>
#include <spectrum/compare.h>

#include <vector>

namespace spectrum::detail {

// A score in hundredths: profiles carry two decimals, so equal scores compare equal.
long hundredths(double score);

// Count, min, quartiles, max and mean of the scored cells; uncertain counts the flagged ones.
Distribution describe(const std::vector<const CompareCell*>& cells);

// Sets rank, cohort_size, percentile and from_median of every cell (all scored) among themselves and
// returns their distribution. Sorts once: O(n log n).
Distribution rank_among(std::vector<CompareCell*>& cells);

}  // namespace spectrum::detail

#endif  // SPECTRUM_COMPARE_STATS_H
