// Building blocks of the report's HTML body, shared by the HTML report (a browser's HTML, inline
// SVG) and the PDF report (Qt's rich-text subset, charts drawn by the painter backend).
#ifndef SPECTRUM_REPORTS_HTML_PARTS_H
#define SPECTRUM_REPORTS_HTML_PARTS_H

#include <spectrum/profile.h>
#include <spectrum/reports/chart_model.h>
#include <spectrum/reports/templates.h>

#include "svg_writer.h"

#include <functional>
#include <string>
#include <vector>

namespace spectrum::reports {

struct HtmlContext {
  const Profile& profile;
  const Templates& templates;
  bool qt = false;  // Qt's rich-text subset instead of a browser's HTML
  // The markup that shows a chart: inline SVG for browsers, a placeholder the PDF fills with vectors.
  std::function<std::string(const Scene&, const SvgLabel&)> chart;
};

struct Cell {
  std::string html;  // already escaped
  bool numeric = false;
  int rowspan = 1;
  std::string css_class;
  int colspan = 1;
};
using Row = std::vector<Cell>;

// A table with a caption, a header row (none when `headers` is empty) and rows; `css_class` on the table
// element. `widths` gives each column's share of the width in percent (none: the engine decides).
std::string html_table(const HtmlContext& context, const std::string& caption,
                       const std::vector<std::string>& headers, const std::vector<Row>& rows,
                       const std::string& css_class = "", const std::vector<int>& widths = {});
// A text cell (escaped) and a number cell.
Cell text_cell(const std::string& text, const std::string& css_class = "");
Cell number_cell(const std::string& text);
// A row label: the text (escaped) in bold.
Cell label_cell(const std::string& text);
// <tag class="css_class">escaped text</tag>
std::string element(const std::string& tag, const std::string& text, const std::string& css_class = "");
// Opens and closes a section; `new_page` starts it on a new page when printed.
std::string open_section(const HtmlContext& context, const std::string& css_class, bool new_page);
std::string close_section(const HtmlContext& context);
// A bulleted list of escaped texts; the "none recorded" sentence when empty.
std::string bullet_list(const HtmlContext& context, const std::vector<std::string>& items);

// The title of a domain id ("leadership" -> "Leadership and governance"); the id when unknown.
std::string domain_title(const Profile& profile, const std::string& domain);
// "Level 3, Joint decision-making" / "Uncertain" / "not scored" for a domain.
std::string position_text(const Templates& templates, const DomainProfile& domain);
// Why a domain has no score: its error, or why nothing counted.
std::string not_scored_reason(const DomainProfile& domain);
// "Level 2, Alignment (2.40)", or "not scored" when no domain scored.
std::string overall_text(const Templates& templates, const Overall& overall);

// The sections of the report, in order.
std::string heading_and_summary(const HtmlContext& context);
// The radar, the integration spectrum's levels and the spectrum bars.
std::string chart_sections(const HtmlContext& context);
std::string scale_section(const HtmlContext& context);
std::string perception_gap_section(const HtmlContext& context);
// Agreed against individual scores, the agreed items' rationale, the rounds and any moderation; empty
// when the profile has none of them (html_workshop.cpp).
std::string workshop_section(const HtmlContext& context);
std::string domain_sections(const HtmlContext& context);
std::string provenance_section(const HtmlContext& context);
// All of them.
std::string report_body(const HtmlContext& context);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_HTML_PARTS_H
