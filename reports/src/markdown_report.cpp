// The Markdown report: the same story as the HTML one, in text a wiki or a pull request can show.
#include "html_parts.h"
#include "renderers.h"
#include "text_format.h"
#include "workshop_view.h"

namespace spectrum::reports {
namespace {

class Markdown {
 public:
  void heading(int level, const std::string& text) {
    out_ += std::string(level, '#') + " " + markdown_escape(text) + "\n\n";
  }
  void paragraph(const std::string& text) { out_ += markdown_escape(text) + "\n\n"; }
  void bullets(const std::vector<std::string>& items, const std::string& none) {
    if (items.empty()) return paragraph(none);
    for (const auto& item : items) out_ += "- " + markdown_escape(item) + "\n";
    out_ += "\n";
  }
  // "- **label**: value" per pair with a value.
  void facts(const std::vector<std::pair<std::string, std::string>>& pairs) {
    for (const auto& [label, value] : pairs)
      if (!value.empty()) out_ += "- **" + markdown_escape(label) + "**: " + markdown_escape(value) + "\n";
    out_ += "\n";
  }
  // Columns flagged numeric are right-aligned.
  void table(const std::vector<std::string>& headers, const std::vector<bool>& numeric,
             const std::vector<std::vector<std::string>>& rows) {
    out_ += "|";
    for (const auto& h : headers) out_ += " " + markdown_escape(h) + " |";
    out_ += "\n|";
    for (std::size_t i = 0; i < headers.size(); ++i)
      out_ += i < numeric.size() && numeric[i] ? " ---: |" : " --- |";
    out_ += "\n";
    for (const auto& row : rows) {
      out_ += "|";
      for (const auto& cell : row) out_ += " " + markdown_escape(cell) + " |";
      out_ += "\n";
    }
    out_ += "\n";
  }
  std::string str() const { return out_; }

 private:
  std::string out_;
};

std::string opt(const std::optional<double>& value, bool compact_form = false) {
  return value ? (compact_form ? format_compact(*value) : format_fixed(*value)) : "-";
}

std::vector<std::string> findings(const DomainProfile& d, Finding::Kind kind, const Templates& t) {
  std::vector<std::string> out;
  for (const auto& f : d.findings)
    if (f.kind == kind)
      out.push_back(kind == Finding::Kind::next_step && f.level >= 0
                        ? t.text("/labels/level") + " " + std::to_string(f.level) + ": " + f.text
                        : f.text);
  return out;
}

}  // namespace

std::string render_markdown(const ReportInput& input, const Templates& t) {
  const Profile& p = *input.profile;
  const std::string none = t.text("/sentences/no_findings");
  Markdown md;
  md.heading(1, fill(t.text("/title"), {{"area", p.area.name}, {"period", p.period}}));
  md.paragraph(fill(t.text("/subtitle"), {{"area", p.area.name}, {"period", p.period}}));

  md.heading(2, t.text("/headings/summary"));
  md.paragraph(p.overall.domains == 0
                   ? t.text("/sentences/overall_none")
                   : fill(t.text("/sentences/overall"), {{"domains", std::to_string(p.overall.domains)},
                                                         {"level", std::to_string(p.overall.level)},
                                                         {"level_name", t.level_name(p.overall.level)},
                                                         {"score", format_fixed(p.overall.score)}}));
  for (const auto& d : p.domains)
    if (!d.scored())
      md.paragraph(d.title + ": " +
                   fill(t.text("/sentences/domain_error"), {{"error", not_scored_reason(d)}}));
  for (const PluginFailure& f : p.plugin_failures)
    md.paragraph(fill(t.text("/sentences/plugin_failure"), {{"file", f.file}, {"reason", f.reason}}));
  md.paragraph(fill(t.text("/sentences/method"),
                    {{"method", p.overall.method}, {"description", p.overall.description}}));
  md.facts({{t.text("/labels/area"), p.area.name},
            {t.text("/labels/code"), p.area.code},
            {t.text("/labels/footprint"), p.area.footprint},
            {t.text("/labels/period"), p.period},
            {t.text("/labels/respondents"), std::to_string(p.respondents.size())}});

  md.heading(2, t.text("/headings/bars"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : p.domains) {
    const bool ok = d.scored();
    rows.push_back({d.title, position_text(t, d), ok ? format_fixed(d.score) : "-",
                    ok ? format_fixed(d.agreement.median) : "-",
                    ok ? format_fixed(d.agreement.min) + "-" + format_fixed(d.agreement.max) : "-",
                    ok ? t.verdict(d.agreement.verdict) : "-", opt(d.target, true), opt(d.gap_to_target)});
  }
  md.table({t.text("/labels/domain"), t.text("/labels/level"), t.text("/labels/score"),
            t.text("/labels/median"), t.text("/labels/range"), t.text("/labels/verdict"),
            t.text("/labels/target"), t.text("/labels/gap_to_target")},
           {false, false, true, true, true, false, true, true}, rows);

  md.heading(2, t.text("/headings/gaps"));
  if (p.perception_gaps.empty()) {
    md.paragraph(t.text("/sentences/no_gaps"));
  } else {
    rows.clear();
    for (const auto& g : p.perception_gaps)
      rows.push_back(
          {domain_title(p, g.domain), t.sector(g.higher) + " (" + format_fixed(g.higher_score) + ")",
           t.sector(g.lower) + " (" + format_fixed(g.lower_score) + ")", format_fixed(g.difference)});
    md.table({t.text("/labels/domain"), t.text("/labels/higher"), t.text("/labels/lower"),
              t.text("/labels/difference")},
             {false, false, false, true}, rows);
  }

  if (has_workshop_section(p)) {
    const WorkshopView view = workshop_view(p, t);
    md.heading(2, view.heading);
    for (const std::string& paragraph : view.paragraphs) md.paragraph(paragraph);
    for (const WorkshopTable& table : view.tables) {
      if (!table.heading.empty()) md.heading(3, table.heading);
      if (!table.intro.empty()) md.paragraph(table.intro);
      md.table(table.headers, table.numeric, table.rows);
    }
  }

  md.heading(2, t.text("/headings/domains"));
  for (const auto& d : p.domains) {
    md.heading(3, d.title.empty() ? d.domain : d.title);
    if (!d.scored()) {
      md.paragraph(fill(t.text("/sentences/domain_error"), {{"error", not_scored_reason(d)}}));
      if (d.status != DomainProfile::Status::ok) continue;
    } else {
      md.paragraph(d.uncertain
                       ? fill(t.text("/sentences/domain_uncertain"), {{"score", format_fixed(d.score)}})
                       : fill(t.text("/sentences/domain_status"), {{"level", std::to_string(d.level)},
                                                                   {"level_name", t.level_name(d.level)},
                                                                   {"score", format_fixed(d.score)}}));
    }
    if (d.uncertain) {
      md.heading(4, t.text("/headings/uncertain"));
      md.bullets(d.uncertain_reasons, none);
    }
    md.heading(4, t.text("/headings/strengths"));
    md.bullets(findings(d, Finding::Kind::strength, t), none);
    md.heading(4, t.text("/headings/weaknesses"));
    md.bullets(findings(d, Finding::Kind::gap, t), none);
    md.heading(4, t.text("/headings/next_steps"));
    md.bullets(findings(d, Finding::Kind::next_step, t), none);
    if (!d.scored()) continue;
    const Agreement& a = d.agreement;
    md.heading(4, t.text("/headings/agreement"));
    md.facts({{t.text("/labels/respondents"), std::to_string(a.respondents)},
              {t.text("/labels/median"), format_fixed(a.median)},
              {t.text("/labels/range"), format_fixed(a.min) + "-" + format_fixed(a.max)},
              {t.text("/labels/iqr"), format_fixed(a.iqr)},
              {t.text("/labels/rwg"), a.rwg ? format_fixed(*a.rwg) : "-"},
              {t.text("/labels/verdict"), t.verdict(a.verdict)}});
    if (d.metrics.empty()) continue;
    md.heading(4, t.text("/headings/metrics"));
    rows.clear();
    for (const auto& [name, value] : d.metrics) rows.push_back({name, format_compact(value, 2)});
    md.table({t.text("/labels/metric"), t.text("/labels/value")}, {false, true}, rows);
  }

  md.heading(2, t.text("/headings/provenance"));
  md.paragraph(t.text("/labels/tool") + ": " + p.provenance.tool + ". " + t.text("/labels/generated") + ": " +
               p.provenance.generated + ".");
  md.paragraph(t.text("/sentences/privacy"));
  rows.clear();
  for (const auto& plugin : p.provenance.plugins)
    rows.push_back({plugin.id, plugin.version, plugin.domain, plugin.sha256});
  md.table(
      {t.text("/labels/id"), t.text("/labels/version"), t.text("/labels/domain"), t.text("/labels/sha256")},
      {}, rows);
  rows.clear();
  for (const auto& q : p.provenance.questionnaires) rows.push_back({q.id, q.version, q.sha256});
  md.table({t.text("/labels/id"), t.text("/labels/version"), t.text("/labels/sha256")}, {}, rows);
  return md.str();
}

}  // namespace spectrum::reports
