// A profile reduced to what compare() reads of it (see CompareRow in spectrum/compare.h).
#include <spectrum/compare.h>

#include <map>

namespace spectrum {

namespace {

std::string major_of(const std::string& version) {
  return version.substr(0, version.find('.')) + ".x";
}

}  // namespace

std::vector<std::string> instrument_signature(const Profile& profile) {
  std::map<std::string, std::string> majors;  // "plugin leadership" -> "1.x", sorted by name
  for (const PluginProvenance& p : profile.provenance.plugins) majors["plugin " + p.id] = major_of(p.version);
  for (const QuestionnaireProvenance& q : profile.provenance.questionnaires)
    majors["questionnaire " + q.id] = major_of(q.version);
  std::vector<std::string> out;
  out.reserve(majors.size());
  for (const auto& [name, major] : majors) out.push_back(name + " " + major);
  return out;
}

const CompareRowDomain* CompareRow::find(std::string_view domain) const {
  for (const CompareRowDomain& d : domains)
    if (d.id == domain) return &d;
  return nullptr;
}

CompareRow compare_row(const Profile& profile) {
  CompareRow row;
  row.source = profile.source;
  row.area = profile.area;
  row.period = profile.period;
  row.respondents = static_cast<int>(profile.respondents.size());
  row.workshop = profile.workshop.has_value();
  row.overall_method = profile.overall.method;
  row.overall_basis = profile.overall.basis;
  row.overall_score = profile.overall.score;
  row.overall_level = profile.overall.level;
  row.overall_domains = profile.overall.domains;
  row.domains.reserve(profile.domains.size());
  for (const DomainProfile& d : profile.domains) {
    CompareRowDomain kept;
    kept.id = d.domain;
    kept.title = d.title;
    kept.scored = d.scored();
    kept.score = d.score;
    kept.level = d.level;
    kept.uncertain = d.uncertain;
    kept.respondents = d.agreement.respondents;
    kept.agreed = d.agreed && d.agreed->scored();
    if (kept.agreed) {
      kept.agreed_score = d.agreed->score;
      kept.agreed_level = d.agreed->level;
    }
    kept.moderation = d.moderation;
    row.domains.push_back(std::move(kept));
  }
  row.instruments = instrument_signature(profile);
  return row;
}

}  // namespace spectrum
