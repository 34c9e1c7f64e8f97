// Spectrum scoring primitives, shared by every plugin (included by spectrum/plugin.h).
//
// The rounding rule (spectrum/levels.h): a score earns the floor of its value at two decimals, and a
// score held below that level by gates is capped to the level (cap_to_level).
//
// Don't know and not applicable are never a low score: they are left out of every numerator and
// denominator, so an item nobody could answer weighs nothing.
#ifndef SPECTRUM_SCORING_H
#define SPECTRUM_SCORING_H

// plugin.h includes this file at its end, after the classes these primitives use; including either
// header first works.
#include <spectrum/levels.h>
#include <spectrum/numbers.h>
#include <spectrum/plugin.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spectrum {

// Maps a value on [low, high] linearly onto 0..5, clamped. low may exceed high (a falling scale).
inline double linear_map(double value, double low, double high) {
  if (high == low) return value >= high ? kMaxScore : 0.0;
  double t = (value - low) / (high - low);
  return kMaxScore * std::clamp(t, 0.0, 1.0);
}

// Numeric bands: thresholds on a number mapped onto the spectrum, interpolated linearly between
// consecutive thresholds and clamped outside them. Thresholds must be increasing in `at`; scores must be
// non-decreasing for a rising measure (non-increasing for a falling one).
//   Bands pooled_share{{0, 0}, {3, 1}, {10, 2}, {25, 3}, {50, 4}, {75, 5}};
//   pooled_share(17.5) == 2.5
class Bands {
 public:
  struct Point {
    double at;
    double score;
  };
  Bands(std::initializer_list<Point> points) : points_(points) {}
  double operator()(double value) const {
    if (points_.empty()) return 0.0;
    if (value <= points_.front().at) return points_.front().score;
    for (std::size_t i = 1; i < points_.size(); ++i) {
      const Point& a = points_[i - 1];
      const Point& b = points_[i];
      if (value <= b.at) return a.score + (b.score - a.score) * (value - a.at) / (b.at - a.at);
    }
    return points_.back().score;
  }

 private:
  std::vector<Point> points_;
};

// Step bands: ranges of a number, each scored as one value, with no interpolation between them. A band
// runs from its `from` (inclusive) to the next band's; a value below the first band scores as the first.
// `from` must be increasing. Where Bands reads a figure as a point on a slope, StepBands reads it as a
// category ("0-50 -> 0, 51-70 -> 2.5, over 70 -> 5"):
//   StepBands pooled_share{{0, 0}, {51, 2.5}, {71, 5}};
//   pooled_share(50) == 0, pooled_share(51) == 2.5, pooled_share(70.5) == 2.5, pooled_share(90) == 5
class StepBands {
 public:
  struct Band {
    double from;
    double score;
  };
  StepBands(std::initializer_list<Band> bands) : bands_(bands) {}
  double operator()(double value) const {
    if (bands_.empty()) return 0.0;
    double score = bands_.front().score;
    for (const Band& band : bands_)
      if (value >= band.from) score = band.score;
    return score;
  }

 private:
  std::vector<Band> bands_;
};

// The default map from an answer to 0..5:
// scale   linearly from the lowest to the highest option value;
// choice  the chosen option's value (options carry their place on the spectrum);
// multi   the highest value among the selected options (0 when none is selected);
// boolean yes = 5, no = 0;
// number and text do not count (a plugin maps numbers through Bands).
inline std::optional<double> default_item_score(const Item& item, const Answer& answer) {
  if (!answer.has_value()) return std::nullopt;
  switch (item.type()) {
    case ItemType::scale:
      return linear_map(answer.number(), item.min(), item.max());
    case ItemType::choice:
      return std::clamp(answer.number(), 0.0, kMaxScore);
    case ItemType::multi: {
      double best = 0.0;
      for (std::size_t i = 0; i < item.option_count(); ++i)
        if (answer.selected(i)) best = std::max(best, item.option_value(i));
      return std::clamp(best, 0.0, kMaxScore);
    }
    case ItemType::boolean:
      return answer.yes() ? kMaxScore : 0.0;
    case ItemType::number:
    case ItemType::text:
      return std::nullopt;
  }
  return std::nullopt;
}

// Per item, the mean over rows (one row of item scores per respondent) of the scores that count; empty
// where none counts. pool(rows) over every respondent's scores_of() is Responses::pooled(); pool a
// plugin's own rows when it adjusts them first (fold_follow_ups below).
inline ItemScores pool(const std::vector<ItemScores>& rows, std::size_t item_count) {
  ItemScores out(item_count);
  for (std::size_t i = 0; i < item_count; ++i) {
    double sum = 0.0;
    int n = 0;
    for (const ItemScores& row : rows)
      if (i < row.size() && row[i]) sum += *row[i], ++n;
    if (n > 0) out[i] = sum / n;
  }
  return out;
}

// The fold of fold_follow_ups and folded_parent_score, over any range of follow-up ids.
namespace detail {
template <typename Ids>
void fold_into_parent(const Responses& responses, ItemScores& row, std::string_view parent,
                      const Ids& follow_ups) {
  std::size_t p = responses.index(parent);
  if (row[p] && *row[p] > 0.0) {
    double sum = responses.item(p).weight() * *row[p], weights = responses.item(p).weight();
    for (std::string_view id : follow_ups) {
      std::size_t f = responses.index(id);
      if (row[f]) sum += responses.item(f).weight() * *row[f], weights += responses.item(f).weight();
    }
    row[p] = sum / weights;
  }
  for (std::string_view id : follow_ups) row[responses.index(id)].reset();
}
}  // namespace detail

// Folds follow-up items (asked only when `parent` is answered favourably, through a relevance
// condition) into the parent, in one respondent's row: when the parent scores above 0, its score
// becomes the weighted mean of its own score and the follow-ups' that count, with the items' weights;
// the follow-ups' own scores are removed. Scored apart, a follow-up would make relevance unsafe:
// turning the parent from no to yes would bring in a low follow-up and could lower a mean. Folded,
// improving any answer never lowers the parent's score, in a row or pooled.
inline void fold_follow_ups(const Responses& responses, ItemScores& row, std::string_view parent,
                            std::initializer_list<std::string_view> follow_ups) {
  detail::fold_into_parent(responses, row, parent, follow_ups);
}

// The score fold_follow_ups gives `parent` when it scores parent_score and each follow-up the score
// paired with it: the threshold of a criterion on a folded parent ("a shared record that reaches staff
// at 3 or more and is fully audited" is folded_parent_score(r, "DG06", 5, {{"DG07", 3}, {"DG08", 5}})).
inline double folded_parent_score(const Responses& responses, std::string_view parent, double parent_score,
                                  std::initializer_list<std::pair<std::string_view, double>> follow_ups) {
  ItemScores row(responses.item_count());
  row[responses.index(parent)] = parent_score;
  std::vector<std::string_view> ids;
  for (const auto& [id, score] : follow_ups) row[responses.index(id)] = score, ids.push_back(id);
  detail::fold_into_parent(responses, row, parent, ids);
  return *row[responses.index(parent)];
}

// Weighted mean of item scores with the items' weights; items without a score are left out of the
// denominator. Returns NaN when no item counts.
inline double weighted_mean(const Responses& responses, const ItemScores& scores) {
  double sum = 0.0, weights = 0.0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (!scores[i]) continue;
    double w = responses.item(i).weight();
    sum += w * *scores[i];
    weights += w;
  }
  return weights > 0 ? sum / weights : std::nan("");
}

// The mean of the figures respondents gave to a number item (in the item's unit, before any bands),
// for a metric that shows the figures behind a score; nothing when no respondent gave one.
inline std::optional<double> mean_figure(const Responses& responses, std::size_t item) {
  double sum = 0.0;
  int n = 0;
  for (std::size_t r = 0; r < responses.respondent_count(); ++r)
    if (Answer a = responses.answer(r, item); a.has_value()) sum += a.number(), ++n;
  if (n == 0) return std::nullopt;
  return sum / n;
}

// Weighted mean over explicit (score, weight) pairs; pairs without a score are left out.
inline double weighted_mean(std::initializer_list<std::pair<std::optional<double>, double>> parts) {
  double sum = 0.0, weights = 0.0;
  for (const auto& [score, weight] : parts)
    if (score) sum += weight * *score, weights += weight;
  return weights > 0 ? sum / weights : std::nan("");
}

// A criterion a level needs ("a joint committee with delegated powers exists"), evaluated on item
// scores: met when every listed item that counts reaches its threshold, and at least one counts.
// Item scores and the threshold are compared as written (two decimals), so the numbers in a profile
// reproduce the verdict. It carries its advice: what the partners can do when it is not met, which
// Gates::add_next_level_findings reports as a next step.
struct Criterion {
  std::string id;
  std::string description;
  std::vector<std::string> items;
  double threshold;         // minimum item score, 0..5
  std::string advice = {};  // what to do when it is not met, one or two sentences (may be left out)
};

// Whether the criterion is met by these item scores.
inline bool criterion_met(const Responses& responses, const ItemScores& scores, const Criterion& c) {
  bool any = false;
  for (const std::string& id : c.items) {
    const auto& s = scores[responses.index(id)];
    if (!s) continue;
    if (round_score(*s) + 1e-9 < round_score(c.threshold)) return false;
    any = true;
  }
  return any;
}

// Gates: for each level 1..5, the must-have criteria. The gated level is the highest level L such
// that every criterion of every level up to L is met; a domain earns min(level_of(score), gated).
class Gates {
 public:
  // Adds a must-have criterion for `level`.
  Gates& require(int level, Criterion criterion) {
    levels_.push_back({level, std::move(criterion)});
    return *this;
  }
  // The highest level whose criteria, and those of every level below, are met by scores.
  int gated_level(const Responses& responses, const ItemScores& scores) const {
    for (int level = 1; level <= kMaxLevel; ++level)
      for (const auto& [l, c] : levels_)
        if (l == level && !criterion_met(responses, scores, c)) return level - 1;
    return kMaxLevel;
  }
  // The level earned by `score` under these gates.
  int level(const Responses& responses, const ItemScores& scores, double score) const {
    return std::min(level_of(score), gated_level(responses, scores));
  }
  // Records every criterion in result (met or not) with the item scores it compared and its threshold.
  void record(const Responses& responses, const ItemScores& scores, Result& result) const {
    for (const auto& [l, c] : levels_) {
      std::vector<std::optional<double>> compared;
      for (const std::string& id : c.items) compared.push_back(scores[responses.index(id)]);
      result.add_gate(l, c.id, c.description, criterion_met(responses, scores, c), c.items,
                      std::move(compared), std::vector<double>(c.items.size(), c.threshold));
    }
  }
  // Records every criterion (record), sets the score and the level it earns under these gates.
  void apply(const Responses& responses, const ItemScores& scores, double score, Result& result) const {
    record(responses, scores, result);
    result.set_score(score);
    result.set_level(level(responses, scores, score));
  }
  // The criteria of `level` not met by scores (for next steps).
  std::vector<const Criterion*> unmet(const Responses& responses, const ItemScores& scores, int level) const {
    std::vector<const Criterion*> out;
    for (const auto& [l, c] : levels_)
      if (l == level && !criterion_met(responses, scores, c)) out.push_back(&c);
    return out;
  }
  // The next-level findings of a domain at `level`: for each criterion of level + 1 that scores do not
  // meet, a gap "Level N needs: <description>" and a next step with its advice (both toward level + 1).
  // Returns how many criteria were unmet; 0 (nothing added) at level 5 or when every criterion holds,
  // when it is the answers themselves, not a must-have, that keep the domain below the next level.
  std::size_t add_next_level_findings(const Responses& responses, const ItemScores& scores, int level,
                                      Result& result) const {
    if (level >= kMaxLevel) return 0;
    const int next = level + 1;
    std::vector<const Criterion*> missing = unmet(responses, scores, next);
    for (const Criterion* c : missing) {
      result.add_gap("Level " + std::to_string(next) + " needs: " + c->description, next);
      result.add_next_step(next,
                           c->advice.empty() ? "Meet the criterion: " + c->description + "." : c->advice);
    }
    return missing.size();
  }

 private:
  std::vector<std::pair<int, Criterion>> levels_;
};

// A gated score for one respondent's item scores: weighted mean capped by the gates.
inline double gated_score(const Responses& responses, const ItemScores& scores, const Gates& gates) {
  double s = weighted_mean(responses, scores);
  if (std::isnan(s)) return s;
  return cap_to_level(s, gates.level(responses, scores, s));
}

// One finding format for an item: "<item text> (<id>: 3.5 of 5)", the pooled item score with one
// decimal.
inline std::string item_finding(const Responses& responses, std::size_t item, double score) {
  const Item it = responses.item(item);
  return std::string(it.text()) + " (" + std::string(it.id()) + ": " + format_fixed(score, 1) + " of 5)";
}

// Where an item's score makes it a strength or a gap (both bounds inclusive).
struct ItemFindingRule {
  double strength_from = 4.0;  // an item scoring this or more is a strength
  double gap_to = 1.5;         // an item scoring this or less is a gap
};

// Strengths and gaps item by item, in item_finding's format, for the items with a score. Returns the
// index of the weakest item that counted (responses.item_count() when none did).
inline std::size_t add_item_findings(const Responses& responses, const ItemScores& scores, Result& result,
                                     ItemFindingRule rule = {}) {
  std::size_t weakest = responses.item_count();
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (!scores[i]) continue;
    if (*scores[i] >= rule.strength_from) result.add_strength(item_finding(responses, i, *scores[i]));
    if (*scores[i] <= rule.gap_to) result.add_gap(item_finding(responses, i, *scores[i]));
    if (weakest == responses.item_count() || *scores[i] < *scores[weakest]) weakest = i;
  }
  return weakest;
}

}  // namespace spectrum

#endif  // SPECTRUM_SCORING_H
