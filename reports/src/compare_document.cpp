// The summarised comparison: overview, each period, groups, footprints, trends, method (see
// compare_document.h). Tables are cut to the options' sizes; the CSV and XLSX hold everything.
#include "compare_document.h"
#include "compare_selection.h"

#include "text_format.h"

#include <algorithm>

namespace spectrum::reports::compare_document {
namespace {

namespace sel = compare_selection;

class Writer {
 public:
  Writer(const Comparison& c, const CompareReportOptions& o) : c_(c), o_(o) {}

  std::vector<Block> build() {
    overview();
    for (std::size_t i = c_.cohorts.size(); i-- > 0;) cohort(i);  // latest period first
    groups();
    footprints();
    trends();
    add_moderation_blocks(c_, blocks_);
    add(Block::Kind::heading, "How the comparison is computed");
    blocks_.push_back({Block::Kind::bullets, "", sel::method_notes(), {}, {}});
    return std::move(blocks_);
  }

 private:
  void add(Block::Kind kind, std::string text) { blocks_.push_back({kind, std::move(text), {}, {}, {}}); }
  void add(Table table) { blocks_.push_back({Block::Kind::table, "", {}, std::move(table), {}}); }
  void add(Chart chart) { blocks_.push_back({Block::Kind::chart, "", {}, {}, std::move(chart)}); }

  // "Northshire (E06000001)" with " *" when mixed.
  std::string name_of(std::size_t a) const {
    const ComparedArea& area = c_.areas[a];
    std::string out = area.area.name;
    if (!area.area.code.empty()) out += " (" + area.area.code + ")";
    return area.mixed ? out + " *" : out;
  }

  std::size_t domains() const { return c_.columns.empty() ? 0 : c_.columns.size() - 1; }
  std::size_t overall() const { return c_.columns.size() - 1; }

  // "… and 12 more rows in the CSV and XLSX" for a table cut at `shown` of `total`.
  static std::string more(std::size_t shown, std::size_t total) {
    if (total <= shown) return "";
    return std::to_string(total - shown) + " more rows are in the CSV and XLSX outputs.";
  }

  void overview() {
    add(Block::Kind::title, "Comparison of " + std::to_string(c_.areas.size()) + " integration profiles");
    std::string periods;
    for (const Cohort& cohort : c_.cohorts) periods += (periods.empty() ? "" : ", ") + cohort.period;
    std::string domains_text;
    for (std::size_t i = 0; i < domains(); ++i) domains_text += (i ? ", " : "") + c_.columns[i].title;
    add(Block::Kind::paragraph, std::to_string(c_.areas.size()) + " profiles over " +
                                    std::to_string(c_.cohorts.size()) + " period(s) (" +
                                    (periods.empty() ? "none" : periods) + "), " + std::to_string(domains()) +
                                    " domain(s): " + (domains_text.empty() ? "none" : domains_text) + ".");
    if (c_.mixed) {
      std::size_t mixed = 0;
      for (const ComparedArea& a : c_.areas) mixed += a.mixed ? 1 : 0;
      add(Block::Kind::flag,
          std::to_string(mixed) +
              " profile(s) were scored with a different instrument and are marked * wherever they "
              "appear. They were compared because --allow-mixed asked for it; treat their ranks with care.");
    }
    for (const std::string& h : c_.unmatched_highlights)
      add(Block::Kind::flag, "No area has the code or name \"" + h + "\".");
    for (const std::string& w : c_.warnings) add(Block::Kind::flag, w);
  }

  void cohort(std::size_t index) {
    const Cohort& cohort = c_.cohorts[index];
    add(Block::Kind::heading,
        "Period " + cohort.period + " (" + std::to_string(cohort.areas.size()) + " areas)");
    add(Chart{
        Chart::Kind::distribution,
        index,
        {},
        "Distribution of scores, " + cohort.period,
        "For each domain and the overall position: how many areas scored at each point of the spectrum, the "
        "range, the middle half and the median of the period's areas, and where the highlighted areas sit."});
    distribution_table(cohort);
    top_and_bottom(cohort);
    highlighted(index);
  }

  void distribution_table(const Cohort& cohort) {
    Table t{"Distribution of scores, " + cohort.period,
            {"Domain", "Areas", "Min", "Q1", "Median", "Q3", "Max", "Mean", "Uncertain"},
            {false, true, true, true, true, true, true, true, true},
            {},
            {},
            ""};
    for (std::size_t col = 0; col < c_.columns.size(); ++col) {
      const Distribution& d = cohort.distribution[col];
      if (d.count == 0) {
        t.rows.push_back({c_.columns[col].title, "0", "", "", "", "", "", "", ""});
      } else {
        t.rows.push_back({c_.columns[col].title, std::to_string(d.count), format_fixed(d.min),
                          format_fixed(d.q1), format_fixed(d.median), format_fixed(d.q3), format_fixed(d.max),
                          format_fixed(d.mean), std::to_string(d.uncertain)});
      }
      t.marked.push_back(false);
    }
    add(std::move(t));
  }

  void top_and_bottom(const Cohort& cohort) {
    const auto ranked = sel::ranked(c_, cohort, overall());
    const sel::Excerpt e = sel::excerpt(ranked, o_.top);
    Table t{e.hidden ? "Top and bottom " + std::to_string(o_.top) + " by overall position, " + cohort.period
                     : "Areas by overall position, " + cohort.period,
            {"Rank", "Area", "Footprint", "Overall", "Percentile"},
            {true, false, false, false, true},
            {},
            {},
            ""};
    for (std::size_t i = 0; i < domains(); ++i) {
      t.headers.push_back(c_.columns[i].title);
      t.numeric.push_back(false);
    }
    auto row = [&](std::size_t a) {
      const auto& cells = c_.cells[a];
      std::vector<std::string> r = {std::to_string(cells[overall()].rank), name_of(a),
                                    c_.areas[a].area.footprint, sel::short_position(cells[overall()]),
                                    format_fixed(cells[overall()].percentile, 1)};
      for (std::size_t i = 0; i < domains(); ++i) r.push_back(sel::short_position(cells[i]));
      t.rows.push_back(std::move(r));
      t.marked.push_back(c_.areas[a].highlighted);
    };
    for (std::size_t a : e.top) row(a);
    if (e.hidden) {
      std::vector<std::string> gap(t.headers.size(), "");
      gap[1] = "\u2026 " + std::to_string(e.hidden) + " areas \u2026";
      t.rows.push_back(std::move(gap));
      t.marked.push_back(false);
    }
    for (std::size_t a : e.bottom) row(a);
    const std::size_t unscored = cohort.areas.size() - ranked.size();
    t.note = "Scores with their level (L) or U when uncertain.";
    if (e.hidden)
      t.note += " The full table of all " + std::to_string(cohort.areas.size()) +
                " areas is in the CSV and XLSX outputs.";
    if (unscored)
      t.note += (t.note.empty() ? "" : " ") + std::to_string(unscored) + " area(s) had no domain scored.";
    add(std::move(t));
  }

  void highlighted(std::size_t index) {
    const Cohort& cohort = c_.cohorts[index];
    const auto areas = sel::highlighted_in(c_, cohort);
    if (areas.empty()) return;
    add(Block::Kind::subheading, "Highlighted areas, " + cohort.period);
    if (domains() >= 3)
      add(Chart{Chart::Kind::radar, index, areas, "Highlighted areas' profiles, " + cohort.period,
                "The radar of each highlighted area's domain scores, overlaid, one colour per area."});
    const bool grouped = !c_.group_by.empty();
    Table t{"Highlighted areas against the period's median" + std::string(grouped ? " and their peers'" : ""),
            {"Area", "Domain", "Position", "Rank and percentile", "From median"},
            {false, false, false, false, true},
            {},
            {},
            ""};
    if (grouped) {
      t.headers.push_back("From peer group's median");
      t.numeric.push_back(true);
    }
    for (std::size_t a : areas) {
      for (std::size_t col = 0; col < c_.columns.size(); ++col) {
        const CompareCell& cell = c_.cells[a][col];
        std::vector<std::string> r = {name_of(a), c_.columns[col].title, sel::position(cell),
                                      sel::standing(cell),
                                      cell.scored ? sel::signed_score(cell.from_median) : ""};
        if (grouped)
          r.push_back(cell.scored ? sel::signed_score(cell.from_group_median) + " (" + c_.areas[a].group + ")"
                                  : "");
        t.rows.push_back(std::move(r));
        t.marked.push_back(false);
      }
    }
    add(std::move(t));
  }

  void groups() {
    if (c_.groups.empty()) return;
    add(Block::Kind::heading, "Peer groups by " + c_.group_by);
    Table t{
        "Median score of each peer group", {"Group", "Period", "Areas"}, {false, false, true}, {}, {}, ""};
    for (const CompareColumn& column : c_.columns) {
      t.headers.push_back(column.title);
      t.numeric.push_back(true);
    }
    for (std::size_t g = 0; g < c_.groups.size() && g < o_.table_rows; ++g) {
      const PeerGroup& group = c_.groups[g];
      std::vector<std::string> r = {group.name + (group.mixed ? " *" : ""), group.period,
                                    std::to_string(group.areas.size())};
      for (const Distribution& d : group.distribution) r.push_back(d.count ? format_fixed(d.median) : "");
      t.rows.push_back(std::move(r));
      t.marked.push_back(false);
    }
    t.note = more(t.rows.size(), c_.groups.size());
    add(std::move(t));
  }

  void footprints() {
    if (c_.footprints.empty()) return;
    add(Block::Kind::heading, "Footprints: Health and Wellbeing Boards rolled up");
    add(Block::Kind::paragraph, sel::method_notes()[5]);
    Table t{"Footprints",
            {"Footprint", "Period", "Boards", "Respondents"},
            {false, false, true, true},
            {},
            {},
            ""};
    for (const CompareColumn& column : c_.columns) {
      t.headers.push_back(column.title);
      t.numeric.push_back(false);
    }
    for (std::size_t f = 0; f < c_.footprints.size() && f < o_.table_rows; ++f) {
      const FootprintRollup& fp = c_.footprints[f];
      std::vector<std::string> r = {fp.footprint + (fp.mixed ? " *" : ""), fp.period,
                                    std::to_string(fp.members.size()), std::to_string(fp.respondents)};
      for (const CompareCell& cell : fp.cells)
        r.push_back(cell.scored ? sel::short_position(cell) + " #" + std::to_string(cell.rank) : "-");
      t.rows.push_back(std::move(r));
      t.marked.push_back(false);
    }
    t.note = "Rolled-up score, level (L) or U when uncertain, and #rank among the period's footprints. " +
             more(t.rows.size(), c_.footprints.size());
    add(std::move(t));
  }

  std::string journey(const AreaTrend& trend, std::size_t col) const {
    const auto& s = trend.series[col];
    return s.front().period + " " + format_fixed(s.front().score) + " \u2192 " + s.back().period + " " +
           format_fixed(s.back().score);
  }

  void trends() {
    if (c_.trends.empty()) return;
    add(Block::Kind::heading, "Trends over periods");
    add(Block::Kind::paragraph, std::to_string(c_.trends.size()) + " areas appear in more than one period. " +
                                    sel::method_notes()[6]);
    for (std::size_t col = 0; col < c_.columns.size() && col < c_.movers.size(); ++col) {
      const Movers& m = c_.movers[col];
      if (m.improved.empty() && m.declined.empty()) continue;
      Table t{"Most improved and most declined: " + c_.columns[col].title,
              {"", "Area", "Scores", "Change"},
              {false, false, false, true},
              {},
              {},
              ""};
      auto row = [&](const char* direction, std::size_t index) {
        const AreaTrend& trend = c_.trends[index];
        t.rows.push_back({direction, trend.name + (trend.mixed ? " *" : ""), journey(trend, col),
                          sel::signed_score(*trend.change[col])});
        t.marked.push_back(trend.highlighted);
      };
      for (std::size_t i : m.improved) row("improved", i);
      for (std::size_t i : m.declined) row("declined", i);
      add(std::move(t));
    }
    Table h{"Highlighted areas over time",
            {"Area", "Domain", "Scores", "Change"},
            {false, false, false, true},
            {},
            {},
            ""};
    for (const AreaTrend& trend : c_.trends) {
      if (!trend.highlighted) continue;
      for (std::size_t col = 0; col < c_.columns.size(); ++col) {
        if (trend.series[col].empty()) continue;
        h.rows.push_back({trend.name + (trend.mixed ? " *" : ""), c_.columns[col].title, journey(trend, col),
                          trend.change[col] ? sel::signed_score(*trend.change[col]) : ""});
        h.marked.push_back(false);
      }
    }
    if (!h.rows.empty()) add(std::move(h));
  }

  const Comparison& c_;
  const CompareReportOptions& o_;
  std::vector<Block> blocks_;
};

}  // namespace

std::vector<Block> build(const Comparison& comparison, const CompareReportOptions& options) {
  return Writer(comparison, options).build();
}

}  // namespace spectrum::reports::compare_document
