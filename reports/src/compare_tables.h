// Private: the comparison's views as plain tables of typed values, shared by the CSV, XLSX and
// Markdown renderers.
#ifndef SPECTRUM_REPORTS_COMPARE_TABLES_H
#define SPECTRUM_REPORTS_COMPARE_TABLES_H

#include <spectrum/compare.h>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace spectrum::reports::compare_tables {

struct Value {
  enum class Kind { empty, number, text } kind = Kind::empty;
  double number = 0;
  int decimals = 0;  // how a number is shown: 0 whole, 1 percentile, 2 scores
  std::string text;
  static Value none() { return {}; }
  static Value of(double v, int decimals) { return {Kind::number, v, decimals, {}}; }
  static Value of(std::string v) { return {Kind::text, 0, 0, std::move(v)}; }
  static Value flag(bool v) { return of(v ? "yes" : "no"); }
};
using Row = std::vector<Value>;

// A table whose rows are built one at a time, when a renderer asks for them: a renderer writes each
// row before it asks for the next, so that thousands of areas never sit in memory as cells. The
// functions below return tables that read the comparison they were given: it must outlive them.
struct Table {
  std::string name;  // sheet name
  std::vector<std::string> headers;
  std::size_t rows = 0;
  std::function<Row(std::size_t)> row;  // the row at an index below `rows`
};

// One row per area and period: who it is, then per column score, level, uncertain; with ranks also
// rank, of, percentile, from median (and from group median when grouped).
Table areas(const Comparison& comparison, bool with_ranks);
// One row per area and period: who it is, then per column rank, of, percentile, from median.
Table ranks(const Comparison& comparison);
// One row per period and column: count, min, q1, median, q3, max, mean, uncertain.
Table summary(const Comparison& comparison);
// One row per peer group and column, as summary.
Table groups(const Comparison& comparison);
// One row per footprint and period: members, respondents, mixed, then per column score, level,
// uncertain, rank.
Table footprints(const Comparison& comparison);
// One row per area followed and column: first and last period and score, change, points.
Table trends(const Comparison& comparison);

// The text of a value as CSV and Markdown show it ("3.20", "45.5", "12", text, "").
std::string text_of(const Value& value);

}  // namespace spectrum::reports::compare_tables

#endif  // SPECTRUM_REPORTS_COMPARE_TABLES_H
