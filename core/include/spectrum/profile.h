// The maturity profile: what an assessment scores to, and what a board sends a regulator.
// It names organisations, sectors and roles, never respondents' names, and carries free-text
// evidence only when asked to.
#ifndef SPECTRUM_PROFILE_H
#define SPECTRUM_PROFILE_H

#include <spectrum/model.h>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spectrum {

// One respondent's answer to a gate's item, as shown to a reader.
struct GateAnswer {
  std::string respondent;    // respondent id
  std::string organisation;
  std::string sector;        // sector name
  std::string answer;        // "Joint committee", "42 %", "don't know", "not applicable", "missing"
};

struct GateItem {
  std::string id;
  std::string text;
  std::optional<double> pooled;  // mean item score 0..5 over respondents whose answers count
  std::vector<GateAnswer> answers;
};

struct Gate {
  int level = 0;
  std::string id;
  std::string description;
  bool met = false;
  std::vector<GateItem> items;
};

struct Finding {
  enum class Kind { strength, gap, next_step };
  Kind kind;
  int level = -1;  // for next steps: the level the step leads to; -1 when not tied to one
  std::string text;
};

struct GroupScore {  // a sector's or a role's scores in a domain
  std::string name;
  int respondents = 0;
  double mean = 0;
};

struct Agreement {
  int respondents = 0;        // respondents whose score counts
  double median = 0;
  double min = 0, max = 0;    // spread: lowest and highest respondent score
  double iqr = 0;             // interquartile range of respondent scores
  std::optional<double> rwg;  // within-group agreement against the uniform null; none with < 2
  std::string verdict;        // "strong", "moderate", "split", "single respondent"
};

struct Coverage {
  int answered = 0;        // answers with a value
  int dont_know = 0;
  int not_applicable = 0;  // by the respondent or by relevance
  int missing = 0;
  int expected = 0;        // respondents x items
  double dont_know_share = 0;  // dont_know / (answered + dont_know)
  double answered_share = 0;   // answered / (expected - not_applicable)
};

struct PerceptionGap {
  std::string domain;
  std::string higher;  // sector name rated higher
  std::string lower;
  double higher_score = 0, lower_score = 0;
  double difference = 0;  // higher - lower, >= 1.0 (one level)
};

struct DomainProfile {
  std::string domain;
  std::string title;
  std::string plugin;         // plugin id
  std::string questionnaire;  // questionnaire id
  enum class Status { ok, error } status = Status::ok;
  std::string error;          // reason when status == error
  double score = 0;           // 0..5 (two decimals)
  int level = 0;              // 0..5 earned by score and gates
  bool uncertain = false;     // shown instead of the level
  std::vector<std::string> uncertain_reasons;
  // What the host repaired in the plugin's result ("finding text: invalid UTF-8 replaced by U+FFFD").
  std::vector<std::string> notes;
  std::vector<Gate> gates;
  std::vector<Finding> findings;
  std::map<std::string, double> metrics;
  std::vector<std::pair<std::string, double>> respondent_scores;  // respondent id -> score
  Agreement agreement;
  Coverage coverage;
  std::vector<GroupScore> by_sector;
  std::vector<GroupScore> by_role;
  std::optional<double> target;  // level the area aims for
  std::optional<double> gap_to_target;  // target - score when below target, else 0
};

struct Overall {
  std::string method;       // policy id: "capped-mean", "mean", "median", "minimum"
  std::string description;  // the policy in one sentence
  double score = 0;
  int level = 0;
  int domains = 0;          // domains that scored
};

struct PluginProvenance {
  std::string id, version, domain, sha256, file;
};
struct QuestionnaireProvenance {
  std::string id, version, sha256;
};
struct Provenance {
  std::string tool;  // "spectrum 0.1.0"
  std::string generated;  // ISO 8601 UTC time
  std::vector<PluginProvenance> plugins;
  std::vector<QuestionnaireProvenance> questionnaires;
};

struct RespondentSummary {  // no names
  std::string id, organisation, sector, role;
};

struct Profile {
  std::string source;  // assessment file, not written to JSON
  model::Area area;
  std::string period;
  std::vector<RespondentSummary> respondents;
  std::vector<DomainProfile> domains;
  Overall overall;
  std::vector<PerceptionGap> perception_gaps;
  Provenance provenance;
  nlohmann::json evidence;  // only when asked: respondent -> item -> note; null otherwise

  bool any_error() const;
  const DomainProfile* find(std::string_view domain) const;
};

// The profile as "spectrum.profile/1" JSON, and back (throws InputError naming file and pointer).
nlohmann::json to_json(const Profile& profile);
Profile profile_from_json(const nlohmann::json& document, const std::string& file);
Profile load_profile(const std::string& path);

}  // namespace spectrum

#endif  // SPECTRUM_PROFILE_H
