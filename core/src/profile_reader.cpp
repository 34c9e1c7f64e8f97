// Reading "spectrum.profile/2" (and "/1") files back, with the same validation as every other loader:
// all problems reported, each with its JSON pointer; then the truth checks of check_profile.
#include "area_json.h"
#include "json_checker.h"
#include "profile_consensus_json.h"
#include "profile_gates_json.h"
#include "selective_json.h"

#include <spectrum/io.h>
#include <spectrum/profile.h>

#include <limits>

namespace spectrum {
namespace {

using detail::child_pointer;
using detail::JsonChecker;
using detail::ObjectReader;

constexpr double kLowestScore = 0, kHighestScore = 5;
constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// What compare reads of a profile, and nothing else. A field the comparison
// views come to need is one pointer here and its read in ProfileReader, which checks what it reads
// and nothing that was dropped.
const detail::JsonPaths& compared_paths() {
  static const detail::JsonPaths paths{"/format",
                                       "/area",
                                       "/period",
                                       "/respondents",
                                       "/overall",
                                       "/provenance",
                                       "/domains/*/domain",
                                       "/domains/*/title",
                                       "/domains/*/plugin",
                                       "/domains/*/questionnaire",
                                       "/domains/*/status",
                                       "/domains/*/error",
                                       "/domains/*/score",
                                       "/domains/*/level",
                                       "/domains/*/level_name",
                                       "/domains/*/uncertain",
                                       "/domains/*/uncertain_reasons",
                                       "/domains/*/agreement/respondents",
                                       "/domains/*/agreed",
                                       "/domains/*/moderation",
                                       "/workshop"};  // whether there was one: how overall is ranked
  return paths;
}

class ProfileReader {
 public:
  // compared: the document holds only compared_paths(); only that is read (and required).
  ProfileReader(JsonChecker& checker, Profile& profile, bool compared = false)
      : checker_(checker), profile_(profile), compared_(compared) {}
  void read(const nlohmann::json& document);

 private:
  // Calls read_element(value, pointer) for each element of the array member name.
  template <typename ReadElement>
  void each(ObjectReader& reader, std::string_view name, bool required, ReadElement read_element) {
    detail::each_element(reader, name, required, read_element);
  }

  std::optional<double> bounded(ObjectReader& reader, std::string_view name, bool required, double low,
                                double high, const char* what);
  std::optional<double> score(ObjectReader& reader, std::string_view name, bool required = true) {
    return bounded(reader, name, required, kLowestScore, kHighestScore, "a score");
  }
  int level(ObjectReader& reader, std::string_view name);
  int count(ObjectReader& reader, std::string_view name);
  std::vector<std::string> strings(ObjectReader& reader, std::string_view name);

  void read_respondent(const nlohmann::json& value, const std::string& pointer);
  void read_domain(const nlohmann::json& value, const std::string& pointer);
  Finding read_finding(const nlohmann::json& value, const std::string& pointer);
  std::vector<GroupScore> read_groups(ObjectReader& reader, std::string_view name);
  Agreement read_agreement(ObjectReader& domain);
  Coverage read_coverage(ObjectReader& domain);
  void read_overall(ObjectReader& document);
  void read_perception_gap(const nlohmann::json& value, const std::string& pointer);
  void read_provenance(ObjectReader& document);

  std::vector<Gate> read_gates(ObjectReader& owner) {  // profile_gates_json.h
    return detail::GateReader(checker_, v1_, profile_.respondents).read(owner);
  }
  void read_respondent_scores(ObjectReader& reader, DomainProfile& domain);
  void read_consensus_parts(ObjectReader& reader, DomainProfile& domain) {  // profile_consensus_json.h
    detail::SharedReaders shared{[this](ObjectReader& owner) { return read_gates(owner); },
                                 [this](ObjectReader& owner) { return read_agreement(owner); }};
    detail::read_domain_consensus(reader, domain, shared);
  }
  void read_plugin_failures(ObjectReader& document);

  JsonChecker& checker_;
  Profile& profile_;
  bool v1_ = false;  // spectrum.profile/1: gate answers and respondent scores as arrays, always a score
  bool compared_ = false;
};

std::optional<double> ProfileReader::bounded(ObjectReader& reader, std::string_view name, bool required,
                                             double low, double high, const char* what) {
  return detail::read_bounded(reader, name, required, low, high, what);
}

int ProfileReader::level(ObjectReader& reader, std::string_view name) {
  return detail::read_level(reader, name);
}

int ProfileReader::count(ObjectReader& reader, std::string_view name) {
  auto value = reader.integer(name, true);
  if (value && *value < 0) {
    checker_.error(reader.child(name), "expected a count (0 or more), found " + std::to_string(*value));
    return 0;
  }
  return value.value_or(0);
}

std::vector<std::string> ProfileReader::strings(ObjectReader& reader, std::string_view name) {
  std::vector<std::string> result;
  each(reader, name, true, [&](const nlohmann::json& value, const std::string& pointer) {
    if (checker_.expect_string(value, pointer)) result.push_back(value.get<std::string>());
  });
  return result;
}

void ProfileReader::read(const nlohmann::json& document) {
  v1_ = format_of(document) == kProfileFormatV1;
  checker_.require_format(document, v1_ ? kProfileFormatV1 : kProfileFormat);
  ObjectReader reader(checker_, document, "");
  reader.string("format", true);
  if (const nlohmann::json* area = reader.object("area", true))
    profile_.area = detail::read_area(checker_, *area, "/area");
  profile_.period = reader.string("period", true).value_or("");
  each(reader, "respondents", true,
       [&](const auto& value, const auto& pointer) { read_respondent(value, pointer); });
  each(reader, "domains", true, [&](const auto& value, const auto& pointer) { read_domain(value, pointer); });
  read_overall(reader);
  read_provenance(reader);
  if (compared_) {
    if (!v1_) detail::read_workshop(reader, profile_);
    reader.finish();
    return;
  }
  each(reader, "perception_gaps", true,
       [&](const auto& value, const auto& pointer) { read_perception_gap(value, pointer); });
  if (!v1_) read_plugin_failures(reader);
  if (!v1_) detail::read_workshop(reader, profile_);
  if (const nlohmann::json* evidence = reader.object("evidence", false)) profile_.evidence = *evidence;
  reader.finish();
}

void ProfileReader::read_respondent(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a respondent object");
  RespondentSummary respondent;
  respondent.id = reader.text("id").value_or("");
  respondent.organisation = reader.string("organisation", true).value_or("");
  respondent.sector = reader.one_of("sector", true, kSectorNames).value_or("");
  respondent.role = reader.string("role", true).value_or("");
  reader.finish();
  profile_.respondents.push_back(std::move(respondent));
}

void ProfileReader::read_domain(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a domain object");
  if (!reader.valid()) return;
  DomainProfile domain;
  domain.domain = reader.text("domain").value_or("");
  domain.title = reader.string("title", true).value_or("");
  domain.plugin = reader.string("plugin", true).value_or("");
  domain.questionnaire = reader.string("questionnaire", true).value_or("");
  auto status = reader.one_of("status", true, {"ok", "error"});
  domain.status = status == "error" ? DomainProfile::Status::error : DomainProfile::Status::ok;
  const bool failed = domain.status == DomainProfile::Status::error;
  domain.error = reader.string("error", failed).value_or("");
  if (failed && !v1_) {  // /2: a failed domain has its reason and its coverage, nothing scored
    if (!compared_) domain.coverage = read_coverage(reader);
    read_consensus_parts(reader, domain);
    reader.finish();
    profile_.domains.push_back(std::move(domain));
    return;
  }
  // /2 writes no score for a domain where nothing counted; /1 always wrote one.
  domain.nothing_counted = !v1_ && reader.any("score", false) == nullptr;
  if (!domain.nothing_counted) {
    domain.score = score(reader, "score").value_or(0);
    domain.level = level(reader, "level");
    reader.string("level_name", !v1_);
  }
  domain.uncertain = reader.boolean("uncertain", true).value_or(false);
  domain.uncertain_reasons = strings(reader, "uncertain_reasons");
  if (v1_) {  // /1 marked a domain where nothing counted by its reason alone
    for (const std::string& why : domain.uncertain_reasons)
      if (why.starts_with("no answer counted")) domain.nothing_counted = true;
  }
  if (compared_) {  // of the rest, only the respondents counted (the footprint roll-up's weights)
    if (const nlohmann::json* value = reader.object("agreement", true)) {
      ObjectReader agreement(checker_, *value, reader.child("agreement"));
      domain.agreement.respondents = count(agreement, "respondents");
      agreement.finish();
    }
    if (!v1_) read_consensus_parts(reader, domain);  // agreed and moderation (compared_paths: no rounds)
    reader.finish();
    profile_.domains.push_back(std::move(domain));
    return;
  }
  if (reader.any("notes", false)) domain.notes = strings(reader, "notes");
  domain.gates = read_gates(reader);
  each(reader, "findings", true, [&](const auto& value, const auto& pointer) {
    domain.findings.push_back(read_finding(value, pointer));
  });
  if (const nlohmann::json* metrics = reader.object("metrics", true)) {
    for (const auto& [name, metric] : metrics->items()) {
      if (metric.is_null()) {
        domain.metrics[name] = kNoValue;
      } else if (checker_.expect_number(metric, child_pointer(reader.child("metrics"), name),
                                        "a number or null")) {
        domain.metrics[name] = metric.get<double>();
      }
    }
  }
  read_respondent_scores(reader, domain);
  domain.agreement = read_agreement(reader);
  domain.coverage = read_coverage(reader);
  domain.by_sector = read_groups(reader, "by_sector");
  domain.by_role = read_groups(reader, "by_role");
  domain.target = score(reader, "target", false);
  domain.gap_to_target = score(reader, "gap_to_target", false);
  if (!v1_) read_consensus_parts(reader, domain);
  reader.finish();
  profile_.domains.push_back(std::move(domain));
}

void ProfileReader::read_respondent_scores(ObjectReader& reader, DomainProfile& domain) {
  auto add = [&](ObjectReader& owner, std::string_view name, const std::string& respondent) {
    // null: the respondent's answers did not count in this domain.
    const nlohmann::json* given = owner.any(name, true);
    auto respondent_score = given && given->is_null() ? kNoValue : score(owner, name);
    if (respondent_score) domain.respondent_scores.emplace_back(respondent, *respondent_score);
  };
  if (!v1_) {
    if (const nlohmann::json* scores = reader.object("respondent_scores", true)) {
      ObjectReader entries(checker_, *scores, reader.child("respondent_scores"));
      for (const auto& [respondent, unused] : scores->items()) add(entries, respondent, respondent);
      entries.finish();
    }
    return;
  }
  each(reader, "respondent_scores", true, [&](const auto& value, const auto& pointer) {
    ObjectReader entry(checker_, value, pointer, "a respondent score object");
    auto respondent = entry.text("respondent");
    if (respondent) add(entry, "score", *respondent);
    entry.finish();
  });
}

Finding ProfileReader::read_finding(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a finding object");
  Finding finding{};
  finding.kind = Finding::Kind::gap;
  auto kind = reader.one_of("kind", true, {"strength", "gap", "next_step"});
  if (kind == "strength") finding.kind = Finding::Kind::strength;
  if (kind == "next_step") finding.kind = Finding::Kind::next_step;
  if (reader.any("level", false)) finding.level = level(reader, "level");
  finding.text = reader.text("text").value_or("");
  reader.finish();
  return finding;
}

std::vector<GroupScore> ProfileReader::read_groups(ObjectReader& domain, std::string_view name) {
  std::vector<GroupScore> groups;
  each(domain, name, true, [&](const auto& value, const auto& pointer) {
    ObjectReader reader(checker_, value, pointer, "a group score object");
    GroupScore group;
    group.name = reader.text("name").value_or("");
    group.respondents = count(reader, "respondents");
    group.mean = score(reader, "mean").value_or(0);
    reader.finish();
    groups.push_back(std::move(group));
  });
  return groups;
}

Agreement ProfileReader::read_agreement(ObjectReader& domain) {
  Agreement agreement;
  const nlohmann::json* value = domain.object("agreement", true);
  if (!value) return agreement;
  ObjectReader reader(checker_, *value, domain.child("agreement"));
  agreement.respondents = count(reader, "respondents");
  agreement.median = score(reader, "median").value_or(0);
  agreement.min = score(reader, "min").value_or(0);
  agreement.max = score(reader, "max").value_or(0);
  agreement.iqr = score(reader, "iqr").value_or(0);
  agreement.rwg = bounded(reader, "rwg", false, 0, 1, "an agreement index");
  agreement.verdict = reader.string("verdict", true).value_or("");
  reader.finish();
  return agreement;
}

Coverage ProfileReader::read_coverage(ObjectReader& domain) {
  Coverage coverage;
  const nlohmann::json* value = domain.object("coverage", true);
  if (!value) return coverage;
  ObjectReader reader(checker_, *value, domain.child("coverage"));
  coverage.answered = count(reader, "answered");
  coverage.dont_know = count(reader, "dont_know");
  coverage.not_applicable = count(reader, "not_applicable");
  coverage.missing = count(reader, "missing");
  coverage.expected = count(reader, "expected");
  coverage.dont_know_share = bounded(reader, "dont_know_share", true, 0, 1, "a share").value_or(0);
  coverage.answered_share = bounded(reader, "answered_share", true, 0, 1, "a share").value_or(0);
  reader.finish();
  return coverage;
}

void ProfileReader::read_overall(ObjectReader& document) {
  const nlohmann::json* value = document.object("overall", true);
  if (!value) return;
  ObjectReader reader(checker_, *value, "/overall");
  Overall& overall = profile_.overall;
  overall.method = reader.text("method").value_or("");
  overall.description = reader.string("description", true).value_or("");
  overall.domains = count(reader, "domains");
  // /2 writes no overall position when no domain scored.
  if (v1_ || overall.domains > 0 || reader.any("score", false)) {
    overall.score = score(reader, "score").value_or(0);
    overall.level = level(reader, "level");
    reader.string("level_name", !v1_);
  }
  if (!v1_) detail::read_overall_basis(reader, overall);
  reader.finish();
}

void ProfileReader::read_perception_gap(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a perception gap object");
  PerceptionGap gap;
  gap.domain = reader.text("domain").value_or("");
  gap.higher = reader.text("higher").value_or("");
  gap.lower = reader.text("lower").value_or("");
  gap.higher_score = score(reader, "higher_score").value_or(0);
  gap.lower_score = score(reader, "lower_score").value_or(0);
  gap.difference = score(reader, "difference").value_or(0);
  reader.finish();
  profile_.perception_gaps.push_back(std::move(gap));
}

void ProfileReader::read_plugin_failures(ObjectReader& document) {
  each(document, "plugin_failures", true, [&](const auto& value, const auto& pointer) {
    ObjectReader reader(checker_, value, pointer, "a plugin failure object");
    PluginFailure failure;
    failure.file = reader.text("file").value_or("");
    failure.reason = reader.text("reason").value_or("");
    reader.finish();
    profile_.plugin_failures.push_back(std::move(failure));
  });
}

void ProfileReader::read_provenance(ObjectReader& document) {
  const nlohmann::json* value = document.object("provenance", true);
  if (!value) return;
  ObjectReader reader(checker_, *value, "/provenance");
  Provenance& provenance = profile_.provenance;
  provenance.tool = reader.string("tool", true).value_or("");
  provenance.generated = reader.string("generated", true).value_or("");
  each(reader, "plugins", true, [&](const auto& value, const auto& pointer) {
    ObjectReader plugin_reader(checker_, value, pointer, "a plugin object");
    PluginProvenance plugin;
    plugin.id = plugin_reader.text("id").value_or("");
    plugin.version = plugin_reader.string("version", true).value_or("");
    plugin.domain = plugin_reader.string("domain", true).value_or("");
    plugin.sha256 = plugin_reader.string("sha256", true).value_or("");
    plugin.file = plugin_reader.string("file", false).value_or("");
    plugin_reader.finish();
    provenance.plugins.push_back(std::move(plugin));
  });
  each(reader, "questionnaires", true, [&](const auto& value, const auto& pointer) {
    ObjectReader questionnaire_reader(checker_, value, pointer, "a questionnaire object");
    QuestionnaireProvenance questionnaire;
    questionnaire.id = questionnaire_reader.text("id").value_or("");
    questionnaire.version = questionnaire_reader.string("version", true).value_or("");
    questionnaire.sha256 = questionnaire_reader.string("sha256", true).value_or("");
    questionnaire_reader.finish();
    provenance.questionnaires.push_back(std::move(questionnaire));
  });
  reader.finish();
}

}  // namespace

Profile profile_from_json(const nlohmann::json& document, const std::string& file) {
  JsonChecker checker(file);
  Profile profile;
  profile.source = file;
  ProfileReader(checker, profile).read(document);
  checker.throw_if_errors();
  std::vector<Diagnostic> untrue = check_profile(document, profile);
  if (!untrue.empty()) throw InputError(std::move(untrue));
  return profile;
}

Profile compared_profile(const std::string& text, const std::string& file) {
  const nlohmann::json document = detail::parse_json_selected(text, file, compared_paths());
  JsonChecker checker(file);
  Profile profile;
  profile.source = file;
  ProfileReader(checker, profile, true).read(document);
  checker.throw_if_errors();
  std::vector<Diagnostic> untrue = check_profile(document, profile);
  if (!untrue.empty()) throw InputError(std::move(untrue));
  // Checked, and now let go: compare counts respondents and reads the instruments' ids and versions.
  profile.respondents.assign(profile.respondents.size(), {});
  for (PluginProvenance& plugin : profile.provenance.plugins) plugin.sha256 = plugin.file = {};
  for (QuestionnaireProvenance& questionnaire : profile.provenance.questionnaires) questionnaire.sha256 = {};
  for (DomainProfile& domain : profile.domains) domain.uncertain_reasons = {};
  return profile;
}

Profile load_profile(const std::string& path) {
  return profile_from_json(parse_json(read_file(path), path), path);
}

}  // namespace spectrum
