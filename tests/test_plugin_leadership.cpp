// The leadership plugin, run through the real host: levels pinned for crafted answers, the gates that
// hold an area back, and the properties every plugin owes (best 5, worst 0, don't know never low,
// monotonic, respondent scores by the same function).
#include "plugin_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace spectrum;
using namespace spectrum::test;

namespace {

const char* const kDomain = "leadership";

DomainProfile score_one(const Answers& answers, Sector sector = Sector::local_government) {
  return score_domain(assessment({respondent("r1", sector, kDomain, answers)}), kDomain);
}

}  // namespace

TEST_CASE("leadership: every best answer scores 5.0 at level 5 and every worst answer 0.0 at level 0",
          "[plugin][leadership]") {
  DomainProfile top = score_one(best_answers(kDomain));
  CHECK(top.status == DomainProfile::Status::ok);
  CHECK(top.score == Approx(5.0));
  CHECK(top.level == 5);
  CHECK(std::all_of(top.gates.begin(), top.gates.end(), [](const Gate& g) { return g.met; }));

  DomainProfile bottom = score_one(worst_answers(kDomain));
  CHECK(bottom.score == Approx(0.0));
  CHECK(bottom.level == 0);
  CHECK_FALSE(bottom.uncertain);
}

TEST_CASE("leadership: an area where every answer is don't know gets no score and is uncertain",
          "[plugin][leadership]") {
  DomainProfile d = score_one(all_dont_know(questionnaire(kDomain)));
  CHECK(d.status == DomainProfile::Status::ok);
  CHECK(d.uncertain);
  REQUIRE(d.respondent_scores.size() == 1);
  CHECK(std::isnan(d.respondent_scores[0].second));
}

TEST_CASE("leadership: a partnership board that cannot bind the partners holds a strong area at level 2",
          "[plugin][leadership][gate]") {
  Answers a = best_answers(kDomain);
  a["LD07"] = choice("partnership_board");
  DomainProfile d = score_one(a);
  // Every other answer is the best one: the score alone would earn level 4.
  CHECK(d.level == 2);
  CHECK(d.score <= 2.99 + 1e-9);
  const Gate* committee = find_gate(d, "joint-committee");
  REQUIRE(committee != nullptr);
  CHECK_FALSE(committee->met);
  CHECK(committee->level == 3);
  REQUIRE(committee->items.size() == 1);
  CHECK(committee->items[0].id == "LD07");
  CHECK(has_finding(d, Finding::Kind::next_step, 3, "joint committee"));
}

TEST_CASE("leadership: without a vision every partner has adopted an area cannot pass level 1",
          "[plugin][leadership][gate]") {
  Answers a = best_answers(kDomain);
  a["LD04"] = choice("one_partner");
  DomainProfile d = score_one(a);
  CHECK(d.level == 1);
  const Gate* vision = find_gate(d, "shared-vision");
  REQUIRE(vision != nullptr);
  CHECK_FALSE(vision->met);
  CHECK(has_finding(d, Finding::Kind::next_step, 2, "vision"));
}

TEST_CASE("leadership: a plan led by NHS bodies alone stays at level 0 however good the rest",
          "[plugin][leadership][gate]") {
  Answers a = best_answers(kDomain);
  a["LD01"] = choice("nhs_only");
  DomainProfile d = score_one(a);
  CHECK(d.level == 0);
  CHECK(d.score < 1.0);
}

TEST_CASE("leadership: a joint committee with the council at the table but nothing delegated is level 3",
          "[plugin][leadership]") {
  Answers a;
  a["LD01"] = choice("joint");
  a["LD02"] = choice("equal_member");
  a["LD03"] = choice("decide");
  a["LD04"] = choice("joint_programme");
  a["LD05"] = number(4);
  a["LD06"] = yes_no(true);
  a["LD07"] = choice("joint_committee");
  a["LD08"] = multi({"priorities", "joint_commissioning"});
  a["LD09"] = choice("written_procedure");
  a["LD10"] = number(4);
  a["LD11"] = number(3);
  a["LD12"] = choice("co_designed");
  a["LD13"] = yes_no(true);
  DomainProfile d = score_one(a);
  CHECK(d.level == 3);
  CHECK(d.score >= 3.0);
  CHECK(d.score < 4.0);
  const Gate* delegated = find_gate(d, "delegated-decisions");
  REQUIRE(delegated != nullptr);
  CHECK_FALSE(delegated->met);
  CHECK(has_finding(d, Finding::Kind::next_step, 4, "delegation"));
}

TEST_CASE("leadership: an NHS-led plan that consults the council is level 1 consultation",
          "[plugin][leadership]") {
  Answers a;
  a["LD01"] = choice("nhs_consults");
  a["LD02"] = choice("consulted");
  a["LD03"] = choice("briefed");
  a["LD04"] = choice("one_partner");
  a["LD05"] = number(2);
  a["LD06"] = yes_no(true);
  a["LD07"] = choice("network");
  a["LD08"] = multi({"recommendations"});
  a["LD09"] = choice("own_hierarchy");
  a["LD10"] = number(2);
  a["LD11"] = dont_know();
  a["LD12"] = choice("informed");
  a["LD13"] = yes_no(false);
  DomainProfile d = score_one(a, Sector::nhs);
  CHECK(d.level == 1);
  CHECK(d.score == Approx(1.0).margin(0.5));
}

TEST_CASE("leadership: leaders who describe the vision differently weaken it within the rung",
          "[plugin][leadership]") {
  Answers told_alike = best_answers(kDomain), told_differently = best_answers(kDomain);
  told_alike["LD04"] = told_differently["LD04"] = choice("adopted_by_all");
  told_alike["LD08"] = told_differently["LD08"] =
      multi({"joint_commissioning"});  // rung 3: nothing delegated
  told_differently["LD05"] = number(1);
  DomainProfile alike = score_one(told_alike), differently = score_one(told_differently);
  CHECK(alike.level == 3);
  CHECK(differently.level == 3);
  CHECK(differently.score < alike.score);
}

TEST_CASE("leadership: the rung is set by the arrangements in place, the answers place the area within it",
          "[plugin][leadership][ladder]") {
  // A joint committee with the council at the table, members engaged, nothing delegated: rung 3.
  Answers strong = best_answers(kDomain), weak;
  strong["LD08"] = multi({"joint_commissioning"});
  weak = strong;
  for (const char* behaviour : {"LD05", "LD10", "LD11"}) weak[behaviour] = number(1);
  weak["LD06"] = yes_no(false);
  weak["LD13"] = yes_no(false);
  DomainProfile s = score_one(strong), w = score_one(weak);
  CHECK(s.level == 3);
  CHECK(w.level == 3);  // weak behaviour does not take away the committee
  CHECK(w.score < s.score);
  CHECK(s.score <= 3.99 + 1e-9);
  // Within the rung the score is 3 + 0.99 x the answers' weighted mean / 5.
  CHECK(s.score == Approx(3.0 + 0.99 * s.metrics.at("answers_mean") / 5.0).margin(0.005));
  CHECK(w.score == Approx(3.0 + 0.99 * w.metrics.at("answers_mean") / 5.0).margin(0.005));
}

TEST_CASE("leadership: a don't-know respondent leaves the score as the others gave it",
          "[plugin][leadership]") {
  Answers a = best_answers(kDomain);
  a["LD07"] = choice("joint_committee");
  double alone = score_one(a).score;
  DomainProfile with_unsure = score_domain(assessment({respondent("r1", Sector::nhs, kDomain, a),
                                                       respondent("r2", Sector::local_government, kDomain,
                                                                  all_dont_know(questionnaire(kDomain)))}),
                                           kDomain);
  CHECK(with_unsure.score == Approx(alone));
}

TEST_CASE("leadership: each respondent is scored by the domain's own function", "[plugin][leadership]") {
  Answers strong = best_answers(kDomain), weak = worst_answers(kDomain);
  strong["LD07"] = choice("partnership_board");
  DomainProfile d = score_domain(assessment({respondent("r1", Sector::nhs, kDomain, strong),
                                             respondent("r2", Sector::local_government, kDomain, weak)}),
                                 kDomain);
  REQUIRE(d.respondent_scores.size() == 2);
  CHECK(d.respondent_scores[0].second == Approx(score_one(strong).score).margin(0.01));
  CHECK(d.respondent_scores[1].second == Approx(0.0).margin(0.01));
}

TEST_CASE("leadership: improving any single answer never lowers the score",
          "[plugin][leadership][property]") {
  CHECK(find_monotonicity_violation(kDomain, kDomain, 20161021u, 25) == "");
}
