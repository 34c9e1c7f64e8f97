#include <spectrum/agreement.h>
#include <spectrum/combination.h>
#include <spectrum/levels.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace spectrum {

namespace {

double mean_of(const std::vector<double>& s) {
  return std::accumulate(s.begin(), s.end(), 0.0) / s.size();
}
double minimum_of(const std::vector<double>& s) {
  return *std::min_element(s.begin(), s.end());
}
double median_of(const std::vector<double>& s) {
  return median(s);
}
// The mean, but the overall level never exceeds the weakest domain's level by more than one.
double capped_mean_of(const std::vector<double>& s) {
  return cap_to_level(mean_of(s), level_of(minimum_of(s)) + 1);
}

}  // namespace

const std::vector<CombinationPolicy>& combination_policies() {
  static const std::vector<CombinationPolicy> policies = {
      {"capped-mean", "The mean of the domain scores, never more than one level above the weakest domain.",
       capped_mean_of},
      {"mean", "The mean of the domain scores.", mean_of},
      {"median", "The median of the domain scores.", median_of},
      {"minimum", "The weakest domain's score: the partnership is as integrated as its weakest domain.",
       minimum_of},
  };
  return policies;
}

const CombinationPolicy* find_combination_policy(std::string_view id) {
  for (const CombinationPolicy& p : combination_policies())
    if (p.id == id) return &p;
  return nullptr;
}

Overall combine(const std::vector<double>& scores, std::string_view policy_id) {
  const CombinationPolicy* policy = find_combination_policy(policy_id);
  if (!policy) {
    std::string known;
    for (const CombinationPolicy& p : combination_policies()) known += (known.empty() ? "" : ", ") + p.id;
    throw std::invalid_argument("unknown combination policy \"" + std::string(policy_id) +
                                "\"; expected one of " + known);
  }
  Overall o;
  o.method = policy->id;
  o.description = policy->description;
  o.domains = static_cast<int>(scores.size());
  if (!scores.empty()) {  // the level follows the score as written (two decimals)
    o.score = round_score(policy->combine(scores));
    o.level = level_of(o.score);
  }
  return o;
}

}  // namespace spectrum
