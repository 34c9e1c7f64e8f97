// The comparison as "spectrum.comparison/1" JSON: every view, scores to two decimals, numbers as numbers.
#include <spectrum/compare.h>
#include <spectrum/numbers.h>

#include <cmath>

namespace spectrum {
namespace {

using nlohmann::json;

json moderation_json(const Moderation& moderation) {
  return {{"level", moderation.level}, {"organisation", moderation.organisation}, {"date", moderation.date}};
}

json cell_json(const CompareCell& cell, bool grouped) {
  if (!cell.scored && cell.moderation)  // moderated, though nothing was scored to moderate
    return {{"moderation", moderation_json(*cell.moderation)}};
  if (!cell.scored) return nullptr;
  json out = {{"score", round_to(cell.score, 2)},
              {"level", cell.level},
              {"uncertain", cell.uncertain},
              {"rank", cell.rank},
              {"of", cell.cohort_size},
              {"percentile", round_to(cell.percentile, 1)},
              {"from_median", round_to(cell.from_median, 2)}};
  if (grouped) out["from_group_median"] = round_to(cell.from_group_median, 2);
  if (cell.agreed) out["agreed"] = true;
  if (cell.moderation) out["moderation"] = moderation_json(*cell.moderation);
  return out;
}

json cells_json(const Comparison& c, const std::vector<CompareCell>& cells, bool grouped) {
  json out = json::object();
  for (std::size_t i = 0; i < c.columns.size(); ++i) out[c.columns[i].id] = cell_json(cells[i], grouped);
  return out;
}

json distribution_json(const Comparison& c, const std::vector<Distribution>& distribution) {
  json out = json::object();
  for (std::size_t i = 0; i < c.columns.size(); ++i) {
    const Distribution& d = distribution[i];
    out[c.columns[i].id] = {
        {"count", d.count},          {"uncertain", d.uncertain},        {"min", round_to(d.min, 2)},
        {"q1", round_to(d.q1, 2)},   {"median", round_to(d.median, 2)}, {"q3", round_to(d.q3, 2)},
        {"max", round_to(d.max, 2)}, {"mean", round_to(d.mean, 2)}};
  }
  return out;
}

json labels_of(const Comparison& c, const std::vector<std::size_t>& areas) {
  json out = json::array();
  for (std::size_t a : areas) out.push_back(c.areas[a].label());
  return out;
}

json area_json(const Comparison& c, std::size_t index) {
  const ComparedArea& a = c.areas[index];
  json out = {{"name", a.area.name},           {"code", a.area.code},          {"kind", a.area.kind},
              {"footprint", a.area.footprint}, {"period", a.period},           {"source", a.source},
              {"respondents", a.respondents},  {"highlighted", a.highlighted}, {"mixed", a.mixed}};
  if (a.mixed) out["mixed_reason"] = a.mixed_reason;
  if (!c.group_by.empty()) out["group"] = a.group;
  out["cells"] = cells_json(c, c.cells[index], !c.group_by.empty());
  return out;
}

json trend_json(const Comparison& c, const AreaTrend& t) {
  json columns = json::object();
  for (std::size_t i = 0; i < c.columns.size(); ++i) {
    json series = json::array();
    for (const TrendPoint& p : t.series[i])
      series.push_back({{"period", p.period},
                        {"score", round_to(p.score, 2)},
                        {"level", p.level},
                        {"uncertain", p.uncertain}});
    columns[c.columns[i].id] = {{"change", t.change[i] ? json(round_to(*t.change[i], 2)) : json(nullptr)},
                                {"series", std::move(series)}};
  }
  return {{"key", t.key},
          {"name", t.name},
          {"mixed", t.mixed},
          {"highlighted", t.highlighted},
          {"columns", std::move(columns)}};
}

json movers_json(const Comparison& c, const std::vector<std::size_t>& list, std::size_t column) {
  json out = json::array();
  for (std::size_t t : list)
    out.push_back({{"key", c.trends[t].key},
                   {"name", c.trends[t].name},
                   {"change", round_to(*c.trends[t].change[column], 2)}});
  return out;
}

}  // namespace

json to_json(const Comparison& c) {
  json columns = json::array();
  for (const CompareColumn& column : c.columns)
    columns.push_back({{"id", column.id}, {"title", column.title}});
  json areas = json::array();
  for (std::size_t i = 0; i < c.areas.size(); ++i) areas.push_back(area_json(c, i));
  json cohorts = json::array();
  for (const Cohort& cohort : c.cohorts)
    cohorts.push_back({{"period", cohort.period},
                       {"areas", cohort.areas.size()},
                       {"distribution", distribution_json(c, cohort.distribution)}});
  json groups = json::array();
  for (const PeerGroup& g : c.groups)
    groups.push_back({{"name", g.name},
                      {"period", g.period},
                      {"mixed", g.mixed},
                      {"areas", labels_of(c, g.areas)},
                      {"distribution", distribution_json(c, g.distribution)}});
  json footprints = json::array();
  for (const FootprintRollup& f : c.footprints)
    footprints.push_back({{"footprint", f.footprint},
                          {"period", f.period},
                          {"respondents", f.respondents},
                          {"mixed", f.mixed},
                          {"members", labels_of(c, f.members)},
                          {"cells", cells_json(c, f.cells, false)}});
  json trends = json::array();
  for (const AreaTrend& t : c.trends) trends.push_back(trend_json(c, t));
  json movers = json::object();
  for (std::size_t i = 0; i < c.columns.size() && i < c.movers.size(); ++i)
    movers[c.columns[i].id] = {{"improved", movers_json(c, c.movers[i].improved, i)},
                               {"declined", movers_json(c, c.movers[i].declined, i)}};
  json differences = json::array();
  for (const ModerationDifference& d : c.moderation_differences) {
    json entry = {{"area", c.areas[d.area].label()}, {"domain", c.columns[d.column].id}};
    entry["self_assessed"] = d.self_assessed ? json(*d.self_assessed) : json(nullptr);
    entry["uncertain"] = d.uncertain;
    entry["moderated"] = d.moderation.level;
    entry["rationale"] = d.moderation.rationale;
    entry["organisation"] = d.moderation.organisation;
    entry["date"] = d.moderation.date;
    differences.push_back(std::move(entry));
  }
  return {{"format", "spectrum.comparison/1"},
          {"rank_by", c.rank_by == kBasisIndividual ? "individual" : "agreed"},
          {"moderation_differences", std::move(differences)},
          {"mixed", c.mixed},
          {"group_by", c.group_by},
          {"warnings", c.warnings},
          {"unmatched_highlights", c.unmatched_highlights},
          {"columns", std::move(columns)},
          {"areas", std::move(areas)},
          {"cohorts", std::move(cohorts)},
          {"groups", std::move(groups)},
          {"footprints", std::move(footprints)},
          {"trends", std::move(trends)},
          {"movers", std::move(movers)}};
}

}  // namespace spectrum
