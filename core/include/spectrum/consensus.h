// From individual answers to an agreed position: the model functions behind Delphi rounds and the
// consensus workshop. The records themselves are model::Round and model::Consensus (spectrum/model.h),
// read and written with the assessment (spectrum/io.h). Pure functions of their arguments; safe to call
// from any thread on data nobody is changing.
#ifndef SPECTRUM_CONSENSUS_H
#define SPECTRUM_CONSENSUS_H

#include <spectrum/model.h>
#include <spectrum/profile.h>

#include <optional>
#include <string>
#include <vector>

namespace spectrum {

// The rounds an assessment holds: 1 + assessment.rounds.size().
int round_count(const model::Assessment& assessment);

// The respondents with their answers as they stood at the end of `round` (1-based): round 1 is their
// own answers; each later round applies its revisions item by item, so an item a respondent did not
// revise keeps its earlier answer. Throws std::out_of_range when round is not 1..round_count().
std::vector<model::Respondent> respondents_at_round(const model::Assessment& assessment, int round);

// The assessment as its last round left it, without rounds: what the individual scores use.
model::Assessment final_answers(const model::Assessment& assessment);

// Where an answer places the item on the spectrum, 0..5 (the SDK's default item score): scale linearly
// from its lowest to its highest point; choice the option's value; multi the highest value selected;
// boolean yes 5, no 0; number linearly over the item's min..max when both are set. nullopt when the
// answer has no value (don't know, not applicable, missing), for text, and for an unbounded number.
std::optional<double> answer_position(const model::Item& item, const model::AnswerValue& answer);

// How the respondents answered one item.
struct ItemSpread {
  std::vector<double> positions;  // answer_position of every answer that has one
  int dont_know = 0, not_applicable = 0, missing = 0;
  std::optional<double> median;  // of positions; nullopt when there are none
  double iqr = 0;                // interquartile range of positions
  std::optional<double> rwg;     // agreement of positions (spectrum/agreement.h); nullopt with < 2
  // Partners split on the item: rwg below kRwgSplit (0.5), the domain-level rule applied to one item.
  bool split() const;
};
ItemSpread item_spread(const model::Item& item, const std::vector<const model::AnswerValue*>& answers);

// The respondents' middle answer to an item, carried into the agreed answer set for an item the
// workshop did not discuss: of the answers with a position, the one at the median position (the lower
// of the two middle ones when their number is even); for a text item, or when no answer has a
// position, the most common state among don't know and not applicable (missing when neither occurs).
model::AnswerValue median_answer(const model::Item& item,
                                 const std::vector<const model::AnswerValue*>& answers);

// One item of an agreed answer set.
struct AgreedItem {
  std::string item;  // item id
  model::AnswerValue answer;
  bool agreed = false;           // true: the workshop agreed it; false: carried as the median_answer
  std::string rationale;         // the workshop's, for agreed items
  std::optional<double> median;  // median position of the respondents' answers
  std::optional<double> moved;   // |position of the agreed answer - median|, agreed items with both
};

// The workshop's answers to one questionnaire, as one more answer set: every item of the questionnaire
// in order, agreed where the workshop agreed it and carried from the respondents otherwise.
struct AgreedAnswerSet {
  std::string questionnaire;  // questionnaire id
  std::vector<AgreedItem> items;
  int agreed_count() const;
};

// The answer set of one questionnaire with whatever the workshop agreed in it (possibly nothing, or no
// consensus record at all: every item is then carried); carried items and medians come from the
// respondents' answers in the last round.
AgreedAnswerSet answer_set_with_agreed(const model::Assessment& assessment,
                                       const model::Questionnaire& questionnaire);

// The agreed answer set of one questionnaire; carried items and medians come from the respondents'
// answers in the last round. nullopt when the assessment has no consensus record or the workshop agreed
// no item of this questionnaire: the domain then has no agreed score.
std::optional<AgreedAnswerSet> agreed_answer_set(const model::Assessment& assessment,
                                                 const model::Questionnaire& questionnaire);

// The id of the one respondent (organisation "Consensus workshop", sector other) an agreed answer set
// is scored as.
constexpr const char* kAgreedRespondentId = "agreed";
// The agreed answer sets as one respondent (sector other) answering each of their questionnaires:
// what the plugins score, through the same boundary as any respondent.
model::Respondent agreed_respondent(const std::vector<AgreedAnswerSet>& sets);

// How partners moved between two rounds, from the agreement of their domain scores in each:
//   converged     the last round is not split, and the first was split or rwg rose by kRoundsStep or more;
//   diverged      the last round is split and the first was not, or rwg fell by kRoundsStep or more;
//   stayed split  split in both rounds, otherwise;
//   held          not split in either round, with rwg within kRoundsStep;
//   not measured  fewer than two respondents scored in a round (no rwg).
// "Split" is the domain rule of spectrum/agreement.h: rwg below kRwgSplit.
constexpr double kRoundsStep = 0.1;
extern const char* const kRoundsRule;  // the rule above in one paragraph, as written into profiles
std::string round_outcome(const Agreement& first, const Agreement& last);

}  // namespace spectrum

#endif  // SPECTRUM_CONSENSUS_H
