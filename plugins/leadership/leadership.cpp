// Leadership and governance: who leads integration, whether the council sits at the top table, and how
// the partners decide together.
//
// The rule is a ladder. The spectrum's levels are, in this domain, arrangements that exist or do not:
// a plan not led by NHS bodies alone with the council consulted (1), a vision every partner adopted (2),
// a joint committee that binds the partners, the council a full member of it and elected members
// shaping the plan (3), decisions delegated with a dispute procedure and the public co-designing (4),
// one leadership team and one integrated body (5). The level is the highest rung whose must-haves, and
// those of every rung below, are in place: however well partners say they work together, a board that
// cannot bind them is not joint decision-making. The answers as a whole (the weighted mean, 0..5) then
// place the area within its rung: score = level + 0.99 x mean / 5, so an area that holds a joint
// committee and behaves as one partnership sits near 3.99, one that holds it on paper near 3.00. The
// top rung has no room above it: level 5 scores 5.
#include <spectrum/plugin.h>

#include <cmath>
#include <string>
#include <vector>

namespace {

using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Responses;

// The must-have criteria of each level, on item scores 0..5 (means over respondents for the domain).
const Gates& leadership_gates() {
  static const Gates gates =
      Gates()
          .require(1, {"council-consulted",
                       "The council is at least consulted on the plan",
                       {"LD02"},
                       1.0,
                       "Invite the council's director of adult social services and director of public health "
                       "to comment on the plan before it is submitted, and record their comments."})
          .require(1, {"lead-beyond-nhs",
                       "The plan is not led by NHS bodies alone",
                       {"LD01"},
                       1.0,
                       "Ask the Health and Wellbeing Board to review the plan's leadership, so that it is no "
                       "longer run by NHS bodies alone."})
          .require(2, {"shared-vision",
                       "A vision for health, care and money that every partner has adopted",
                       {"LD04"},
                       2.0,
                       "Write one vision covering health, quality of care and finances, and take it to every "
                       "partner's board and to the council's cabinet for formal adoption."})
          .require(3, {"joint-committee",
                       "A joint committee or equivalent whose decisions bind the partners",
                       {"LD07"},
                       3.0,
                       "Turn the partnership board into a joint committee with terms of reference that make "
                       "its decisions binding on every partner."})
          .require(3, {"council-top-table",
                       "The council is a full member of the top table; decisions need its agreement",
                       {"LD02"},
                       3.0,
                       "Give the council full membership of the top table, so that no decision on the plan "
                       "is taken without its agreement."})
          .require(3, {"members-engaged",
                       "Elected members shape the plan's priorities",
                       {"LD03"},
                       2.0,
                       "Bring the plan to the Health and Wellbeing Board and the relevant cabinet members "
                       "early enough for elected members to shape its priorities, not only to hear them."})
          .require(
              4,
              {"delegated-decisions",
               "Spending or service decisions are delegated to a shared body",
               {"LD08"},
               4.0,
               "Agree a scheme of delegation (for example under a Section 75 agreement) that lets the joint "
               "body spend pooled budgets and change services without returning to each partner's board."})
          .require(4, {"dispute-procedure",
                       "Disagreements are settled by a written procedure, not by escalation",
                       {"LD09"},
                       3.0,
                       "Write a dispute resolution procedure into the joint body's terms of reference, with "
                       "an agreed route to independent review."})
          .require(4, {"public-co-design",
                       "The public and patients help design the plan",
                       {"LD12"},
                       3.0,
                       "Involve patients, the public, Healthwatch and the voluntary sector in designing the "
                       "main proposals before they are decided."})
          .require(5, {"single-leadership",
                       "One leadership team and one integrated body for health and care",
                       {"LD01", "LD07"},
                       4.5,
                       "Move to one leadership team accountable for all health and care provision for the "
                       "population, with one integrated governing body."});
  return gates;
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

// The domain's function, for pooled item scores and for one respondent's alike: the rung the answers
// as given reach, and within it the weighted mean of the folded scores.
double leadership_score(const Responses& r, const ItemScores& folded, const ItemScores& given) {
  double mean = spectrum::weighted_mean(r, folded);
  if (std::isnan(mean)) return mean;
  int rung = leadership_gates().gated_level(r, given);
  if (rung >= spectrum::kMaxLevel) return spectrum::kMaxScore;
  return rung + spectrum::kLevelCeiling * mean / spectrum::kMaxScore;
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
  ItemScores folded = spectrum::pool(rows, r.item_count());
  double score = leadership_score(r, folded, pooled);
  if (std::isnan(score)) {
    out.set_score(score);
    out.add_gap("No respondent gave a scorable answer about leadership; the domain cannot be placed.");
    return;
  }
  int rung = gates.gated_level(r, pooled);
  gates.record(r, pooled, out);
  out.set_score(score);
  out.set_level(rung);
  out.add_metric("answers_mean", spectrum::weighted_mean(r, folded));
  spectrum::add_item_findings(r, pooled, out);
  gates.add_next_level_findings(r, pooled, rung, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "leadership", .version = "1.1.0", .domain = "leadership",
                .title = "Leadership and governance", .questionnaire = "leadership", .accepts_from = "1.0.0",
                .accepts_below = "2.0.0")
