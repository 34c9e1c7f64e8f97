// Sensitivity to partners: whether the NHS and local government understand each other's pressures,
// accountability, cultures and language, and manage their dependencies (hospital beds, care
// placements) together.
//
// Two things are scored. The answers: a weighted mean of the item scores, held back by gates. And the
// divergence between sectors: partners who are sensitive to each other see their partnership alike, so
// when NHS and council respondents answer the whole assessment very differently the score drops
// (sector_divergence.h), and level 3 or above needs the sectors to be less than a level apart.
#include "sector_divergence.h"

#include <spectrum/plugin.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using partner_sensitivity::Divergence;
using partner_sensitivity::PairDivergence;
using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Responses;

const Gates& sensitivity_gates() {
  static const Gates gates =
      Gates()
          .require(
              1,
              {"pressures-known",
               "Each side knows the other's main pressure (council cuts, NHS demand)",
               {"PS01", "PS02"},
               1.25,
               "Hold a joint session where the council sets out its savings of recent years and NHS bodies "
               "set out their demand figures, and ask each side to summarise the other's position."})
          .require(1, {"savings-shared",
                       "Partners hear about each other's savings plans",
                       {"PS03"},
                       1.0,
                       "Agree that every partner shares its savings plans with the others before its board "
                       "or cabinet decides them."})
          .require(2, {"shared-language",
                       "An agreed local definition of integration and its key terms",
                       {"PS07"},
                       2.0,
                       "Write down what integration, commissioning and prevention mean locally, and have "
                       "every partner adopt the definitions."})
          .require(2, {"discharge-data-shared",
                       "Shared data on delayed discharges from hospital",
                       {"PS09"},
                       2.0,
                       "Share daily delayed-discharge figures between the hospitals and adult social care, "
                       "with one agreed count of delays and their causes."})
          .require(3, {"discharge-managed-jointly",
                       "Discharge from hospital is managed by a joint team that holds up",
                       {"PS09"},
                       3.0,
                       "Set up a joint discharge team with agreed rules that works seven days a week and "
                       "through winter."})
          .require(
              3,
              {"savings-assessed-jointly",
               "Savings plans are assessed jointly before partners decide",
               {"PS03"},
               3.0,
               "Assess the effect of each partner's savings on the others jointly, before anyone decides."})
          .require(4, {"democratic-oversight",
                       "Delegated decisions carry agreed democratic oversight",
                       {"PS04"},
                       4.0,
                       "Build scrutiny and elected members' oversight into the scheme of delegation, so "
                       "delegated decisions answer to the public."})
          .require(4, {"placements-delegated",
                       "Care placements are commissioned for all partners under delegation",
                       {"PS11"},
                       4.0,
                       "Delegate care home and home care commissioning to a lead commissioner acting for "
                       "every partner."})
          .require(5, {"one-culture",
                       "One language and one discharge service across integrated teams",
                       {"PS07", "PS09"},
                       4.5,
                       "Run discharge as one service from hospital to home, with integrated teams working to "
                       "one set of terms and practices."});
  return gates;
}

// Divergence (mean level difference between sectors) -> points taken off the answers' score.
// Up to half a level is the ordinary spread of opinion and costs nothing; beyond it each further level
// of divergence costs a level of score:  0.5 -> 0,  1.0 -> 0.5,  2.0 -> 1.5,  3.0 and over -> 2.5.
constexpr double kOrdinarySpread = 0.5;
const spectrum::Bands kDivergencePenalty{{kOrdinarySpread, 0.0}, {1.0, 0.5}, {2.0, 1.5}, {3.0, 2.5}};
// Level 3 and above need the sectors to be less than a level apart.
constexpr double kSeeAlikeBelow = 1.0;
constexpr int kSeeAlikeLevel = 3;

// PS10 (the joint discharge arrangement holds up) is asked only where one exists (PS09 joint team or
// better, 3..5). It qualifies PS09: the arrangement counts above level 2 only as far as it holds up, so
// PS09 becomes 2 + (PS09 - 2) x PS10/5. The fold is per respondent, before pooling, and never drops
// below 2, the best score of an answer that does not make PS10 relevant: improving PS09 never lowers
// the score. The gates read the answers as given.
constexpr double kBeforeJointArrangement = 2.0;

ItemScores fold_discharge(const Responses& r, ItemScores s) {
  std::size_t discharge = r.index("PS09"), holds_up = r.index("PS10");
  if (s[discharge] && s[holds_up] && *s[discharge] > kBeforeJointArrangement)
    s[discharge] = kBeforeJointArrangement +
                   (*s[discharge] - kBeforeJointArrangement) * (*s[holds_up] / spectrum::kMaxScore);
  s[holds_up].reset();
  return s;
}

struct Scored {
  double score;  // NaN when nothing counted
  int level;
};

// The domain's function, applied to pooled item scores with the assessment's divergence and to each
// respondent's item scores with none (one respondent is one sector and cannot diverge from itself).
// folded feeds the weighted mean, given (the answers as given) the gates.
Scored sensitivity_score(const Responses& r, const ItemScores& folded, const ItemScores& given,
                         double divergence) {
  double answers = spectrum::weighted_mean(r, folded);
  if (std::isnan(answers)) return {answers, 0};
  double score = std::max(0.0, answers - kDivergencePenalty(divergence));
  int level = sensitivity_gates().level(r, given, score);
  if (divergence >= kSeeAlikeBelow) level = std::min(level, kSeeAlikeLevel - 1);
  return {spectrum::cap_to_level(score, level), level};
}

// "NHS", "Local government", ... (the SDK's sector table).
std::string label(spectrum::Sector s) {
  return spectrum::sector_label(s);
}

void report_divergence(const Divergence& d, spectrum::Result& out) {
  out.add_metric("sector_divergence", d.overall);
  for (const PairDivergence& p : d.pairs)
    out.add_metric("divergence_" + std::string(spectrum::sector_name(p.a)) + "_" +
                       std::string(spectrum::sector_name(p.b)),
                   p.mean_difference);
  const PairDivergence* widest = d.widest();
  std::vector<std::string> apart = widest ? widest->scored_items_apart : std::vector<std::string>{};
  out.add_gate(kSeeAlikeLevel, "sectors-see-alike",
               "The sectors' answers across the whole assessment are less than a level apart (divergence " +
                   spectrum::format_fixed(d.overall, 2) + ")",
               d.overall < kSeeAlikeBelow, apart);
  if (!widest || d.overall <= kOrdinarySpread) return;
  std::string text = "The sectors see the partnership differently: " + label(widest->a) + " and " +
                     label(widest->b) + " respondents' answers are " +
                     spectrum::format_fixed(widest->mean_difference, 1) + " levels apart on average over " +
                     std::to_string(widest->items) + " items";
  if (!widest->widest.empty()) {
    const auto& top = widest->widest.front();
    text += "; widest on " + std::string(top.questionnaire) + " " + std::string(top.item) + " (\"" +
            std::string(top.text) + "\": " + label(top.higher) + " " +
            spectrum::format_fixed(top.higher_mean, 1) + ", " + label(top.lower) + " " +
            spectrum::format_fixed(top.lower_mean, 1) + ")";
  }
  out.add_gap(text + ". This costs " + spectrum::format_fixed(kDivergencePenalty(d.overall), 1) + " points.");
  if (d.overall >= kSeeAlikeBelow)
    out.add_next_step(
        kSeeAlikeLevel,
        "Bring " + label(widest->a) + " and " + label(widest->b) +
            " respondents together to go through the items they answered furthest apart, agree the facts "
            "behind them, and record what each side would need to see to change its answer.");
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const Responses& r = in.responses();
  std::vector<ItemScores> rows;
  for (std::size_t i = 0; i < in.respondent_count(); ++i) {
    ItemScores given = r.scores_of(i);
    rows.push_back(fold_discharge(r, given));
    out.set_respondent_score(i, sensitivity_score(r, rows.back(), given, 0.0).score);
  }
  ItemScores pooled = r.pooled();
  Divergence divergence = partner_sensitivity::sector_divergence(in);
  Scored domain = sensitivity_score(r, spectrum::pool(rows, r.item_count()), pooled, divergence.overall);
  if (std::isnan(domain.score)) {
    out.set_score(domain.score);
    out.add_gap(
        "No respondent gave a scorable answer about partner sensitivity; the domain cannot be placed.");
    return;
  }
  sensitivity_gates().apply(r, pooled, domain.score, out);  // records every criterion, met or not
  out.set_level(domain.level);                              // and the divergence gate may hold it lower
  report_divergence(divergence, out);
  spectrum::add_item_findings(r, pooled, out);
  sensitivity_gates().add_next_level_findings(r, pooled, domain.level, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "partner_sensitivity", .version = "1.0.0", .domain = "partner_sensitivity",
                .title = "Sensitivity to partners", .questionnaire = "partner_sensitivity",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
