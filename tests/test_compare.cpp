// The comparison model against hand-computed ranks, percentiles, quartiles, roll-ups and trends.
#include "compare_test_data.h"

#include <spectrum/compare.h>

#include <catch2/catch.hpp>

using namespace spectrum;
using Catch::Detail::Approx;

namespace {

// Indexes into generated_profiles(): E0..E11 in 2016/17 are 0..11, E12 is 12, E0..E11 in 2015/16 are 13..24.
constexpr std::size_t late(int area) {
  return static_cast<std::size_t>(area);
}
constexpr std::size_t early(int area) {
  return 13 + static_cast<std::size_t>(area);
}

const CompareCell& cell(const Comparison& c, std::size_t area, std::string_view column) {
  return c.cells.at(area).at(c.column_index(column));
}

const FootprintRollup& footprint(const Comparison& c, const std::string& name, const std::string& period) {
  for (const FootprintRollup& f : c.footprints)
    if (f.footprint == name && f.period == period) return f;
  FAIL("no footprint " << name << " in " << period);
  throw std::logic_error("unreachable");
}

std::vector<std::string> keys_of(const Comparison& c, const std::vector<std::size_t>& trends) {
  std::vector<std::string> out;
  for (std::size_t t : trends) out.push_back(c.trends[t].key);
  return out;
}

}  // namespace

TEST_CASE("the columns are the domains in first-seen order, then the overall position", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  REQUIRE(c.columns.size() == 3);
  CHECK(c.columns[0].id == "leadership");
  CHECK(c.columns[1].id == "digital");
  CHECK(c.columns[2].id == "overall");
  CHECK(c.areas.size() == 25);
  REQUIRE(c.cohorts.size() == 2);
  CHECK(c.cohorts[0].period == "2015/16");
  CHECK(c.cohorts[1].areas.size() == 13);
  CHECK_FALSE(c.mixed);
}

TEST_CASE("ranks are competition ranks within the period: ties share the best rank", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  // 2016/17 leadership, highest first: E12 5.00, E4 4.10, E9 3.90, E0 = E2 = E6 3.20, E8 2.75, E1 2.50, ...
  CHECK(cell(c, late(12), "leadership").rank == 1);
  CHECK(cell(c, late(4), "leadership").rank == 2);
  CHECK(cell(c, late(0), "leadership").rank == 4);
  CHECK(cell(c, late(2), "leadership").rank == 4);
  CHECK(cell(c, late(6), "leadership").rank == 4);
  CHECK(cell(c, late(8), "leadership").rank == 7);
  CHECK(cell(c, late(7), "leadership").rank == 13);
  CHECK(cell(c, late(7), "leadership").cohort_size == 13);
  // 2015/16 is its own cohort: E2 3.50 leads it although E4 beats it in 2016/17.
  CHECK(cell(c, early(2), "leadership").rank == 1);
  CHECK(cell(c, early(3), "leadership").rank == 12);
}

TEST_CASE("percentile = 100 * (below + half of equal, itself included) / scored", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  // E0 2016/17 leadership 3.20: 7 below, 3 equal, 13 scored -> 100 * 8.5 / 13.
  CHECK(cell(c, late(0), "leadership").percentile == Approx(65.3846).epsilon(1e-5));
  CHECK(cell(c, late(7), "leadership").percentile == Approx(100 * 0.5 / 13));
  CHECK(cell(c, late(12), "leadership").percentile == Approx(100 * 12.5 / 13));
  // E8 2016/17 digital 4.50: 11 below, alone -> 100 * 11.5 / 13.
  CHECK(cell(c, late(8), "digital").percentile == Approx(88.4615).epsilon(1e-5));
}

TEST_CASE("a domain that failed takes no part in its cohort", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  const CompareCell& failed = cell(c, early(6), "digital");
  CHECK_FALSE(failed.scored);
  CHECK(failed.rank == 0);
  CHECK(cell(c, early(0), "digital").cohort_size == 11);
  CHECK(c.cohorts[0].distribution[c.column_index("digital")].count == 11);
}

TEST_CASE("quartiles interpolate between order statistics and distances are from the median", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  const Distribution& late_lead = c.cohort("2016/17")->distribution[c.column_index("leadership")];
  CHECK(late_lead.count == 13);
  CHECK(late_lead.median == Approx(2.75));
  CHECK(late_lead.q1 == Approx(2.0));
  CHECK(late_lead.q3 == Approx(3.2));
  CHECK(late_lead.min == Approx(0.5));
  CHECK(late_lead.max == Approx(5.0));
  CHECK(late_lead.uncertain == 1);
  CHECK(cell(c, late(4), "leadership").from_median == Approx(1.35));

  const Distribution& early_lead = c.cohort("2015/16")->distribution[c.column_index("leadership")];
  CHECK(early_lead.median == Approx(2.45));
  CHECK(early_lead.q1 == Approx(1.9));
  CHECK(early_lead.q3 == Approx(2.775));
}

TEST_CASE("the overall position is ranked like a domain", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  CHECK(cell(c, late(0), "overall").score == Approx(2.35));
  CHECK(cell(c, late(12), "overall").rank == 1);
}

TEST_CASE("HWB profiles roll up into their footprint by a respondent-weighted mean", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  CHECK(c.footprints.size() == 6);
  // F1 2016/17 leadership: E0 3.20 x2, E3 1.00 x3 (respondents counted), E6 3.20 x4, E9 3.90 x3;
  // the CCG E12 is not a Health and Wellbeing Board and stays out. 33.9 / 12 = 2.825, written 2.83.
  const FootprintRollup& f1 = footprint(c, "F1", "2016/17");
  CHECK(f1.members.size() == 4);
  CHECK(f1.respondents == 2 + 5 + 4 + 3);
  const CompareCell& f1_lead = f1.cells[c.column_index("leadership")];
  CHECK(f1_lead.score == Approx(2.83));
  CHECK(f1_lead.level == 2);
  CHECK_FALSE(f1_lead.uncertain);  // E9's weight 3 of 12
  // F2: (2.5x3 + 4.1x2 + 0.5x5 + 1.8x4) / 14; F3: (3.2x4 + 2.0x3 + 2.75x2 + 2.25x5) / 14.
  const FootprintRollup& f2 = footprint(c, "F2", "2016/17");
  CHECK(f2.cells[c.column_index("leadership")].score == Approx(1.81));  // 25.4 / 14 = 1.814
  CHECK(f2.cells[c.column_index("leadership")].level == 1);
  const FootprintRollup& f3 = footprint(c, "F3", "2016/17");
  CHECK(f3.cells[c.column_index("leadership")].score == Approx(2.54));  // 35.55 / 14 = 2.539
  // Footprints are ranked among the period's footprints.
  CHECK(f1_lead.rank == 1);
  CHECK(f3.cells[c.column_index("leadership")].rank == 2);
  CHECK(f2.cells[c.column_index("leadership")].rank == 3);
  CHECK(f1_lead.percentile == Approx(100 * 2.5 / 3));
}

TEST_CASE("a rolled-up domain is uncertain when uncertain members carry more than half the weight",
          "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  // F2 2016/17 digital: E7 (5) and E10 (4) are uncertain, 9 of 14.
  CHECK(footprint(c, "F2", "2016/17").cells[c.column_index("digital")].uncertain);
  CHECK_FALSE(footprint(c, "F2", "2015/16").cells[c.column_index("digital")].uncertain);
}

TEST_CASE("peer groups by footprint give each area its distance from its peers' median", "[compare]") {
  CompareOptions options;
  options.group_by = "footprint";
  const Comparison c = compare(compare_test::generated_profiles(), options);
  CHECK(c.groups.size() == 6);
  CHECK(c.areas[late(3)].group == "F1");
  // F1 2016/17 leadership: 3.2, 1.0, 3.2, 3.9 and the CCG's 5.0 -> median 3.2.
  CHECK(cell(c, late(3), "leadership").from_group_median == Approx(-2.2));
}

TEST_CASE("peer groups can follow any area field, and an unknown field is refused", "[compare]") {
  CompareOptions options;
  options.group_by = "kind";
  const Comparison c = compare(compare_test::generated_profiles(), options);
  REQUIRE(c.groups.size() == 3);  // 2015/16 hwb; 2016/17 ccg and hwb
  CHECK(c.groups[1].name == "ccg");
  CHECK(c.groups[1].areas.size() == 1);
  options.group_by = "colour";
  CHECK_THROWS_AS(compare(compare_test::generated_profiles(), options), std::invalid_argument);
}

TEST_CASE("trends follow an area by code across periods and name the biggest movers", "[compare]") {
  const Comparison c = compare(compare_test::generated_profiles());
  CHECK(c.trends.size() == 12);  // E12 appears once
  const std::size_t lead = c.column_index("leadership");
  CHECK(keys_of(c, c.movers[lead].improved) == std::vector<std::string>{"e4", "e8", "e0", "e9", "e10"});
  CHECK(keys_of(c, c.movers[lead].declined) == std::vector<std::string>{"e7", "e5", "e2"});
  const AreaTrend& e4 = c.trends[c.movers[lead].improved[0]];
  REQUIRE(e4.change[lead]);
  CHECK(*e4.change[lead] == Approx(1.5));
  REQUIRE(e4.series[lead].size() == 2);
  CHECK(e4.series[lead][0].period == "2015/16");
  // E6's digital failed in 2015/16: a single point, no change.
  for (const AreaTrend& t : c.trends)
    if (t.key == "e6") CHECK_FALSE(t.change[c.column_index("digital")]);
}

TEST_CASE("highlights match a code or a name without case", "[compare]") {
  CompareOptions options;
  options.highlight = {"e4", "area 7", "Nowhere"};
  const Comparison c = compare(compare_test::generated_profiles(), options);
  CHECK(c.areas[late(4)].highlighted);
  CHECK(c.areas[early(4)].highlighted);
  CHECK(c.areas[late(7)].highlighted);
  CHECK_FALSE(c.areas[late(5)].highlighted);
  CHECK(c.unmatched_highlights == std::vector<std::string>{"Nowhere"});
}

TEST_CASE("profiles scored with a different questionnaire major version are refused, naming both",
          "[compare]") {
  auto profiles = compare_test::generated_profiles();
  profiles[5].provenance.questionnaires[0].version = "2.0.0";
  try {
    compare(profiles);
    FAIL("expected MixedInstrumentsError");
  } catch (const MixedInstrumentsError& e) {
    CHECK(e.instrument() == "questionnaire leadership");
    CHECK(e.first() == "E0-2016.json (Area 0 (E0) 2016/17)");
    CHECK(e.second() == "E5-2016.json (Area 5 (E5) 2016/17)");
    CHECK_THAT(e.what(), Catch::Contains("1.x vs 2.x"));
  }
}

TEST_CASE("a different minor version or file hash is still comparable", "[compare]") {
  auto profiles = compare_test::generated_profiles();
  profiles[5].provenance.questionnaires[0].version = "1.9.3";
  profiles[6].provenance.plugins[1].sha256 = "ff";
  CHECK_FALSE(compare(profiles).mixed);
}

TEST_CASE("a plugin missing from one profile makes it another instrument", "[compare]") {
  auto profiles = compare_test::generated_profiles();
  profiles[3].provenance.plugins.pop_back();
  CHECK_THROWS_WITH(compare(profiles), Catch::Contains("plugin digital (1.x vs absent)"));
}

TEST_CASE("allow_mixed compares other instruments and marks them in every view", "[compare]") {
  auto profiles = compare_test::generated_profiles();
  profiles[late(5)].provenance.plugins[0].version = "3.1.0";
  CompareOptions options;
  options.allow_mixed = true;
  options.group_by = "footprint";
  const Comparison c = compare(profiles, options);
  CHECK(c.mixed);
  CHECK(c.areas[late(5)].mixed);
  CHECK(c.areas[late(5)].mixed_reason == "plugin leadership 3.x where the others have 1.x");
  CHECK_FALSE(c.areas[late(4)].mixed);
  CHECK(footprint(c, "F3", "2016/17").mixed);
  CHECK_FALSE(footprint(c, "F1", "2016/17").mixed);
  for (const AreaTrend& t : c.trends) CHECK(t.mixed == (t.key == "e5"));
  for (const PeerGroup& g : c.groups) CHECK(g.mixed == (g.name == "F3" && g.period == "2016/17"));
  CHECK(to_json(c)["areas"][late(5)]["mixed"] == true);
}

TEST_CASE("no profiles compare to an empty comparison", "[compare]") {
  const Comparison c = compare({});
  CHECK(c.areas.empty());
  CHECK(c.columns.size() == 1);
  CHECK(to_json(c)["format"] == "spectrum.comparison/1");
}

TEST_CASE("the JSON of a comparison keeps numbers as numbers", "[compare]") {
  const nlohmann::json j = to_json(compare(compare_test::generated_profiles()));
  const auto& e0 = j["areas"][0]["cells"]["leadership"];
  CHECK(e0["rank"] == 4);
  CHECK(e0["percentile"].get<double>() == Approx(65.4));
  CHECK(j["cohorts"][1]["distribution"]["leadership"]["median"].get<double>() == Approx(2.75));
  CHECK(j["movers"]["leadership"]["improved"][0]["key"] == "e4");
  CHECK(j["areas"][late(6) + 13]["cells"]["digital"].is_null());
}

TEST_CASE("thousands of profiles compare without quadratic work", "[compare][scale]") {
  const std::vector<Profile> many = compare_test::many_profiles(400);
  const Comparison c = compare(many);
  CHECK(c.areas.size() == 10000);
  CHECK(c.trends.size() == 4800);
  CHECK(c.cohort("2016/17")->distribution[0].median == Approx(2.75));
}

TEST_CASE("the same area twice in one period is a warning, and its trend follows the later profile",
          "[compare]") {
  auto profiles = compare_test::generated_profiles();
  Profile again = profiles[late(0)];
  again.source = "E0-resubmitted.json";
  again.domains[0].score = 4.0;
  profiles.push_back(again);
  const Comparison c = compare(profiles);
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] ==
        "Area 0 (E0) 2016/17 appears twice (E0-2016.json, E0-resubmitted.json); trends follow the later one");
  for (const AreaTrend& t : c.trends)
    if (t.key == "e0") CHECK(*t.change[c.column_index("leadership")] == Approx(4.0 - 2.7));
}
