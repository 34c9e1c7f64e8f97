// The comparison as one self-contained HTML page: the report stylesheet inline, charts as inline SVG,
// no scripts, nothing fetched. The page holds summaries, not one row per area (see compare_report.h).
#include "compare_document.h"
#include "compare_renderers.h"
#include "svg_writer.h"
#include "text_format.h"

#include <spectrum/reports/compare_charts.h>

namespace spectrum::reports {
namespace {

using compare_document::Block;
using compare_document::Chart;
using compare_document::Table;

// Rules the report stylesheet does not have: marked rows, the flag for mixed profiles.
constexpr const char* kCompareCss = R"(
tr.marked td { background: #fff8e1; font-weight: bold; }
td.gap { text-align: center; color: #52606d; font-style: italic; }
.chart.distribution svg { max-width: 48rem; }
.note { font-size: 0.85rem; color: #52606d; margin-top: -0.5rem; }
.scroll { overflow-x: auto; }
.scroll table { width: auto; min-width: 100%; }
.scroll td { white-space: nowrap; }
.scroll table.wide { font-size: 0.8rem; }
)";

// Tables with more columns than this get the small type.
constexpr std::size_t kWideTable = 8;

std::string table_html(const Table& t) {
  std::string out = std::string("<div class=\"scroll\">\n<table") +
                    (t.headers.size() > kWideTable ? " class=\"wide\"" : "") + ">\n<caption>" +
                    xml_escape(t.caption) + "</caption>\n<thead><tr>";
  for (std::size_t i = 0; i < t.headers.size(); ++i)
    out += std::string(t.numeric[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") +
           xml_escape(t.headers[i]) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    const bool gap = row.size() > 1 && row[0].empty() && !row[1].empty() && row[1].rfind("\u2026", 0) == 0;
    if (gap) {
      out += "<tr><td class=\"gap\" colspan=\"" + std::to_string(row.size()) + "\">" + xml_escape(row[1]) +
             "</td></tr>\n";
      continue;
    }
    out += r < t.marked.size() && t.marked[r] ? "<tr class=\"marked\">" : "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i)
      out += std::string(i < t.numeric.size() && t.numeric[i] ? "<td class=\"num\">" : "<td>") +
             xml_escape(row[i]) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
  if (!t.note.empty()) out += "<p class=\"note\">" + xml_escape(t.note) + "</p>\n";
  return out;
}

std::string chart_html(const Comparison& c, const Chart& chart, const Templates& templates,
                       std::size_t number) {
  const ChartLabels labels = templates.chart_labels();
  const ChartStyle style = templates.chart_style();
  const SvgLabel label{"compare-chart-" + std::to_string(number), chart.title, chart.description};
  if (chart.kind == Chart::Kind::distribution) {
    const Scene scene = to_scene(build_distribution(c, c.cohorts[chart.cohort], labels), style);
    return "<figure class=\"chart distribution\">\n" + to_svg(scene, label) + "\n</figure>\n";
  }
  const Scene scene = to_scene(build_radar_overlay(c, chart.areas, labels), style);
  std::string out = "<figure class=\"chart\">\n" + to_svg(scene, label) + "\n";
  if (chart.areas.size() > kHighlightColours)
    out += "<figcaption class=\"note\">The first " + std::to_string(kHighlightColours) +
           " highlighted areas are drawn; the table below lists them all.</figcaption>\n";
  return out + "</figure>\n";
}

std::string highlight_key(const Comparison& c) {
  const std::vector<std::string> keys = highlight_keys(c);
  if (keys.empty()) return "";
  std::string out = "<p class=\"small\">Numbered marks in the distributions: ";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::string name = keys[i];
    for (const ComparedArea& a : c.areas)
      if (a.key == keys[i]) name = a.area.name;
    out += (i ? "; " : "") + std::string("<span style=\"color:") + kHighlightPalette[i % kHighlightColours] +
           "\">\u25cf</span> " + std::to_string(i + 1) + " " + xml_escape(name);
  }
  return out + ". A mark with * is a mixed profile; a hollow mark is an uncertain domain.</p>\n";
}

}  // namespace

std::string render_compare_html(const Comparison& comparison, const CompareReportOptions& options,
                                const Templates& templates) {
  const std::vector<Block> blocks = compare_document::build(comparison, options);
  std::string title = "Comparison";
  for (const Block& b : blocks)
    if (b.kind == Block::Kind::title) title = b.text;
  std::string body;
  std::size_t charts = 0;
  bool key_written = false;
  for (const Block& b : blocks) {
    switch (b.kind) {
      case Block::Kind::title:
        body += "<h1>" + xml_escape(b.text) + "</h1>\n";
        break;
      case Block::Kind::heading:
        body += "<h2>" + xml_escape(b.text) + "</h2>\n";
        break;
      case Block::Kind::subheading:
        body += "<h3>" + xml_escape(b.text) + "</h3>\n";
        break;
      case Block::Kind::paragraph:
        body += "<p>" + xml_escape(b.text) + "</p>\n";
        break;
      case Block::Kind::flag:
        body += "<p class=\"flag\">" + xml_escape(b.text) + "</p>\n";
        break;
      case Block::Kind::bullets:
        body += "<ul>\n";
        for (const std::string& item : b.items) body += "<li>" + xml_escape(item) + "</li>\n";
        body += "</ul>\n";
        break;
      case Block::Kind::table:
        body += table_html(b.table);
        break;
      case Block::Kind::chart:
        body += chart_html(comparison, b.chart, templates, ++charts);
        if (b.chart.kind == Chart::Kind::distribution && !key_written) {
          body += highlight_key(comparison);
          key_written = true;
        }
        break;
    }
  }
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         xml_escape(title) + "</title>\n<style>\n" + templates.file("report.css") + kCompareCss +
         "</style>\n</head>\n<body>\n<main>\n" + body +
         "<footer>Made by Spectrum. Only summaries are shown here; the CSV and XLSX outputs hold every "
         "area.</footer>\n"
         "</main>\n</body>\n</html>\n";
}

}  // namespace spectrum::reports
