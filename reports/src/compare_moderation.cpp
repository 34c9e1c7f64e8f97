// The comparison's blocks on agreed scores and moderation (compare_document.h).
#include "compare_document.h"

#include <spectrum/numbers.h>

namespace spectrum::reports::compare_document {
namespace {

std::string level_text(int level) {
  return std::to_string(level) + " " + std::string(level_name(level));
}

}  // namespace

void add_moderation_blocks(const Comparison& c, std::vector<Block>& blocks) {
  if (c.rank_by != kBasisIndividual)
    blocks.push_back(
        {Block::Kind::flag,
         "Ranked by agreed scores: a domain's consensus-workshop score where it has one, its individual "
         "score otherwise.",
         {},
         {},
         {}});
  Table moderated{"Moderated levels beside self-assessed ones",
                  {"Area", "Period", "Domain", "Self-assessed", "Moderated", "By", "Date", "Rationale"},
                  {false, false, false, false, false, false, false, false},
                  {},
                  {},
                  ""};
  for (std::size_t a = 0; a < c.cells.size(); ++a)
    for (std::size_t col = 0; col < c.cells[a].size(); ++col) {
      const CompareCell& cell = c.cells[a][col];
      if (!cell.moderation) continue;
      const std::string self = !cell.scored ? "not scored"
                               : cell.uncertain
                                   ? "uncertain (" + format_fixed(cell.score, 2) + ")"
                                   : level_text(cell.level) + " (" + format_fixed(cell.score, 2) + ")";
      moderated.rows.push_back({c.areas[a].area.name, c.areas[a].period, c.columns[col].title, self,
                                level_text(cell.moderation->level), cell.moderation->organisation,
                                cell.moderation->date, cell.moderation->rationale});
      moderated.marked.push_back(c.areas[a].highlighted);
    }
  if (moderated.rows.empty()) return;
  blocks.push_back({Block::Kind::heading, "Moderation", {}, {}, {}});
  std::vector<std::string> differ;
  for (const ModerationDifference& d : c.moderation_differences)
    differ.push_back(c.areas[d.area].label() + ", " + c.columns[d.column].title + ": self-assessed " +
                     (!d.self_assessed ? std::string("no level")
                      : d.uncertain    ? std::string("uncertain")
                                       : level_text(*d.self_assessed)) +
                     ", moderated " + level_text(d.moderation.level));
  blocks.push_back({Block::Kind::paragraph,
                    differ.empty() ? "Every moderated level agrees with the self-assessed level."
                                   : "Areas whose moderated level differs from the self-assessed level:",
                    {},
                    {},
                    {}});
  if (!differ.empty()) blocks.push_back({Block::Kind::bullets, "", differ, {}, {}});
  blocks.push_back({Block::Kind::table, "", {}, std::move(moderated), {}});
}

}  // namespace spectrum::reports::compare_document
