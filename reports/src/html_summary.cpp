// The report's opening: title, summary, the integration spectrum, the charts, perception gaps.
#include "html_parts.h"

#include "text_format.h"

#include <algorithm>
#include <map>
#include <set>

namespace spectrum::reports {
namespace {

std::string respondents_sentence(const HtmlContext& c) {
  const Profile& p = c.profile;
  std::map<std::string, int> by_sector;
  std::set<std::string> organisations;
  for (const auto& r : p.respondents) {
    ++by_sector[r.sector];
    organisations.insert(r.organisation);
  }
  std::string sectors;
  for (const auto& [sector, count] : by_sector) {
    if (!sectors.empty()) sectors += ", ";
    sectors += c.templates.sector(sector) + " " + std::to_string(count);
  }
  return fill(c.templates.text("/sentences/respondents"),
              {{"count", std::to_string(p.respondents.size())},
               {"organisations", std::to_string(organisations.size())},
               {"sectors", sectors}});
}

std::string overall_sentence(const HtmlContext& c) {
  const Overall& o = c.profile.overall;
  if (o.domains == 0) return c.templates.text("/sentences/overall_none");
  return fill(c.templates.text("/sentences/overall"), {{"domains", std::to_string(o.domains)},
                                                       {"level", std::to_string(o.level)},
                                                       {"level_name", c.templates.level_name(o.level)},
                                                       {"score", format_fixed(o.score)}});
}

std::string target_text(const DomainProfile& d) {
  return d.target ? format_compact(*d.target) : "-";
}
std::string gap_text(const DomainProfile& d) {
  return d.gap_to_target ? format_fixed(*d.gap_to_target) : "-";
}
std::string score_text(const DomainProfile& d) {
  return d.scored() ? format_fixed(d.score) : "-";
}

std::string data_caption(const HtmlContext& c, const std::string& chart) {
  return c.templates.text("/headings/data_table") + ": " + chart;
}

}  // namespace

std::string heading_and_summary(const HtmlContext& c) {
  const Templates& t = c.templates;
  const Profile& p = c.profile;
  const std::string& area = p.area.name;
  std::string out = "<header>\n";
  out += element("h1", fill(t.text("/title"), {{"area", area}, {"period", p.period}}));
  out += element("p", fill(t.text("/subtitle"), {{"area", area}, {"period", p.period}}), "subtitle");
  out += "</header>\n";

  out += open_section(c, "summary", false);
  out += element("h2", t.text("/headings/summary"));
  out += element("p", overall_sentence(c), "lead");
  out += element("p", fill(t.text("/sentences/method"),
                           {{"method", p.overall.method}, {"description", p.overall.description}}));
  std::vector<Row> facts;
  auto fact = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) facts.push_back({label_cell(label), text_cell(value)});
  };
  std::string area_line = area;
  for (const std::string* part : {&p.area.code, &p.area.kind})
    if (!part->empty()) area_line += " \u00b7 " + *part;
  fact(t.text("/labels/area"), area_line);
  fact(t.text("/labels/footprint"), p.area.footprint);
  fact(t.text("/labels/period"), p.period);
  fact(t.text("/labels/respondents"), respondents_sentence(c));
  fact(t.text("/labels/overall"), overall_text(t, p.overall));
  out += html_table(c, "", {}, facts, "facts");
  for (const auto& d : p.domains)
    if (!d.scored())
      out += element(
          "p", d.title + ": " + fill(t.text("/sentences/domain_error"), {{"error", not_scored_reason(d)}}),
          "flag error");
  for (const PluginFailure& f : p.plugin_failures)
    out += element("p", fill(t.text("/sentences/plugin_failure"), {{"file", f.file}, {"reason", f.reason}}),
                   "flag error");
  out += element("p", t.text("/sentences/privacy"), "muted small");

  out += close_section(c);
  return out;
}

std::string scale_section(const HtmlContext& c) {
  const Templates& t = c.templates;
  std::string out = open_section(c, "scale", true);
  std::vector<Row> levels;
  for (int level = 0; level <= 5; ++level)
    levels.push_back({number_cell(std::to_string(level)), text_cell(t.level_name(level)),
                      text_cell(t.level_description(level))});
  levels.push_back({text_cell("-"), text_cell(t.level_name(-1)), text_cell(t.level_description(-1))});
  out += element("h2", t.text("/headings/scale"));
  out += html_table(c, "",
                    {t.text("/labels/level"), t.text("/labels/level_name"), t.text("/labels/description")},
                    levels, "scale");
  return out + close_section(c);
}

std::string chart_sections(const HtmlContext& c) {
  const Templates& t = c.templates;
  const Profile& p = c.profile;
  const ChartLabels labels = t.chart_labels();
  const ChartStyle style = t.chart_style();
  std::string out = open_section(c, "radar", false);
  const std::string radar_title = t.text("/headings/radar");
  out += element("h2", radar_title);
  out += c.chart(to_scene(build_radar(p, labels), style),
                 {"chart-radar", radar_title,
                  fill(t.text("/sentences/radar_desc"), {{"count", std::to_string(p.domains.size())}})});
  std::vector<Row> rows;
  for (const auto& d : p.domains)
    rows.push_back({text_cell(d.title), number_cell(score_text(d)), text_cell(position_text(t, d)),
                    number_cell(target_text(d)), number_cell(gap_text(d))});
  out += html_table(c, data_caption(c, radar_title),
                    {t.text("/labels/domain"), t.text("/labels/score"), t.text("/labels/level"),
                     t.text("/labels/target"), t.text("/labels/gap_to_target")},
                    rows);
  out += close_section(c);

  out += scale_section(c);
  out += open_section(c, "bars", false);
  const std::string bars_title = t.text("/headings/bars");
  out += element("h2", bars_title);
  out += c.chart(bar_legend_scene(labels, style), {"chart-key", t.text("/headings/key"), ""});
  std::vector<Row> spread;
  for (std::size_t i = 0; i < p.domains.size(); ++i) {
    const DomainProfile& d = p.domains[i];
    out += c.chart(to_scene(build_spectrum_bar(d, labels), style),
                   {"chart-bar-" + std::to_string(i), d.title,
                    fill(t.text("/sentences/bar_desc"), {{"domain", d.title},
                                                         {"score", score_text(d)},
                                                         {"min", format_fixed(d.agreement.min)},
                                                         {"max", format_fixed(d.agreement.max)}})});
    const Agreement& a = d.agreement;
    if (!d.scored()) {
      spread.push_back({text_cell(d.title), number_cell("-"), number_cell("-"), number_cell("-"),
                        number_cell("-"), number_cell("-"), text_cell(position_text(t, d)),
                        number_cell(target_text(d))});
      continue;
    }
    spread.push_back({text_cell(d.title), number_cell(score_text(d)), number_cell(format_fixed(a.median)),
                      number_cell(format_fixed(a.min) + "\u2013" + format_fixed(a.max)),
                      number_cell(format_fixed(a.iqr)), number_cell(a.rwg ? format_fixed(*a.rwg) : "-"),
                      text_cell(t.verdict(a.verdict)), number_cell(target_text(d))});
  }
  out += html_table(c, data_caption(c, bars_title),
                    {t.text("/labels/domain"), t.text("/labels/score"), t.text("/labels/median"),
                     t.text("/labels/range"), t.text("/labels/iqr_short"), t.text("/labels/rwg_short"),
                     t.text("/labels/verdict"), t.text("/labels/target")},
                    spread, "", {23, 9, 12, 14, 7, 7, 17, 11});
  out += close_section(c);
  return out;
}

std::string perception_gap_section(const HtmlContext& c) {
  const Templates& t = c.templates;
  const Profile& p = c.profile;
  std::string out = open_section(c, "gaps", false);
  out += element("h2", t.text("/headings/gaps"));
  out += element("p", t.text("/sentences/gaps_intro"));
  if (p.perception_gaps.empty()) {
    out += element("p", t.text("/sentences/no_gaps"), "lead");
  } else {
    std::vector<Row> rows;
    for (const auto& g : p.perception_gaps)
      rows.push_back({text_cell(domain_title(p, g.domain)),
                      text_cell(t.sector(g.higher) + " (" + format_fixed(g.higher_score) + ")"),
                      text_cell(t.sector(g.lower) + " (" + format_fixed(g.lower_score) + ")"),
                      number_cell(format_fixed(g.difference))});
    out += html_table(c, "",
                      {t.text("/labels/domain"), t.text("/labels/higher"), t.text("/labels/lower"),
                       t.text("/labels/difference")},
                      rows);
  }

  // Every sector's mean score in every domain, sectors in order of first appearance.
  std::vector<std::string> sectors;
  for (const auto& d : p.domains)
    for (const auto& s : d.by_sector)
      if (std::find(sectors.begin(), sectors.end(), s.name) == sectors.end()) sectors.push_back(s.name);
  if (!sectors.empty()) {
    std::vector<std::string> headers = {t.text("/labels/domain")};
    for (const auto& s : sectors) headers.push_back(t.sector(s));
    std::vector<Row> rows;
    for (const auto& d : p.domains) {
      Row row = {text_cell(d.title)};
      for (const auto& s : sectors) {
        std::string value = "-";
        for (const auto& g : d.by_sector)
          if (g.name == s) value = format_fixed(g.mean) + " (" + std::to_string(g.respondents) + ")";
        row.push_back(number_cell(value));
      }
      rows.push_back(std::move(row));
    }
    out += element("h3", t.text("/headings/sector_scores"));
    out += html_table(c, "", headers, rows);
  }
  out += close_section(c);
  return out;
}

}  // namespace spectrum::reports
