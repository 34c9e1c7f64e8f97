// Leadership and governance: who leads integration, whether the council sits at the top table, and how
// the partners decide together. Scored as a weighted mean of the answers, held back by gates: each
// level needs its must-have criteria (a shared vision for level 2, a binding joint body with the
// council at the top table for level 3, delegated decisions for level 4, one line of leadership for 5).
#include <spectrum/plugin.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

using spectrum::Criterion;
using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Responses;

// The must-have criteria of each level, on item scores 0..5 (means over respondents for the domain).
const Gates& leadership_gates() {
  static const Gates gates = Gates()
      .require(1, {"council-consulted", "The council is at least consulted on the plan", {"LD02"}, 1.0})
      .require(1, {"lead-beyond-nhs", "The plan is not led by NHS bodies alone", {"LD01"}, 1.0})
      .require(2, {"shared-vision", "A vision for health, care and money that every partner has adopted",
                   {"LD04", "LD05"}, 2.0})
      .require(3, {"joint-committee", "A joint committee or equivalent whose decisions bind the partners",
                   {"LD07"}, 3.0})
      .require(3, {"council-top-table", "The council is a full member of the top table; decisions need its agreement",
                   {"LD02"}, 3.0})
      .require(3, {"members-engaged", "Elected members shape the plan's priorities", {"LD03"}, 2.0})
      .require(4, {"delegated-decisions", "Spending or service decisions are delegated to a shared body",
                   {"LD08"}, 4.0})
      .require(4, {"dispute-procedure", "Disagreements are settled by a written procedure, not by escalation",
                   {"LD09"}, 3.0})
      .require(4, {"public-co-design", "The public and patients help design the plan", {"LD12"}, 3.0})
      .require(5, {"single-leadership", "One leadership team and one integrated body for health and care",
                   {"LD01", "LD07"}, 4.5});
  return gates;
}

// What to do about an unmet criterion, by criterion id.
std::string advice_for(const std::string& criterion) {
  if (criterion == "council-consulted")
    return "Invite the council's director of adult social services and director of public health to comment "
           "on the plan before it is submitted, and record their comments.";
  if (criterion == "lead-beyond-nhs")
    return "Ask the Health and Wellbeing Board to review the plan's leadership, so that it is no longer run by "
           "NHS bodies alone.";
  if (criterion == "shared-vision")
    return "Write one vision covering health, quality of care and finances, and take it to every partner's "
           "board and to the council's cabinet for formal adoption.";
  if (criterion == "joint-committee")
    return "Turn the partnership board into a joint committee with terms of reference that make its decisions "
           "binding on every partner.";
  if (criterion == "council-top-table")
    return "Give the council full membership of the top table, so that no decision on the plan is taken "
           "without its agreement.";
  if (criterion == "members-engaged")
    return "Bring the plan to the Health and Wellbeing Board and the relevant cabinet members early enough for "
           "elected members to shape its priorities, not only to hear them.";
  if (criterion == "delegated-decisions")
    return "Agree a scheme of delegation (for example under a Section 75 agreement) that lets the joint body "
           "spend pooled budgets and change services without returning to each partner's board.";
  if (criterion == "dispute-procedure")
    return "Write a dispute resolution procedure into the joint body's terms of reference, with an agreed "
           "route to independent review.";
  if (criterion == "public-co-design")
    return "Involve patients, the public, Healthwatch and the voluntary sector in designing the main proposals "
           "before they are decided.";
  if (criterion == "single-leadership")
    return "Move to one leadership team accountable for all health and care provision for the population, "
           "with one integrated governing body.";
  return "Meet the criterion " + criterion + ".";
}

// LD05 (leaders describe the vision alike) is asked only where a vision exists. It refines LD04 rather
// than standing alone: where both count, LD04's score becomes two thirds LD04 and one third LD05, so a
// vision that leaders tell differently counts for less. Folding per respondent, before pooling, keeps
// the score monotonic: adopting a vision can never lower it by making LD05 count.
constexpr double kVisionToldAlikeShare = 1.0 / 3.0;

ItemScores leadership_item_scores(const Responses& r, std::size_t respondent) {
  ItemScores s = r.scores_of(respondent);
  std::size_t vision = r.index("LD04"), told_alike = r.index("LD05");
  if (s[vision] && s[told_alike])
    s[vision] = (1 - kVisionToldAlikeShare) * *s[vision] + kVisionToldAlikeShare * *s[told_alike];
  else if (s[told_alike])
    s[vision] = s[told_alike];
  s[told_alike].reset();
  return s;
}

// Per item, the mean of the respondents' (folded) scores that count.
ItemScores pool(const std::vector<ItemScores>& rows, std::size_t item_count) {
  ItemScores out(item_count);
  for (std::size_t i = 0; i < item_count; ++i) {
    double sum = 0;
    int n = 0;
    for (const ItemScores& row : rows)
      if (row[i]) sum += *row[i], ++n;
    if (n > 0) out[i] = sum / n;
  }
  return out;
}

std::string one_decimal(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
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
    out.add_next_step(next, "Every must-have of level " + std::to_string(next) +
                                " is met; the score is held down most by: " + std::string(r.item(weakest).text()));
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const Responses& r = in.responses();
  const Gates& gates = leadership_gates();
  std::vector<ItemScores> rows;
  for (std::size_t i = 0; i < in.respondent_count(); ++i) {
    rows.push_back(leadership_item_scores(r, i));
    out.set_respondent_score(i, spectrum::gated_score(r, rows.back(), gates));
  }
  ItemScores pooled = pool(rows, r.item_count());
  double mean = spectrum::weighted_mean(r, pooled);
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
