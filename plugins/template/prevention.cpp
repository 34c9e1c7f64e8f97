// An example Spectrum plugin: scores the "prevention" domain from prevention.json.
//
// The recipe, in four steps, each with the SDK piece that does it (spectrum/scoring.h):
//   1. map each answer onto 0..5 (item_score: default_item_score, plus StepBands for a number read in
//      steps, or Bands for one read on a slope);
//   2. pool the respondents' item scores and take the weighted mean: the continuous score;
//   3. hold the level down with Gates: each level's must-have Criterion, carrying its advice;
//      gated_score caps a score to the level its gates allow (cap_to_level);
//   4. explain the result: add_item_findings (strengths and gaps, one format for every plugin) and
//      Gates::add_next_level_findings ("Level N needs: ..." with each unmet criterion's advice).
// Copy this file, rename the domain, and change the maps, criteria and findings to your own. Your rule
// may be quite different (a ladder of arrangements, a cap of words by figures...): the guide's
// "Scoring rules" section shows how the built-in plugins differ.
#include <spectrum/plugin.h>

#include <cmath>
#include <optional>
#include <string>

namespace {

// PV04, the share of prevention spending that is pooled or commissioned jointly (%), in steps: a
// share earns the level of the highest threshold it reaches (15 % is still 2, 20 % is 3).
const spectrum::StepBands kPooledShare{{0, 0}, {5, 1}, {10, 2}, {20, 3}, {40, 4}, {75, 5}};

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
// 0..5, so 2.5 means "somewhat" or more. Each criterion says what to do when it is not met.
const spectrum::Gates& gates() {
  static const spectrum::Gates kGates =
      spectrum::Gates()
          .require(1, {"plans_shared",
                       "Partners share their prevention plans with each other",
                       {"PV01"},
                       1,
                       "Exchange each partner's prevention plan before it is approved."})
          .require(2, {"needs_led",
                       "The joint strategic needs assessment shapes prevention priorities",
                       {"PV02"},
                       2.5,
                       "Set the prevention priorities from the joint strategic needs assessment, and say "
                       "which finding each priority answers."})
          .require(2, {"shared_measures",
                       "NHS and council report on the same prevention outcomes",
                       {"PV03"},
                       5,
                       "Agree a short set of prevention outcomes that the NHS and the council both report."})
          .require(3, {"joint_plan",
                       "One prevention plan overseen by a joint committee",
                       {"PV01"},
                       3,
                       "Merge the prevention plans into one, overseen by a joint committee."})
          .require(3, {"pooled_money",
                       "A fifth or more of prevention spending pooled or commissioned jointly",
                       {"PV04"},
                       3,
                       "Pool or jointly commission at least a fifth of prevention spending."})
          .require(4, {"delegated_plan",
                       "The plan held and funded by a body with delegated powers",
                       {"PV01"},
                       4,
                       "Delegate the prevention plan and its budget to one body acting for every partner."})
          .require(5, {"one_service",
                       "One integrated wellbeing service with one budget",
                       {"PV05"},
                       5,
                       "Bring prevention services into one integrated wellbeing service with one budget."});
  return kGates;
}

// The mean pooled share reported (PV04), for the report's diagnostics.
void add_pooled_share_metric(const spectrum::Responses& r, spectrum::Result& out) {
  if (auto mean = spectrum::mean_figure(r, r.index("PV04")))
    out.add_metric("mean pooled share of prevention spending (%)", *mean);
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

  // Step 3: gates record every criterion, set the score and the gated level; each respondent is
  // scored by the same function.
  gates().apply(r, pooled, score, out);
  for (std::size_t i = 0; i < in.respondent_count(); ++i)
    out.set_respondent_score(i, spectrum::gated_score(r, r.scores_of(i, item_score), gates()));

  // Step 4: items scoring 4 or more are strengths, 1.5 or less gaps; then what the next level needs.
  spectrum::add_item_findings(r, pooled, out);
  gates().add_next_level_findings(r, pooled, gates().level(r, pooled, score), out);
  add_pooled_share_metric(r, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "prevention", .version = "1.0.0", .domain = "prevention",
                .title = "Prevention and population health", .questionnaire = "prevention",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
