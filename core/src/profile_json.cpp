// The profile as "spectrum.profile/2" JSON. Scores are rounded to two decimals on output; respondents'
// names are never written and evidence only when the profile carries it. Organisations and sectors
// are named once, in "respondents"; everything else refers to respondents by id. What was not scored
// has no score, level or level_name (a failed domain, a domain where nothing counted, an overall
// position without any scored domain).
#include "area_json.h"
#include "json_checker.h"
#include "json_text.h"
#include "profile_consensus_json.h"
#include "profile_text.h"

#include <spectrum/io.h>
#include <spectrum/numbers.h>
#include <spectrum/profile.h>

#include <cmath>

namespace spectrum {
namespace {

using detail::number_json;

// Scores, levels and means: two decimals. Shares (0..1): three. Plugin metrics: four. A value that is
// not a number (a respondent whose answers did not count, a metric a plugin could not compute) is null.
nlohmann::json rounded(double value, int decimals = 2) {
  if (!std::isfinite(value)) return nullptr;
  return number_json(round_to(value, decimals));
}

nlohmann::json groups_to_json(const std::vector<GroupScore>& groups) {
  nlohmann::json json = nlohmann::json::array();
  for (const GroupScore& group : groups) {
    json.push_back({{"name", group.name}, {"respondents", group.respondents}, {"mean", rounded(group.mean)}});
  }
  return json;
}

nlohmann::json coverage_to_json(const Coverage& coverage) {
  return {{"answered", coverage.answered},
          {"dont_know", coverage.dont_know},
          {"not_applicable", coverage.not_applicable},
          {"missing", coverage.missing},
          {"expected", coverage.expected},
          {"dont_know_share", rounded(coverage.dont_know_share, 3)},
          {"answered_share", rounded(coverage.answered_share, 3)}};
}

nlohmann::json domain_to_json(const DomainProfile& domain) {
  nlohmann::json json = {{"domain", domain.domain},
                         {"title", domain.title},
                         {"plugin", domain.plugin},
                         {"questionnaire", domain.questionnaire},
                         {"status", domain.status == DomainProfile::Status::ok ? "ok" : "error"}};
  if (domain.status ==
      DomainProfile::Status::error) {  // nothing was scored: the reason, and what was answered
    json["error"] = domain.error;
    json["coverage"] = coverage_to_json(domain.coverage);
    detail::add_domain_consensus(json, domain);
    return json;
  }
  if (domain.scored()) {
    json["score"] = rounded(domain.score);
    json["level"] = domain.level;
    json["level_name"] = level_name(domain.level);
  }
  json["uncertain"] = domain.uncertain;
  json["uncertain_reasons"] = domain.uncertain_reasons;
  detail::add_gates(json, domain.gates);
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& finding : domain.findings) {
    nlohmann::json entry = {{"kind", detail::finding_kind_name(finding.kind)}, {"text", finding.text}};
    if (finding.level >= 0) entry["level"] = finding.level;
    findings.push_back(std::move(entry));
  }
  json["findings"] = std::move(findings);
  nlohmann::json metrics = nlohmann::json::object();
  for (const auto& [name, value] : domain.metrics) metrics[name] = rounded(value, 4);
  json["metrics"] = std::move(metrics);
  nlohmann::json respondent_scores = nlohmann::json::object();
  for (const auto& [respondent, score] : domain.respondent_scores)
    respondent_scores[respondent] = rounded(score);
  json["respondent_scores"] = std::move(respondent_scores);
  json["agreement"] = detail::agreement_to_json(domain.agreement);
  json["coverage"] = coverage_to_json(domain.coverage);
  json["by_sector"] = groups_to_json(domain.by_sector);
  json["by_role"] = groups_to_json(domain.by_role);
  if (!domain.notes.empty()) json["notes"] = domain.notes;
  if (domain.target) json["target"] = rounded(*domain.target);
  if (domain.gap_to_target) json["gap_to_target"] = rounded(*domain.gap_to_target);
  detail::add_domain_consensus(json, domain);
  return json;
}

nlohmann::json provenance_to_json(const Provenance& provenance) {
  nlohmann::json plugins = nlohmann::json::array();
  for (const PluginProvenance& plugin : provenance.plugins) {
    plugins.push_back({{"id", plugin.id},
                       {"version", plugin.version},
                       {"domain", plugin.domain},
                       {"sha256", plugin.sha256},
                       {"file", plugin.file}});
  }
  nlohmann::json questionnaires = nlohmann::json::array();
  for (const QuestionnaireProvenance& questionnaire : provenance.questionnaires) {
    questionnaires.push_back(
        {{"id", questionnaire.id}, {"version", questionnaire.version}, {"sha256", questionnaire.sha256}});
  }
  return {{"tool", provenance.tool},
          {"generated", provenance.generated},
          {"plugins", std::move(plugins)},
          {"questionnaires", std::move(questionnaires)}};
}

}  // namespace

namespace detail {

nlohmann::json rounded_score(double value) {
  return rounded(value);
}

void add_gates(nlohmann::json& owner, const std::vector<Gate>& gates) {
  nlohmann::json list = nlohmann::json::array();
  nlohmann::json items = nlohmann::json::object();
  for (const Gate& gate : gates) {
    nlohmann::json refs = nlohmann::json::array();
    for (const GateItem& item : gate.items) {
      nlohmann::json ref = {{"id", item.id}};
      if (item.threshold) {  // the plugin reported the numbers: score null means the item did not count
        ref["score"] = item.score ? rounded(*item.score) : nullptr;
        ref["threshold"] = rounded(*item.threshold);
      }
      refs.push_back(std::move(ref));
      if (items.contains(item.id)) continue;  // the same item, the same answers: written once
      nlohmann::json answers = nlohmann::json::object();
      for (const GateAnswer& answer : item.answers) answers[answer.answer] = answer.respondents;
      items[item.id] = {{"text", item.text}, {"answers", std::move(answers)}};
    }
    list.push_back({{"level", gate.level},
                    {"id", gate.id},
                    {"description", gate.description},
                    {"met", gate.met},
                    {"items", std::move(refs)}});
  }
  owner["gates"] = std::move(list);
  owner["gate_items"] = std::move(items);
}

nlohmann::json agreement_to_json(const Agreement& agreement) {
  nlohmann::json json = {{"respondents", agreement.respondents}, {"median", rounded(agreement.median)},
                         {"min", rounded(agreement.min)},        {"max", rounded(agreement.max)},
                         {"iqr", rounded(agreement.iqr)},        {"verdict", agreement.verdict}};
  if (agreement.rwg) json["rwg"] = rounded(*agreement.rwg);
  return json;
}

}  // namespace detail

bool Profile::any_error() const {
  for (const DomainProfile& domain : domains) {
    if (domain.status == DomainProfile::Status::error) return true;
  }
  return false;
}

const DomainProfile* Profile::find(std::string_view domain) const {
  for (const DomainProfile& entry : domains) {
    if (entry.domain == domain) return &entry;
  }
  return nullptr;
}

namespace {

// The overall position as a profile holds it.
nlohmann::json overall_to_json(const Profile& profile) {
  const Overall& overall = profile.overall;
  nlohmann::json position = {{"method", overall.method}, {"description", overall.description}};
  if (overall.domains > 0) {
    position["score"] = rounded(overall.score);
    position["level"] = overall.level;
    position["level_name"] = level_name(overall.level);
  }
  position["domains"] = overall.domains;
  // The basis is stated whenever there was a choice (a workshop); without one every profile is
  // individual, and is written as it was before workshops existed.
  if (profile.workshop || overall.basis != kBasisIndividual) {
    position["basis"] = overall.basis;
    position["basis_description"] =
        overall.basis_description.empty() ? basis_description(overall.basis) : overall.basis_description;
  }
  return position;
}

}  // namespace

nlohmann::json to_json(const Profile& profile) {
  nlohmann::json domains = nlohmann::json::array();
  for (const DomainProfile& domain : profile.domains) domains.push_back(domain_to_json(domain));
  nlohmann::json respondents = nlohmann::json::array();
  for (const RespondentSummary& respondent : profile.respondents) {
    respondents.push_back({{"id", respondent.id},
                           {"organisation", respondent.organisation},
                           {"sector", respondent.sector},
                           {"role", respondent.role}});
  }
  nlohmann::json gaps = nlohmann::json::array();
  for (const PerceptionGap& gap : profile.perception_gaps) {
    gaps.push_back({{"domain", gap.domain},
                    {"higher", gap.higher},
                    {"lower", gap.lower},
                    {"higher_score", rounded(gap.higher_score)},
                    {"lower_score", rounded(gap.lower_score)},
                    {"difference", rounded(gap.difference)}});
  }
  nlohmann::json failures = nlohmann::json::array();
  for (const PluginFailure& failure : profile.plugin_failures)
    failures.push_back({{"file", failure.file}, {"reason", failure.reason}});
  nlohmann::json json = {{"format", kProfileFormat},
                         {"area", detail::area_to_json(profile.area)},
                         {"period", profile.period},
                         {"respondents", std::move(respondents)},
                         {"domains", std::move(domains)},
                         {"overall", overall_to_json(profile)},
                         {"perception_gaps", std::move(gaps)},
                         {"plugin_failures", std::move(failures)},
                         {"provenance", provenance_to_json(profile.provenance)}};
  if (profile.workshop) json["workshop"] = detail::workshop_to_json(*profile.workshop);
  if (!profile.evidence.is_null()) json["evidence"] = profile.evidence;
  return json;
}

// Room for a typical profile's text (about 32 KB compact), so that it is not copied as it grows.
constexpr std::size_t kProfileTextReserve = 48 * 1024;

// The same text as the tree of to_json(profile) gives, written straight (profile_text.cpp): the folder
// run writes tens of thousands of profiles, and building their trees cost more than the rest of it.
std::string profile_text(const Profile& profile, int indent) {
  std::string out;
  out.reserve(kProfileTextReserve);
  {  // the writer leaves the text in out when it goes
    detail::JsonWriter w(out, indent);
    w.begin_object();  // members in the order of the tree's sorted keys
    w.key("area");
    w.json(detail::area_to_json(profile.area));
    w.key("domains");
    w.begin_array();
    for (const DomainProfile& domain : profile.domains) detail::write_domain(w, domain);
    w.end_array();
    if (!profile.evidence.is_null()) {
      w.key("evidence");
      w.json(profile.evidence);
    }
    w.key("format");
    w.string(kProfileFormat);
    w.key("overall");
    w.json(overall_to_json(profile));
    w.key("perception_gaps");
    detail::write_perception_gaps(w, profile.perception_gaps);
    w.key("period");
    w.string(profile.period);
    w.key("plugin_failures");
    detail::write_plugin_failures(w, profile.plugin_failures);
    w.key("provenance");
    detail::write_provenance(w, profile.provenance);
    w.key("respondents");
    detail::write_respondents(w, profile.respondents);
    if (profile.workshop) {
      w.key("workshop");
      w.json(detail::workshop_to_json(*profile.workshop));
    }
    w.end_object();
  }
  out += '\n';
  return out;
}

}  // namespace spectrum
