// Digital and information sharing: the weighted mean of the answers (the questionnaire's item weights),
// held back by information-governance gates. However modern the systems, partners cannot share
// records at a level the governance does not allow:
//   level 2 needs information-sharing agreements signed by every partner;
//   level 3 needs the NHS number verified and used in social care records, and a data protection
//           impact assessment for sharing between health and social care;
//   level 4 needs a joint information governance group, and role-based, audited access to the
//           shared care record;
//   level 5 needs information governance run once for all partners.
// The share of social care records holding a verified NHS number (DG05, a percentage) is mapped onto
// the spectrum through bands. The shared care record's follow-ups (DG07 reach, DG08 audited access,
// asked only after a yes to DG06) are folded into DG06, so that answering yes never lowers the score.
// A respondent's score is the gated mean of their own item scores; the domain's is the gated mean of
// the pooled item scores.
#include <spectrum/plugin.h>

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace {

using spectrum::Answer;
using spectrum::Item;
using spectrum::ItemScores;
using spectrum::Responses;

constexpr const char* kVerifiedShareItem = "DG05";
constexpr const char* kSharedRecord = "DG06";
constexpr const char* kRecordReach = "DG07";
constexpr const char* kRecordAudited = "DG08";

// Share of social care records with a verified NHS number (%), onto the spectrum.
const spectrum::Bands kVerifiedShare{{0, 0}, {20, 1}, {50, 2}, {80, 3}, {95, 4}, {100, 5}};

std::optional<double> digital_item_score(const Item& item, const Answer& answer) {
  if (item.id() == kVerifiedShareItem && answer.has_value()) return kVerifiedShare(answer.number());
  return spectrum::default_item_score(item, answer);
}

// One respondent's item scores, the shared care record's follow-ups folded into it.
ItemScores respondent_scores(const Responses& r, std::size_t respondent) {
  ItemScores row = r.scores_of(respondent, digital_item_score);
  spectrum::fold_follow_ups(r, row, kSharedRecord, {kRecordReach, kRecordAudited});
  return row;
}

// The must-have criteria of each level, with what to do when one is not met.
spectrum::Gates domain_gates(const Responses& r) {
  spectrum::Gates gates;
  gates
      .require(1, {"sharing_agreement_started",
                   "An information-sharing agreement is at least being drafted",
                   {"DG01"},
                   1.0,
                   "Start an information-sharing agreement between the council and the NHS bodies, led by "
                   "their Caldicott guardians."})
      .require(2, {"sharing_agreement_all_partners",
                   "Information-sharing agreements are signed by every partner",
                   {"DG01"},
                   2.0,
                   "Get the information-sharing agreement signed by every health and care partner, not only "
                   "the willing ones."})
      .require(3, {"nhs_number_in_social_care",
                   "The NHS number is verified and used as the common identifier in social care records",
                   {"DG04", "DG05"},
                   3.0,
                   "Verify the NHS number on social care records (at least 80% of open records) and use it "
                   "to match them with health records."})
      .require(3, {"impact_assessment",
                   "A data protection impact assessment covers sharing between health and social care",
                   {"DG02"},
                   5.0,
                   "Complete one data protection impact assessment for sharing records between health and "
                   "social care, agreed by every partner's data protection officer."})
      .require(4, {"joint_governance",
                   "A joint information governance group decides on sharing for all partners",
                   {"DG03"},
                   3.0,
                   "Set up a joint information governance group, with the partners' Caldicott guardians, "
                   "that decides sharing requests for all."})
      .require(4,
               {"audited_shared_record",
                "Front-line staff of both sectors read a shared care record, with role-based access "
                "audited under agreed rules",
                {kSharedRecord, kRecordReach, kRecordAudited},
                spectrum::folded_parent_score(r, kSharedRecord, spectrum::kMaxScore,
                                              {{kRecordReach, 3.0}, {kRecordAudited, spectrum::kMaxScore}}),
                "Open the shared care record to front-line health and care staff alike, under role-based "
                "access rules agreed with every partner and audited."})
      .require(5, {"governance_run_once",
                   "Information governance is run once for all partners",
                   {"DG01", "DG03"},
                   4.0,
                   "Run information governance once for the whole footprint: one framework and one service "
                   "for every partner, housing and voluntary sector included."});
  return gates;
}

// What an item shows when strong or weak, and how to raise it (DG07 and DG08 are folded into DG06).
struct ItemTheme {
  const char* id;
  const char* strong;
  const char* weak;
  const char* raise;
};

const std::vector<ItemTheme>& themes() {
  static const std::vector<ItemTheme> kThemes = {
      {"DG01", "Information-sharing agreements bind every partner.",
       "Partners have not all signed an information-sharing agreement.",
       "Extend the information-sharing agreement to every partner in the footprint."},
      {"DG02", "A data protection impact assessment covers health and social care sharing.",
       "No data protection impact assessment covers sharing between health and social care.",
       "Complete a joint data protection impact assessment."},
      {"DG03", "Partners decide on data sharing together.",
       "Each organisation decides on data sharing alone.",
       "Let a joint information governance group decide sharing requests."},
      {"DG04", "The NHS number links records across health and care.",
       "Social care records cannot be matched to health records by NHS number.",
       "Use the verified NHS number as the common identifier in every partner's system."},
      {"DG05", "Nearly all social care records hold a verified NHS number.",
       "Few social care records hold a verified NHS number.",
       "Verify the NHS number on the remaining social care records."},
      {"DG06", "A shared care record reaches front-line health and care staff, with audited access.",
       "There is no shared care record across health and social care, or it shows little.",
       "Give front-line health and care staff a shared care record that every partner writes to, with "
       "audited access."},
      {"DG09", "Systems exchange information through open interoperability standards.",
       "Systems exchange information through one-off interfaces, if at all.",
       "Require open interoperability standards in every new system contract."},
      {"DG10", "Partners share their digital infrastructure.",
       "Each partner runs its own digital infrastructure.",
       "Procure network, hosting and service desk jointly."},
      {"DG11", "One digital roadmap is agreed by all partners.",
       "There is no digital roadmap agreed by all partners.",
       "Agree one digital roadmap for the footprint with the council and the NHS bodies."},
      {"DG12", "Linked health and care data steers priorities.",
       "Partners do not analyse health and care data together.",
       "Link health and care data and analyse it together to find people at risk."},
      {"DG13", "Residents can see and add to their own records.",
       "Residents have little access to their own records.",
       "Let residents see their shared care record and care plan online."},
  };
  return kThemes;
}

// The heaviest shortfall among counted items: where the weighted mean gains most.
const ItemTheme* largest_shortfall(const Responses& r, const ItemScores& pooled) {
  const ItemTheme* found = nullptr;
  double largest = 0.0;
  for (const ItemTheme& t : themes()) {
    std::size_t i = r.index(t.id);
    if (!pooled[i]) continue;
    double shortfall = r.item(i).weight() * (spectrum::kMaxScore - *pooled[i]);
    if (shortfall > largest) found = &t, largest = shortfall;
  }
  return found;
}

void add_findings(const Responses& r, const ItemScores& pooled, int level, const spectrum::Gates& gates,
                  spectrum::Result& out) {
  for (const ItemTheme& t : themes()) {
    const auto& s = pooled[r.index(t.id)];
    if (!s) continue;
    if (*s >= 4.0)
      out.add_strength(t.strong);
    else if (*s < 2.0)
      out.add_gap(t.weak);
  }
  if (level >= spectrum::kMaxLevel || gates.add_next_level_findings(r, pooled, level, out) > 0) return;
  // The information governance allows the next level: the answers themselves fall short.
  if (const ItemTheme* t = largest_shortfall(r, pooled)) out.add_next_step(level + 1, t->raise);
}

void score(const spectrum::Input& in, spectrum::Result& out) {
  const Responses& r = in.responses();
  std::vector<ItemScores> rows;
  for (std::size_t i = 0; i < in.respondent_count(); ++i) rows.push_back(respondent_scores(r, i));
  ItemScores pooled = spectrum::pool(rows, r.item_count());
  spectrum::Gates gates = domain_gates(r);
  double mean = spectrum::weighted_mean(r, pooled);
  gates.apply(r, pooled, mean, out);  // the send caps the score to the gated level
  for (std::size_t i = 0; i < in.respondent_count(); ++i)
    out.set_respondent_score(i, spectrum::gated_score(r, rows[i], gates));
  if (std::isnan(mean)) return;
  out.add_metric("weighted_mean", mean);
  out.add_metric("governance_level", gates.gated_level(r, pooled));
  add_findings(r, pooled, gates.level(r, pooled, mean), gates, out);
}

}  // namespace

SPECTRUM_PLUGIN(score, .id = "digital", .version = "1.0.0", .domain = "digital",
                .title = "Digital and information sharing", .questionnaire = "digital",
                .accepts_from = "1.0.0", .accepts_below = "2.0.0")
