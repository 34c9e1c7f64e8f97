// The digital plugin, run through the real host: levels and scores pinned for crafted answers, and the
// information-governance gates that hold a technically advanced area back. Weights (questionnaire):
// DG01 2, DG02 1.5, DG03 1.5, DG04 2, DG05 1, DG06 3 (with DG07 2 and DG08 1 folded into it), DG09 1.5,
// DG10 1, DG11 1, DG12 1.5, DG13 1: 17 in all.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "plugin_test_support.h"

using namespace spectrum::test;
using Catch::Detail::Approx;
using spectrum::DomainProfile;
using spectrum::Sector;

namespace {

const std::string kDomain = "digital";

DomainProfile score_one(const Answers& answers) {
  return score_domain(assessment({respondent("r1", Sector::nhs, kDomain, answers)}), kDomain);
}

Answers best() {
  return extreme_answers(questionnaire(kDomain), Extreme::best);
}

bool met(const DomainProfile& d, const std::string& gate) {
  const spectrum::Gate* g = find_gate(d, gate);
  REQUIRE(g != nullptr);
  return g->met;
}

bool has_next_step(const DomainProfile& d, int level, const std::string& fragment) {
  return std::any_of(d.findings.begin(), d.findings.end(), [&](const spectrum::Finding& f) {
    return f.kind == spectrum::Finding::Kind::next_step && f.level == level &&
           f.text.find(fragment) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("digital: excellent systems without agreements signed by every partner stay at consultation",
          "[plugin][digital]") {
  Answers a = best();
  a["DG01"] = choice("some_partners");  // 1
  DomainProfile d = score_one(a);
  // Weighted mean (5 * 15 + 2 * 1) / 17 = 4.53, held at level 1 by the information-sharing gate.
  CHECK_FALSE(met(d, "sharing_agreement_all_partners"));
  CHECK(met(d, "sharing_agreement_started"));
  CHECK(d.level == 1);
  CHECK(d.score == Approx(1.99).margin(0.005));
  CHECK(d.metrics.at("weighted_mean") == Approx(77.0 / 17.0));
  CHECK(has_next_step(d, 2, "signed by every health and care partner"));
  const spectrum::Gate* g = find_gate(d, "sharing_agreement_all_partners");
  REQUIRE(g->items.size() == 1);
  CHECK(g->items[0].id == "DG01");
}

TEST_CASE("digital: without the NHS number in social care records there is no joint decision-making",
          "[plugin][digital]") {
  Answers a = best();
  a["DG04"] = choice("batch_matching");  // 2: (75 + 4) / 17 = 4.65
  DomainProfile d = score_one(a);
  CHECK_FALSE(met(d, "nhs_number_in_social_care"));
  CHECK(d.level == 2);
  CHECK(d.score == Approx(2.99).margin(0.005));
  CHECK(has_next_step(d, 3, "NHS number"));
}

TEST_CASE("digital: fewer than 80% of social care records with a verified NHS number holds level 3",
          "[plugin][digital]") {
  Answers a = best();
  a["DG05"] = number(65);  // bands: 50% = 2, 80% = 3, so 2.5
  DomainProfile d = score_one(a);
  CHECK(d.metrics.at("weighted_mean") == Approx((80.0 + 2.5) / 17.0));
  CHECK_FALSE(met(d, "nhs_number_in_social_care"));
  CHECK(d.level == 2);
  a["DG05"] = number(80);  // 3: the gate holds, and (80 + 3) / 17 = 4.88 earns level 4
  DomainProfile at_80 = score_one(a);
  CHECK(met(at_80, "nhs_number_in_social_care"));
  CHECK(at_80.level == 4);
}

TEST_CASE("digital: no data protection impact assessment holds level 3", "[plugin][digital]") {
  Answers a = best();
  a["DG02"] = yes_no(false);
  DomainProfile d = score_one(a);
  CHECK_FALSE(met(d, "impact_assessment"));
  CHECK(d.level == 2);
  CHECK(has_next_step(d, 3, "data protection impact assessment"));
}

TEST_CASE("digital: a shared care record without audited access stays at joint decision-making",
          "[plugin][digital]") {
  Answers a = best();
  a["DG08"] = yes_no(false);  // DG06 folded: (15 + 10 + 0) / 6 = 4.17 < 4.33 needed
  DomainProfile d = score_one(a);
  CHECK_FALSE(met(d, "audited_shared_record"));
  CHECK(d.level == 3);
  // Mean (5 * 14 + 3 * 4.1667) / 17 = 4.85, capped at 3.99.
  CHECK(d.score == Approx(3.99).margin(0.005));
}

TEST_CASE("digital: with every gate met the weighted mean decides the level", "[plugin][digital]") {
  Answers a = best();
  a["DG09"] = number(1);          // 0, weight 1.5
  a["DG13"] = choice("nothing");  // 0, weight 1
  DomainProfile d = score_one(a);
  // (5 * 14.5) / 17 = 4.2647
  CHECK(d.score == Approx(72.5 / 17.0).margin(0.005));
  CHECK(d.level == 4);
  CHECK(has_next_step(d, 5, "interoperability"));  // the heaviest shortfall: 1.5 * 5
}

TEST_CASE("digital: no shared care record at all scores its weight as zero, not the follow-ups",
          "[plugin][digital]") {
  Answers a = best();
  a["DG06"] = yes_no(false);  // DG07 and DG08 become not relevant
  DomainProfile d = score_one(a);
  CHECK(d.metrics.at("weighted_mean") == Approx(70.0 / 17.0));
  CHECK(d.level == 3);
}

TEST_CASE("digital: don't know on every answer scores nothing and is shown as uncertain",
          "[plugin][digital]") {
  DomainProfile d = score_one(all_dont_know(questionnaire(kDomain)));
  CHECK(d.uncertain);
  CHECK(d.level == 0);
}
