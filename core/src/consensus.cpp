// Rounds, item spreads and the agreed answer set (spectrum/consensus.h).
#include <spectrum/agreement.h>
#include <spectrum/consensus.h>
#include <spectrum/numbers.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace spectrum {
namespace {

constexpr double kTop = 5.0;

double linear(double value, double low, double high) {
  if (high == low) return value >= high ? kTop : 0.0;
  return kTop * std::clamp((value - low) / (high - low), 0.0, 1.0);
}

std::optional<double> option_value(const model::Item& item, const std::string& name) {
  for (const model::Option& option : item.options)
    if (option.name == name) return option.value;
  return std::nullopt;
}

const model::AnswerValue* answer_of(const model::Respondent& respondent, const std::string& questionnaire,
                                    const std::string& item) {
  auto by_questionnaire = respondent.answers.find(questionnaire);
  if (by_questionnaire == respondent.answers.end()) return nullptr;
  auto answer = by_questionnaire->second.find(item);
  return answer == by_questionnaire->second.end() ? nullptr : &answer->second;
}

}  // namespace

int round_count(const model::Assessment& assessment) {
  return 1 + static_cast<int>(assessment.rounds.size());
}

std::vector<model::Respondent> respondents_at_round(const model::Assessment& assessment, int round) {
  if (round < 1 || round > round_count(assessment))
    throw std::out_of_range("round " + std::to_string(round) + " is not one of 1.." +
                            std::to_string(round_count(assessment)));
  std::vector<model::Respondent> respondents = assessment.respondents;
  for (int r = 2; r <= round; ++r) {
    const model::Round& revising = assessment.rounds[static_cast<std::size_t>(r - 2)];
    for (model::Respondent& respondent : respondents) {
      auto revised = revising.revisions.find(respondent.id);
      if (revised == revising.revisions.end()) continue;
      for (const auto& [questionnaire, answers] : revised->second)
        for (const auto& [item, answer] : answers) respondent.answers[questionnaire][item] = answer;
    }
  }
  return respondents;
}

model::Assessment final_answers(const model::Assessment& assessment) {
  model::Assessment last = assessment;
  last.respondents = respondents_at_round(assessment, round_count(assessment));
  last.rounds.clear();
  return last;
}

std::optional<double> answer_position(const model::Item& item, const model::AnswerValue& answer) {
  if (answer.state != model::AnswerValue::State::value) return std::nullopt;
  switch (item.type) {
    case ItemType::scale: {
      if (item.options.empty()) return std::nullopt;
      auto [low, high] = std::minmax_element(item.options.begin(), item.options.end(),
                                             [](const auto& a, const auto& b) { return a.value < b.value; });
      return linear(answer.number, low->value, high->value);
    }
    case ItemType::choice:
      if (auto value = option_value(item, answer.choice)) return std::clamp(*value, 0.0, kTop);
      return std::nullopt;
    case ItemType::multi: {
      double best = 0.0;
      for (const std::string& name : answer.selected)
        best = std::max(best, option_value(item, name).value_or(0));
      return std::clamp(best, 0.0, kTop);
    }
    case ItemType::boolean:
      return answer.number != 0 ? kTop : 0.0;
    case ItemType::number:
      if (item.min && item.max) return linear(answer.number, *item.min, *item.max);
      return std::nullopt;
    case ItemType::text:
      return std::nullopt;
  }
  return std::nullopt;
}

bool ItemSpread::split() const {
  return rwg && *rwg < kRwgSplit;
}

ItemSpread item_spread(const model::Item& item, const std::vector<const model::AnswerValue*>& answers) {
  using State = model::AnswerValue::State;
  ItemSpread spread;
  for (const model::AnswerValue* answer : answers) {
    if (!answer || answer->state == State::missing) {
      ++spread.missing;
    } else if (answer->state == State::dont_know) {
      ++spread.dont_know;
    } else if (answer->state == State::not_applicable) {
      ++spread.not_applicable;
    } else if (auto position = answer_position(item, *answer)) {
      spread.positions.push_back(*position);
    }
  }
  if (!spread.positions.empty()) {
    spread.median = median(spread.positions);
    spread.iqr = quantile(spread.positions, 0.75) - quantile(spread.positions, 0.25);
    spread.rwg = rwg(spread.positions);
  }
  return spread;
}

model::AnswerValue median_answer(const model::Item& item,
                                 const std::vector<const model::AnswerValue*>& answers) {
  using State = model::AnswerValue::State;
  std::vector<std::pair<double, const model::AnswerValue*>> placed;
  int dont_know = 0, not_applicable = 0;
  for (const model::AnswerValue* answer : answers) {
    if (!answer) continue;
    if (auto position = answer_position(item, *answer)) placed.emplace_back(*position, answer);
    if (answer->state == State::dont_know) ++dont_know;
    if (answer->state == State::not_applicable) ++not_applicable;
  }
  model::AnswerValue carried;
  carried.type = item.type;
  if (!placed.empty()) {
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    carried = *placed[(placed.size() - 1) / 2].second;
    carried.evidence.clear();
    return carried;
  }
  if (dont_know + not_applicable > 0)
    carried.state = dont_know >= not_applicable ? State::dont_know : State::not_applicable;
  return carried;
}

int AgreedAnswerSet::agreed_count() const {
  return static_cast<int>(
      std::count_if(items.begin(), items.end(), [](const AgreedItem& i) { return i.agreed; }));
}

std::optional<AgreedAnswerSet> agreed_answer_set(const model::Assessment& assessment,
                                                 const model::Questionnaire& questionnaire) {
  AgreedAnswerSet set = answer_set_with_agreed(assessment, questionnaire);
  if (set.agreed_count() == 0) return std::nullopt;
  return set;
}

AgreedAnswerSet answer_set_with_agreed(const model::Assessment& assessment,
                                       const model::Questionnaire& questionnaire) {
  static const std::map<std::string, model::AgreedAnswer> kNothingAgreed;
  const std::map<std::string, model::AgreedAnswer>* agreed = &kNothingAgreed;
  if (assessment.consensus)
    if (auto found = assessment.consensus->items.find(questionnaire.id);
        found != assessment.consensus->items.end())
      agreed = &found->second;
  const std::vector<model::Respondent> respondents =
      respondents_at_round(assessment, round_count(assessment));
  AgreedAnswerSet set;
  set.questionnaire = questionnaire.id;
  for (const model::Item& item : questionnaire.items) {
    std::vector<const model::AnswerValue*> answers;
    for (const model::Respondent& respondent : respondents)
      answers.push_back(answer_of(respondent, questionnaire.id, item.id));
    AgreedItem entry;
    entry.item = item.id;
    entry.median = item_spread(item, answers).median;
    if (auto found = agreed->find(item.id); found != agreed->end()) {
      entry.agreed = true;
      entry.answer = found->second.answer;
      entry.rationale = found->second.rationale;
      auto position = answer_position(item, entry.answer);
      if (position && entry.median) entry.moved = std::fabs(*position - *entry.median);
    } else {
      entry.answer = median_answer(item, answers);
    }
    set.items.push_back(std::move(entry));
  }
  return set;
}

model::Respondent agreed_respondent(const std::vector<AgreedAnswerSet>& sets) {
  model::Respondent respondent;
  respondent.id = kAgreedRespondentId;
  respondent.organisation = "Consensus workshop";
  respondent.sector = Sector::other;
  respondent.role = "agreed position";
  for (const AgreedAnswerSet& set : sets) {
    std::map<std::string, model::AnswerValue>& answers = respondent.answers[set.questionnaire];
    for (const AgreedItem& item : set.items)
      if (item.answer.state != model::AnswerValue::State::missing) answers[item.item] = item.answer;
  }
  return respondent;
}

}  // namespace spectrum

namespace spectrum {

const char* const kRoundsRule =
    "converged: the last round is not split (rwg 0.5 or more) and the first was split or rwg rose by 0.1 "
    "or more; diverged: the last round is split and the first was not, or rwg fell by 0.1 or more; stayed "
    "split: split in both rounds otherwise; held: not split in either round, rwg within 0.1; not measured: "
    "fewer than two respondents scored in a round";

std::string round_outcome(const Agreement& first, const Agreement& last) {
  if (!first.rwg || !last.rwg) return "not measured";
  // On rwg as profiles write it (two decimals), so that a reader can check the outcome.
  const double before = round_to(*first.rwg, 2), after = round_to(*last.rwg, 2);
  const bool was_split = before < kRwgSplit, is_split = after < kRwgSplit;
  const double change = after - before;
  constexpr double kSlack = 1e-9;
  if (!is_split && (was_split || change >= kRoundsStep - kSlack)) return "converged";
  if ((is_split && !was_split) || change <= -kRoundsStep + kSlack) return "diverged";
  return is_split ? "stayed split" : "held";
}

}  // namespace spectrum
