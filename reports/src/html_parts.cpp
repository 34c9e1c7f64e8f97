#include "html_parts.h"

#include "text_format.h"

namespace spectrum::reports {

Cell text_cell(const std::string& text, const std::string& css_class) {
  return {xml_escape(text), false, 1, css_class};
}

Cell number_cell(const std::string& text) {
  return {xml_escape(text), true, 1, "num"};
}

Cell label_cell(const std::string& text) {
  return {"<strong>" + xml_escape(text) + "</strong>", false, 1, ""};
}

std::string element(const std::string& tag, const std::string& text, const std::string& css_class) {
  std::string out = "<" + tag;
  if (!css_class.empty()) out += " class=\"" + css_class + "\"";
  return out + ">" + xml_escape(text) + "</" + tag + ">\n";
}

std::string html_table(const HtmlContext& context, const std::string& caption,
                       const std::vector<std::string>& headers, const std::vector<Row>& rows,
                       const std::string& css_class, const std::vector<int>& widths) {
  std::string out;
  if (context.qt) {
    if (!caption.empty()) out += element("p", caption, "caption");
    out +=
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
        "style=\"border-collapse: collapse; border-color: #9aa5b1;\">\n";
  } else {
    out += "<table" + (css_class.empty() ? std::string() : " class=\"" + css_class + "\"") + ">\n";
    if (!caption.empty()) out += element("caption", caption);
  }
  if (!headers.empty()) {
    out += "<thead><tr>";
    for (std::size_t i = 0; i < headers.size(); ++i) {
      out += "<th scope=\"col\"";
      if (i < widths.size())
        out += context.qt ? " width=\"" + std::to_string(widths[i]) + "%\""
                          : " style=\"width: " + std::to_string(widths[i]) + "%\"";
      out += ">" + xml_escape(headers[i]) + "</th>";
    }
    out += "</tr></thead>\n";
  }
  out += "<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (const auto& cell : row) {
      out += "<td";
      if (!cell.css_class.empty()) out += " class=\"" + cell.css_class + "\"";
      if (cell.numeric && context.qt) out += " align=\"right\"";
      if (cell.rowspan > 1) out += " rowspan=\"" + std::to_string(cell.rowspan) + "\"";
      if (cell.colspan > 1) out += " colspan=\"" + std::to_string(cell.colspan) + "\"";
      out += ">" + cell.html + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string open_section(const HtmlContext& context, const std::string& css_class, bool new_page) {
  if (context.qt) return new_page ? "<div style=\"page-break-before: always;\">\n" : "<div>\n";
  return "<section class=\"" + css_class + (new_page ? " page" : "") + "\">\n";
}

std::string close_section(const HtmlContext& context) {
  return context.qt ? "</div>\n" : "</section>\n";
}

std::string bullet_list(const HtmlContext& context, const std::vector<std::string>& items) {
  if (items.empty()) return element("p", context.templates.text("/sentences/no_findings"), "muted");
  std::string out = "<ul class=\"findings\">\n";
  for (const auto& item : items) out += "<li>" + xml_escape(item) + "</li>\n";
  return out + "</ul>\n";
}

std::string domain_title(const Profile& profile, const std::string& domain) {
  for (const auto& d : profile.domains)
    if (d.domain == domain) return d.title.empty() ? d.domain : d.title;
  return domain;
}

std::string position_text(const Templates& templates, const DomainProfile& domain) {
  if (!domain.scored()) return templates.text("/labels/not_scored");
  if (domain.uncertain) return templates.text("/labels/uncertain");
  return templates.text("/labels/level") + " " + std::to_string(domain.level) + ", " +
         templates.level_name(domain.level);
}

std::string not_scored_reason(const DomainProfile& domain) {
  if (domain.status == DomainProfile::Status::error) return domain.error;
  return domain.uncertain_reasons.empty() ? "no answer counted" : domain.uncertain_reasons.front();
}

std::string overall_text(const Templates& templates, const Overall& overall) {
  if (overall.domains == 0) return templates.text("/labels/not_scored");
  return templates.text("/labels/level") + " " + std::to_string(overall.level) + ", " +
         templates.level_name(overall.level) + " (" + format_fixed(overall.score) + ")";
}

std::string report_body(const HtmlContext& context) {
  return heading_and_summary(context) + chart_sections(context) + perception_gap_section(context) +
         workshop_section(context) + domain_sections(context) + provenance_section(context);
}

}  // namespace spectrum::reports
