// Combining domain scores into the overall position on the spectrum. Each policy is one sentence,
// written into the profile. Only domains that scored (status ok, some answer counted) take part.
#ifndef SPECTRUM_COMBINATION_H
#define SPECTRUM_COMBINATION_H

#include <spectrum/profile.h>

#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

struct CombinationPolicy {
  std::string id;                                        // "capped-mean", "mean", "median", "minimum"
  std::string description;                               // the policy in one sentence
  double (*combine)(const std::vector<double>& scores);  // scores non-empty
};

// Every policy; the first is the default ("capped-mean").
const std::vector<CombinationPolicy>& combination_policies();
// The policy called id, or nullptr.
const CombinationPolicy* find_combination_policy(std::string_view id);
// The overall position of these domain scores under the policy. Throws std::invalid_argument naming
// the known policies when id is unknown.
Overall combine(const std::vector<double>& domain_scores, std::string_view policy_id);

}  // namespace spectrum

#endif  // SPECTRUM_COMBINATION_H
