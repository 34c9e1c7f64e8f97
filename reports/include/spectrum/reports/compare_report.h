// Rendering a comparison of many profiles (spectrum/compare.h) for regulators: HTML, CSV, XLSX,
// Markdown and JSON.
//
//  - HTML: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) whose size does
//    not grow with the number of areas beyond a few summary lines: per period the distribution chart
//    and its summary, the top and bottom areas, the highlighted areas (an overlaid radar), the peer
//    groups, footprints and movers — each table cut to CompareReportOptions::table_rows, saying how
//    many rows the CSV and XLSX hold;
//  - CSV (RFC 4180): one row per area and period, every column's score, level, uncertain flag, rank,
//    cohort size, percentile and distance from the median;
//  - XLSX: one sheet per view (Areas, Ranks, Summary, Groups, Footprints, Trends), header row frozen,
//    numbers stored as numbers;
//  - Markdown: the HTML's views as tables, cut the same way;
//  - JSON: to_json(Comparison), every view in full.
#ifndef SPECTRUM_REPORTS_COMPARE_REPORT_H
#define SPECTRUM_REPORTS_COMPARE_REPORT_H

#include <spectrum/compare.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace spectrum::reports {

struct CompareReportOptions {
  std::size_t top = 10;         // HTML and Markdown: areas shown at the top and at the bottom of each period
  std::size_t table_rows = 50;  // HTML and Markdown: rows of a group, footprint or trend table at most
};

// True for "html", "csv", "xlsx", "md" and "json" (the output file's extension, no dot).
bool is_compare_format(std::string_view format);

// The comparison rendered in `format`, as bytes. Throws std::invalid_argument for an unknown format
// and std::runtime_error when the XLSX library fails.
std::string render_comparison(const Comparison& comparison, std::string_view format,
                              const CompareReportOptions& options = {});

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_COMPARE_REPORT_H
