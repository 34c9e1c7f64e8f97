// Validity properties every built-in domain must have, generated from its questionnaire and checked
// through the real host (registry of this build tree, spectrum::assess):
//   - improving any single answer, one step at a time up to its best, never lowers the domain's score;
//   - every answer at its best scores 5 (level 5), every answer at its worst scores 0 (level 0);
//   - every answer "don't know" is shown as uncertain, never as a low level;
//   - NHS respondents answering high while council respondents answer low is a perception gap, and
//     lowers partner_sensitivity compared with everyone answering the middle.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "plugin_test_support.h"

using namespace spectrum::test;
using Catch::Detail::Approx;
using spectrum::Profile;
using spectrum::Sector;
namespace model = spectrum::model;

namespace {

const std::vector<std::string> kBuiltInDomains = {"leadership", "partner_sensitivity", "financial_alignment",
                                                  "housing_partnership", "digital"};

// The questionnaire the domain's plugin scores.
const model::Questionnaire& questionnaire_of(const std::string& domain) {
  const spectrum::LoadedPlugin* plugin = built_registry().plugin_for_domain(domain);
  if (plugin == nullptr) throw std::runtime_error("no plugin for domain " + domain + " in the build tree");
  return questionnaire(plugin->questionnaire_id);
}

// The option whose value is nearest the middle of the item's values, ties going to the higher one.
const model::Option& middle_option(const model::Item& item) {
  auto [lo, hi] =
      std::minmax_element(item.options.begin(), item.options.end(),
                          [](const model::Option& a, const model::Option& b) { return a.value < b.value; });
  double middle = (lo->value + hi->value) / 2;
  const model::Option* best = &item.options.front();
  for (const model::Option& o : item.options) {
    double d = std::abs(o.value - middle), b = std::abs(best->value - middle);
    if (d < b - 1e-9 || (std::abs(d - b) <= 1e-9 && o.value > best->value)) best = &o;
  }
  return *best;
}

// Every scored item answered in the middle: the middle option (scale, choice), the middle option alone
// (multi), yes (boolean: the higher of the two), the middle of the range (number).
Answers middle_answers(const model::Questionnaire& q) {
  Answers out;
  for (const model::Item& item : q.items) {
    switch (item.type) {
      case spectrum::ItemType::scale:
        out[item.id] = number(middle_option(item).value);
        break;
      case spectrum::ItemType::choice:
        out[item.id] = choice(middle_option(item).name);
        break;
      case spectrum::ItemType::multi:
        out[item.id] = multi({middle_option(item).name});
        break;
      case spectrum::ItemType::boolean:
        out[item.id] = yes_no(true);
        break;
      case spectrum::ItemType::number:
        out[item.id] = number((item.min.value_or(0) + item.max.value_or(100)) / 2);
        break;
      case spectrum::ItemType::text:
        break;
    }
  }
  return out;
}

// A spread of answers: item i takes its options in turn, starting `offset` options up, so that
// neighbouring items sit at different places. Booleans alternate; numbers walk their range.
Answers staggered_answers(const model::Questionnaire& q, std::size_t offset) {
  Answers out = extreme_answers(q, Extreme::worst);
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const model::Item& item = q.items[i];
    std::size_t k = i + offset;
    switch (item.type) {
      case spectrum::ItemType::scale:
        out[item.id] = number(item.options[k % item.options.size()].value);
        break;
      case spectrum::ItemType::choice:
        out[item.id] = choice(item.options[k % item.options.size()].name);
        break;
      case spectrum::ItemType::multi:
        out[item.id] = multi({item.options[k % item.options.size()].name});
        break;
      case spectrum::ItemType::boolean:
        out[item.id] = yes_no(k % 2 == 1);
        break;
      case spectrum::ItemType::number: {
        double lo = item.min.value_or(0), hi = item.max.value_or(100);
        out[item.id] = number(lo + (hi - lo) * static_cast<double>(k % 5) / 4);
        break;
      }
      case spectrum::ItemType::text:
        break;
    }
  }
  return out;
}

// A respondent answering every built-in questionnaire with answers_for(questionnaire).
model::Respondent everywhere(const std::string& id, Sector sector,
                             const std::function<Answers(const model::Questionnaire&)>& answers_for) {
  model::Respondent r = respondent(id, sector, "", {});
  r.answers.clear();
  for (const std::string& domain : kBuiltInDomains) {
    const model::Questionnaire& q = questionnaire_of(domain);
    r.answers[q.id] = answers_for(q);
  }
  return r;
}

// Two NHS respondents answering everything at best, two council respondents at worst.
model::Assessment nhs_high_council_low() {
  auto best = [](const model::Questionnaire& q) { return extreme_answers(q, Extreme::best); };
  auto worst = [](const model::Questionnaire& q) { return extreme_answers(q, Extreme::worst); };
  return assessment({everywhere("trust", Sector::nhs, best), everywhere("ccg", Sector::nhs, best),
                     everywhere("county", Sector::local_government, worst),
                     everywhere("district", Sector::local_government, worst)});
}

const spectrum::DomainProfile& domain_of(const Profile& profile, const std::string& domain) {
  const spectrum::DomainProfile* d = profile.find(domain);
  if (d == nullptr) throw std::runtime_error("the profile has no domain " + domain);
  return *d;
}

// Walks every item of respondent 0 from its baseline answer up to its best, one step at a time, and
// reports the first step that lowered the domain's score ("" when none did).
std::string walk_every_item_up(const std::string& domain, const model::Assessment& baseline) {
  const model::Questionnaire& q = questionnaire_of(domain);
  for (const model::Item& item : q.items) {
    model::Assessment area = baseline;
    Answers& answers = area.respondents[0].answers[q.id];
    double previous = score_domain(area, domain).score;
    while (auto better = one_step_better(item, answers[item.id])) {
      answers[item.id] = *better;
      double now = score_domain(area, domain).score;
      if (now + 1e-9 < previous)
        return domain + ": raising " + item.id + " one step lowered the score from " +
               std::to_string(previous) + " to " + std::to_string(now);
      previous = now;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("every built-in domain has its plugin and questionnaire in the build tree", "[validity]") {
  for (const std::string& domain : kBuiltInDomains) {
    INFO(domain);
    const spectrum::LoadedPlugin* plugin = built_registry().plugin_for_domain(domain);
    REQUIRE(plugin != nullptr);
    CHECK(plugin->questionnaire != nullptr);
    CHECK(questionnaire_of(domain).domain == domain);
  }
}

TEST_CASE("improving any single answer never lowers a domain's score", "[validity][monotonic]") {
  for (const std::string& domain : kBuiltInDomains) {
    const model::Questionnaire& q = questionnaire_of(domain);
    std::vector<Answers> baselines = {extreme_answers(q, Extreme::worst), middle_answers(q),
                                      staggered_answers(q, 0), staggered_answers(q, 1),
                                      staggered_answers(q, 3)};
    for (std::size_t b = 0; b < baselines.size(); ++b) {
      INFO(domain << ", baseline " << b);
      // One respondent alone, then the same answers from an NHS and a council respondent.
      CHECK(walk_every_item_up(domain, assessment({respondent("r1", Sector::nhs, q.id, baselines[b])})) ==
            "");
      CHECK(walk_every_item_up(
                domain, assessment({respondent("r1", Sector::nhs, q.id, baselines[b]),
                                    respondent("r2", Sector::local_government, q.id, baselines[b])})) == "");
    }
  }
}

TEST_CASE("improving any single answer never lowers a domain's score, in random areas with don't knows",
          "[validity][monotonic]") {
  unsigned seed = 20161021;
  for (const std::string& domain : kBuiltInDomains) {
    INFO(domain);
    CHECK(find_monotonicity_violation(domain, questionnaire_of(domain).id, seed++, 12) == "");
  }
}

TEST_CASE("every answer at its best scores 5 and every answer at its worst scores 0",
          "[validity][extremes]") {
  for (const std::string& domain : kBuiltInDomains) {
    INFO(domain);
    const model::Questionnaire& q = questionnaire_of(domain);
    for (Extreme e : {Extreme::best, Extreme::worst}) {
      // Two sectors answering alike: no disagreement to account for.
      model::Assessment area =
          assessment({respondent("r1", Sector::nhs, q.id, extreme_answers(q, e)),
                      respondent("r2", Sector::local_government, q.id, extreme_answers(q, e))});
      spectrum::DomainProfile d = score_domain(area, domain);
      REQUIRE(d.status == spectrum::DomainProfile::Status::ok);
      CHECK(d.score == Approx(e == Extreme::best ? 5.0 : 0.0).margin(1e-9));
      CHECK(d.level == (e == Extreme::best ? 5 : 0));
      for (const auto& [respondent_id, score] : d.respondent_scores)
        CHECK(score == Approx(e == Extreme::best ? 5.0 : 0.0).margin(1e-9));
    }
  }
}

TEST_CASE("every answer don't know is shown as uncertain, not as a low level", "[validity][uncertain]") {
  for (const std::string& domain : kBuiltInDomains) {
    INFO(domain);
    const model::Questionnaire& q = questionnaire_of(domain);
    spectrum::DomainProfile d =
        score_domain(assessment({respondent("r1", Sector::nhs, q.id, all_dont_know(q))}), domain);
    CHECK(d.status == spectrum::DomainProfile::Status::ok);
    CHECK(d.uncertain);
    CHECK_FALSE(d.uncertain_reasons.empty());
  }
}

TEST_CASE("an NHS-high, council-low split is reported as a perception gap in every domain",
          "[validity][perception]") {
  model::Assessment split = nhs_high_council_low();
  Profile profile = spectrum::assess(split, built_registry(), {});
  for (const std::string& domain : kBuiltInDomains) {
    INFO(domain);
    auto gap = std::find_if(profile.perception_gaps.begin(), profile.perception_gaps.end(),
                            [&](const spectrum::PerceptionGap& g) { return g.domain == domain; });
    REQUIRE(gap != profile.perception_gaps.end());
    CHECK(gap->higher == "nhs");
    CHECK(gap->lower == "local_government");
    CHECK(gap->difference >= 1.0);
  }
}

TEST_CASE("an NHS-high, council-low split lowers partner sensitivity below everyone answering the middle",
          "[validity][perception]") {
  model::Assessment split = nhs_high_council_low();
  model::Assessment middle = assessment({everywhere("trust", Sector::nhs, middle_answers),
                                         everywhere("ccg", Sector::nhs, middle_answers),
                                         everywhere("county", Sector::local_government, middle_answers),
                                         everywhere("district", Sector::local_government, middle_answers)});
  const Profile split_profile = spectrum::assess(split, built_registry(), {});
  const Profile middle_profile = spectrum::assess(middle, built_registry(), {});
  const spectrum::DomainProfile& split_ps = domain_of(split_profile, "partner_sensitivity");
  const spectrum::DomainProfile& middle_ps = domain_of(middle_profile, "partner_sensitivity");
  REQUIRE(split_ps.status == spectrum::DomainProfile::Status::ok);
  REQUIRE(middle_ps.status == spectrum::DomainProfile::Status::ok);
  CHECK(split_ps.score < middle_ps.score);
  CHECK(split_ps.level <= middle_ps.level);
}
