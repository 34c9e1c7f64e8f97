// Housing partnership: which forms of joint working tie housing providers to health and care, and
// how far practice bears them out.
//
// The spine is the forms of joint working in place (HP07). Each form has a place on the spectrum:
// alignment of functions and funds 2; joint commissioning, pooled funds, alliance contracts and
// secondment into shared teams 3; delegation and shared management 4; shared provision and joint
// ventures 5. A respondent's forms score is the place of the strongest form ticked, less a third of a
// level for each form short of three (one form alone is a narrow partnership), and 0 when none is.
//
// Practice is the mean of four pillars (at the table, joint plans, agreements, side by side), each
// the weighted mean of its items. The score is
//     min((2 * forms + practice) / 3, practice + 1)
// so forms on paper carry a partnership at most one level beyond what practice shows. Gates then hold
// the level until each level's must-haves are in place. The adaptations follow-up (HP05, asked only
// after a yes to HP04) is folded into HP04, so that answering yes can never lower the score. Item
// weights count within a pillar; HP07's weight is not used, the rule above sets the forms' share.
// A respondent's score is the same function of their own item scores; the domain's is that function
// of the pooled item scores.
#include <spectrum/plugin.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace {

using spectrum::Answer;
using spectrum::Item;
using spectrum::ItemScores;
using spectrum::Responses;

constexpr const char* kFormsItem = "HP07";
constexpr const char* kAdaptationsPlan = "HP04";
constexpr const char* kAdaptationsDelivery = "HP05";
constexpr int kFullBreadth = 3;  // forms needed before the strongest form counts in full

// HP07: the strongest form's place, less a third of a level per form short of kFullBreadth. "None of
// these" (place 0) is not a form.
double forms_score(const Item& item, const Answer& answer) {
  double strongest = 0.0;
  int forms = 0;
  for (std::size_t i = 0; i < item.option_count(); ++i)
    if (answer.selected(i) && item.option_value(i) > 0.0)
      strongest = std::max(strongest, item.option_value(i)), ++forms;
  if (forms == 0) return 0.0;
  double breadth = static_cast<double>(std::min(forms, kFullBreadth)) / kFullBreadth;
  return std::clamp(strongest - 1.0 + breadth, 0.0, spectrum::kMaxScore);
}

std::optional<double> housing_item_score(const Item& item, const Answer& answer) {
  if (item.id() == kFormsItem && answer.has_value()) return forms_score(item, answer);
  return spectrum::default_item_score(item, answer);
}

// One respondent's item scores, the adaptations follow-up (HP05, asked after a yes to HP04) folded
// into HP04.
ItemScores respondent_scores(const Responses& r, std::size_t respondent) {
  ItemScores row = r.scores_of(respondent, housing_item_score);
  spectrum::fold_follow_ups(r, row, kAdaptationsPlan, {kAdaptationsDelivery});
  return row;
}

struct Pillar {
  const char* name;
  std::vector<const char*> items;
  const char* advice;  // how to strengthen it
};

const std::vector<Pillar>& pillars() {
  static const std::vector<Pillar> kPillars = {
      {"housing at the table",
       {"HP01", "HP02", "HP03"},
       "give housing providers a voting seat on the board and write a housing chapter into the needs "
       "assessment with them"},
      {"joint plans",
       {"HP04", "HP06"},  // HP05 is folded into HP04
       "agree one home adaptations plan and one hospital discharge protocol with housing, and commission "
       "them together"},
      {"agreements",
       {"HP08", "HP09"},
       "put joint working with housing on a signed footing, such as a section 75 agreement with shared risk, "
       "and report a shared outcome measure to the board"},
      {"working side by side",
       {"HP10", "HP11", "HP12"},
       "hold regular housing sessions in health and care bases, and share case information under an "
       "agreement that includes housing"},
  };
  return kPillars;
}

// Weighted mean of the pillar's items that count; NaN when none does.
double pillar_score(const Responses& r, const ItemScores& s, const Pillar& p) {
  ItemScores pillar(s.size());
  for (const char* id : p.items) pillar[r.index(id)] = s[r.index(id)];
  return spectrum::weighted_mean(r, pillar);
}

// Mean of the pillars that count; NaN when none does.
double practice_score(const Responses& r, const ItemScores& s) {
  double sum = 0.0;
  int n = 0;
  for (const Pillar& p : pillars())
    if (double v = pillar_score(r, s, p); !std::isnan(v)) sum += v, ++n;
  return n > 0 ? sum / n : std::nan("");
}

// The ungated score: forms and practice combined, or whichever of the two counts.
double combined_score(const Responses& r, const ItemScores& s) {
  const auto& forms = s[r.index(kFormsItem)];
  double practice = practice_score(r, s);
  if (!forms) return practice;
  if (std::isnan(practice)) return *forms;
  return std::min((2.0 * *forms + practice) / 3.0, practice + 1.0);
}

// Threshold on the forms score meaning "a form at `level`, with at least one other form beside it".
constexpr double forms_at(int level) {
  return level - 1.0 / kFullBreadth;
}

// The must-have criteria of each level, with what to do when one is not met.
spectrum::Gates domain_gates(const Responses& r) {
  spectrum::Gates gates;
  gates
      .require(1, {"housing_consulted",
                   "Housing providers are at least consulted on the plans",
                   {"HP01"},
                   1.0,
                   "Invite the council's housing service and the main housing associations to comment on the "
                   "draft STP and Health and Wellbeing Strategy."})
      .require(2, {"housing_in_needs_assessment",
                   "The needs assessment has a housing chapter written with housing providers",
                   {"HP02"},
                   2.0,
                   "Write a housing chapter into the Joint Strategic Needs Assessment together with housing "
                   "providers."})
      .require(2,
               {"housing_information_sharing",
                "An information-sharing agreement covers housing",
                {"HP11"},
                2.0,
                "Extend the information-sharing agreement to the housing service and housing associations."})
      .require(3, {"joint_form",
                   "A form of joint working at joint decision-making level, with another form beside it",
                   {kFormsItem},
                   forms_at(3),
                   "Commission a housing-related service jointly or pool a fund with housing (for example "
                   "the adaptations budget), alongside the alignment already in place."})
      .require(3,
               {"shared_risk_agreement",
                "A signed agreement with shared risk, such as a section 75 agreement",
                {"HP08"},
                3.0,
                "Sign a section 75 or partnership agreement with housing that sets out how risk is shared."})
      .require(3, {"joint_discharge",
                   "A jointly commissioned discharge team includes housing",
                   {"HP06"},
                   3.0,
                   "Commission a hospital discharge team jointly with housing so that unsuitable homes stop "
                   "holding up discharges."})
      .require(4, {"delegated_form",
                   "A function delegated to, or managed once for, several partners",
                   {kFormsItem},
                   forms_at(4),
                   "Delegate a housing-related function (such as adaptations or housing support) to one "
                   "partner, or put it under one management team for all partners."})
      .require(4, {"delegated_adaptations",
                   "Home adaptations run by one partner with a delegated budget",
                   {"HP04", "HP05"},
                   spectrum::folded_parent_score(r, kAdaptationsPlan, spectrum::kMaxScore,
                                                 {{kAdaptationsDelivery, 4.0}}),
                   "Give one partner the adaptations budget and the duty to run the service for all."})
      .require(5, {"integrated_form",
                   "A function provided once for all partners, or a joint venture",
                   {kFormsItem},
                   forms_at(5),
                   "Provide a housing, health and care function once for the whole population, through "
                   "shared provision or a joint venture."})
      .require(5, {"one_team",
                   "Housing staff work in shared bases under one manager",
                   {"HP10"},
                   4.0,
                   "Bring housing, health and care staff into shared bases under one manager."});
  return gates;
}

// The score a set of item scores earns: combined, then capped to the gated level.
double housing_score(const Responses& r, const ItemScores& s, const spectrum::Gates& gates) {
  double score = combined_score(r, s);
  if (std::isnan(score)) return score;
  return spectrum::cap_to_level(score, gates.level(r, s, score));
}

// The forms of joint working that at least half of the respondents who answered HP07 ticked.
std::vector<std::string> forms_in_force(const Responses& r) {
  std::size_t item = r.index(kFormsItem);
  Item forms = r.item(item);
  std::vector<int> ticks(forms.option_count(), 0);
  int answered = 0;
  for (std::size_t resp = 0; resp < r.respondent_count(); ++resp) {
    Answer a = r.answer(resp, item);
    if (!a.has_value()) continue;
    ++answered;
    for (std::size_t o = 0; o < forms.option_count(); ++o) ticks[o] += a.selected(o) ? 1 : 0;
  }
  std::vector<std::string> out;
  for (std::size_t o = 0; o < forms.option_count(); ++o)
    if (answered > 0 && forms.option_value(o) > 0.0 && 2 * ticks[o] >= answered)
      out.emplace_back(forms.option_label(o));
  return out;
}

// Strengths and gaps pillar by pillar and for the forms in force; then the steps to the next level:
// its unmet gates, or else the part that holds the score back.
void add_findings(const Responses& r, const ItemScores& pooled, int level, const spectrum::Gates& gates,
                  spectrum::Result& out) {
  for (const Pillar& p : pillars()) {
    double v = pillar_score(r, pooled, p);
    if (std::isnan(v)) continue;
    if (v >= 4.0)
      out.add_strength(std::string("Housing partnership is strong on ") + p.name + " (" +
                       spectrum::format_fixed(v, 2) + " of 5).");
    else if (v < 2.0)
      out.add_gap(std::string("Housing partnership is weak on ") + p.name + " (" +
                  spectrum::format_fixed(v, 2) + " of 5).");
  }
  if (pooled[r.index(kFormsItem)]) {
    std::vector<std::string> forms = forms_in_force(r);
    std::string list;
    for (const std::string& f : forms) list += (list.empty() ? "" : "; ") + f;
    if (forms.empty())
      out.add_gap("No form of joint working with housing is in force, as most respondents see it.");
    else if (forms.size() >= static_cast<std::size_t>(kFullBreadth))
      out.add_strength("Forms of joint working with housing in force: " + list + ".");
    else
      out.add_gap("Joint working with housing rests on few forms: " + list + ".");
  }
  if (level >= spectrum::kMaxLevel) return;
  if (gates.add_next_level_findings(r, pooled, level, out) > 0) return;
  const int next = level + 1;
  // Every gate of the next level holds: the score itself is short, so lift the weakest part.
  const auto& forms = pooled[r.index(kFormsItem)];
  double practice = practice_score(r, pooled);
  if (forms && !std::isnan(practice) && *forms > practice + 1.0) {
    out.add_next_step(
        next, "Put the forms of joint working with housing into practice: they reach further on paper (" +
                  spectrum::format_fixed(*forms, 2) + ") than day-to-day working shows (" +
                  spectrum::format_fixed(practice, 2) + ").");
    return;
  }
  const Pillar* weakest = nullptr;
  double lowest = 0.0;
  for (const Pillar& p : pillars())
    if (double v = pillar_score(r, pooled, p); !std::isnan(v) && (!weakest || v < lowest))
      weakest = &p, lowest = v;
  if (weakest && (!forms || lowest <= *forms))
    out.add_next_step(next, std::string("Strengthen ") + weakest->name + ": " + weakest->advice + ".");
  else
    out.add_next_step(next,
                      "Widen the forms of joint working with housing: add a form at the next level of the "
                      "spectrum, such as a pooled fund, a delegated function or shared provision.");
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const Responses& r = in.responses();
  std::vector<ItemScores> rows;
  for (std::size_t i = 0; i < in.respondent_count(); ++i) rows.push_back(respondent_scores(r, i));
  ItemScores pooled = spectrum::pool(rows, r.item_count());
  spectrum::Gates gates = domain_gates(r);
  double score = combined_score(r, pooled);
  gates.apply(r, pooled, score, out);  // the send caps the score to the gated level
  for (std::size_t i = 0; i < in.respondent_count(); ++i)
    out.set_respondent_score(i, housing_score(r, rows[i], gates));

  int level = gates.level(r, pooled, score);
  if (const auto& forms = pooled[r.index(kFormsItem)]) out.add_metric("forms_score", *forms);
  if (double practice = practice_score(r, pooled); !std::isnan(practice))
    out.add_metric("practice_score", practice);
  if (!std::isnan(score)) add_findings(r, pooled, level, gates, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "housing_partnership", .version = "1.0.0", .domain = "housing_partnership",
                .title = "Housing partnership", .questionnaire = "housing_partnership",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
