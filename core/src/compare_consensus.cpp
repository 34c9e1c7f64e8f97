// Comparison on agreed or individual scores, and moderated levels beside self-assessed ones.
#include "compare_views.h"

#include <spectrum/combination.h>

namespace spectrum::detail {

void fill_ranked_score(CompareCell& cell, const DomainProfile& domain, std::string_view rank_by) {
  if (rank_by == kBasisAgreedWhereAgreed && domain.agreed && domain.agreed->scored()) {
    cell.scored = true;
    cell.agreed = true;
    cell.score = domain.agreed->score;
    cell.level = domain.agreed->level;
    cell.uncertain = false;  // the workshop settled the domain on one answer set
    return;
  }
  if (!domain.scored()) return;  // failed, or nothing counted: no score to compare
  cell.scored = true;
  cell.score = domain.score;
  cell.level = domain.level;
  cell.uncertain = domain.uncertain;
}

void fill_ranked_overall(CompareCell& cell, const Profile& profile, std::string_view rank_by) {
  const Overall& overall = profile.overall;
  if (overall.basis == rank_by ||
      (rank_by == kBasisIndividual && !profile.workshop && overall.basis != kBasisAgreed)) {
    cell.scored = overall.domains > 0;
    cell.score = overall.score;
    cell.level = overall.level;
    return;
  }
  std::vector<double> scores;
  for (const DomainProfile& domain : profile.domains)
    if (auto score = basis_score(domain, rank_by)) scores.push_back(*score);
  if (scores.empty() || !find_combination_policy(overall.method)) return;
  const Overall recombined = combine(scores, overall.method);
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
