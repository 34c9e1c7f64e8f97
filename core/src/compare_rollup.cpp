// Footprint roll-up: Health and Wellbeing Boards combined into their STP footprint (see compare.h for
// the method: respondent-weighted mean, the rounding rule, uncertain by weight).
#include "compare_stats.h"
#include "compare_views.h"

#include <spectrum/levels.h>

#include <algorithm>
#include <map>

namespace spectrum::detail {
namespace {

bool is_hwb(const ComparedArea& area) {
  return lower(area.area.kind) == "hwb" && !area.area.footprint.empty();
}

// The weight of a member in a column: the respondents whose score counted there (at least 1).
double weight_of(const CompareRow& profile, const CompareColumn& column) {
  int respondents = profile.respondents;
  if (column.id != kOverallColumn) {
    const CompareRowDomain* domain = profile.find(column.id);
    respondents = domain ? domain->respondents : 0;
  }
  return std::max(respondents, 1);
}

CompareCell roll_up(const Comparison& comparison, const std::vector<CompareRow>& profiles,
                    const std::vector<std::size_t>& members, std::size_t column) {
  double weighted = 0, total = 0, uncertain = 0;
  for (std::size_t a : members) {
    const CompareCell& cell = comparison.cells[a][column];
    if (!cell.scored) continue;
    const double w = weight_of(profiles[a], comparison.columns[column]);
    weighted += w * cell.score;
    total += w;
    if (cell.uncertain) uncertain += w;
  }
  CompareCell out;
  if (total == 0) return out;
  out.scored = true;
  out.score = round_score(weighted / total);  // the level follows the score as written
  out.level = level_of(out.score);
  out.uncertain = uncertain * 2 > total;
  return out;
}

}  // namespace

void build_footprints(Comparison& comparison, const std::vector<CompareRow>& profiles) {
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> members;  // {period, footprint}
  for (std::size_t i = 0; i < comparison.areas.size(); ++i) {
    const ComparedArea& area = comparison.areas[i];
    if (is_hwb(area)) members[{area.period, area.area.footprint}].push_back(i);
  }
  for (auto& [key, areas] : members) {
    FootprintRollup rollup;
    rollup.footprint = key.second;
    rollup.period = key.first;
    rollup.members = std::move(areas);
    for (std::size_t a : rollup.members) {
      rollup.respondents += comparison.areas[a].respondents;
      rollup.mixed = rollup.mixed || comparison.areas[a].mixed;
    }
    for (std::size_t c = 0; c < comparison.columns.size(); ++c)
      rollup.cells.push_back(roll_up(comparison, profiles, rollup.members, c));
    comparison.footprints.push_back(std::move(rollup));
  }
  // Rank the footprints of each period among themselves (the footprints are sorted by period).
  for (std::size_t start = 0; start < comparison.footprints.size();) {
    std::size_t end = start;
    while (end < comparison.footprints.size() &&
           comparison.footprints[end].period == comparison.footprints[start].period)
      ++end;
    for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
      std::vector<CompareCell*> scored;
      for (std::size_t f = start; f < end; ++f)
        if (comparison.footprints[f].cells[c].scored) scored.push_back(&comparison.footprints[f].cells[c]);
      rank_among(scored);
    }
    start = end;
  }
}

}  // namespace spectrum::detail
