// The consensus parts of scoring: each Delphi round scored again, and the workshop's agreed answer set
// scored as one more respondent, through the same plugin boundary as the individual answers.
#include "answer_text.h"
#include "domain_scoring.h"

#include <spectrum/agreement.h>

#include <cmath>

namespace spectrum::detail {
namespace {

RoundScore round_score_of(const PluginOutput& out, int round) {
  RoundScore score;
  score.round = round;
  score.scored = out.ok && !std::isnan(out.score);
  if (score.scored) {
    score.level = out.level;
    score.score = shown_score(out);
  }
  if (out.ok) score.agreement = agreement_of(out.respondent_scores);
  return score;
}

std::optional<double> two_decimals(const std::optional<double>& value) {
  return value ? std::optional<double>(round_score(*value)) : std::nullopt;
}

}  // namespace

ConsensusInputs::ConsensusInputs(const model::Assessment& assessment,
                                 const std::vector<const model::Questionnaire*>& answered) {
  for (int round = 1; round < round_count(assessment); ++round) {
    model::Assessment& earlier = rounds_.emplace_back(assessment);
    earlier.respondents = respondents_at_round(assessment, round);
    earlier.rounds.clear();
  }
  for (const model::Assessment& earlier : rounds_)
    round_views_.push_back(std::make_unique<InputView>(earlier, answered));
  if (!assessment.consensus) return;
  // Questionnaires the workshop did not discuss are answered with the respondents' median answers, so
  // that a plugin reading other questionnaires sees the same agreed respondent everywhere.
  std::vector<AgreedAnswerSet> every;
  for (const model::Questionnaire* questionnaire : answered) {
    AgreedAnswerSet set = answer_set_with_agreed(assessment, *questionnaire);
    agreed_sets_.push_back(set.agreed_count() > 0 ? std::optional<AgreedAnswerSet>(set) : std::nullopt);
    every.push_back(std::move(set));
  }
  agreed_.path = assessment.path;
  agreed_.area = assessment.area;
  agreed_.period = assessment.period;
  agreed_.respondents.push_back(agreed_respondent(every));
  agreed_view_ = std::make_unique<InputView>(agreed_, answered);
}

void ConsensusInputs::add_rounds(DomainProfile& domain, std::size_t set, const LoadedPlugin& plugin,
                                 const AssessOptions& options) {
  if (round_views_.empty()) return;
  RoundsSummary summary;
  summary.rule = kRoundsRule;
  for (std::size_t r = 0; r < round_views_.size(); ++r)
    summary.rounds.push_back(
        round_score_of(run_on(plugin, *round_views_[r], set, options), static_cast<int>(r) + 1));
  RoundScore last;
  last.round = static_cast<int>(round_views_.size()) + 1;
  last.scored = domain.scored();
  last.score = domain.score;
  last.level = domain.level;
  last.agreement = domain.agreement;
  summary.rounds.push_back(last);
  summary.outcome = round_outcome(summary.rounds.front().agreement, last.agreement);
  domain.rounds = std::move(summary);
}

void ConsensusInputs::add_agreed(DomainProfile& domain, std::size_t set, const LoadedPlugin& plugin,
                                 const AssessOptions& options) {
  if (!agreed_view_ || !agreed_sets_[set]) return;
  const AgreedAnswerSet& answers = *agreed_sets_[set];
  const model::Questionnaire& questionnaire = agreed_view_->questionnaire(set);
  PluginOutput out = run_on(plugin, *agreed_view_, set, options);

  AgreedScore agreed;
  agreed.ok = out.ok;
  agreed.error = out.error;
  agreed.nothing_counted = out.ok && std::isnan(out.score);
  if (agreed.scored()) {
    agreed.level = out.level;
    agreed.score = shown_score(out);
    if (domain.scored()) agreed.difference = round_score(agreed.score - domain.score);
  }
  if (out.ok && options.gates) agreed.gates = gates_of(out.gates, agreed_, *agreed_view_, set);
  for (std::size_t i = 0; i < answers.items.size(); ++i) {
    const AgreedItem& item = answers.items[i];
    if (!item.agreed) {
      ++agreed.carried;
      continue;
    }
    const model::Item& asked = questionnaire.items[i];
    agreed.items.push_back({item.item, asked.text, answer_text(asked, agreed_view_->answer(set, 0, i)),
                            item.rationale, two_decimals(item.median), two_decimals(item.moved)});
  }
  domain.agreed = std::move(agreed);
}

WorkshopSummary workshop_of(const model::Consensus& consensus) {
  WorkshopSummary workshop{consensus.date, consensus.method, consensus.facilitator, consensus.participants};
  // A profile names organisations, sectors and roles only: the assessment's x- members stay behind.
  for (model::Participant& participant : workshop.participants)
    participant.extensions = nlohmann::json::object();
  return workshop;
}

}  // namespace spectrum::detail
