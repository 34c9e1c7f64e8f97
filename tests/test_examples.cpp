// The example areas in examples/ load, validate and score where an informed reader would place them.
#include "plugin_test_support.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace spectrum;
using namespace spectrum::test;

namespace {

const char* const kDomains[] = {"leadership", "partner_sensitivity", "financial_alignment",
                                "housing_partnership", "digital"};

model::Assessment load_example(const std::string& name) {
  return load_assessment(std::string(SPECTRUM_SOURCE_DIR) + "/examples/" + name,
                         built_registry().questionnaires());
}

Profile score_example(const std::string& name) {
  return assess(load_example(name), built_registry(), {});
}

const DomainProfile& domain(const Profile& p, const std::string& id) {
  const DomainProfile* d = p.find(id);
  INFO("domain " << id);
  REQUIRE(d != nullptr);
  return *d;
}

bool has_gap(const Profile& p, const std::string& domain, const std::string& higher,
             const std::string& lower) {
  return std::any_of(p.perception_gaps.begin(), p.perception_gaps.end(), [&](const PerceptionGap& g) {
    return g.domain == domain && g.higher == higher && g.lower == lower;
  });
}

}  // namespace

TEST_CASE("examples: every area answers all five questionnaires with a mixed panel of respondents",
          "[examples]") {
  for (const char* name : {"northshire.json", "riverside_city.json", "eastmoor.json"}) {
    INFO(name);
    model::Assessment a = load_example(name);
    CHECK(a.area.kind == "hwb");
    CHECK_FALSE(a.area.footprint.empty());
    CHECK(a.targets.size() == 5);
    CHECK(a.respondents.size() >= 5);
    std::set<Sector> sectors;
    std::set<std::string> roles;
    int dont_know = 0, evidence = 0;
    for (const model::Respondent& r : a.respondents) {
      sectors.insert(r.sector);
      roles.insert(r.role);
      for (const char* d : kDomains) CHECK(r.answers.count(d) == 1);
      for (const auto& [questionnaire, answers] : r.answers)
        for (const auto& [item, answer] : answers) {
          dont_know += answer.state == model::AnswerValue::State::dont_know;
          evidence += !answer.evidence.empty();
        }
    }
    CHECK(sectors.size() >= 3);
    CHECK(roles.size() >= 3);
    CHECK(dont_know > 0);
    CHECK(evidence > 0);
    Profile p = assess(a, built_registry(), {});
    for (const char* d : kDomains) CHECK(domain(p, d).status == DomainProfile::Status::ok);
  }
}

TEST_CASE("examples: Northshire, a two-tier county with an NHS-led plan, is at consultation at most",
          "[examples]") {
  Profile p = score_example("northshire.json");
  CHECK(domain(p, "leadership").level <= 2);
  CHECK(domain(p, "financial_alignment").level <= 2);
  CHECK(p.overall.level <= 2);
  // Its target of joint leadership is out of reach: a gap to it is reported.
  REQUIRE(domain(p, "leadership").gap_to_target);
  CHECK(*domain(p, "leadership").gap_to_target > 0.5);
}

TEST_CASE(
    "examples: Riverside City, where the combined authority jointly controls the NHS budget, is devolved",
    "[examples]") {
  Profile p = score_example("riverside_city.json");
  CHECK(domain(p, "leadership").level >= 3);
  CHECK(domain(p, "financial_alignment").level >= 3);
  CHECK(domain(p, "partner_sensitivity").level >= 3);
  CHECK(p.overall.level >= 3);
  Profile northshire = score_example("northshire.json");
  for (const char* d : kDomains) {
    INFO(d);
    CHECK(domain(p, d).score > domain(northshire, d).score);
  }
}

TEST_CASE("examples: in Eastmoor NHS and council partners see the partnership very differently",
          "[examples]") {
  Profile p = score_example("eastmoor.json");
  CHECK((has_gap(p, "leadership", "nhs", "local_government") ||
         has_gap(p, "partner_sensitivity", "nhs", "local_government")));
  const DomainProfile& sensitivity = domain(p, "partner_sensitivity");
  CHECK(sensitivity.metrics.at("sector_divergence") >= 1.0);
  CHECK(sensitivity.level <= 2);
}
