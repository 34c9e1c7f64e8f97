#include "compare_table.h"

#include <spectrum/numbers.h>

#include <algorithm>
#include <string>
#include <vector>

namespace spectrum::cli {
namespace {

constexpr std::size_t kNameWidth = 30;
constexpr std::size_t kCellWidth = 14;

std::string pad(std::string text, std::size_t width) {
  if (text.size() > width) text = text.substr(0, width - 1) + "~";
  return text + std::string(width - text.size(), ' ');
}

// "2.15 L2", "1.80 U", "2.40 L2a" (an agreed score), "2.15 L2 M1" (moderated to level 1).
std::string cell_text(const CompareCell& cell) {
  std::string moderated = cell.moderation ? " M" + std::to_string(cell.moderation->level) : "";
  if (!cell.scored) return "-" + moderated;
  return format_fixed(cell.score, 2) + (cell.uncertain ? " U" : " L" + std::to_string(cell.level)) +
         (cell.agreed ? "a" : "") + moderated;
}

void print_moderation(std::ostream& out, const Comparison& c) {
  if (c.moderation_differences.empty()) return;
  out << "Moderated levels that differ from the self-assessed ones:\n";
  for (const ModerationDifference& d : c.moderation_differences) {
    const std::string self =
        !d.self_assessed ? "no level"
        : d.uncertain    ? "uncertain"
                         : std::to_string(*d.self_assessed) + " " + std::string(level_name(*d.self_assessed));
    out << "  " << c.areas[d.area].label() << ", " << c.columns[d.column].title << ": self-assessed " << self
        << ", moderated " << d.moderation.level << " " << level_name(d.moderation.level) << " by "
        << d.moderation.organisation << " on " << d.moderation.date << ": " << d.moderation.rationale << "\n";
  }
}

void print_row(std::ostream& out, const Comparison& c, std::size_t a) {
  const ComparedArea& area = c.areas[a];
  const CompareCell& overall = c.cells[a].back();
  std::string name = (area.highlighted ? "> " : "  ") + area.area.name + (area.mixed ? " *" : "");
  out << pad(overall.scored ? std::to_string(overall.rank) : "-", 6) << pad(name, kNameWidth);
  for (const CompareCell& cell : c.cells[a]) out << pad(cell_text(cell), kCellWidth);
  const std::string percentile = format_fixed(overall.percentile, 1);
  out << (overall.scored ? std::string(5 - std::min<std::size_t>(5, percentile.size()), ' ') + percentile
                         : "    -")
      << "\n";
}

}  // namespace

void print_comparison(std::ostream& out, const Comparison& c, std::size_t top) {
  for (const Cohort& cohort : c.cohorts) {
    out << "Period " << cohort.period << ": " << cohort.areas.size() << " areas\n";
    out << pad("Rank", 6) << pad("  Area", kNameWidth);
    for (const CompareColumn& column : c.columns) out << pad(column.id, kCellWidth);
    out << "Pctl\n";
    std::vector<std::size_t> order = cohort.areas;
    const std::size_t overall = c.columns.size() - 1;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      const CompareCell &a = c.cells[x][overall], &b = c.cells[y][overall];
      if (a.scored != b.scored) return a.scored;
      return a.rank < b.rank;
    });
    for (std::size_t i = 0; i < order.size(); ++i) {
      const bool shown =
          order.size() <= 2 * top || i < top || i >= order.size() - top || c.areas[order[i]].highlighted;
      if (shown)
        print_row(out, c, order[i]);
      else if (i == top)
        out << "      ... " << order.size() - 2 * top
            << " areas between (highlighted ones shown); -o out.csv has them all\n";
    }
    const Distribution& d = cohort.distribution[overall];
    out << "Overall: median " << format_fixed(d.median) << ", quartiles " << format_fixed(d.q1) << " to "
        << format_fixed(d.q3) << ", " << d.count << " areas scored\n\n";
  }
  for (std::size_t col = 0; col < c.columns.size() && col < c.movers.size(); ++col) {
    const Movers& m = c.movers[col];
    if (m.improved.empty() && m.declined.empty()) continue;
    out << c.columns[col].title << ":";
    if (!m.improved.empty()) out << " most improved " << c.trends[m.improved.front()].name;
    if (!m.declined.empty())
      out << (m.improved.empty() ? "" : ";") << " most declined " << c.trends[m.declined.front()].name;
    out << "\n";
  }
  print_moderation(out, c);
  if (c.rank_by != kBasisIndividual) out << "a: the workshop's agreed score (ranked by agreed scores)\n";
  if (!c.moderation_differences.empty() || std::any_of(c.cells.begin(), c.cells.end(), [](const auto& row) {
        return std::any_of(row.begin(), row.end(),
                           [](const CompareCell& cell) { return cell.moderation.has_value(); });
      }))
    out << "Mn: moderated to level n by a regulator, beside the self-assessed level\n";
  if (c.mixed) out << "* scored with a different instrument (compared because of --allow-mixed)\n";
}

}  // namespace spectrum::cli
