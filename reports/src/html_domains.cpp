// The report's drill-down per domain and its provenance footer.
#include "html_parts.h"

#include "text_format.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace spectrum::reports {
namespace {

std::string status_sentence(const Templates& t, const DomainProfile& d) {
  if (!d.scored()) return fill(t.text("/sentences/domain_error"), {{"error", not_scored_reason(d)}});
  std::string out = d.uncertain
                        ? fill(t.text("/sentences/domain_uncertain"), {{"score", format_fixed(d.score)}})
                        : fill(t.text("/sentences/domain_status"), {{"level", std::to_string(d.level)},
                                                                    {"level_name", t.level_name(d.level)},
                                                                    {"score", format_fixed(d.score)}});
  if (d.target) {
    const bool reached = !d.gap_to_target || *d.gap_to_target <= 0;
    out += " " +
           (reached ? fill(t.text("/sentences/domain_target_met"), {{"target", format_compact(*d.target)}})
                    : fill(t.text("/sentences/domain_target"),
                           {{"target", format_compact(*d.target)}, {"gap", format_fixed(*d.gap_to_target)}}));
  }
  return out;
}

std::string percent(double share) {
  return format_fixed(share * 100, 0) + "%";
}

std::string agreement_table(const HtmlContext& c, const DomainProfile& d) {
  const Templates& t = c.templates;
  const Agreement& a = d.agreement;
  const Coverage& v = d.coverage;
  auto row = [&](const char* label, const std::string& value) {
    return Row{label_cell(t.text(std::string("/labels/") + label)), number_cell(value)};
  };
  std::vector<Row> left = {
      row("respondents", std::to_string(a.respondents)),
      row("median", format_fixed(a.median)),
      row("range", format_fixed(a.min) + "\u2013" + format_fixed(a.max)),
      row("iqr", format_fixed(a.iqr)),
      row("rwg", a.rwg ? format_fixed(*a.rwg) : "-"),
      row("verdict", t.verdict(a.verdict)),
  };
  std::vector<Row> right = {
      row("answered", std::to_string(v.answered) + " / " + std::to_string(v.expected)),
      row("dont_know", std::to_string(v.dont_know)),
      row("not_applicable", std::to_string(v.not_applicable)),
      row("missing", std::to_string(v.missing)),
      row("answered_share", percent(v.answered_share)),
      row("dont_know_share", percent(v.dont_know_share)),
  };
  std::vector<Row> rows;
  for (std::size_t i = 0; i < left.size(); ++i) {
    Row r = left[i];
    r.insert(r.end(), right[i].begin(), right[i].end());
    rows.push_back(std::move(r));
  }
  return html_table(c, "", {}, rows, "facts agreement");
}

// A respondent's evidence note for an item, when the profile carries evidence ("" otherwise).
std::string evidence_note(const Profile& p, const std::string& respondent, const std::string& questionnaire,
                          const std::string& item) {
  const nlohmann::json* node = &p.evidence;
  for (const std::string* key : {&respondent, &questionnaire, &item}) {
    if (!node->is_object()) return "";
    const auto found = node->find(*key);
    if (found == node->end()) return "";
    node = &*found;
  }
  return node->is_string() ? node->get<std::string>() : "";
}

// Qt's text layout is slow on very long paragraphs (a 10 MB note takes minutes): in the PDF, a note
// longer than this is cut, at a character boundary, with a line saying where the full text is.
constexpr std::size_t kPdfEvidenceLimit = 2000;

std::string shortened_for_pdf(const std::string& note) {
  if (note.size() <= kPdfEvidenceLimit) return note;
  std::size_t cut = kPdfEvidenceLimit;
  while (cut > 0 && (static_cast<unsigned char>(note[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return note.substr(0, cut) + "\u2026 [shortened in the PDF: " + std::to_string(note.size()) +
         " bytes in all; the full note is in the profile JSON and the HTML report]";
}

// Who gave an answer to an item, as the report names them.
using WhoGave = std::function<std::string(const GateItem& item, const std::string& respondent)>;

// A respondent as the individual gates name them: "Council (Local government)", with their evidence
// note for the item when the profile carries evidence.
WhoGave respondents_named(const HtmlContext& c, const DomainProfile& d) {
  auto by_id = std::make_shared<std::map<std::string_view, const RespondentSummary*>>();
  for (const RespondentSummary& who : c.profile.respondents) by_id->emplace(who.id, &who);
  return [&c, &d, by_id](const GateItem& item, const std::string& respondent) {
    const auto found = by_id->find(respondent);
    std::string who = respondent;  // a respondent the list does not name is shown by id
    if (found != by_id->end())
      who = found->second->sector.empty()
                ? found->second->organisation
                : found->second->organisation + " (" + c.templates.sector(found->second->sector) + ")";
    std::string note = evidence_note(c.profile, respondent, d.questionnaire, item.id);
    if (c.qt) note = shortened_for_pdf(note);
    if (!note.empty()) who += " \u2014 \u201c" + note + "\u201d";
    return who;
  };
}

// The answers to an item, each with who gave it: "Joint committee: Council (Local government), Trust (NHS)".
std::string answers_html(const GateItem& item, const WhoGave& who_gave) {
  std::string out;
  for (const GateAnswer& answer : item.answers) {
    std::string names;
    for (const std::string& respondent : answer.respondents)
      names += (names.empty() ? "" : ", ") + who_gave(item, respondent);
    out += std::string(out.empty() ? "" : "<br/>") + "<strong>" + xml_escape(answer.answer) +
           "</strong>: " + xml_escape(names);
  }
  return "<span class=\"answers\">" + out + "</span>";
}

// The plugin's own numbers for a gate item: "1.50 / 2.00" (score / threshold), "- / 2.00" when the item
// did not count, "-" when the plugin reported none.
std::string gate_item_numbers(const GateItem& item) {
  if (!item.threshold) return "-";
  return (item.score ? format_fixed(*item.score) : "-") + " / " + format_fixed(*item.threshold);
}

std::string gates_table(const HtmlContext& c, std::vector<Gate> gates, const WhoGave& who_gave) {
  const Templates& t = c.templates;
  std::stable_sort(gates.begin(), gates.end(),
                   [](const Gate& a, const Gate& b) { return a.level < b.level; });
  std::vector<Row> rows;
  for (const auto& g : gates) {
    // The criterion as a row across the table, its questions below it.
    const std::string met = g.met ? t.text("/labels/met") : t.text("/labels/not_met");
    Cell criterion{"<strong>" + xml_escape(t.text("/labels/level") + " " + std::to_string(g.level)) +
                       "</strong> \u2014 " + xml_escape(g.description) + " \u2014 <span class=\"status " +
                       (g.met ? "met" : "not-met") + "\">" + xml_escape(met) + "</span>",
                   false, 1, "criterion", 3};
    rows.push_back({criterion});
    for (const auto& item : g.items)
      rows.push_back({text_cell(item.text.empty() ? item.id : item.text),
                      number_cell(gate_item_numbers(item)),
                      {answers_html(item, who_gave), false, 1, ""}});
  }
  return html_table(c, "", {t.text("/labels/question"), t.text("/labels/pooled"), t.text("/labels/answers")},
                    rows, "gates", {38, 10, 52});
}

std::vector<std::string> findings_of(const HtmlContext& c, const DomainProfile& d, Finding::Kind kind) {
  std::vector<std::string> out;
  for (const auto& f : d.findings) {
    if (f.kind != kind) continue;
    if (f.level >= 0 && kind == Finding::Kind::next_step)
      out.push_back(c.templates.text("/labels/level") + " " + std::to_string(f.level) + ": " + f.text);
    else
      out.push_back(f.text);
  }
  return out;
}

std::string domain_section(const HtmlContext& c, const DomainProfile& d, std::size_t index) {
  const Templates& t = c.templates;
  std::string out = open_section(c, "domain", true);
  if (index == 0) out += element("h2", t.text("/headings/domains"));
  out += element("h3", d.title.empty() ? d.domain : d.title);
  const bool failed = d.status != DomainProfile::Status::ok;
  out += element("p", status_sentence(t, d), failed ? "lead flag error" : "lead");
  if (failed) return out + close_section(c);

  if (d.uncertain) {
    out += c.qt ? std::string("<div>") : std::string("<div class=\"flag\">");
    out += element("h4", t.text("/headings/uncertain"));
    out += bullet_list(c, d.uncertain_reasons);
    out += "</div>\n";
  }
  out += c.chart(to_scene(build_spectrum_bar(d, t.chart_labels()), t.chart_style()),
                 {"chart-domain-" + std::to_string(index), d.title,
                  fill(t.text("/sentences/bar_desc"), {{"domain", d.title},
                                                       {"score", format_fixed(d.score)},
                                                       {"min", format_fixed(d.agreement.min)},
                                                       {"max", format_fixed(d.agreement.max)}})});
  out += element("h4", t.text("/headings/strengths"));
  out += bullet_list(c, findings_of(c, d, Finding::Kind::strength));
  out += element("h4", t.text("/headings/weaknesses"));
  out += bullet_list(c, findings_of(c, d, Finding::Kind::gap));
  out += element("h4", t.text("/headings/next_steps"));
  out += bullet_list(c, findings_of(c, d, Finding::Kind::next_step));
  out += element("h4", t.text("/headings/agreement"));
  out += agreement_table(c, d);
  if (!d.gates.empty()) {
    out += element("h4", t.text("/headings/gates"));
    out += gates_table(c, d.gates, respondents_named(c, d));
  }
  if (!d.metrics.empty()) {  // the plugin's add_metric figures, by name
    std::vector<Row> rows;
    for (const auto& [name, value] : d.metrics)
      rows.push_back({text_cell(name), number_cell(format_compact(value, 2))});
    out += element("h4", t.text("/headings/metrics"));
    out += html_table(c, "", {t.text("/labels/metric"), t.text("/labels/value")}, rows, "metrics");
  }
  if (d.agreed && !d.agreed->gates.empty()) {  // the same criteria, on the workshop's agreed answers
    const WhoGave agreed_by = [&](const GateItem& item, const std::string&) {
      const bool discussed = std::any_of(d.agreed->items.begin(), d.agreed->items.end(),
                                         [&](const AgreedItemSummary& a) { return a.id == item.id; });
      return t.text(discussed ? "/workshop/agreed_by" : "/workshop/carried_by");
    };
    out += element("h4", t.text("/workshop/agreed_gates"));
    out += element("p", fill(t.text("/workshop/agreed_gates_intro"),
                             {{"agreed", d.agreed->scored() ? format_fixed(d.agreed->score)
                                                            : t.text("/workshop/not_scored")}}));
    out += gates_table(c, d.agreed->gates, agreed_by);
  }
  if (!d.by_role.empty()) {
    std::vector<Row> rows;
    for (const auto& r : d.by_role)
      rows.push_back(
          {text_cell(r.name), number_cell(std::to_string(r.respondents)), number_cell(format_fixed(r.mean))});
    out += element("h4", t.text("/headings/by_role"));
    out += html_table(c, "", {t.text("/labels/role"), t.text("/labels/respondents"), t.text("/labels/mean")},
                      rows);
  }
  return out + close_section(c);
}

}  // namespace

std::string domain_sections(const HtmlContext& c) {
  std::string out;
  for (std::size_t i = 0; i < c.profile.domains.size(); ++i)
    out += domain_section(c, c.profile.domains[i], i);
  return out;
}

std::string provenance_section(const HtmlContext& c) {
  const Templates& t = c.templates;
  const Provenance& p = c.profile.provenance;
  std::string out =
      c.qt ? std::string("<div style=\"page-break-before: always;\">\n") : std::string("<footer>\n");
  out += element("h2", t.text("/headings/provenance"));
  out += html_table(c, "", {},
                    {{label_cell(t.text("/labels/tool")), text_cell(p.tool)},
                     {label_cell(t.text("/labels/generated")), text_cell(p.generated)}},
                    "facts");
  out += element("p", t.text("/sentences/privacy"));
  std::vector<Row> plugins;
  for (const auto& plugin : p.plugins)
    plugins.push_back({text_cell(plugin.id), text_cell(plugin.version), text_cell(plugin.domain),
                       text_cell(plugin.sha256, "hash")});
  out += element("h3", t.text("/headings/plugins"));
  out += html_table(
      c, "",
      {t.text("/labels/id"), t.text("/labels/version"), t.text("/labels/domain"), t.text("/labels/sha256")},
      plugins);
  std::vector<Row> questionnaires;
  for (const auto& q : p.questionnaires)
    questionnaires.push_back({text_cell(q.id), text_cell(q.version), text_cell(q.sha256, "hash")});
  out += element("h3", t.text("/headings/questionnaires"));
  out += html_table(c, "", {t.text("/labels/id"), t.text("/labels/version"), t.text("/labels/sha256")},
                    questionnaires);
  out += c.qt ? "</div>\n" : "</footer>\n";
  return out;
}

}  // namespace spectrum::reports
