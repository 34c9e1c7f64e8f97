// The comparison's views as tables of typed values (see compare_tables.h).
#include "compare_tables.h"

#include "text_format.h"

#include <cmath>
#include <utility>

namespace spectrum::reports::compare_tables {
namespace {

Value score(double v) {
  return Value::of(round_to(v, 2), 2);
}
Value whole(double v) {
  return Value::of(v, 0);
}

const std::vector<std::string> kIdentity = {"area",        "code",        "kind",  "footprint",    "period",
                                            "respondents", "highlighted", "mixed", "mixed_reason", "source"};

Row identity(const ComparedArea& a) {
  return {Value::of(a.area.name),      Value::of(a.area.code), Value::of(a.area.kind),
          Value::of(a.area.footprint), Value::of(a.period),    whole(a.respondents),
          Value::flag(a.highlighted),  Value::flag(a.mixed),   Value::of(a.mixed_reason),
          Value::of(a.source)};
}

void add_identity_headers(const Comparison& c, Table& table) {
  table.headers = kIdentity;
  if (!c.group_by.empty()) table.headers.push_back("group (" + c.group_by + ")");
}

void add_position(Row& row, const CompareCell& cell) {
  if (!cell.scored) {
    row.insert(row.end(), 3, Value::none());
    return;
  }
  row.push_back(score(cell.score));
  row.push_back(cell.uncertain ? Value::none() : whole(cell.level));
  row.push_back(Value::flag(cell.uncertain));
}

void add_rank(Row& row, const CompareCell& cell, bool grouped) {
  if (!cell.scored) {
    row.insert(row.end(), grouped ? 5 : 4, Value::none());
    return;
  }
  row.push_back(whole(cell.rank));
  row.push_back(whole(cell.cohort_size));
  row.push_back(Value::of(round_to(cell.percentile, 1), 1));
  row.push_back(score(cell.from_median));
  if (grouped) row.push_back(score(cell.from_group_median));
}

void add_rank_headers(Table& t, const std::string& id, bool grouped) {
  for (const char* h : {"rank", "of", "percentile", "from_median"}) t.headers.push_back(id + " " + h);
  if (grouped) t.headers.push_back(id + " from_group_median");
}

Row distribution_row(const Distribution& d) {
  if (d.count == 0)
    return {whole(0),      Value::none(), Value::none(), Value::none(),
            Value::none(), Value::none(), Value::none(), whole(0)};
  return {whole(d.count), score(d.min), score(d.q1),   score(d.median),
          score(d.q3),    score(d.max), score(d.mean), whole(d.uncertain)};
}

const std::vector<std::string> kDistribution = {"count", "min", "q1",   "median",
                                                "q3",    "max", "mean", "uncertain"};

// Whether any area carries a regulator's moderation: only then do the tables get its columns.
bool any_moderation(const Comparison& c) {
  for (const auto& cells : c.cells)
    for (const CompareCell& cell : cells)
      if (cell.moderation) return true;
  return false;
}

// Ranked by agreed scores: which scores are agreed; with moderation: the moderated level and who set it.
void add_consensus(Row& row, const CompareCell& cell, bool agreed, bool moderated) {
  if (agreed) row.push_back(cell.scored ? Value::flag(cell.agreed) : Value::none());
  if (!moderated) return;
  if (!cell.moderation) {
    row.insert(row.end(), 3, Value::none());
    return;
  }
  row.push_back(whole(cell.moderation->level));
  row.push_back(Value::of(cell.moderation->organisation));
  row.push_back(Value::of(cell.moderation->date));
}

}  // namespace

Table areas(const Comparison& c, bool with_ranks) {
  Table t{"Areas", {}, c.areas.size(), {}};
  add_identity_headers(c, t);
  const bool grouped = !c.group_by.empty();
  const bool agreed = c.rank_by != kBasisIndividual;
  const bool moderated = any_moderation(c);
  for (const CompareColumn& column : c.columns) {
    for (const char* h : {"score", "level", "uncertain"}) t.headers.push_back(column.id + " " + h);
    if (agreed) t.headers.push_back(column.id + " agreed");
    if (moderated)
      for (const char* h : {"moderated_level", "moderated_by", "moderated_on"})
        t.headers.push_back(column.id + " " + h);
    if (with_ranks) add_rank_headers(t, column.id, grouped);
  }
  const std::size_t width = t.headers.size();
  t.row = [&c, width, with_ranks, grouped, agreed, moderated](std::size_t a) {
    Row row = identity(c.areas[a]);
    row.reserve(width);
    if (grouped) row.push_back(Value::of(c.areas[a].group));
    for (const CompareCell& cell : c.cells[a]) {
      add_position(row, cell);
      add_consensus(row, cell, agreed, moderated);
      if (with_ranks) add_rank(row, cell, grouped);
    }
    return row;
  };
  return t;
}

Table ranks(const Comparison& c) {
  Table t{"Ranks", {}, c.areas.size(), {}};
  add_identity_headers(c, t);
  const bool grouped = !c.group_by.empty();
  for (const CompareColumn& column : c.columns) add_rank_headers(t, column.id, grouped);
  const std::size_t width = t.headers.size();
  t.row = [&c, width, grouped](std::size_t a) {
    Row row = identity(c.areas[a]);
    row.reserve(width);
    if (grouped) row.push_back(Value::of(c.areas[a].group));
    for (const CompareCell& cell : c.cells[a]) add_rank(row, cell, grouped);
    return row;
  };
  return t;
}

Table summary(const Comparison& c) {
  const std::size_t columns = c.columns.size();
  Table t{"Summary", {"period", "column", "title"}, c.cohorts.size() * columns, {}};
  t.headers.insert(t.headers.end(), kDistribution.begin(), kDistribution.end());
  t.row = [&c, columns](std::size_t i) {
    const Cohort& cohort = c.cohorts[i / columns];
    const CompareColumn& column = c.columns[i % columns];
    Row row = {Value::of(cohort.period), Value::of(column.id), Value::of(column.title)};
    Row d = distribution_row(cohort.distribution[i % columns]);
    row.insert(row.end(), d.begin(), d.end());
    return row;
  };
  return t;
}

Table groups(const Comparison& c) {
  const std::size_t columns = c.columns.size();
  Table t{"Groups",
          {"group (" + (c.group_by.empty() ? std::string("none") : c.group_by) + ")", "period", "areas",
           "mixed", "column"},
          c.groups.size() * columns,
          {}};
  t.headers.insert(t.headers.end(), kDistribution.begin(), kDistribution.end());
  t.row = [&c, columns](std::size_t i) {
    const PeerGroup& g = c.groups[i / columns];
    Row row = {Value::of(g.name), Value::of(g.period), whole(static_cast<double>(g.areas.size())),
               Value::flag(g.mixed), Value::of(c.columns[i % columns].id)};
    Row d = distribution_row(g.distribution[i % columns]);
    row.insert(row.end(), d.begin(), d.end());
    return row;
  };
  return t;
}

Table footprints(const Comparison& c) {
  Table t{"Footprints", {"footprint", "period", "members", "respondents", "mixed"}, c.footprints.size(), {}};
  for (const CompareColumn& column : c.columns)
    for (const char* h : {"score", "level", "uncertain", "rank", "of"})
      t.headers.push_back(column.id + " " + h);
  t.row = [&c](std::size_t i) {
    const FootprintRollup& f = c.footprints[i];
    Row row = {Value::of(f.footprint), Value::of(f.period), whole(static_cast<double>(f.members.size())),
               whole(f.respondents), Value::flag(f.mixed)};
    for (const CompareCell& cell : f.cells) {
      add_position(row, cell);
      row.push_back(cell.scored ? whole(cell.rank) : Value::none());
      row.push_back(cell.scored ? whole(cell.cohort_size) : Value::none());
    }
    return row;
  };
  return t;
}

Table trends(const Comparison& c) {
  Table t{"Trends",
          {"key", "area", "column", "first period", "first score", "last period", "last score", "change",
           "periods", "highlighted", "mixed"},
          0,
          {}};
  std::vector<std::pair<std::size_t, std::size_t>> shown;  // {trend, column} of each row
  for (std::size_t i = 0; i < c.trends.size(); ++i)
    for (std::size_t col = 0; col < c.columns.size(); ++col)
      if (!c.trends[i].series[col].empty()) shown.emplace_back(i, col);
  t.rows = shown.size();
  t.row = [&c, shown = std::move(shown)](std::size_t i) -> Row {
    const auto [index, col] = shown[i];
    const AreaTrend& trend = c.trends[index];
    const auto& series = trend.series[col];
    return {Value::of(trend.key),
            Value::of(trend.name),
            Value::of(c.columns[col].id),
            Value::of(series.front().period),
            score(series.front().score),
            Value::of(series.back().period),
            score(series.back().score),
            trend.change[col] ? score(*trend.change[col]) : Value::none(),
            whole(static_cast<double>(series.size())),
            Value::flag(trend.highlighted),
            Value::flag(trend.mixed)};
  };
  return t;
}

std::string text_of(const Value& value) {
  switch (value.kind) {
    case Value::Kind::empty:
      return "";
    case Value::Kind::text:
      return value.text;
    case Value::Kind::number:
      return format_fixed(value.number, value.decimals);
  }
  return "";
}

}  // namespace spectrum::reports::compare_tables
