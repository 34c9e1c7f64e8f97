// The housing_partnership plugin, run through the real host: levels and scores pinned for crafted
// answers. The expected figures are worked out by hand from the plugin's rule (see the plugin's header
// comment): pillars are weighted means of their items, practice is the mean of the pillars, the score
// is min((2 * forms + practice) / 3, practice + 1), held by the gates.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "plugin_test_support.h"

using namespace spectrum::test;
using Catch::Detail::Approx;
using spectrum::DomainProfile;
using spectrum::Sector;

namespace {

const std::string kDomain = "housing_partnership";

DomainProfile score_one(const Answers& answers, Sector sector = Sector::housing) {
  return score_domain(assessment({respondent("r1", sector, kDomain, answers)}), kDomain);
}

Answers best() {
  return extreme_answers(questionnaire(kDomain), Extreme::best);
}

// A partnership working at joint decision-making in practice, with three forms at level 3 or below.
Answers joint_decision_making() {
  Answers a;
  a["HP01"] = choice("decision_makers");   // 3
  a["HP02"] = choice("joint_priorities");  // 3
  a["HP03"] = number(4);                   // 3.75
  a["HP04"] = yes_no(true);                // folded with HP05: (2*5 + 2*3) / 4 = 4
  a["HP05"] = choice("joint_commissioned");
  a["HP06"] = choice("joint_team");  // 3
  a["HP07"] =
      multi({"aligned_functions", "joint_commissioning", "pooled_funds"});  // strongest 3, three forms: 3
  a["HP08"] = choice("shared_risk");                                        // 3
  a["HP09"] = yes_no(true);                                                 // 5
  a["HP10"] = choice("co_located");                                         // 3
  a["HP11"] = choice("shared_flags");                                       // 3
  a["HP12"] = number(3);                                                    // 2.5
  return a;
}

double metric(const DomainProfile& d, const std::string& name) {
  auto it = d.metrics.find(name);
  REQUIRE(it != d.metrics.end());
  return it->second;
}

bool has_next_step(const DomainProfile& d, int level, const std::string& fragment) {
  return std::any_of(d.findings.begin(), d.findings.end(), [&](const spectrum::Finding& f) {
    return f.kind == spectrum::Finding::Kind::next_step && f.level == level &&
           f.text.find(fragment) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("housing: pooled funds and joint commissioning, borne out in practice, reach joint decision-making",
          "[plugin][housing_partnership]") {
  DomainProfile d = score_one(joint_decision_making());
  REQUIRE(d.status == DomainProfile::Status::ok);
  // Pillars: table (6 + 4.5 + 3.75) / 4.5 = 3.1667, plans (8 + 6) / 4 = 3.5, agreements (6 + 5) / 3 = 3.6667,
  // side by side (4.5 + 6 + 2.5) / 4.5 = 2.8889; practice 3.3056; score (2*3 + 3.3056) / 3 = 3.1019.
  CHECK(metric(d, "forms_score") == Approx(3.0));
  CHECK(metric(d, "practice_score") == Approx(3.30556).margin(1e-4));
  CHECK(d.score == Approx(3.1019).margin(0.005));
  CHECK(d.level == 3);
  // Level 4 is held back by the forms: nothing is delegated yet.
  REQUIRE(find_gate(d, "delegated_form") != nullptr);
  CHECK_FALSE(find_gate(d, "delegated_form")->met);
  CHECK(has_next_step(d, 4, "Delegate a housing-related function"));
}

TEST_CASE("housing: forms of joint working on paper carry the score at most one level past practice",
          "[plugin][housing_partnership]") {
  Answers a;
  a["HP01"] = choice("informed");
  a["HP02"] = choice("mentioned");
  a["HP03"] = number(2);
  a["HP04"] = yes_no(false);
  a["HP06"] = choice("ad_hoc");
  a["HP07"] = multi({"aligned_functions", "pooled_funds", "delegated_functions", "joint_venture"});
  a["HP08"] = choice("informal");
  a["HP09"] = yes_no(false);
  a["HP10"] = choice("visiting");
  a["HP11"] = choice("case_by_case");
  a["HP12"] = number(2);
  DomainProfile d = score_one(a);
  // Practice (1.0556 + 0.5 + 0.6667 + 1.0556) / 4 = 0.8194; forms 5 would give (10 + 0.82) / 3 = 3.61,
  // but the score is capped at practice + 1 = 1.8194.
  CHECK(metric(d, "forms_score") == Approx(5.0));
  CHECK(d.score == Approx(1.8194).margin(0.005));
  CHECK(d.level == 1);
  REQUIRE(find_gate(d, "housing_in_needs_assessment") != nullptr);
  CHECK_FALSE(find_gate(d, "housing_in_needs_assessment")->met);
  CHECK(has_next_step(d, 2, "Joint Strategic Needs Assessment"));
}

TEST_CASE("housing: one joint venture alone is a narrow partnership, short of integrated provision",
          "[plugin][housing_partnership]") {
  Answers narrow = best();
  narrow["HP07"] = multi({"joint_venture"});
  DomainProfile d = score_one(narrow);
  // Forms 5 - 2/3 = 4.3333; practice 5; score (8.6667 + 5) / 3 = 4.5556, level 4 (the forms gate of 5 fails).
  CHECK(metric(d, "forms_score") == Approx(13.0 / 3.0));
  CHECK(d.score == Approx(4.5556).margin(0.005));
  CHECK(d.level == 4);
  CHECK_FALSE(find_gate(d, "integrated_form")->met);

  Answers broad = best();
  broad["HP07"] = multi({"joint_venture", "pooled_funds", "aligned_functions"});
  CHECK(score_one(broad).level == 5);
}

TEST_CASE(
    "housing: adaptations that are only commissioned jointly hold the partnership below devolved decisions",
    "[plugin][housing_partnership]") {
  Answers a = best();
  a["HP05"] = choice("joint_commissioned");  // HP04 folded: (2*5 + 2*3) / 4 = 4 < 4.5 needed
  DomainProfile d = score_one(a);
  CHECK_FALSE(find_gate(d, "delegated_adaptations")->met);
  CHECK(d.level == 3);
  CHECK(d.score == Approx(3.99).margin(0.005));  // 4.9583 capped at level 3 + 0.99
  CHECK(has_next_step(d, 4, "adaptations budget"));

  a["HP05"] = choice("lead_partner");  // (10 + 8) / 4 = 4.5
  CHECK(find_gate(score_one(a), "delegated_adaptations")->met);
}

TEST_CASE("housing: a shared adaptations plan never scores below having none",
          "[plugin][housing_partnership]") {
  Answers without = joint_decision_making();
  without["HP04"] = yes_no(false);
  Answers with_weakest = joint_decision_making();
  with_weakest["HP05"] = choice("separately_consulting");
  CHECK(score_one(with_weakest).score >= score_one(without).score);
}

TEST_CASE("housing: don't know is left out rather than counted low", "[plugin][housing_partnership]") {
  Answers a = best();
  a["HP03"] = dont_know();
  a["HP12"] = dont_know();
  a["HP09"] = not_applicable();
  DomainProfile d = score_one(a);
  CHECK(d.score == Approx(5.0));
  CHECK(d.level == 5);
}

TEST_CASE("housing: each respondent is scored by the domain's own rule", "[plugin][housing_partnership]") {
  auto area = assessment(
      {respondent("high", Sector::housing, kDomain, best()),
       respondent("low", Sector::nhs, kDomain, extreme_answers(questionnaire(kDomain), Extreme::worst)),
       respondent("mid", Sector::local_government, kDomain, joint_decision_making())});
  DomainProfile d = score_domain(area, kDomain);
  REQUIRE(d.respondent_scores.size() == 3);
  CHECK(d.respondent_scores[0].second == Approx(5.0));
  CHECK(d.respondent_scores[1].second == Approx(0.0));
  CHECK(d.respondent_scores[2].second == Approx(score_one(joint_decision_making()).score).margin(0.005));
}
