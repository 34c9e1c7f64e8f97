// Private: what the summarised views (HTML, Markdown) show of a comparison that may hold thousands of
// areas: the top and bottom of each period, the highlighted areas, and the words for a position.
#ifndef SPECTRUM_REPORTS_COMPARE_SELECTION_H
#define SPECTRUM_REPORTS_COMPARE_SELECTION_H

#include <spectrum/compare.h>

#include <string>
#include <vector>

namespace spectrum::reports::compare_selection {

// The cohort's areas that scored in the column, best first (rank, then input order).
std::vector<std::size_t> ranked(const Comparison& comparison, const Cohort& cohort, std::size_t column);

struct Excerpt {
  std::vector<std::size_t> top;     // all of them when there are no more than 2 n
  std::vector<std::size_t> bottom;  // best first
  std::size_t hidden = 0;           // between top and bottom
};
Excerpt excerpt(const std::vector<std::size_t>& ranked, std::size_t n);

// The highlighted areas (indexes into comparison.areas) in input order.
std::vector<std::size_t> highlighted(const Comparison& comparison);
// The highlighted areas of one period.
std::vector<std::size_t> highlighted_in(const Comparison& comparison, const Cohort& cohort);

// "3.20 · level 3", "2.10 · uncertain", "not scored".
std::string position(const CompareCell& cell);
// "3.20 L3", "2.10 U" (uncertain), "-" (not scored): for wide tables.
std::string short_position(const CompareCell& cell);
// "4 of 13 · 65th percentile" ("" when not scored).
std::string standing(const CompareCell& cell);
// "+0.45" / "-1.20" / "0.00".
std::string signed_score(double value);

// How ranks, percentiles, quartiles, the roll-up and trends are computed, one sentence each.
const std::vector<std::string>& method_notes();

}  // namespace spectrum::reports::compare_selection

#endif  // SPECTRUM_REPORTS_COMPARE_SELECTION_H
