// An example Spectrum plugin: scores the "prevention" domain from prevention.json.
//
// The recipe every built-in plugin follows, in four steps:
//   1. map each answer onto 0..5 (item_score: the SDK's default map, plus Bands for a number);
//   2. pool the respondents' item scores and take the weighted mean: the continuous score;
//   3. hold the level down with gates: the must-have criteria of each level;
//   4. explain the result: strengths, gaps and the next steps toward the next level.
// Copy this file, rename the domain, and change the maps, gates and findings to your own.
#include <spectrum/plugin.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace {

// PV04, the share of prevention spending that is pooled or commissioned jointly (%), on the spectrum.
// Between two thresholds the score is interpolated: 15 % scores 2.5.
const spectrum::Bands kPooledShare{{0, 0}, {5, 1}, {10, 2}, {20, 3}, {40, 4}, {75, 5}};

// Step 1. Don't know, not applicable and missing answers return nothing, so they never count as low.
std::optional<double> item_score(const spectrum::Item& item, const spectrum::Answer& answer) {
  if (item.id() == "PV04") {
    if (!answer.has_value()) return std::nullopt;
    return kPooledShare(answer.number());
  }
  return spectrum::default_item_score(item, answer);  // scale, choice, multi, boolean; text never counts
}

// Step 3. A level needs every criterion of its own and of every level below it. Thresholds are item
// scores (0..5) after step 1: PV03 is a yes/no, so 5 means "yes"; PV02 is a 1..5 scale mapped onto
// 0..5, so 2.5 means "somewhat" or more.
struct LevelCriterion {
  int level;
  spectrum::Criterion criterion;
};

const std::vector<LevelCriterion>& criteria() {
  static const std::vector<LevelCriterion> kCriteria = {
      {1, {"plans_shared", "Partners share their prevention plans with each other", {"PV01"}, 1}},
      {2, {"needs_led", "The joint strategic needs assessment shapes prevention priorities", {"PV02"}, 2.5}},
      {2, {"shared_measures", "NHS and council report on the same prevention outcomes", {"PV03"}, 5}},
      {3, {"joint_plan", "One prevention plan overseen by a joint committee", {"PV01"}, 3}},
      {3, {"pooled_money", "A fifth or more of prevention spending pooled or commissioned jointly", {"PV04"}, 3}},
      {4, {"delegated_plan", "The plan held and funded by a body with delegated powers", {"PV01"}, 4}},
      {5, {"one_service", "One integrated wellbeing service with one budget", {"PV05"}, 5}},
  };
  return kCriteria;
}

const spectrum::Gates& gates() {
  static const spectrum::Gates kGates = [] {
    spectrum::Gates gates;
    for (const LevelCriterion& c : criteria()) gates.require(c.level, c.criterion);
    return gates;
  }();
  return kGates;
}

// Step 4. Criteria met are strengths; criteria unmet at or below the level the score alone would earn
// are the gaps holding the domain down; the criteria of the next level are the next steps.
void add_findings(const spectrum::Responses& r, const spectrum::ItemScores& pooled, double score, int level,
                  spectrum::Result& out) {
  for (const LevelCriterion& c : criteria()) {
    const std::string description = c.criterion.description;
    const std::string target(spectrum::level_name(c.level));
    if (spectrum::criterion_met(r, pooled, c.criterion)) {
      if (c.level <= level) out.add_strength(description, c.level);
      continue;
    }
    if (c.level <= spectrum::level_of(score))
      out.add_gap("Holds the domain below " + target + ": " + description, c.level);
    if (c.level == level + 1) out.add_next_step(c.level, "To reach " + target + ": " + description);
  }
}

// The mean pooled share reported (PV04), for the report's diagnostics.
void add_pooled_share_metric(const spectrum::Responses& r, spectrum::Result& out) {
  const std::size_t item = r.index("PV04");
  double sum = 0;
  int n = 0;
  for (std::size_t i = 0; i < r.respondent_count(); ++i)
    if (spectrum::Answer a = r.answer(i, item); a.has_value()) sum += a.number(), ++n;
  if (n > 0) out.add_metric("mean pooled share of prevention spending (%)", sum / n);
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const spectrum::Responses& r = in.responses();

  // Step 2: pooled item scores and their weighted mean.
  const spectrum::ItemScores pooled = r.pooled(item_score);
  const double score = spectrum::weighted_mean(r, pooled);
  if (std::isnan(score)) {  // nothing counted: the host shows the domain as uncertain
    out.set_score(score);
    return;
  }

  // Step 3: gates record every criterion, set the score and the gated level.
  gates().apply(r, pooled, score, out);
  for (std::size_t i = 0; i < in.respondent_count(); ++i)
    out.set_respondent_score(i, spectrum::gated_score(r, r.scores_of(i, item_score), gates()));

  // Step 4.
  add_findings(r, pooled, score, gates().level(r, pooled, score), out);
  add_pooled_share_metric(r, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "prevention", .version = "1.0.0", .domain = "prevention",
                .title = "Prevention and population health", .questionnaire = "prevention",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
