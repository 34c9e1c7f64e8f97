// Comparison on agreed or individual scores, and moderated levels beside self-assessed ones.
#include "compare_views.h"

#include <spectrum/combination.h>

#include <optional>

namespace spectrum::detail {

void fill_ranked_score(CompareCell& cell, const CompareRowDomain& domain, std::string_view rank_by) {
  if (rank_by == kBasisAgreedWhereAgreed && domain.agreed) {
    cell.scored = true;
    cell.agreed = true;
    cell.score = domain.agreed_score;
    cell.level = domain.agreed_level;
    cell.uncertain = false;  // the workshop settled the domain on one answer set
    return;
  }
  if (!domain.scored) return;  // failed, or nothing counted: no score to compare
  cell.scored = true;
  cell.score = domain.score;
  cell.level = domain.level;
  cell.uncertain = domain.uncertain;
}

namespace {

// The score a domain contributes under basis (as basis_score() for a whole domain); none when it
// contributes none.
std::optional<double> row_basis_score(const CompareRowDomain& domain, std::string_view basis) {
  if (basis == kBasisAgreed) return domain.agreed ? std::optional<double>(domain.agreed_score) : std::nullopt;
  if (basis == kBasisAgreedWhereAgreed && domain.agreed) return domain.agreed_score;
  if (domain.scored) return domain.score;
  return std::nullopt;
}

}  // namespace

void fill_ranked_overall(CompareCell& cell, const CompareRow& profile, std::string_view rank_by) {
  if (profile.overall_basis == rank_by ||
      (rank_by == kBasisIndividual && !profile.workshop && profile.overall_basis != kBasisAgreed)) {
    cell.scored = profile.overall_domains > 0;
    cell.score = profile.overall_score;
    cell.level = profile.overall_level;
    return;
  }
  std::vector<double> scores;
  for (const CompareRowDomain& domain : profile.domains)
    if (auto score = row_basis_score(domain, rank_by)) scores.push_back(*score);
  if (scores.empty() || !find_combination_policy(profile.overall_method)) return;
  const Overall recombined = combine(scores, profile.overall_method);
  cell.scored = true;
  cell.score = recombined.score;
  cell.level = recombined.level;
}

void list_moderation_differences(Comparison& comparison) {
  for (std::size_t a = 0; a < comparison.cells.size(); ++a)
    for (std::size_t c = 0; c < comparison.cells[a].size(); ++c) {
      const CompareCell& cell = comparison.cells[a][c];
      if (!cell.moderation) continue;
      if (cell.scored && !cell.uncertain && cell.level == cell.moderation->level) continue;
      comparison.moderation_differences.push_back(
          {a, c, cell.scored ? std::optional<int>(cell.level) : std::nullopt, cell.scored && cell.uncertain,
           *cell.moderation});
    }
}

}  // namespace spectrum::detail
