// The maturity profile: what an assessment scores to, and what a board sends a regulator.
// It names organisations, sectors and roles, never respondents' names, and carries free-text
// evidence only when asked to.
#ifndef SPECTRUM_PROFILE_H
#define SPECTRUM_PROFILE_H

#include <spectrum/diagnostics.h>
#include <spectrum/model.h>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

// One answer to a gate's item and the respondents who gave it, as shown to a reader. Organisations and
// sectors are not repeated here: they are the profile's respondents'.
struct GateAnswer {
  std::string answer;  // "Joint committee", "42 %", "don't know", "not applicable", "missing"
  std::vector<std::string> respondents;  // respondent ids, in the assessment's order
};

// An item behind a gate with the numbers that decided it, as the plugin reported them. A plugin built
// before gate numbers existed reports none: score and threshold are then both empty, never invented.
struct GateItem {
  std::string id;
  std::string text;
  std::optional<double> score;      // the item score the plugin compared, 0..5; empty when it did not count
  std::optional<double> threshold;  // what it was compared with; empty when the plugin did not say
  std::vector<GateAnswer> answers;  // one per distinct answer, ordered by the answer's text
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
  int respondents = 0;  // respondents whose score counts
  double median = 0;
  double min = 0, max = 0;    // spread: lowest and highest respondent score
  double iqr = 0;             // interquartile range of respondent scores
  std::optional<double> rwg;  // within-group agreement against the uniform null; none with < 2
  std::string verdict;        // "strong", "moderate", "split", "single respondent"
};

struct Coverage {
  int answered = 0;  // answers with a value
  int dont_know = 0;
  int not_applicable = 0;  // by the respondent or by relevance
  int missing = 0;
  int expected = 0;            // respondents x items
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

// One item of the agreed answer set as a profile shows it (spectrum/consensus.h: AgreedItem).
struct AgreedItemSummary {
  std::string id;                // item id
  std::string text;              // the item's text
  std::string answer;            // the agreed answer as a reader sees it ("Joint committee", "don't know")
  std::string rationale;         // why the workshop agreed it
  std::optional<double> median;  // median position of the respondents' answers, 0..5
  std::optional<double> moved;   // how far the agreed answer sits from that median, 0..5
};

// The domain scored from the workshop's agreed answers, beside the individual score. Items the
// workshop did not discuss are carried from the respondents' median answer (carried counts them).
struct AgreedScore {
  bool ok = true;  // false: the plugin failed on the agreed answers (error says why)
  std::string error;
  bool nothing_counted = false;
  bool scored() const { return ok && !nothing_counted; }
  double score = 0;  // 0..5, two decimals, capped at level + 0.99 like the individual score
  int level = 0;
  std::vector<Gate> gates;  // as the plugin reported them for the agreed answers
  // agreed score - individual score; nullopt unless both scored. Positive: the workshop agreed higher.
  std::optional<double> difference;
  std::vector<AgreedItemSummary> items;  // the items the workshop agreed, in questionnaire order
  int carried = 0;                       // items carried from the respondents' median answer
};

// One Delphi round's individual scores in a domain.
struct RoundScore {
  int round = 1;
  bool scored = false;  // false: nothing counted (or the plugin failed) in this round
  double score = 0;
  int level = 0;
  Agreement agreement;  // rwg, IQR, ... of the respondents' scores in this round
};

// How the partners moved between the first and the last round: round_outcome and kRoundsRule in
// spectrum/consensus.h decide it and state the rule written into profiles.
struct RoundsSummary {
  std::vector<RoundScore> rounds;  // round 1 first; the last round's scores are the domain's own
  std::string outcome;             // "converged", "diverged", "stayed split", "held", "not measured"
  std::string rule;                // the rule that decided the outcome, in one paragraph
};

// A regulator's moderated level beside the self-assessed one; it never replaces it.
struct Moderation {
  int level = 0;             // 0..5
  std::string rationale;     // never empty
  std::string organisation;  // the moderator's organisation (never a person)
  std::string date;          // YYYY-MM-DD
};

struct DomainProfile {
  std::string domain;
  std::string title;
  std::string plugin;         // plugin id
  std::string questionnaire;  // questionnaire id
  enum class Status { ok, error } status = Status::ok;
  std::string error;  // reason when status == error
  // True when the plugin ran but no answer counted (all don't know, not applicable or missing).
  bool nothing_counted = false;
  // Whether the domain has a score: status ok and some answer counted. When false, score and level
  // mean nothing and are neither written nor shown.
  bool scored() const { return status == Status::ok && !nothing_counted; }
  double score = 0;        // 0..5, two decimals (the precision written)
  int level = 0;           // 0..5: floor(score), which gates may have held back (score capped)
  bool uncertain = false;  // shown instead of the level
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
  std::optional<double> target;          // level the area aims for
  std::optional<double> gap_to_target;   // target - score when below target, else 0
  std::optional<AgreedScore> agreed;     // when the workshop agreed at least one of the domain's items
  std::optional<RoundsSummary> rounds;   // when the assessment had more than one round
  std::optional<Moderation> moderation;  // when a regulator moderated the domain (spectrum moderate)
};

// Which scores the overall position combines.
//   agreed-where-agreed  a domain's agreed score where the workshop agreed one, its individual score
//                        otherwise (the default when the assessment has a consensus record);
//   individual           every domain's individual score (what profiles without a workshop use);
//   agreed               only agreed scores: a domain without one is left out.
constexpr const char* kBasisAgreedWhereAgreed = "agreed-where-agreed";
constexpr const char* kBasisIndividual = "individual";
constexpr const char* kBasisAgreed = "agreed";
// Whether name is one of the three bases.
bool is_overall_basis(std::string_view name);
// The basis in one sentence, as written into the profile.
std::string basis_description(std::string_view basis);
// The score a domain contributes to the overall position under basis; nullopt when it contributes none.
std::optional<double> basis_score(const DomainProfile& domain, std::string_view basis);

struct Overall {
  std::string method;       // policy id: "capped-mean", "mean", "median", "minimum"
  std::string description;  // the policy in one sentence
  double score = 0;         // two decimals; meaningless when domains == 0
  int level = 0;            // floor(score); meaningless when domains == 0
  int domains = 0;          // domains that scored; 0: no overall position
  // Which scores were combined (kBasis...); "individual" in profiles written before workshops existed.
  std::string basis = kBasisIndividual;
  std::string basis_description;  // the basis in one sentence
};

// The workshop as a profile records it: when, how, and who took part (organisations, sectors, roles).
struct WorkshopSummary {
  std::string date;
  std::string method;
  std::string facilitator;
  std::vector<model::Participant> participants;
};

struct PluginProvenance {
  std::string id, version, domain, sha256, file;
};
struct QuestionnaireProvenance {
  std::string id, version, sha256;
};
struct Provenance {
  std::string tool;       // "spectrum 0.1.0"
  std::string generated;  // ISO 8601 UTC time
  std::vector<PluginProvenance> plugins;
  std::vector<QuestionnaireProvenance> questionnaires;
};

// A plugin that could not be loaded, and why: a profile says what it could not score with.
struct PluginFailure {
  std::string file;    // file name of the library
  std::string reason;  // "leadership.so: built for SDK ABI 2, this host speaks ABI 1"
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
  std::vector<PluginFailure> plugin_failures;
  // The workshop behind the agreed scores; absent when the assessment had no consensus record.
  std::optional<WorkshopSummary> workshop;
  Provenance provenance;
  nlohmann::json evidence;  // only when asked: respondent -> item -> note; null otherwise

  bool any_error() const;
  const DomainProfile* find(std::string_view domain) const;
};

// The profile as "spectrum.profile/2" JSON (docs/file-formats.md), and back from /2 or /1 (throws
// InputError naming file and pointer, for its shape and for its truth: see check_profile).
nlohmann::json to_json(const Profile& profile);
Profile profile_from_json(const nlohmann::json& document, const std::string& file);
// The text of to_json(profile).dump(indent) followed by a newline, built one domain at a time so that
// the JSON tree of a whole profile is never in memory at once (a large area's gate evidence).
std::string profile_text(const Profile& profile, int indent);
Profile load_profile(const std::string& path);

// What compare() needs of a profile's text, and only that: the area, period, number of respondents,
// each domain's id, title, status, score, level, uncertain flag, respondents counted, agreed score and
// moderation, the overall position, the workshop (whether there was one decides how the overall
// position is ranked) and the provenance. The text is parsed with a SAX handler that keeps nothing else
// (gates, findings, breakdowns, evidence are read past), so memory follows what is kept, not the file. What
// is kept is checked as profile_from_json checks it, truth checks included (InputError naming file and JSON
// pointer); what is dropped is not checked (`spectrum validate` checks the whole profile).
Profile compared_profile(const std::string& text, const std::string& file);

// What a profile says that cannot be true, each with its JSON pointer: a level_name that is not its
// level's, a level that does not follow from its score, a domain listed twice, a SHA-256 that is not
// 64 hex digits, an overall position that does not follow from the domains under the policy it names.
// Empty when the profile is consistent. profile_from_json runs it on every profile it reads.
std::vector<Diagnostic> check_profile(const nlohmann::json& document, const Profile& profile);

}  // namespace spectrum

#endif  // SPECTRUM_PROFILE_H
