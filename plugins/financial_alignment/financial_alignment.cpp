// Financial alignment: how far the partners manage their money as one. Most items are figures (shares
// of budgets pooled, aligned, at shared risk or bought jointly); each is placed on the spectrum by the
// thresholds below, then combined with the choice and yes/no items in a weighted mean held back by
// gates (aligned budgets for level 2, pooling beyond the minimum with shared risk for 3, a control
// total that takes in the council for 4, one budget for 5). Where a gate rests on a figure, it also
// lists a choice item that says the same thing in words, so that a respondent who does not know the
// figure can still be placed by what they do know.
#include <spectrum/plugin.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace {

using spectrum::Bands;
using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Responses;

// FA01, share of the combined health and care budget in pooled funds (%). The Better Care Fund
// minimum alone pools about 4 %: that is consultation (1). 10 % is alignment (2), a fifth is joint
// decision-making (3), two fifths devolved (4), 70 % or more integrated (5).
const Bands kPooledShare{{0, 0}, {4, 1}, {10, 2}, {20, 3}, {40, 4}, {70, 5}};
// FA02, Better Care Fund contributions above the statutory minimum (% of the minimum). Only the
// minimum is separate (0); a tenth more 1, a quarter more 2, half again 3, double 4, treble 5.
const Bands kBetterCareAboveMinimum{{0, 0}, {10, 1}, {25, 2}, {50, 3}, {100, 4}, {200, 5}};
// FA04, share of the budgets not pooled that is aligned (%): 10 % -> 1, 30 % -> 2, half -> 3,
// three quarters -> 4, 95 % or more -> 5.
const Bands kAlignedShare{{0, 0}, {10, 1}, {30, 2}, {50, 3}, {75, 4}, {95, 5}};
// FA07, share of the combined budget under a written risk-share agreement (%): 1 % -> 1, 5 % -> 2,
// 10 % -> 3, a quarter -> 4, half or more -> 5.
const Bands kRiskShared{{0, 0}, {1, 1}, {5, 2}, {10, 3}, {25, 4}, {50, 5}};
// FA09, share of the council's adult social care spending inside the system control total (%):
// under 30 % it is still an NHS control total (2), 60 % -> 4, 90 % or more -> 5.
const Bands kCareInsideControlTotal{{30, 2}, {60, 4}, {90, 5}};
// FA11, share of externally bought care procured jointly (%): 5 % -> 1, 15 % -> 2, 30 % -> 3,
// 60 % -> 4, 90 % or more -> 5.
const Bands kJointProcurement{{0, 0}, {5, 1}, {15, 2}, {30, 3}, {60, 4}, {90, 5}};

const Bands* bands_for(std::string_view item) {
  if (item == "FA01") return &kPooledShare;
  if (item == "FA02") return &kBetterCareAboveMinimum;
  if (item == "FA04") return &kAlignedShare;
  if (item == "FA07") return &kRiskShared;
  if (item == "FA09") return &kCareInsideControlTotal;
  if (item == "FA11") return &kJointProcurement;
  return nullptr;
}

// Figures through their bands; everything else as the SDK scores it. Don't know, not applicable and
// missing return nothing, so they never count as low.
std::optional<double> financial_item_score(const spectrum::Item& item, const spectrum::Answer& answer) {
  if (item.type() != spectrum::ItemType::number) return spectrum::default_item_score(item, answer);
  const Bands* bands = bands_for(item.id());
  if (!answer.has_value() || bands == nullptr) return std::nullopt;
  return (*bands)(answer.number());
}

// FA09 is asked only where the control total takes in the council (FA08 health_and_care, 4, or
// single_budget, 5). It checks the claim: the control total counts only as far as the care spending
// inside it supports, FA08 := min(FA08, bands(FA09)). The bands never go below 2, the best answer
// that leaves FA09 unasked, so taking the council in never scores less than an NHS-only control total.
ItemScores financial_item_scores(const Responses& r, std::size_t respondent) {
  ItemScores s = r.scores_of(respondent, financial_item_score);
  std::size_t control_total = r.index("FA08"), care_inside = r.index("FA09");
  if (s[control_total] && s[care_inside]) s[control_total] = std::min(*s[control_total], *s[care_inside]);
  s[care_inside].reset();
  return s;
}

const Gates& financial_gates() {
  static const Gates gates =
      Gates()
          .require(1, {"budget-holders-talk",
                       "NHS and council budget holders make time to discuss money together",
                       {"FA06"},
                       1.25})
          .require(1, {"budgets-shared", "Partners at least share their draft budgets", {"FA05"}, 1.0})
          .require(2, {"budgets-aligned",
                       "Budgets planned together: about a third or more aligned, on a common timetable",
                       {"FA04", "FA05"},
                       2.0})
          .require(
              3,
              {"pooled-beyond-minimum",
               "Pooled funds beyond the minimum with shared risk: a fifth of the budget pooled, Section 75 "
               "pools beyond the Better Care Fund, a tenth of the budget under a risk-share",
               {"FA01", "FA03", "FA07"},
               3.0})
          .require(3, {"joint-spending-decisions",
                       "A joint committee or better decides how shared money is spent",
                       {"FA10"},
                       3.0})
          .require(4, {"control-total-with-council",
                       "A system control total that takes in the council's care spending",
                       {"FA08", "FA09"},
                       4.0})
          .require(
              4,
              {"delegated-spending", "Shared money is spent by a body with delegated powers", {"FA10"}, 4.0})
          .require(5, {"single-budget",
                       "One budget for health and care: 70 % or more pooled, one budget cycle",
                       {"FA01", "FA05"},
                       4.5});
  return gates;
}

// What to do about each criterion when it is not met, by criterion id.
struct Step {
  const char* criterion;
  const char* advice;
};
const Step kFinancialSteps[] = {
    {"budget-holders-talk",
     "Set up a standing monthly meeting of the NHS and council finance leads and the main budget holders."},
    {"budgets-shared",
     "Exchange draft budgets between the council and the NHS commissioners before either is approved."},
    {"budgets-aligned",
     "Put the council's budget round and the NHS planning round on one timetable with shared assumptions, "
     "and agree a joint financial plan that aligns at least a third of the partners' health and care "
     "budgets to shared outcomes, even where the money stays with each partner."},
    {"pooled-beyond-minimum",
     "Pool more than the Better Care Fund minimum under Section 75 (learning disability, mental health or "
     "community equipment are common first pools), aiming at a fifth of the combined budget, with a "
     "risk-share agreement that says how overspends and underspends are split."},
    {"joint-spending-decisions", "Give a joint committee the decisions on how pooled money is spent."},
    {"control-total-with-council",
     "Negotiate a system control total for the footprint that includes the council's adult social care "
     "spending, not only the NHS bodies."},
    {"delegated-spending",
     "Delegate the spending of pooled money to a place or system body, or to a lead commissioner."},
    {"single-budget",
     "Move to one budget for health and care: pool 70 % or more of the combined budget under one "
     "accountable officer and one budget cycle."},
};

std::string advice_for(const std::string& criterion) {
  for (const Step& step : kFinancialSteps)
    if (criterion == step.criterion) return step.advice;
  return "Meet the criterion " + criterion + ".";
}

std::string one_decimal(double value) {
  return spectrum::format_fixed(value, 1);
}

// The mean figure respondents gave for each number item, as a metric ("FA01_mean", in the item's unit),
// so a reader sees the figures behind the bands.
void report_figures(const Responses& r, spectrum::Result& out) {
  for (std::size_t i = 0; i < r.item_count(); ++i) {
    if (r.item(i).type() != spectrum::ItemType::number) continue;
    double sum = 0;
    int n = 0;
    for (std::size_t p = 0; p < r.respondent_count(); ++p)
      if (spectrum::Answer a = r.answer(p, i); a.has_value()) sum += a.number(), ++n;
    if (n > 0) out.add_metric(std::string(r.item(i).id()) + "_mean", sum / n);
  }
}

void add_findings(const Responses& r, const ItemScores& pooled, int level, spectrum::Result& out) {
  for (std::size_t i = 0; i < r.item_count(); ++i) {
    if (!pooled[i]) continue;
    std::string about = std::string(r.item(i).id()) + " scores " + one_decimal(*pooled[i]) + ": ";
    if (*pooled[i] >= 4.0) out.add_strength(about + std::string(r.item(i).text()));
    if (*pooled[i] <= 1.0) out.add_gap(about + std::string(r.item(i).text()));
  }
  if (auto rates = pooled[r.index("FA12")]; rates && *rates < 2.5)
    out.add_next_step(
        level < spectrum::kMaxLevel ? level + 1 : level,
        "Compare what the same care homes and suppliers charge the NHS and the council, and agree "
        "common rates where they differ for the same service.");
  if (level >= spectrum::kMaxLevel) return;
  for (const spectrum::Criterion* c : financial_gates().unmet(r, pooled, level + 1)) {
    out.add_gap("Level " + std::to_string(level + 1) + " needs: " + c->description, level + 1);
    out.add_next_step(level + 1, advice_for(c->id));
  }
}

std::vector<ItemScores> respondent_rows(const Responses& r) {
  std::vector<ItemScores> rows;
  for (std::size_t p = 0; p < r.respondent_count(); ++p) rows.push_back(financial_item_scores(r, p));
  return rows;
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const Responses& r = in.responses();
  const Gates& gates = financial_gates();
  std::vector<ItemScores> rows = respondent_rows(r);
  for (std::size_t p = 0; p < rows.size(); ++p)
    out.set_respondent_score(p, spectrum::gated_score(r, rows[p], gates));
  ItemScores pooled = spectrum::pool(rows, r.item_count());
  double mean = spectrum::weighted_mean(r, pooled);
  report_figures(r, out);
  if (std::isnan(mean)) {
    out.set_score(mean);
    out.add_gap("No respondent gave a figure or answer about financial alignment that counts.");
    return;
  }
  gates.apply(r, pooled, mean, out);
  add_findings(r, pooled, gates.level(r, pooled, mean), out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "financial_alignment", .version = "1.0.0", .domain = "financial_alignment",
                .title = "Financial alignment", .questionnaire = "financial_alignment",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
