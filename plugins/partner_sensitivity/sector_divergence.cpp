#include "sector_divergence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace partner_sensitivity {
namespace {

constexpr std::size_t kSectorCount = 5;
constexpr std::size_t kWidestKept = 5;
constexpr double kNhsCouncilWeight = 2.0;
constexpr double kOneLevel = 1.0;

// An answer as a place on 0..5 for comparing sectors. Numbers count only when their range is declared,
// so that a difference of ten percentage points reads the same as a tenth of the scale.
std::optional<double> comparable_score(const spectrum::Item& item, const spectrum::Answer& answer) {
  if (item.type() == spectrum::ItemType::number) {
    if (!answer.has_value() || std::isnan(item.min()) || std::isnan(item.max())) return std::nullopt;
    return spectrum::linear_map(answer.number(), item.min(), item.max());
  }
  return spectrum::default_item_score(item, answer);
}

// Each sector's mean score on one item; empty where the sector gave nothing that counts.
using SectorMeans = std::array<std::optional<double>, kSectorCount>;

SectorMeans sector_means(const spectrum::Input& in, const spectrum::Responses& set, std::size_t item) {
  std::array<double, kSectorCount> sum{};
  std::array<int, kSectorCount> count{};
  for (std::size_t r = 0; r < in.respondent_count(); ++r) {
    auto score = comparable_score(set.item(item), set.answer(r, item));
    if (!score) continue;
    auto sector = static_cast<std::size_t>(in.respondent(r).sector);
    sum[sector] += *score;
    ++count[sector];
  }
  SectorMeans means;
  for (std::size_t s = 0; s < kSectorCount; ++s)
    if (count[s] > 0) means[s] = sum[s] / count[s];
  return means;
}

bool is_nhs_and_council(spectrum::Sector a, spectrum::Sector b) {
  using spectrum::Sector;
  return (a == Sector::nhs && b == Sector::local_government) ||
         (a == Sector::local_government && b == Sector::nhs);
}

// Where an item `difference` apart goes among the widest kept so far (widest first, earlier items first
// among equals, at most kWidestKept): after every item at least as wide; none when it is not kept. The
// list is what a stable sort of every item by difference, cut to kWidestKept, would keep; it copies
// no text (an ItemDivergence points into the input).
std::optional<std::size_t> widest_place(const std::vector<ItemDivergence>& widest, double difference) {
  std::size_t at = 0;
  while (at < widest.size() && widest[at].difference() >= difference) ++at;
  if (at >= kWidestKept) return std::nullopt;
  return at;
}

}  // namespace

const PairDivergence* Divergence::widest() const {
  const PairDivergence* best = nullptr;
  for (const PairDivergence& p : pairs)
    if (!best || p.mean_difference > best->mean_difference) best = &p;
  return best;
}

Divergence sector_divergence(const spectrum::Input& in) {
  std::array<std::array<PairDivergence, kSectorCount>, kSectorCount> pairs;
  std::array<std::array<double, kSectorCount>, kSectorCount> sums{};
  const spectrum::Responses& scored = in.responses();
  for (const spectrum::Responses& set : in.all_responses()) {
    bool is_scored = set.questionnaire_id() == scored.questionnaire_id();
    for (std::size_t i = 0; i < set.item_count(); ++i) {
      SectorMeans means = sector_means(in, set, i);
      for (std::size_t a = 0; a < kSectorCount; ++a)
        for (std::size_t b = a + 1; b < kSectorCount; ++b) {
          if (!means[a] || !means[b]) continue;
          PairDivergence& pair = pairs[a][b];
          sums[a][b] += std::fabs(*means[a] - *means[b]);
          ++pair.items;
          bool a_higher = *means[a] >= *means[b];
          if (is_scored && std::fabs(*means[a] - *means[b]) >= kOneLevel)
            pair.scored_items_apart.emplace_back(set.item(i).id());
          const double higher = std::max(*means[a], *means[b]), lower = std::min(*means[a], *means[b]);
          const std::optional<std::size_t> at = widest_place(pair.widest, higher - lower);
          if (!at) continue;  // not among the widest kept
          pair.widest.insert(pair.widest.begin() + static_cast<std::ptrdiff_t>(*at),
                             {set.questionnaire_id(), set.item(i).id(), set.item(i).text(), is_scored, higher,
                              lower, static_cast<spectrum::Sector>(a_higher ? a : b),
                              static_cast<spectrum::Sector>(a_higher ? b : a)});
          if (pair.widest.size() > kWidestKept) pair.widest.pop_back();
        }
    }
  }
  Divergence out;
  double weighted = 0, weights = 0;
  for (std::size_t a = 0; a < kSectorCount; ++a)
    for (std::size_t b = a + 1; b < kSectorCount; ++b) {
      PairDivergence& pair = pairs[a][b];
      if (pair.items == 0) continue;
      pair.a = static_cast<spectrum::Sector>(a);
      pair.b = static_cast<spectrum::Sector>(b);
      pair.mean_difference = sums[a][b] / pair.items;
      pair.weight = is_nhs_and_council(pair.a, pair.b) ? kNhsCouncilWeight : 1.0;
      weighted += pair.weight * pair.mean_difference;
      weights += pair.weight;
      out.pairs.push_back(std::move(pair));
    }
  out.overall = weights > 0 ? weighted / weights : 0.0;
  return out;
}

}  // namespace partner_sensitivity
