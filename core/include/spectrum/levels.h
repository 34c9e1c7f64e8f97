// The levels of the integration spectrum and the rounding rule that ties a score to its level. A leaf
// header: the SDK (plugin.h, scoring.h) and the host both include it, and it includes nothing of theirs.
//
// The rounding rule. Scores are written with two decimals, and a continuous score s in 0..5 earns the
// floor of s as written: level floor(round_score(s)). A level is reached only when it is fully reached
// (2.99 is level 2), and a score shown as 3.00 is always level 3 (2.996 is written 3.00, level 3).
// Gates can hold a domain below that level; its score is then capped to the level (cap_to_level), so a
// reader never sees a score above the level it earns.
#ifndef SPECTRUM_LEVELS_H
#define SPECTRUM_LEVELS_H

#include <spectrum/numbers.h>

#include <algorithm>
#include <cmath>

namespace spectrum {

constexpr double kMaxScore = 5.0;
constexpr int kMaxLevel = 5;
// The highest score a level shows: level + kLevelCeiling is written "L.99", still level L.
constexpr double kLevelCeiling = 0.99;

// The level a continuous score earns (the floor of the score at two decimals); 0 for NaN (nothing
// counted).
inline int level_of(double score) {
  if (std::isnan(score)) return 0;
  int level = static_cast<int>(std::floor(round_score(score) + 1e-9));
  return std::clamp(level, 0, kMaxLevel);
}

// score, held to what `level` shows: at most level + 0.99. NaN passes through.
inline double cap_to_level(double score, int level) {
  return score > level + kLevelCeiling ? level + kLevelCeiling : score;
}

}  // namespace spectrum

#endif  // SPECTRUM_LEVELS_H
