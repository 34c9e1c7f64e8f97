#include "compare_table.h"

#include <algorithm>
#include <cstdio>
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

std::string cell_text(const CompareCell& cell) {
  if (!cell.scored) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f %s", cell.score,
                cell.uncertain ? "U" : ("L" + std::to_string(cell.level)).c_str());
  return buffer;
}

void print_row(std::ostream& out, const Comparison& c, std::size_t a) {
  const ComparedArea& area = c.areas[a];
  const CompareCell& overall = c.cells[a].back();
  std::string name = (area.highlighted ? "> " : "  ") + area.area.name + (area.mixed ? " *" : "");
  out << pad(overall.scored ? std::to_string(overall.rank) : "-", 6) << pad(name, kNameWidth);
  for (const CompareCell& cell : c.cells[a]) out << pad(cell_text(cell), kCellWidth);
  char percentile[16];
  std::snprintf(percentile, sizeof percentile, "%5.1f", overall.percentile);
  out << (overall.scored ? percentile : "    -") << "\n";
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
    char line[128];
    std::snprintf(line, sizeof line, "Overall: median %.2f, quartiles %.2f to %.2f, %d areas scored\n\n",
                  d.median, d.q1, d.q3, d.count);
    out << line;
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
  if (c.mixed) out << "* scored with a different instrument (compared because of --allow-mixed)\n";
}

}  // namespace spectrum::cli
