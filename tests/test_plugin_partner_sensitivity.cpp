// The partner_sensitivity plugin, run through the real host: the answers, the divergence between
// sectors across the whole assessment, the gates, and the properties every plugin owes.
#include "plugin_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace spectrum;
using namespace spectrum::test;

namespace {

const char* const kDomain = "partner_sensitivity";

// Every scale item at its middle point (3 of 1..5) and every choice at joint decision-making (3).
Answers middle() {
  Answers a;
  for (const model::Item& item : questionnaire(kDomain).items) {
    if (item.type == ItemType::scale) a[item.id] = number(3);
    if (item.type == ItemType::choice)
      for (const model::Option& o : item.options)
        if (o.value == 3) a[item.id] = choice(o.name);
    if (item.type == ItemType::boolean) a[item.id] = yes_no(true);
  }
  return a;
}

// Two NHS and two council respondents; each sector answers `questionnaire_id` as given.
model::Assessment two_sectors(const std::string& questionnaire_id, const Answers& nhs,
                              const Answers& council) {
  return assessment({respondent("n1", Sector::nhs, questionnaire_id, nhs),
                     respondent("n2", Sector::nhs, questionnaire_id, nhs),
                     respondent("c1", Sector::local_government, questionnaire_id, council),
                     respondent("c2", Sector::local_government, questionnaire_id, council)});
}

}  // namespace

TEST_CASE("partner_sensitivity: every best answer scores 5.0 and every worst answer 0.0",
          "[plugin][partner_sensitivity]") {
  DomainProfile top =
      score_domain(two_sectors(kDomain, best_answers(kDomain), best_answers(kDomain)), kDomain);
  CHECK(top.score == Approx(5.0));
  CHECK(top.level == 5);
  CHECK(top.metrics.at("sector_divergence") == Approx(0.0));

  DomainProfile bottom =
      score_domain(two_sectors(kDomain, worst_answers(kDomain), worst_answers(kDomain)), kDomain);
  CHECK(bottom.score == Approx(0.0));
  CHECK(bottom.level == 0);
}

TEST_CASE("partner_sensitivity: an area where every answer is don't know is uncertain, not low",
          "[plugin][partner_sensitivity]") {
  Answers unsure = all_dont_know(questionnaire(kDomain));
  DomainProfile d = score_domain(two_sectors(kDomain, unsure, unsure), kDomain);
  CHECK(d.uncertain);
}

TEST_CASE(
    "partner_sensitivity: NHS respondents high and council respondents low score below both answering "
    "the middle",
    "[plugin][partner_sensitivity][divergence]") {
  DomainProfile agreed = score_domain(two_sectors(kDomain, middle(), middle()), kDomain);
  DomainProfile split =
      score_domain(two_sectors(kDomain, best_answers(kDomain), worst_answers(kDomain)), kDomain);
  CHECK(agreed.score >= 2.5);
  CHECK(split.score < agreed.score);
  CHECK(split.score < 1.0);
  CHECK(split.metrics.at("sector_divergence") == Approx(5.0));
  CHECK(split.metrics.at("divergence_nhs_local_government") == Approx(5.0));
  CHECK(has_finding(split, Finding::Kind::gap, -1, "see the partnership differently"));
  const Gate* alike = find_gate(split, "sectors-see-alike");
  REQUIRE(alike != nullptr);
  CHECK_FALSE(alike->met);
}

TEST_CASE("partner_sensitivity: each respondent's score is their own answers, without the divergence penalty",
          "[plugin][partner_sensitivity][divergence]") {
  Profile profile =
      assess(two_sectors(kDomain, best_answers(kDomain), worst_answers(kDomain)), built_registry(), {});
  const DomainProfile* d = profile.find(kDomain);
  REQUIRE(d != nullptr);
  REQUIRE(d->respondent_scores.size() == 4);
  CHECK(d->respondent_scores[0].second == Approx(5.0).margin(0.01));
  CHECK(d->respondent_scores[2].second == Approx(0.0).margin(0.01));
  // So the host still sees the split between the sectors as a perception gap.
  CHECK(std::any_of(profile.perception_gaps.begin(), profile.perception_gaps.end(),
                    [](const PerceptionGap& g) { return g.domain == kDomain; }));
}

TEST_CASE("partner_sensitivity: sectors that answer another questionnaire far apart lose points and level 3",
          "[plugin][partner_sensitivity][divergence]") {
  Answers lead_best = extreme_answers(questionnaire("leadership"), Extreme::best);
  Answers lead_worst = extreme_answers(questionnaire("leadership"), Extreme::worst);
  model::Assessment area = two_sectors(kDomain, best_answers(kDomain), best_answers(kDomain));
  for (model::Respondent& r : area.respondents)
    r.answers["leadership"] = r.sector == Sector::nhs ? lead_best : lead_worst;
  DomainProfile d = score_domain(area, kDomain);
  // Half the compared items (the leadership ones) are five levels apart: divergence about 2.5.
  CHECK(d.metrics.at("sector_divergence") == Approx(2.5).margin(0.3));
  CHECK(d.score < 4.0);
  CHECK(d.level <= 2);
  const Gate* alike = find_gate(d, "sectors-see-alike");
  REQUIRE(alike != nullptr);
  CHECK_FALSE(alike->met);
  CHECK(has_finding(d, Finding::Kind::gap, -1, "leadership"));
}

TEST_CASE("partner_sensitivity: without a shared language an otherwise strong area stays at level 1",
          "[plugin][partner_sensitivity][gate]") {
  Answers a = best_answers(kDomain);
  a["PS07"] = choice("no_common_terms");
  DomainProfile d = score_domain(two_sectors(kDomain, a, a), kDomain);
  CHECK(d.level == 1);
  const Gate* language = find_gate(d, "shared-language");
  REQUIRE(language != nullptr);
  CHECK_FALSE(language->met);
}

TEST_CASE("partner_sensitivity: a joint discharge team that fails at weekends counts for less",
          "[plugin][partner_sensitivity]") {
  Answers holds = middle(), fails = middle();
  fails["PS10"] = number(1);
  holds["PS10"] = number(5);
  CHECK(score_domain(two_sectors(kDomain, fails, fails), kDomain).score <
        score_domain(two_sectors(kDomain, holds, holds), kDomain).score);
}

TEST_CASE("partner_sensitivity: with one sector, improving any single answer never lowers the score",
          "[plugin][partner_sensitivity][property]") {
  CHECK(find_monotonicity_violation(kDomain, kDomain, 2016u, 25, 3, Sector::local_government) == "");
}
