// Trends: an area followed across periods by its code (else its name), and the movers (see compare.h).
#include "compare_stats.h"
#include "compare_views.h"

#include <algorithm>
#include <map>

namespace spectrum::detail {
namespace {

// The area's profiles, one per period (the later-listed profile wins within a period), oldest first.
std::vector<std::size_t> one_per_period(const Comparison& comparison, std::vector<std::size_t> areas) {
  std::stable_sort(areas.begin(), areas.end(), [&](std::size_t a, std::size_t b) {
    return comparison.areas[a].period < comparison.areas[b].period;
  });
  std::vector<std::size_t> out;
  for (std::size_t a : areas) {
    if (!out.empty() && comparison.areas[out.back()].period == comparison.areas[a].period)
      out.back() = a;
    else
      out.push_back(a);
  }
  return out;
}

AreaTrend trend_of(const Comparison& comparison, const std::string& key,
                   const std::vector<std::size_t>& areas) {
  AreaTrend trend;
  trend.key = key;
  trend.name = comparison.areas[areas.back()].area.name;
  for (std::size_t a : areas) {
    trend.mixed = trend.mixed || comparison.areas[a].mixed;
    trend.highlighted = trend.highlighted || comparison.areas[a].highlighted;
  }
  for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
    std::vector<TrendPoint> series;
    for (std::size_t a : areas) {
      const CompareCell& cell = comparison.cells[a][c];
      if (cell.scored)
        series.push_back({comparison.areas[a].period, a, cell.score, cell.level, cell.uncertain});
    }
    std::optional<double> change;
    if (series.size() >= 2) change = series.back().score - series.front().score;
    trend.series.push_back(std::move(series));
    trend.change.push_back(change);
  }
  return trend;
}

// The trends with the largest changes of one sign in a column, largest first, ties by key.
std::vector<std::size_t> movers(const std::vector<AreaTrend>& trends, std::size_t column, int sign) {
  std::vector<std::pair<long, std::size_t>> moved;  // {sign * change in hundredths, trend}
  for (std::size_t t = 0; t < trends.size(); ++t) {
    const auto& change = trends[t].change[column];
    if (change && sign * hundredths(*change) > 0) moved.emplace_back(sign * hundredths(*change), t);
  }
  const std::size_t shown = std::min(moved.size(), kMoversShown);
  std::partial_sort(moved.begin(), moved.begin() + static_cast<std::ptrdiff_t>(shown), moved.end(),
                    [&](const auto& a, const auto& b) {
                      if (a.first != b.first) return a.first > b.first;
                      return trends[a.second].key < trends[b.second].key;
                    });
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < shown; ++i) out.push_back(moved[i].second);
  return out;
}

}  // namespace

void build_trends(Comparison& comparison) {
  std::map<std::string, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < comparison.areas.size(); ++i) by_key[comparison.areas[i].key].push_back(i);
  for (auto& [key, areas] : by_key) {
    const std::vector<std::size_t> periods = one_per_period(comparison, std::move(areas));
    if (periods.size() >= 2) comparison.trends.push_back(trend_of(comparison, key, periods));
  }
  for (std::size_t c = 0; c < comparison.columns.size(); ++c)
    comparison.movers.push_back({movers(comparison.trends, c, 1), movers(comparison.trends, c, -1)});
}

}  // namespace spectrum::detail
