// compare(): comparability, the table of areas by column, and the cohorts' ranks (see compare.h).
#include "compare_stats.h"
#include "compare_views.h"

#include <spectrum/compare.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace spectrum {

MixedInstrumentsError::MixedInstrumentsError(std::string first, std::string second, std::string instrument,
                                             std::string detail)
    : std::runtime_error(first + " and " + second + " were scored with different instruments: " + instrument +
                         " " + detail +
                         "; they cannot be compared (use --allow-mixed to compare them anyway, marked)"),
      first_(std::move(first)),
      second_(std::move(second)),
      instrument_(std::move(instrument)) {}

std::string ComparedArea::label() const {
  std::string out = area.name;
  if (!area.code.empty()) out += " (" + area.code + ")";
  if (!period.empty()) out += " " + period;
  return out;
}

std::size_t Comparison::column_index(std::string_view id) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].id == id) return i;
  return columns.size();
}

const Cohort* Comparison::cohort(std::string_view period) const {
  for (const Cohort& c : cohorts)
    if (c.period == period) return &c;
  return nullptr;
}

namespace detail {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace detail

namespace {

// "plugin leadership" -> "1.x" for one row, from its signature ("plugin leadership 1.x").
std::map<std::string, std::string> instruments_of(const CompareRow& row) {
  std::map<std::string, std::string> out;
  for (const std::string& line : row.instruments) {
    const std::size_t space = line.rfind(' ');
    out[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return out;
}

std::string describe_profile(const CompareRow& row) {
  ComparedArea area;
  area.area = row.area;
  area.period = row.period;
  return row.source.empty() ? area.label() : row.source + " (" + area.label() + ")";
}

struct Difference {
  std::string instrument;  // "questionnaire leadership"
  std::string in_a, in_b;  // "1.x", "2.x" or "absent"
};

// The first instrument (by name) on which the two profiles differ.
Difference first_difference(const CompareRow& a, const CompareRow& b) {
  const auto ia = instruments_of(a), ib = instruments_of(b);
  std::set<std::string> names;
  for (const auto& [name, major] : ia) names.insert(name);
  for (const auto& [name, major] : ib) names.insert(name);
  for (const std::string& name : names) {
    const auto x = ia.find(name), y = ib.find(name);
    const std::string in_a = x == ia.end() ? "absent" : x->second;
    const std::string in_b = y == ib.end() ? "absent" : y->second;
    if (in_a != in_b) return {name, in_a, in_b};
  }
  return {};
}

// Marks the profiles whose signature differs from the most common one (ties: the first seen).
void check_instruments(const std::vector<CompareRow>& profiles, const CompareOptions& options,
                       Comparison& out) {
  std::map<std::vector<std::string>, std::pair<int, std::size_t>> counts;  // -> {count, first index}
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    auto [it, inserted] = counts.try_emplace(profiles[i].instruments, 0, i);
    ++it->second.first;
  }
  std::size_t reference = 0;
  int best = 0;
  for (const auto& [signature, entry] : counts) {
    if (entry.first > best || (entry.first == best && entry.second < reference)) {
      best = entry.first;
      reference = entry.second;
    }
  }
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    if (profiles[i].instruments == profiles[reference].instruments) continue;
    const Difference d = first_difference(profiles[reference], profiles[i]);
    if (!options.allow_mixed)
      throw MixedInstrumentsError(describe_profile(profiles[reference]), describe_profile(profiles[i]),
                                  d.instrument, "(" + d.in_a + " vs " + d.in_b + ")");
    ComparedArea& area = out.areas[i];
    area.mixed = true;
    area.mixed_reason = d.instrument + " " + d.in_b + " where the others have " + d.in_a;
    out.mixed = true;
  }
}

void add_columns(const std::vector<CompareRow>& profiles, Comparison& out) {
  std::map<std::string, std::size_t> seen;
  for (const CompareRow& profile : profiles) {
    for (const CompareRowDomain& domain : profile.domains) {
      auto [it, inserted] = seen.try_emplace(domain.id, out.columns.size());
      if (inserted)
        out.columns.push_back({domain.id, domain.title});
      else if (out.columns[it->second].title.empty())
        out.columns[it->second].title = domain.title;
    }
  }
  for (CompareColumn& column : out.columns)
    if (column.title.empty()) column.title = column.id;
  out.columns.push_back({std::string(kOverallColumn), "Overall position"});
}

std::vector<CompareCell> cells_of(const CompareRow& profile, const Comparison& out,
                                  const std::map<std::string_view, std::size_t>& index) {
  std::vector<CompareCell> cells(out.columns.size());
  for (const CompareRowDomain& domain : profile.domains) {
    CompareCell& cell = cells[index.at(domain.id)];
    cell.moderation = domain.moderation;
    detail::fill_ranked_score(cell, domain, out.rank_by);
  }
  detail::fill_ranked_overall(cells.back(), profile, out.rank_by);
  return cells;
}

void mark_highlights(const CompareOptions& options, Comparison& out) {
  for (const std::string& wanted : options.highlight) {
    const std::string key = detail::lower(wanted);
    bool matched = false;
    for (ComparedArea& area : out.areas) {
      if ((!area.area.code.empty() && detail::lower(area.area.code) == key) ||
          detail::lower(area.area.name) == key) {
        area.highlighted = true;
        matched = true;
      }
    }
    if (!matched) out.unmatched_highlights.push_back(wanted);
  }
}

void warn_duplicates(Comparison& out) {
  std::map<std::pair<std::string, std::string>, std::size_t> seen;
  for (std::size_t i = 0; i < out.areas.size(); ++i) {
    const ComparedArea& area = out.areas[i];
    auto [it, inserted] = seen.try_emplace({area.key, area.period}, i);
    if (inserted) continue;
    const std::string& earlier = out.areas[it->second].source;
    const std::string files =
        earlier.empty() || area.source.empty() ? "" : " (" + earlier + ", " + area.source + ")";
    out.warnings.push_back(area.label() + " appears twice" + files + "; trends follow the later one");
    it->second = i;
  }
}

void build_cohorts(Comparison& out) {
  std::map<std::string, std::vector<std::size_t>> by_period;
  for (std::size_t i = 0; i < out.areas.size(); ++i) by_period[out.areas[i].period].push_back(i);
  for (auto& [period, members] : by_period) {
    Cohort cohort{period, std::move(members), {}};
    for (std::size_t c = 0; c < out.columns.size(); ++c) {
      std::vector<CompareCell*> scored;
      scored.reserve(cohort.areas.size());
      for (std::size_t a : cohort.areas)
        if (out.cells[a][c].scored) scored.push_back(&out.cells[a][c]);
      cohort.distribution.push_back(detail::rank_among(scored));
    }
    out.cohorts.push_back(std::move(cohort));
  }
}

}  // namespace

Comparison compare(const std::vector<Profile>& profiles, const CompareOptions& options) {
  std::vector<CompareRow> rows;
  rows.reserve(profiles.size());
  for (const Profile& profile : profiles) rows.push_back(compare_row(profile));
  return compare_rows(rows, options);
}

Comparison compare_rows(const std::vector<CompareRow>& profiles, const CompareOptions& options) {
  Comparison out;
  if (!options.group_by.empty() &&
      std::find(std::begin(kGroupFields), std::end(kGroupFields), options.group_by) == std::end(kGroupFields))
    throw std::invalid_argument("cannot group by \"" + options.group_by +
                                "\": expected footprint, name, code or kind");
  out.group_by = options.group_by;
  if (options.rank_by != kBasisIndividual && options.rank_by != kBasisAgreedWhereAgreed)
    throw std::invalid_argument("cannot rank by \"" + options.rank_by + "\": expected individual or agreed");
  out.rank_by = options.rank_by;

  out.areas.reserve(profiles.size());
  for (const CompareRow& profile : profiles) {
    ComparedArea area;
    area.area = profile.area;
    area.period = profile.period;
    area.source = profile.source;
    area.key = detail::lower(profile.area.code.empty() ? profile.area.name : profile.area.code);
    area.respondents = profile.respondents;
    out.areas.push_back(std::move(area));
  }
  check_instruments(profiles, options, out);
  add_columns(profiles, out);
  std::map<std::string_view, std::size_t> index;
  for (std::size_t c = 0; c < out.columns.size(); ++c) index.emplace(out.columns[c].id, c);
  out.cells.reserve(profiles.size());
  for (const CompareRow& profile : profiles) out.cells.push_back(cells_of(profile, out, index));

  detail::list_moderation_differences(out);
  mark_highlights(options, out);
  warn_duplicates(out);
  build_cohorts(out);
  detail::build_groups(out);
  detail::build_footprints(out, profiles);
  detail::build_trends(out);
  return out;
}

}  // namespace spectrum
