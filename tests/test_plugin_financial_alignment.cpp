// The financial_alignment plugin, run through the real host: figures placed on the spectrum by their
// thresholds (in steps), words held to at most a level beyond the figures, the gates that hold an area back,
// and the properties every plugin owes.
#include "plugin_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace spectrum;
using namespace spectrum::test;

namespace {

const char* const kDomain = "financial_alignment";

DomainProfile score_one(const Answers& answers) {
  return score_domain(assessment({respondent("r1", Sector::local_government, kDomain, answers)}), kDomain);
}

// An area whose figures all sit on the joint decision-making threshold (3): a fifth pooled, half again
// the Better Care Fund minimum, half the rest aligned, a tenth at shared risk, 30 % bought jointly.
// The control total is the NHS bodies' only (2), budget holders agree they talk (4 of 5: 3.75) and
// supplier rates were compared (yes: 5).
Answers joint_decision_making_area() {
  Answers a;
  a["FA01"] = number(20);
  a["FA02"] = number(50);
  a["FA03"] = multi({"bcf_only", "pool_mental_health"});
  a["FA04"] = number(50);
  a["FA05"] = choice("joint_plan");
  a["FA06"] = number(4);
  a["FA07"] = number(10);
  a["FA08"] = choice("nhs_system");
  a["FA10"] = choice("joint_committee");
  a["FA11"] = number(30);
  a["FA12"] = yes_no(true);
  a["FA13"] = choice("joint_rates");
  return a;
}

}  // namespace

TEST_CASE("financial_alignment: every best answer scores 5.0 and every worst answer 0.0",
          "[plugin][financial_alignment]") {
  DomainProfile top = score_one(best_answers(kDomain));
  CHECK(top.score == Approx(5.0));
  CHECK(top.level == 5);
  DomainProfile bottom = score_one(worst_answers(kDomain));
  CHECK(bottom.score == Approx(0.0));
  CHECK(bottom.level == 0);
}

TEST_CASE("financial_alignment: an area that answers don't know throughout is uncertain, not low",
          "[plugin][financial_alignment]") {
  DomainProfile d = score_one(all_dont_know(questionnaire(kDomain)));
  CHECK(d.uncertain);
}

TEST_CASE("financial_alignment: figures on the joint decision-making thresholds place an area at level 3",
          "[plugin][financial_alignment][bands]") {
  DomainProfile d = score_one(joint_decision_making_area());
  // Weighted mean: (2x3 + 3 + 1.5x3 + 1.5x3 + 3 + 3.75 + 1.5x3 + 2x2 + 1.5x3 + 3 + 5 + 3) / 16 = 3.046875
  CHECK(d.score == Approx(3.046875).margin(0.005));
  CHECK(d.level == 3);
  const Gate* control = find_gate(d, "control-total-with-council");
  REQUIRE(control != nullptr);
  CHECK_FALSE(control->met);
  CHECK(has_finding(d, Finding::Kind::next_step, 4, "control total"));
  CHECK(d.metrics.at("FA01_mean") == Approx(20));
}

TEST_CASE(
    "financial_alignment: a figure between two thresholds earns the lower step, not a share of the next",
    "[plugin][financial_alignment][bands]") {
  Answers short_of = joint_decision_making_area();
  short_of["FA11"] = number(29.9);  // short of 30 %: still alignment (2), a point less on weight 1
  CHECK(score_one(short_of).score == Approx(3.046875 - 1.0 / 16).margin(0.005));
  Answers beyond = joint_decision_making_area();
  beyond["FA11"] = number(59.9);  // beyond 30 %, short of 60 %: still 3
  CHECK(score_one(beyond).score == Approx(3.046875).margin(0.005));
}

TEST_CASE("financial_alignment: partners cannot describe themselves more than a level beyond their figures",
          "[plugin][financial_alignment][money]") {
  Answers a = best_answers(kDomain);
  for (const char* figure : {"FA01", "FA02", "FA04", "FA07", "FA11"}) a[figure] = number(0);
  a["FA08"] = choice("nhs_system");  // FA09 is then not asked
  a.erase("FA09");
  DomainProfile d = score_one(a);
  // Every word at its best, every figure at 0: the figures' mean is 0, so the score stops at 1.
  CHECK(d.score <= 1.0 + 1e-9);
  CHECK(d.level <= 1);
  CHECK(d.metrics.at("answers_mean") > 2.0);
}

TEST_CASE("financial_alignment: a respondent who knows no figure is placed by the words alone",
          "[plugin][financial_alignment][money]") {
  Answers a = best_answers(kDomain);
  for (const char* figure : {"FA01", "FA02", "FA04", "FA07", "FA09", "FA11"}) a[figure] = dont_know();
  DomainProfile d = score_one(a);
  CHECK(d.score == Approx(5.0));
  CHECK(d.level == 5);
}

TEST_CASE("financial_alignment: pooling less than a fifth of the budget holds an area at level 2",
          "[plugin][financial_alignment][gate]") {
  Answers a = best_answers(kDomain);
  a["FA01"] = number(15);  // 2.5 on the spectrum: beyond the minimum, short of joint decision-making
  DomainProfile d = score_one(a);
  CHECK(d.level == 2);
  CHECK(d.score <= 2.99 + 1e-9);
  const Gate* pooled = find_gate(d, "pooled-beyond-minimum");
  REQUIRE(pooled != nullptr);
  CHECK_FALSE(pooled->met);
  CHECK(has_finding(d, Finding::Kind::next_step, 3, "Section 75"));
}

TEST_CASE(
    "financial_alignment: a control total that claims the council but holds little of its care spending "
    "does not count as one",
    "[plugin][financial_alignment][gate]") {
  Answers claimed = best_answers(kDomain), real = best_answers(kDomain);
  claimed["FA09"] = number(10);
  real["FA09"] = number(80);
  DomainProfile thin = score_one(claimed);
  DomainProfile full = score_one(real);
  CHECK_FALSE(find_gate(thin, "control-total-with-council")->met);
  CHECK(find_gate(full, "control-total-with-council")->met);
  CHECK(thin.level == 3);
  CHECK(thin.score < full.score);
}

TEST_CASE("financial_alignment: a figure nobody knows is left out, not counted as zero",
          "[plugin][financial_alignment]") {
  Answers unknown = joint_decision_making_area();
  unknown["FA02"] = dont_know();
  unknown["FA11"] = dont_know();
  DomainProfile d = score_one(unknown);
  // Without FA02 and FA11 (weight 1 each, both 3): (48.75 - 6) / 14
  CHECK(d.score == Approx(42.75 / 14).margin(0.005));
  CHECK(d.level == 3);
}

TEST_CASE("financial_alignment: improving any single answer never lowers the score",
          "[plugin][financial_alignment][property]") {
  CHECK(find_monotonicity_violation(kDomain, kDomain, 75u, 25) == "");
}
