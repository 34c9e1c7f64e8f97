// Comparing many profiles: what a regulator does with the profiles of dozens to thousands of areas
// over several periods. No Qt; the CLI, the reports and the studio all read the same Comparison.
//
// Comparability. Two profiles are comparable when their instruments agree: the same plugin ids and
// questionnaire ids, each at the same MAJOR version (from Profile::provenance). compare() refuses a
// set that mixes instruments (MixedInstrumentsError, naming both profiles and the instrument) unless
// CompareOptions::allow_mixed; then the profiles whose instruments differ from the most common set are
// compared anyway and marked `mixed` in every view.
//
// Cohorts. Like is compared with like: ranks, percentiles, quartiles and distances are computed among
// the profiles of the same period (a cohort), one domain at a time. Only domains that scored (status
// ok) take part; an uncertain domain takes part with its score and keeps its flag.
//
// Ties and percentiles. Scores are compared at the two decimals a profile carries. Rank is the
// standard competition rank: 1 + the number of cohort members with a strictly higher score (scores
// 3.2, 3.2, 2.5 rank 1, 1, 3). Percentile is the mid-rank percentile rank:
//   percentile = 100 * (below + 0.5 * equal) / n
// where below counts members with a strictly lower score, equal counts members with the same score
// (itself included) and n the members that scored. Lowest of four distinct scores: 12.5; highest: 87.5.
//
// Quartiles. q1, median and q3 interpolate linearly between order statistics: for sorted scores
// x[0..n-1], quantile(p) = x[j] + (h - j) * (x[j+1] - x[j]) with h = (n - 1) * p and j = floor(h)
// (spectrum::quantile in agreement.h, the one quantile of Spectrum).
// Distance from the median is the area's score minus the cohort's median.
//
// Footprint roll-up. The Health and Wellbeing Board profiles (area kind "hwb") that name a footprint
// are combined per footprint and period: a domain's score is the mean of the members' scores weighted
// by the respondents whose score counted in that domain (a member with none weighs 1); the level is
// the rounding rule (floor of the score, spectrum/scoring.h) — gates are not re-applied; the domain is
// uncertain when the uncertain members carry more than half the weight.
//
// Trends. An area is followed across periods by its code, or its name when it has no code (compared
// without case). Periods sort as text ("2015/16" before "2016/17"). The change in a domain is the score
// in the latest period the area scored in minus the score in the earliest.
#ifndef SPECTRUM_COMPARE_H
#define SPECTRUM_COMPARE_H

#include <spectrum/profile.h>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

// The area fields profiles can be grouped by.
inline constexpr std::string_view kGroupFields[] = {"footprint", "name", "code", "kind"};
// The column id of the overall position (it follows the domains in Comparison::columns).
inline constexpr std::string_view kOverallColumn = "overall";
// How many areas each list of movers holds at most.
constexpr std::size_t kMoversShown = 5;

struct CompareOptions {
  bool allow_mixed = false;            // compare profiles from different instruments, marked
  std::string group_by;                // "" (no peer groups) or one of kGroupFields
  std::vector<std::string> highlight;  // areas to highlight, by code or name (without case)
  // Which scores are ranked: kBasisIndividual (every domain's individual score, and the overall
  // position recombined from them when the profile used another basis) or kBasisAgreedWhereAgreed
  // ("agreed": a domain's agreed score where its workshop agreed one, the individual score otherwise).
  std::string rank_by = kBasisIndividual;
};

// Thrown by compare() when two profiles were scored with different instruments.
class MixedInstrumentsError : public std::runtime_error {
 public:
  MixedInstrumentsError(std::string first, std::string second, std::string instrument, std::string detail);
  const std::string& first() const { return first_; }  // label of a profile (source file if known)
  const std::string& second() const { return second_; }
  const std::string& instrument() const { return instrument_; }  // "questionnaire leadership"

 private:
  std::string first_, second_, instrument_;
};

// What compare() reads of one profile's domain, and nothing more.
struct CompareRowDomain {
  std::string id;       // DomainProfile::domain
  std::string title;    // as the profile names it
  bool scored = false;  // DomainProfile::scored(): status ok and some answer counted
  double score = 0;
  int level = 0;
  bool uncertain = false;
  int respondents = 0;      // whose score counted (Agreement::respondents): the roll-up's weight
  bool agreed = false;      // the workshop agreed a score that scored (AgreedScore::scored())
  double agreed_score = 0;  // meaningful when agreed
  int agreed_level = 0;
  std::optional<Moderation> moderation;
};

// What compare() reads of one profile: the area, the period, how many responded, every domain's
// position, the overall position and the instruments (instrument_signature). compare_row() reduces a
// profile to it, so that thousands of areas are compared in memory that follows areas x domains only.
struct CompareRow {
  std::string source;  // the file the profile came from, may be empty
  model::Area area;
  std::string period;
  int respondents = 0;
  bool workshop = false;  // the profile carries a consensus workshop
  // The overall position as the profile has it: method and basis decide whether it is recombined.
  std::string overall_method;
  std::string overall_basis = kBasisIndividual;
  double overall_score = 0;
  int overall_level = 0;
  int overall_domains = 0;
  std::vector<CompareRowDomain> domains;
  std::vector<std::string> instruments;  // instrument_signature of the profile

  const CompareRowDomain* find(std::string_view domain) const;  // nullptr when absent
};

// The profile as compare() reads it.
CompareRow compare_row(const Profile& profile);

// One profile, as a row of the comparison.
struct ComparedArea {
  model::Area area;
  std::string period;
  std::string source;  // the file the profile came from, may be empty
  std::string key;     // what trends follow: lower-case code, else lower-case name
  int respondents = 0;
  bool highlighted = false;
  bool mixed = false;         // its instruments differ from the reference set
  std::string mixed_reason;   // "questionnaire leadership 2.x, reference 1.x"
  std::string group;          // its peer group's name ("" without grouping)
  std::string label() const;  // "Northshire (E38000001) 2016/17"
};

// A domain (or the overall position) as a column of the comparison.
struct CompareColumn {
  std::string id;     // domain id, or kOverallColumn
  std::string title;  // as the profiles name it
};

// One area in one column.
struct CompareCell {
  bool scored = false;  // status ok (overall: at least one domain scored); nothing below counts otherwise
  double score = 0;     // 0..5
  int level = 0;
  bool uncertain = false;
  int rank = 0;                          // in its cohort, 1 = highest (ties share the rank)
  int cohort_size = 0;                   // members of its cohort that scored in this column
  double percentile = 0;                 // mid-rank percentile rank, 0..100
  double from_median = 0;                // score - cohort median
  double from_group_median = 0;          // score - its peer group's median (0 without grouping)
  bool agreed = false;                   // the score is the workshop's agreed score (rank_by agreed)
  std::optional<Moderation> moderation;  // a regulator's moderated level, beside the level above
};

// A domain whose moderated level differs from its self-assessed level (the level compared).
struct ModerationDifference {
  std::size_t area = 0;              // index into Comparison::areas
  std::size_t column = 0;            // index into Comparison::columns
  std::optional<int> self_assessed;  // none when the domain had no level (failed, nothing counted)
  bool uncertain = false;            // the self-assessed level was shown as uncertain
  Moderation moderation;
};

// Distribution of one column's scores among the areas that scored.
struct Distribution {
  int count = 0;
  double min = 0, q1 = 0, median = 0, q3 = 0, max = 0, mean = 0;
  int uncertain = 0;  // how many of them are uncertain
};

// The profiles of one period.
struct Cohort {
  std::string period;
  std::vector<std::size_t> areas;          // indexes into Comparison::areas, in input order
  std::vector<Distribution> distribution;  // one per column
};

// Peers: the areas of one period sharing a value of the grouping field.
struct PeerGroup {
  std::string name;  // the field's value; "(none)" when empty
  std::string period;
  std::vector<std::size_t> areas;
  std::vector<Distribution> distribution;  // one per column
  bool mixed = false;                      // some member is mixed
};

// A footprint's Health and Wellbeing Boards combined (see the roll-up method above).
struct FootprintRollup {
  std::string footprint;
  std::string period;
  std::vector<std::size_t> members;  // indexes into Comparison::areas
  int respondents = 0;
  std::vector<CompareCell> cells;  // one per column; rank/percentile among the footprints of the period
  bool mixed = false;
};

// One area followed over periods in one column.
struct TrendPoint {
  std::string period;
  std::size_t area = 0;  // index into Comparison::areas
  double score = 0;
  int level = 0;
  bool uncertain = false;
};

struct AreaTrend {
  std::string key;                              // ComparedArea::key
  std::string name;                             // from the latest profile
  std::vector<std::vector<TrendPoint>> series;  // per column: the periods it scored in, sorted
  std::vector<std::optional<double>> change;    // per column: latest - earliest, none with < 2 points
  bool mixed = false;
  bool highlighted = false;
};

// Per column: the areas that moved most (indexes into Comparison::trends), at most kMoversShown each.
// Ties are broken by the trend's key so the lists are stable.
struct Movers {
  std::vector<std::size_t> improved;  // largest positive change first
  std::vector<std::size_t> declined;  // largest negative change first
};

struct Comparison {
  std::vector<CompareColumn> columns;             // domains in first-seen order, then kOverallColumn
  std::vector<ComparedArea> areas;                // one per profile, in input order
  std::vector<std::vector<CompareCell>> cells;    // [area][column]
  std::vector<Cohort> cohorts;                    // one per period, periods sorted
  std::string group_by;                           // the grouping field, "" for none
  std::vector<PeerGroup> groups;                  // sorted by period, then name
  std::vector<FootprintRollup> footprints;        // sorted by period, then footprint
  std::vector<AreaTrend> trends;                  // areas seen in two periods or more, sorted by key
  std::vector<Movers> movers;                     // one per column
  bool mixed = false;                             // some profile is marked mixed
  std::vector<std::string> unmatched_highlights;  // CompareOptions::highlight entries matching no area
  std::vector<std::string> warnings;              // e.g. the same area twice in one period
  std::string rank_by = kBasisIndividual;         // CompareOptions::rank_by
  std::vector<ModerationDifference> moderation_differences;  // in area, then column order

  std::size_t column_index(std::string_view id) const;  // columns.size() when unknown
  const Cohort* cohort(std::string_view period) const;  // nullptr when no such period
};

// The instrument a profile was scored with, in one line per plugin and questionnaire: "plugin
// leadership 1.x", "questionnaire leadership 1.x" (ids and major versions only).
std::vector<std::string> instrument_signature(const Profile& profile);

// Compares the profiles (any number, none included). Throws MixedInstrumentsError as described above
// and std::invalid_argument for an unknown group_by field. Highlights that match no area are listed in
// unmatched_highlights.
Comparison compare(const std::vector<Profile>& profiles, const CompareOptions& options = {});
// The same from the profiles' rows (compare_row); compare() of whole profiles is compare_rows() of
// their rows, and gives the same comparison.
Comparison compare_rows(const std::vector<CompareRow>& rows, const CompareOptions& options = {});

// The comparison as JSON ("format": "spectrum.comparison/1"): every view, numbers as numbers.
nlohmann::json to_json(const Comparison& comparison);

}  // namespace spectrum

#endif  // SPECTRUM_COMPARE_H
