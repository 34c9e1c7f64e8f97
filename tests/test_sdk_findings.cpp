// The SDK pieces every plugin used to write for itself: step bands, the cap to a level, criteria that
// carry their advice, the next-level findings and the one item-finding format. This file includes
// spectrum/scoring.h before anything else, so it also checks that scoring.h stands alone.
#include <spectrum/scoring.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>

#include "sdk_test_support.h"

using Catch::Detail::Approx;
using spectrum::Gates;
using spectrum::Result;
using spectrum::StepBands;
using spectrum::test::RecordingSink;
using spectrum::test::SdkFixture;

namespace {

RecordingSink send(const Result& result) {
  RecordingSink recorder;
  spectrum_sink sink = recorder.sink();
  result.send(sink);
  return recorder;
}

// Items A and B (scales 1..5) with one respondent; level 1 needs A >= 1, level 2 needs A >= 2 and
// B >= 2 (B's criterion without advice).
Gates two_levels() {
  return Gates()
      .require(1, {"a1", "A at least 1", {"A"}, 1.0, "Raise A."})
      .require(2, {"a2", "A at least 2", {"A"}, 2.0, "Raise A further."})
      .require(2, {"b2", "B at least 2", {"B"}, 2.0});
}

SdkFixture two_items() {
  SdkFixture f;
  f.scale("A", {1, 2, 3, 4, 5}).scale("B", {1, 2, 3, 4, 5}).respondents(1);
  return f;
}

}  // namespace

TEST_CASE("step bands score each range as one value, with no interpolation", "[sdk][step_bands]") {
  // "0-50 -> 0, 51-70 -> 2.5, over 70 -> 5"
  StepBands steps{{0, 0}, {51, 2.5}, {71, 5}};
  CHECK(steps(0) == 0);
  CHECK(steps(50) == 0);
  CHECK(steps(50.9) == 0);
  CHECK(steps(51) == 2.5);
  CHECK(steps(70.5) == 2.5);
  CHECK(steps(71) == 5);
  CHECK(steps(1000) == 5);
}

TEST_CASE("a value below the first step scores as the first step; no steps score 0", "[sdk][step_bands]") {
  StepBands steps{{10, 2}, {20, 4}};
  CHECK(steps(-5) == 2);
  CHECK(steps(9.99) == 2);
  CHECK(StepBands{}(42) == 0);
}

TEST_CASE("a score is capped to its level at level + 0.99, and NaN passes through", "[sdk][cap_to_level]") {
  CHECK(spectrum::cap_to_level(3.8, 1) == Approx(1.99));
  CHECK(spectrum::cap_to_level(1.5, 1) == Approx(1.5));
  CHECK(spectrum::cap_to_level(1.99, 1) == Approx(1.99));
  CHECK(spectrum::level_of(spectrum::cap_to_level(4.7, 2)) == 2);
  CHECK(std::isnan(spectrum::cap_to_level(std::numeric_limits<double>::quiet_NaN(), 3)));
}

TEST_CASE("the next level's unmet criteria become a gap each and a next step with their advice",
          "[sdk][findings]") {
  SdkFixture f = two_items();
  spectrum::Responses r = f.responses();
  Result result(1);
  result.set_score(1.5);
  // A at 1.5 meets level 1 but not level 2; B at 1 fails level 2 and has no advice of its own.
  CHECK(two_levels().add_next_level_findings(r, {1.5, 1.0}, 1, result) == 2);
  RecordingSink sent = send(result);
  REQUIRE(sent.findings.size() == 4);
  CHECK(sent.findings[0].kind == SPECTRUM_FINDING_GAP);
  CHECK(sent.findings[0].level == 2);
  CHECK(sent.findings[0].text == "Level 2 needs: A at least 2");
  CHECK(sent.findings[1].kind == SPECTRUM_FINDING_NEXT_STEP);
  CHECK(sent.findings[1].level == 2);
  CHECK(sent.findings[1].text == "Raise A further.");
  CHECK(sent.findings[2].text == "Level 2 needs: B at least 2");
  CHECK(sent.findings[3].text == "Meet the criterion: B at least 2.");
}

TEST_CASE("when the next level's criteria all hold, or at level 5, no next-level finding is added",
          "[sdk][findings]") {
  SdkFixture f = two_items();
  spectrum::Responses r = f.responses();
  Result result(1);
  result.set_score(2.0);
  CHECK(two_levels().add_next_level_findings(r, {3.0, 3.0}, 1, result) == 0);
  CHECK(two_levels().add_next_level_findings(r, {0.0, 0.0}, 5, result) == 0);
  CHECK(send(result).findings.empty());
}

TEST_CASE("item findings name the item's text, id and pooled score in one format", "[sdk][findings]") {
  SdkFixture f = two_items();
  spectrum::Responses r = f.responses();
  const std::string text(r.item(0).text());
  CHECK(spectrum::item_finding(r, 0, 4.25) == text + " (A: 4.3 of 5)");
}

TEST_CASE("items at or above the strength bound are strengths, at or below the gap bound gaps",
          "[sdk][findings]") {
  SdkFixture f;
  f.scale("A", {1, 2, 3, 4, 5})
      .scale("B", {1, 2, 3, 4, 5})
      .scale("C", {1, 2, 3, 4, 5})
      .text("T")
      .respondents(1);
  spectrum::Responses r = f.responses();
  Result result(1);
  result.set_score(2.0);
  std::size_t weakest = spectrum::add_item_findings(r, {4.0, 1.5, 3.0, std::nullopt}, result);
  CHECK(weakest == 1);
  RecordingSink sent = send(result);
  REQUIRE(sent.findings.size() == 2);
  CHECK(sent.findings[0].kind == SPECTRUM_FINDING_STRENGTH);
  CHECK(sent.findings[0].text.find("(A: 4.0 of 5)") != std::string::npos);
  CHECK(sent.findings[1].kind == SPECTRUM_FINDING_GAP);
  CHECK(sent.findings[1].text.find("(B: 1.5 of 5)") != std::string::npos);

  Result strict(1);
  strict.set_score(2.0);
  spectrum::add_item_findings(r, {4.0, 1.5, 3.0, std::nullopt}, strict,
                              {.strength_from = 4.5, .gap_to = 1.0});
  CHECK(send(strict).findings.empty());
}

TEST_CASE("the threshold on a folded parent is the score fold_follow_ups gives it",
          "[sdk][fold_follow_ups]") {
  SdkFixture f;
  f.scale("P", {1, 2, 3, 4, 5}, 2.0).scale("F1", {1, 2, 3, 4, 5}).scale("F2", {1, 2, 3, 4, 5}).respondents(1);
  spectrum::Responses r = f.responses();
  // (2 x 5 + 3 + 5) / 4
  CHECK(spectrum::folded_parent_score(r, "P", 5.0, {{"F1", 3.0}, {"F2", 5.0}}) == Approx(4.5));
  spectrum::ItemScores row = {5.0, 3.0, 5.0};
  spectrum::fold_follow_ups(r, row, "P", {"F1", "F2"});
  CHECK(*row[0] == Approx(spectrum::folded_parent_score(r, "P", 5.0, {{"F1", 3.0}, {"F2", 5.0}})));
  CHECK(spectrum::folded_parent_score(r, "P", 0.0, {{"F1", 5.0}}) == 0.0);  // an unfavourable parent
}

TEST_CASE("the mean figure of a number item leaves out respondents who gave none", "[sdk][mean_figure]") {
  SdkFixture f;
  f.number("N", 0, 100).respondents(3);
  spectrum::Responses none = f.responses();
  CHECK_FALSE(spectrum::mean_figure(none, 0).has_value());  // every answer missing
  f.value(0, "N", 10);
  f.value(1, "N", 30);
  f.dont_know(2, "N");
  spectrum::Responses r = f.responses();
  REQUIRE(spectrum::mean_figure(r, 0).has_value());
  CHECK(*spectrum::mean_figure(r, 0) == Approx(20.0));
}
