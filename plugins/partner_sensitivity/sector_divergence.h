// How differently the sectors answer across the whole assessment: for every questionnaire and item,
// each sector's mean item score, compared sector pair by sector pair.
#ifndef PARTNER_SENSITIVITY_SECTOR_DIVERGENCE_H
#define PARTNER_SENSITIVITY_SECTOR_DIVERGENCE_H

#include <spectrum/plugin.h>

#include <string>
#include <string_view>
#include <vector>

namespace partner_sensitivity {

// One item on which two sectors' mean scores differ.
// Its texts are the input's own (spectrum::Input): valid while the plugin's score() runs.
struct ItemDivergence {
  std::string_view questionnaire;
  std::string_view item;
  std::string_view text;
  bool scored_questionnaire = false;  // the item belongs to the questionnaire being scored
  double higher_mean = 0, lower_mean = 0;
  spectrum::Sector higher = spectrum::Sector::nhs, lower = spectrum::Sector::nhs;
  double difference() const { return higher_mean - lower_mean; }
};

// One pair of sectors: the mean absolute difference of their item means over the items both answered.
struct PairDivergence {
  spectrum::Sector a, b;
  double mean_difference = 0;
  int items = 0;
  double weight = 1;  // NHS and local government, the seam the partnership must close, count double
  std::vector<ItemDivergence> widest;           // the items where they differ most, widest first (at most 5)
  std::vector<std::string> scored_items_apart;  // items of the scored questionnaire a level or more apart
};

struct Divergence {
  // Weighted mean of the pairs' mean differences, 0..5; 0 when fewer than two sectors answered.
  double overall = 0;
  std::vector<PairDivergence> pairs;  // pairs that shared at least one answered item
  // The pair that diverges most, or nullptr.
  const PairDivergence* widest() const;
};

// Compares every sector present with every other over all questionnaires in the assessment.
// Items are scored as the SDK scores them (scale, choice, multi, boolean); number items with both
// bounds declared are mapped linearly over their range; text and open numbers are left out.
Divergence sector_divergence(const spectrum::Input& in);

}  // namespace partner_sensitivity

#endif  // PARTNER_SENSITIVITY_SECTOR_DIVERGENCE_H
