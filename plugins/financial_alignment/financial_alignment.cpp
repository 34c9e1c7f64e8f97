// Financial alignment: how far the partners manage their money as one. Most items are figures (shares
// of budgets pooled, aligned, at shared risk or bought jointly), the rest say in words how budgets are
// set and spent.
//
// The rule: money before words. Each figure is placed on the spectrum by thresholds read as steps
// (spectrum::StepBands): a fifth of the budget pooled is joint decision-making, 19 % is not yet, and no
// figure earns part of a level it has not reached. The score is the weighted mean of every item that
// counts, figures and words alike, but never more than one level above the figures' own weighted mean:
// partners cannot describe themselves further along than the money they have put together shows. A
// respondent who knows no figure is placed by the words alone (don't know is never a low figure).
// Gates then hold the level (aligned budgets for level 2, pooling beyond the minimum with shared risk
// for 3, a control total that takes in the council for 4, one budget for 5). Where a gate rests on a
// figure, it also lists a choice item that says the same thing in words, so that a respondent who does
// not know the figure can still be placed by what they do know.
#include <spectrum/plugin.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace {

using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Responses;
using spectrum::StepBands;

// Each figure's steps: from each threshold up to the next, the figure earns the level named.
// FA01, share of the combined health and care budget in pooled funds (%). The Better Care Fund
// minimum alone pools about 4 %: that is consultation (1). 10 % is alignment (2), a fifth is joint
// decision-making (3), two fifths devolved (4), 70 % or more integrated (5).
const StepBands kPooledShare{{0, 0}, {4, 1}, {10, 2}, {20, 3}, {40, 4}, {70, 5}};
// FA02, Better Care Fund contributions above the statutory minimum (% of the minimum). Only the
// minimum is separate (0); a tenth more 1, a quarter more 2, half again 3, double 4, treble 5.
const StepBands kBetterCareAboveMinimum{{0, 0}, {10, 1}, {25, 2}, {50, 3}, {100, 4}, {200, 5}};
// FA04, share of the budgets not pooled that is aligned (%): 10 % -> 1, 30 % -> 2, half -> 3,
// three quarters -> 4, 95 % or more -> 5.
const StepBands kAlignedShare{{0, 0}, {10, 1}, {30, 2}, {50, 3}, {75, 4}, {95, 5}};
// FA07, share of the combined budget under a written risk-share agreement (%): 1 % -> 1, 5 % -> 2,
// 10 % -> 3, a quarter -> 4, half or more -> 5.
const StepBands kRiskShared{{0, 0}, {1, 1}, {5, 2}, {10, 3}, {25, 4}, {50, 5}};
// FA09, share of the council's adult social care spending inside the system control total (%):
// under 45 % it is still in effect an NHS control total (2), 45 % -> 3, 60 % -> 4, 90 % or more -> 5.
const StepBands kCareInsideControlTotal{{0, 2}, {45, 3}, {60, 4}, {90, 5}};
// FA11, share of externally bought care procured jointly (%): 5 % -> 1, 15 % -> 2, 30 % -> 3,
// 60 % -> 4, 90 % or more -> 5.
const StepBands kJointProcurement{{0, 0}, {5, 1}, {15, 2}, {30, 3}, {60, 4}, {90, 5}};

const StepBands* bands_for(std::string_view item) {
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
  const StepBands* bands = bands_for(item.id());
  if (!answer.has_value() || bands == nullptr) return std::nullopt;
  return (*bands)(answer.number());
}

// FA09 is asked only where the control total takes in the council (FA08 health_and_care, 4, or
// single_budget, 5). It checks the claim: the control total counts only as far as the care spending
// inside it supports, FA08 := min(FA08, steps(FA09)). The steps never go below 2, the best answer
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
                       1.25,
                       "Set up a standing monthly meeting of the NHS and council finance leads and the main "
                       "budget holders."})
          .require(1, {"budgets-shared",
                       "Partners at least share their draft budgets",
                       {"FA05"},
                       1.0,
                       "Exchange draft budgets between the council and the NHS commissioners before either "
                       "is approved."})
          .require(
              2,
              {"budgets-aligned",
               "Budgets planned together: about a third or more aligned, on a common timetable",
               {"FA04", "FA05"},
               2.0,
               "Put the council's budget round and the NHS planning round on one timetable with shared "
               "assumptions, and agree a joint financial plan that aligns at least a third of the partners' "
               "health and care budgets to shared outcomes, even where the money stays with each partner."})
          .require(
              3, {"pooled-beyond-minimum",
                  "Pooled funds beyond the minimum with shared risk: a fifth of the budget pooled, Section "
                  "75 pools beyond the Better Care Fund, a tenth of the budget under a risk-share",
                  {"FA01", "FA03", "FA07"},
                  3.0,
                  "Pool more than the Better Care Fund minimum under Section 75 (learning disability, mental "
                  "health or community equipment are common first pools), aiming at a fifth of the combined "
                  "budget, with a risk-share agreement that says how overspends and underspends are split."})
          .require(3, {"joint-spending-decisions",
                       "A joint committee or better decides how shared money is spent",
                       {"FA10"},
                       3.0,
                       "Give a joint committee the decisions on how pooled money is spent."})
          .require(4, {"control-total-with-council",
                       "A system control total that takes in the council's care spending",
                       {"FA08", "FA09"},
                       4.0,
                       "Negotiate a system control total for the footprint that includes the council's adult "
                       "social care spending, not only the NHS bodies."})
          .require(
              4,
              {"delegated-spending",
               "Shared money is spent by a body with delegated powers",
               {"FA10"},
               4.0,
               "Delegate the spending of pooled money to a place or system body, or to a lead commissioner."})
          .require(5, {"single-budget",
                       "One budget for health and care: 70 % or more pooled, one budget cycle",
                       {"FA01", "FA05"},
                       4.5,
                       "Move to one budget for health and care: pool 70 % or more of the combined budget "
                       "under one accountable officer and one budget cycle."});
  return gates;
}

// The mean figure respondents gave for each number item, as a metric ("FA01_mean", in the item's unit),
// so a reader sees the figures behind the bands.
void report_figures(const Responses& r, spectrum::Result& out) {
  for (std::size_t i = 0; i < r.item_count(); ++i)
    if (r.item(i).type() == spectrum::ItemType::number)
      if (auto mean = spectrum::mean_figure(r, i))
        out.add_metric(std::string(r.item(i).id()) + "_mean", *mean);
}

// Money before words: the weighted mean of every item that counts, at most one level above the
// weighted mean of the figures (when any figure counts). NaN when nothing counts.
double money_before_words(const Responses& r, const ItemScores& s) {
  ItemScores figures(s.size());
  for (std::size_t i = 0; i < s.size(); ++i)
    if (r.item(i).type() == spectrum::ItemType::number) figures[i] = s[i];
  double all = spectrum::weighted_mean(r, s), money = spectrum::weighted_mean(r, figures);
  return std::isnan(money) ? all : std::min(all, money + 1.0);
}

// The domain's function, for pooled item scores and for one respondent's alike: money before words,
// held below any level whose must-haves are not met.
double financial_score(const Responses& r, const ItemScores& s) {
  double score = money_before_words(r, s);
  if (std::isnan(score)) return score;
  return spectrum::cap_to_level(score, financial_gates().level(r, s, score));
}

void add_findings(const Responses& r, const ItemScores& pooled, int level, spectrum::Result& out) {
  spectrum::add_item_findings(r, pooled, out, {.strength_from = 4.0, .gap_to = 1.0});
  if (auto rates = pooled[r.index("FA12")]; rates && *rates < 2.5)
    out.add_next_step(level < spectrum::kMaxLevel ? level + 1 : level,
                      "Compare what the same care homes and suppliers charge the NHS and the council, and "
                      "agree common rates where they differ for the same service.");
  financial_gates().add_next_level_findings(r, pooled, level, out);
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
  for (std::size_t p = 0; p < rows.size(); ++p) out.set_respondent_score(p, financial_score(r, rows[p]));
  ItemScores pooled = spectrum::pool(rows, r.item_count());
  double score = money_before_words(r, pooled);
  report_figures(r, out);
  if (std::isnan(score)) {
    out.set_score(score);
    out.add_gap("No respondent gave a figure or answer about financial alignment that counts.");
    return;
  }
  out.add_metric("answers_mean", spectrum::weighted_mean(r, pooled));
  gates.apply(r, pooled, score, out);
  add_findings(r, pooled, gates.level(r, pooled, score), out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "financial_alignment", .version = "1.1.0", .domain = "financial_alignment",
                .title = "Financial alignment", .questionnaire = "financial_alignment",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
