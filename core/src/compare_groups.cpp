// Peer groups: the areas of a period that share a value of the grouping field (see compare.h).
#include "compare_stats.h"
#include "compare_views.h"

#include <map>

namespace spectrum::detail {

std::string group_value(const model::Area& area, std::string_view field) {
  const std::string* value = &area.footprint;
  if (field == "name")
    value = &area.name;
  else if (field == "code")
    value = &area.code;
  else if (field == "kind")
    value = &area.kind;
  return value->empty() ? "(none)" : *value;
}

void build_groups(Comparison& comparison) {
  if (comparison.group_by.empty()) return;
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> members;  // {period, name}
  for (std::size_t i = 0; i < comparison.areas.size(); ++i) {
    ComparedArea& area = comparison.areas[i];
    area.group = group_value(area.area, comparison.group_by);
    members[{area.period, area.group}].push_back(i);
  }
  for (auto& [key, areas] : members) {
    PeerGroup group{key.second, key.first, std::move(areas), {}, false};
    for (std::size_t a : group.areas) group.mixed = group.mixed || comparison.areas[a].mixed;
    for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
      std::vector<const CompareCell*> scored;
      for (std::size_t a : group.areas)
        if (comparison.cells[a][c].scored) scored.push_back(&comparison.cells[a][c]);
      const Distribution d = describe(scored);
      for (std::size_t a : group.areas) {
        CompareCell& cell = comparison.cells[a][c];
        if (cell.scored) cell.from_group_median = cell.score - d.median;
      }
      group.distribution.push_back(d);
    }
    comparison.groups.push_back(std::move(group));
  }
}

}  // namespace spectrum::detail
