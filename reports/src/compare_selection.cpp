// What the summarised views show (see compare_selection.h).
#include "compare_selection.h"

#include "text_format.h"

#include <algorithm>
#include <cmath>

namespace spectrum::reports::compare_selection {

std::vector<std::size_t> ranked(const Comparison& comparison, const Cohort& cohort, std::size_t column) {
  std::vector<std::size_t> out;
  for (std::size_t a : cohort.areas)
    if (comparison.cells[a][column].scored) out.push_back(a);
  std::stable_sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) {
    return comparison.cells[x][column].rank < comparison.cells[y][column].rank;
  });
  return out;
}

Excerpt excerpt(const std::vector<std::size_t>& ranked, std::size_t n) {
  Excerpt e;
  if (ranked.size() <= 2 * n) {
    e.top = ranked;
    return e;
  }
  e.top.assign(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n));
  e.bottom.assign(ranked.end() - static_cast<std::ptrdiff_t>(n), ranked.end());
  e.hidden = ranked.size() - 2 * n;
  return e;
}

std::vector<std::size_t> highlighted(const Comparison& comparison) {
  std::vector<std::size_t> out;
  for (std::size_t a = 0; a < comparison.areas.size(); ++a)
    if (comparison.areas[a].highlighted) out.push_back(a);
  return out;
}

std::vector<std::size_t> highlighted_in(const Comparison& comparison, const Cohort& cohort) {
  std::vector<std::size_t> out;
  for (std::size_t a : cohort.areas)
    if (comparison.areas[a].highlighted) out.push_back(a);
  return out;
}

std::string position(const CompareCell& cell) {
  if (!cell.scored) return "not scored";
  return format_fixed(cell.score) + " \u00b7 " +
         (cell.uncertain ? std::string("uncertain") : "level " + std::to_string(cell.level));
}

std::string short_position(const CompareCell& cell) {
  if (!cell.scored) return "-";
  return format_fixed(cell.score) + (cell.uncertain ? " U" : " L" + std::to_string(cell.level));
}

std::string standing(const CompareCell& cell) {
  if (!cell.scored) return "";
  return std::to_string(cell.rank) + " of " + std::to_string(cell.cohort_size) + " \u00b7 percentile " +
         format_fixed(cell.percentile, 1);
}

std::string signed_score(double value) {
  const double r = round_score(value);
  return (r > 0 ? "+" : "") + format_fixed(r == 0 ? 0.0 : r);
}

const std::vector<std::string>& method_notes() {
  static const std::vector<std::string> notes = {
      "Profiles are compared only when their plugins and questionnaires agree in id and major version; "
      "profiles marked mixed were scored with another instrument and compared only because it was asked for.",
      "Ranks, percentiles and quartiles are computed among the profiles of the same period, one domain at a "
      "time; a domain that was not scored takes no part, an uncertain one takes part with its score.",
      "Rank: 1 plus the number of areas with a higher score (scores compared at two decimals), so tied areas "
      "share the best rank.",
      "Percentile: 100 \u00d7 (areas below + half the areas with the same score, itself included) / areas "
      "scored.",
      "Quartiles and median interpolate linearly between the sorted scores; \"from median\" is the score "
      "minus the period's median.",
      "Footprint roll-up: a footprint's Health and Wellbeing Boards combined, each domain the mean of their "
      "scores weighted by the respondents whose score counted; the level is the score rounded down; the "
      "domain is uncertain when uncertain boards carry more than half the weight.",
      "Trends follow an area by its code (else its name) from the earliest to the latest period it scored "
      "in.",
  };
  return notes;
}

}  // namespace spectrum::reports::compare_selection
