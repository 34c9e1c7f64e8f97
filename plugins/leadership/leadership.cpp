// Leadership and governance: who leads integration, whether the council sits at the top table, and how
// the partners decide together. Scored as a weighted mean of the answers, held back by gates: each
// level needs its must-have criteria (a shared vision for level 2, a binding joint body with the
// council at the top table for level 3, delegated decisions for level 4, one line of leadership for 5).
#include <spectrum/plugin.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace {

using spectrum::Criterion;
using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Responses;

// The must-have criteria of each level, on item scores 0..5 (means over respondents for the domain).
const Gates& leadership_gates() {
  static const Gates gates =
      Gates()
          .require(1, {"council-consulted", "The council is at least consulted on the plan", {"LD02"}, 1.0})
          .require(1, {"lead-beyond-nhs", "The plan is not led by NHS bodies alone", {"LD01"}, 1.0})
          .require(2, {"shared-vision",
                       "A vision for health, care and money that every partner has adopted",
                       {"LD04"},
                       2.0})
          .require(3, {"joint-committee",
                       "A joint committee or equivalent whose decisions bind the partners",
                       {"LD07"},
                       3.0})
          .require(3, {"council-top-table",
                       "The council is a full member of the top table; decisions need its agreement",
                       {"LD02"},
                       3.0})
          .require(3, {"members-engaged", "Elected members shape the plan's priorities", {"LD03"}, 2.0})
          .require(4, {"delegated-decisions",
                       "Spending or service decisions are delegated to a shared body",
                       {"LD08"},
                       4.0})
          .require(4, {"dispute-procedure",
                       "Disagreements are settled by a written procedure, not by escalation",
                       {"LD09"},
                       3.0})
          .require(4, {"public-co-design", "The public and patients help design the plan", {"LD12"}, 3.0})
          .require(5, {"single-leadership",
                       "One leadership team and one integrated body for health and care",
                       {"LD01", "LD07"},
                       4.5});
  return gates;
}

// What to do about each criterion when it is not met, by criterion id.
struct Step {
  const char* criterion;
  const char* advice;
};
const Step kLeadershipSteps[] = {
    {"council-consulted",
     "Invite the council's director of adult social services and director of public health to comment "
     "on the plan before it is submitted, and record their comments."},
    {"lead-beyond-nhs",
     "Ask the Health and Wellbeing Board to review the plan's leadership, so that it is no longer run by "
     "NHS bodies alone."},
    {"shared-vision",
     "Write one vision covering health, quality of care and finances, and take it to every partner's "
     "board and to the council's cabinet for formal adoption."},
    {"joint-committee",
     "Turn the partnership board into a joint committee with terms of reference that make its decisions "
     "binding on every partner."},
    {"council-top-table",
     "Give the council full membership of the top table, so that no decision on the plan is taken "
     "without its agreement."},
    {"members-engaged",
     "Bring the plan to the Health and Wellbeing Board and the relevant cabinet members early enough for "
     "elected members to shape its priorities, not only to hear them."},
    {"delegated-decisions",
     "Agree a scheme of delegation (for example under a Section 75 agreement) that lets the joint body "
     "spend pooled budgets and change services without returning to each partner's board."},
    {"dispute-procedure",
     "Write a dispute resolution procedure into the joint body's terms of reference, with an agreed "
     "route to independent review."},
    {"public-co-design",
     "Involve patients, the public, Healthwatch and the voluntary sector in designing the main proposals "
     "before they are decided."},
    {"single-leadership",
     "Move to one leadership team accountable for all health and care provision for the population, "
     "with one integrated governing body."},
};

std::string advice_for(const std::string& criterion) {
  for (const Step& step : kLeadershipSteps)
    if (criterion == step.criterion) return step.advice;
  return "Meet the criterion " + criterion + ".";
}

// LD05 (leaders describe the vision alike) is asked only where a vision exists. It refines LD04 rather
// than standing alone: in the weighted mean, LD04 counts as the weighted mean of LD04 (weight 2) and
// LD05 (weight 1), so a vision that leaders tell differently counts for less. The fold is per
// respondent, before pooling (spectrum::fold_follow_ups), so that adopting a vision can never lower
// the score by making LD05 count. The gates read the answers as given: LD04 alone says whether every
// partner adopted the vision.
ItemScores fold_vision(const Responses& r, ItemScores s) {
  spectrum::fold_follow_ups(r, s, "LD04", {"LD05"});
  return s;
}

// The domain's function, for pooled item scores and for one respondent's alike: the weighted mean of
// the folded scores, held below any level whose must-haves the answers as given do not meet.
double leadership_score(const Responses& r, const ItemScores& folded, const ItemScores& given) {
  double mean = spectrum::weighted_mean(r, folded);
  if (std::isnan(mean)) return mean;
  return std::min(mean, leadership_gates().level(r, given, mean) + 0.99);
}

std::string one_decimal(double score) {
  return spectrum::format_fixed(score, 1);
}

// Strengths and gaps item by item, then the steps to the next level: every unmet criterion of that
// level, or, when its criteria are all met, the weakest answers that keep the score below it.
void add_findings(const Responses& r, const ItemScores& pooled, int level, spectrum::Result& out) {
  std::size_t weakest = r.item_count();
  for (std::size_t i = 0; i < r.item_count(); ++i) {
    if (!pooled[i]) continue;
    std::string where = " (" + std::string(r.item(i).id()) + ": " + one_decimal(*pooled[i]) + " of 5)";
    if (*pooled[i] >= 4.0) out.add_strength(std::string(r.item(i).text()) + where);
    if (*pooled[i] <= 1.5) out.add_gap(std::string(r.item(i).text()) + where);
    if (weakest == r.item_count() || *pooled[i] < *pooled[weakest]) weakest = i;
  }
  if (level >= spectrum::kMaxLevel) return;
  int next = level + 1;
  std::vector<const Criterion*> unmet = leadership_gates().unmet(r, pooled, next);
  for (const Criterion* c : unmet) {
    out.add_gap("Level " + std::to_string(next) + " needs: " + c->description, next);
    out.add_next_step(next, advice_for(c->id));
  }
  if (unmet.empty() && weakest < r.item_count())
    out.add_next_step(next,
                      "Every must-have of level " + std::to_string(next) +
                          " is met; the score is held down most by: " + std::string(r.item(weakest).text()));
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const Responses& r = in.responses();
  const Gates& gates = leadership_gates();
  std::vector<ItemScores> rows;
  for (std::size_t i = 0; i < in.respondent_count(); ++i) {
    ItemScores given = r.scores_of(i);
    rows.push_back(fold_vision(r, given));
    out.set_respondent_score(i, leadership_score(r, rows.back(), given));
  }
  ItemScores pooled = r.pooled();
  double mean = spectrum::weighted_mean(r, spectrum::pool(rows, r.item_count()));
  if (std::isnan(mean)) {
    out.set_score(mean);
    out.add_gap("No respondent gave a scorable answer about leadership; the domain cannot be placed.");
    return;
  }
  gates.apply(r, pooled, mean, out);
  int level = gates.level(r, pooled, mean);
  if (gates.gated_level(r, pooled) < spectrum::level_of(mean))
    out.add_gap("The answers alone would reach level " + std::to_string(spectrum::level_of(mean)) +
                    ", but a must-have criterion of level " + std::to_string(level + 1) + " is not met.",
                level + 1);
  add_findings(r, pooled, level, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "leadership", .version = "1.0.0", .domain = "leadership",
                .title = "Leadership and governance", .questionnaire = "leadership", .accepts_from = "1.0.0",
                .accepts_below = "2.0.0")
