// The SDK's scoring primitives (spectrum/scoring.h) and the Result a plugin fills (spectrum/plugin.h),
// exercised on plain-C structs built by tests/sdk_test_support.h, without the host. Every expected
// value is worked out by hand in the comment beside it.
#include <spectrum/plugin.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <stdexcept>

#include "sdk_test_support.h"

using Catch::Detail::Approx;
using spectrum::Bands;
using spectrum::Criterion;
using spectrum::Gates;
using spectrum::ItemScores;
using spectrum::Result;
using spectrum::test::RecordingSink;
using spectrum::test::SdkFixture;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Four items A..D with weights 1, 3, 2, 1 and one respondent.
SdkFixture four_items() {
  SdkFixture f;
  f.scale("A", {1, 2, 3, 4, 5}, 1.0)
      .scale("B", {1, 2, 3, 4, 5}, 3.0)
      .scale("C", {1, 2, 3, 4, 5}, 2.0)
      .scale("D", {1, 2, 3, 4, 5}, 1.0)
      .respondents(1);
  return f;
}

// Level 1 needs A >= 1, level 2 needs B >= 2, level 3 needs C >= 3 and D >= 3, level 4 needs A >= 4.
Gates ladder() {
  Gates g;
  g.require(1, {"a1", "A at least 1", {"A"}, 1.0})
      .require(2, {"b2", "B at least 2", {"B"}, 2.0})
      .require(3, {"c3", "C at least 3", {"C"}, 3.0})
      .require(3, {"d3", "D at least 3", {"D"}, 3.0})
      .require(4, {"a4", "A at least 4", {"A"}, 4.0});
  return g;
}

RecordingSink send(const Result& result) {
  RecordingSink recorder;
  spectrum_sink sink = recorder.sink();
  result.send(sink);
  return recorder;
}

}  // namespace

TEST_CASE("a level is earned only when it is fully reached", "[sdk][level_of]") {
  CHECK(spectrum::level_of(0.0) == 0);
  CHECK(spectrum::level_of(0.99) == 0);
  CHECK(spectrum::level_of(2.994) == 2);  // written 2.99
  CHECK(spectrum::level_of(2.996) == 3);  // written 3.00: the level follows the score as written
  CHECK(spectrum::level_of(4.998) == 5);
  CHECK(spectrum::level_of(3.0) == 3);
  CHECK(spectrum::level_of(3.0 - 1e-12) == 3);  // within the 1e-9 tolerance of 3
  CHECK(spectrum::level_of(4.99) == 4);
  CHECK(spectrum::level_of(5.0) == 5);
}

TEST_CASE("levels are clamped to 0..5 and nothing counted is level 0", "[sdk][level_of]") {
  CHECK(spectrum::level_of(-0.5) == 0);
  CHECK(spectrum::level_of(7.2) == 5);
  CHECK(spectrum::level_of(kNaN) == 0);
}

TEST_CASE("linear_map maps a rising range onto 0..5 and clamps outside it", "[sdk][linear_map]") {
  CHECK(spectrum::linear_map(3, 1, 5) == Approx(2.5));  // (3-1)/(5-1) = 0.5
  CHECK(spectrum::linear_map(1, 1, 5) == Approx(0.0));
  CHECK(spectrum::linear_map(5, 1, 5) == Approx(5.0));
  CHECK(spectrum::linear_map(0, 1, 5) == Approx(0.0));
  CHECK(spectrum::linear_map(9, 1, 5) == Approx(5.0));
  CHECK(spectrum::linear_map(25, 0, 100) == Approx(1.25));
}

TEST_CASE("linear_map handles a falling scale, where lower values are better", "[sdk][linear_map]") {
  CHECK(spectrum::linear_map(20, 100, 0) == Approx(4.0));  // (20-100)/(0-100) = 0.8
  CHECK(spectrum::linear_map(100, 100, 0) == Approx(0.0));
  CHECK(spectrum::linear_map(0, 100, 0) == Approx(5.0));
  CHECK(spectrum::linear_map(150, 100, 0) == Approx(0.0));
  CHECK(spectrum::linear_map(-10, 100, 0) == Approx(5.0));
}

TEST_CASE("linear_map over an empty range is a step at its one point", "[sdk][linear_map]") {
  CHECK(spectrum::linear_map(3, 3, 3) == Approx(5.0));
  CHECK(spectrum::linear_map(2.9, 3, 3) == Approx(0.0));
}

TEST_CASE("bands interpolate between thresholds", "[sdk][bands]") {
  Bands pooled_share{{0, 0}, {3, 1}, {10, 2}, {25, 3}, {50, 4}, {75, 5}};
  CHECK(pooled_share(17.5) == Approx(2.5));  // 2 + (17.5-10)/(25-10)
  CHECK(pooled_share(1.5) == Approx(0.5));   // 0 + 1.5/3
  CHECK(pooled_share(3) == Approx(1.0));     // exactly on a threshold
  CHECK(pooled_share(62.5) == Approx(4.5));
}

TEST_CASE("bands clamp below the first and above the last threshold", "[sdk][bands]") {
  Bands pooled_share{{0, 0}, {3, 1}, {10, 2}, {25, 3}, {50, 4}, {75, 5}};
  CHECK(pooled_share(-5) == Approx(0.0));
  CHECK(pooled_share(100) == Approx(5.0));
  Bands lifted{{10, 1}, {20, 4}};
  CHECK(lifted(0) == Approx(1.0));
  CHECK(lifted(99) == Approx(4.0));
  CHECK(Bands{}(42) == Approx(0.0));
}

TEST_CASE("bands may fall, for measures where less is better", "[sdk][bands]") {
  Bands rate_gap{{0, 5}, {10, 3}, {20, 0}};
  CHECK(rate_gap(5) == Approx(4.0));   // 5 + (3-5) * 5/10
  CHECK(rate_gap(15) == Approx(1.5));  // 3 + (0-3) * 5/10
  CHECK(rate_gap(30) == Approx(0.0));
  CHECK(rate_gap(-1) == Approx(5.0));
}

TEST_CASE("the default item score follows the item type", "[sdk][default_item_score]") {
  SdkFixture f;
  f.scale("S", {1, 2, 3, 4, 5})
      .choice("C", {{"none", 0}, {"joint", 3}, {"beyond", 7}})
      .multi("M", {{"align", 2}, {"pool", 3}, {"delegate", 4}})
      .boolean("B")
      .number("N", 0, 100)
      .text("T")
      .respondents(2);
  f.value(0, "S", 4);
  f.choose(0, "C", "joint");
  f.choose(1, "C", "beyond");
  f.select(0, "M", {"align", "delegate"});
  f.select(1, "M", {});
  f.yes(0, "B");
  f.no(1, "B");
  f.value(0, "N", 50);
  f.write(0, "T", "free text");
  spectrum::Responses r = f.responses();
  auto score = [&](std::size_t resp, const char* id) {
    return spectrum::default_item_score(r.item(r.index(id)), r.answer(resp, id));
  };

  CHECK(*score(0, "S") == Approx(3.75));  // (4-1)/(5-1) * 5
  CHECK(*score(0, "C") == Approx(3.0));   // the option's place
  CHECK(*score(1, "C") == Approx(5.0));   // clamped to 5
  CHECK(*score(0, "M") == Approx(4.0));   // the highest selected
  CHECK(*score(1, "M") == Approx(0.0));   // nothing selected
  CHECK(*score(0, "B") == Approx(5.0));
  CHECK(*score(1, "B") == Approx(0.0));
  CHECK_FALSE(score(0, "N"));  // numbers go through Bands in the plugin
  CHECK_FALSE(score(0, "T"));
}

TEST_CASE("don't know, not applicable, not relevant and missing answers have no score",
          "[sdk][default_item_score]") {
  SdkFixture f;
  f.scale("S", {1, 2, 3, 4, 5}).respondents(4);
  f.dont_know(0, "S");
  f.not_applicable(1, "S");
  f.not_relevant(2, "S");  // respondent 3 stays missing
  spectrum::Responses r = f.responses();
  for (std::size_t resp = 0; resp < 4; ++resp)
    CHECK_FALSE(spectrum::default_item_score(r.item(0), r.answer(resp, 0)));
  CHECK(r.answer(2, 0).not_applicable());
  CHECK(r.answer(3, 0).missing());
}

TEST_CASE("pooled scores average the respondents whose answers count", "[sdk][pooled]") {
  SdkFixture f;
  f.scale("A", {1, 2, 3, 4, 5}).scale("B", {1, 2, 3, 4, 5}).respondents(3);
  f.value(0, "A", 5);  // 5
  f.dont_know(1, "A");
  f.value(2, "A", 2);  // 1.25
  f.dont_know(0, "B");
  f.not_applicable(1, "B");
  ItemScores pooled = f.responses().pooled();
  CHECK(*pooled[0] == Approx(3.125));  // (5 + 1.25) / 2, the don't-know left out
  CHECK_FALSE(pooled[1]);
}

TEST_CASE("pooling rows of item scores is the mean of the scores that count", "[sdk][pool]") {
  std::vector<ItemScores> rows{
      {5.0, std::nullopt, 1.0}, {2.0, std::nullopt, std::nullopt}, {std::nullopt, std::nullopt, 4.0}};
  ItemScores pooled = spectrum::pool(rows, 3);
  CHECK(*pooled[0] == Approx(3.5));  // (5 + 2) / 2
  CHECK_FALSE(pooled[1]);
  CHECK(*pooled[2] == Approx(2.5));  // (1 + 4) / 2
  CHECK(spectrum::pool({}, 2) == ItemScores(2));
}

TEST_CASE("pooling every respondent's scores is what Responses::pooled gives", "[sdk][pool]") {
  SdkFixture f;
  f.scale("A", {1, 2, 3, 4, 5}).boolean("B").respondents(3);
  f.value(0, "A", 4), f.value(1, "A", 2), f.dont_know(2, "A");
  f.yes(0, "B"), f.no(1, "B"), f.yes(2, "B");
  spectrum::Responses r = f.responses();
  ItemScores pooled = spectrum::pool({r.scores_of(0), r.scores_of(1), r.scores_of(2)}, 2);
  CHECK(*pooled[0] == Approx(*r.pooled()[0]));  // (3.75 + 1.25) / 2 = 2.5
  CHECK(*pooled[0] == Approx(2.5));
  CHECK(*pooled[1] == Approx(10.0 / 3.0));
}

TEST_CASE("follow-ups fold into a favourable parent as a weighted mean", "[sdk][fold_follow_ups]") {
  SdkFixture f;
  f.boolean("P", 3.0).scale("F", {1, 2, 3, 4, 5}, 2.0).boolean("G", 1.0).respondents(1);
  spectrum::Responses r = f.responses();
  ItemScores row{5.0, 2.5, 0.0};
  spectrum::fold_follow_ups(r, row, "P", {"F", "G"});
  CHECK(*row[0] == Approx(20.0 / 6.0));  // (3*5 + 2*2.5 + 1*0) / 6
  CHECK_FALSE(row[1]);
  CHECK_FALSE(row[2]);

  ItemScores unknown_follow_up{5.0, std::nullopt, 5.0};
  spectrum::fold_follow_ups(r, unknown_follow_up, "P", {"F", "G"});
  CHECK(*unknown_follow_up[0] == Approx(5.0));  // (15 + 5) / 4: the don't-know is left out
}

TEST_CASE("an unfavourable or unknown parent keeps its score and loses its follow-ups",
          "[sdk][fold_follow_ups]") {
  SdkFixture f;
  f.boolean("P", 3.0).scale("F", {1, 2, 3, 4, 5}, 2.0).respondents(1);
  spectrum::Responses r = f.responses();
  ItemScores no{0.0, std::nullopt};
  spectrum::fold_follow_ups(r, no, "P", {"F"});
  CHECK(*no[0] == Approx(0.0));
  ItemScores unknown{std::nullopt, 4.0};
  spectrum::fold_follow_ups(r, unknown, "P", {"F"});
  CHECK_FALSE(unknown[0]);
  CHECK_FALSE(unknown[1]);
}

TEST_CASE("a folded parent never falls when it turns from no to yes, whatever the follow-ups say",
          "[sdk][fold_follow_ups]") {
  SdkFixture f;
  f.boolean("P", 1.0).scale("F", {1, 2, 3, 4, 5}, 9.0).respondents(1);
  spectrum::Responses r = f.responses();
  ItemScores before{0.0, std::nullopt}, after{5.0, 0.0};
  spectrum::fold_follow_ups(r, before, "P", {"F"});
  spectrum::fold_follow_ups(r, after, "P", {"F"});
  CHECK(*after[0] >= *before[0]);
  CHECK(*after[0] == Approx(0.5));  // (1*5 + 9*0) / 10
}

TEST_CASE("the weighted mean leaves don't know and not applicable out of the denominator",
          "[sdk][weighted_mean]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  // A (w1) = 5, B (w3) = 1, C (w2) don't know, D (w1) not applicable: (5 + 3) / 4 = 2.
  ItemScores scores{5.0, 1.0, std::nullopt, std::nullopt};
  CHECK(spectrum::weighted_mean(r, scores) == Approx(2.0));
  // Counting C as 0 would give (5 + 3) / 6 = 1.33: it must not.
  scores[2] = 0.0;
  CHECK(spectrum::weighted_mean(r, scores) == Approx(8.0 / 6.0));
  CHECK(std::isnan(spectrum::weighted_mean(r, ItemScores(4))));
}

TEST_CASE("the weighted mean of explicit parts skips parts without a score", "[sdk][weighted_mean]") {
  CHECK(spectrum::weighted_mean({{4.0, 1.0}, {std::nullopt, 5.0}, {2.0, 3.0}}) ==
        Approx(2.5));  // (4 + 6) / 4
  CHECK(std::isnan(spectrum::weighted_mean({{std::nullopt, 1.0}})));
}

TEST_CASE("a criterion is met when every item that counts reaches the threshold", "[sdk][criterion]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  Criterion c{"ab3", "A and B at least 3", {"A", "B"}, 3.0};
  CHECK(spectrum::criterion_met(r, {3.5, 3.0, 0.0, 0.0}, c));
  CHECK_FALSE(spectrum::criterion_met(r, {3.5, 2.9, 5.0, 5.0}, c));
  CHECK(spectrum::criterion_met(r, {std::nullopt, 3.0, 0.0, 0.0}, c));                 // A does not count
  CHECK(spectrum::criterion_met(r, {3.0 - 1e-12, 4.0, 0.0, 0.0}, c));                  // within tolerance
  CHECK_FALSE(spectrum::criterion_met(r, {std::nullopt, std::nullopt, 5.0, 5.0}, c));  // nothing counts
}

TEST_CASE("a criterion naming an unknown item throws, naming it", "[sdk][criterion]") {
  SdkFixture f = four_items();
  Criterion c{"x", "no such item", {"Z9"}, 1.0};
  REQUIRE_THROWS_AS(spectrum::criterion_met(f.responses(), {1.0, 1.0, 1.0, 1.0}, c), std::out_of_range);
  REQUIRE_THROWS_WITH(spectrum::criterion_met(f.responses(), {1.0, 1.0, 1.0, 1.0}, c), Catch::Contains("Z9"));
}

TEST_CASE("the gated level stops at the first level with an unmet criterion", "[sdk][gates]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  Gates g = ladder();
  CHECK(g.gated_level(r, {5.0, 5.0, 5.0, 5.0}) == 5);  // level 5 has no criteria
  CHECK(g.gated_level(r, {5.0, 1.0, 5.0, 5.0}) == 1);  // B fails level 2; level 3 met but unreachable
  CHECK(g.gated_level(r, {3.0, 5.0, 5.0, 2.0}) == 2);  // D fails level 3
  CHECK(g.gated_level(r, {3.0, 5.0, 5.0, 5.0}) == 3);  // A fails level 4
  CHECK(g.gated_level(r, {0.5, 5.0, 5.0, 5.0}) == 0);  // A fails level 1
}

TEST_CASE("the level is the lower of what the score and the gates allow", "[sdk][gates]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  Gates g = ladder();
  CHECK(g.level(r, {5.0, 1.0, 5.0, 5.0}, 3.8) == 1);  // held by B
  CHECK(g.level(r, {5.0, 5.0, 5.0, 5.0}, 2.4) == 2);  // held by the score
  CHECK(g.level(r, {5.0, 5.0, 5.0, 5.0}, kNaN) == 0);
}

TEST_CASE("unmet lists the criteria of one level that fail", "[sdk][gates]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  const spectrum::Gates gates = ladder();  // unmet() points into the gates: keep them alive
  auto unmet = gates.unmet(r, {5.0, 5.0, 1.0, 1.0}, 3);
  REQUIRE(unmet.size() == 2);
  CHECK(unmet[0]->id == "c3");
  CHECK(unmet[1]->id == "d3");
  CHECK(gates.unmet(r, {5.0, 5.0, 1.0, 1.0}, 2).empty());
}

TEST_CASE("applying gates records every criterion and caps the score at the gated level",
          "[sdk][gates][result]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  Result result(1);
  ladder().apply(r, {5.0, 1.0, 5.0, 5.0}, 3.8, result);
  result.set_respondent_score(0, 3.8);
  RecordingSink sent = send(result);
  CHECK(sent.level == 1);
  CHECK(sent.score == Approx(1.99));  // 3.8 capped at 1 + 0.99
  REQUIRE(sent.gates.size() == 5);
  CHECK(sent.gates[0].id == "a1");
  CHECK(sent.gates[0].met);
  CHECK(sent.gates[1].id == "b2");
  CHECK_FALSE(sent.gates[1].met);
  CHECK(sent.gates[1].items == std::vector<std::string>{"B"});
  CHECK(sent.gates[2].met);  // recorded as met even above the gated level
}

TEST_CASE("a gated score is the weighted mean capped at its level + 0.99", "[sdk][gated_score]") {
  SdkFixture f = four_items();
  spectrum::Responses r = f.responses();
  Gates g = ladder();
  // (5 + 3*1 + 2*5 + 5) / 7 = 23/7 = 3.29, held at level 1 by B.
  CHECK(spectrum::gated_score(r, {5.0, 1.0, 5.0, 5.0}, g) == Approx(1.99));
  // (5 + 15 + 10 + 5) / 7 = 5: nothing holds it.
  CHECK(spectrum::gated_score(r, {5.0, 5.0, 5.0, 5.0}, g) == Approx(5.0));
  // (4 + 9 + 6 + 3) / 7 = 22/7 = 3.14, level 3, all gates of 1..3 met: unchanged.
  CHECK(spectrum::gated_score(r, {4.0, 3.0, 3.0, 3.0}, g) == Approx(22.0 / 7.0));
  CHECK(std::isnan(spectrum::gated_score(r, ItemScores(4), g)));
}

TEST_CASE("a score above the level set for it is capped at level + 0.99 when sent", "[sdk][result]") {
  Result result(0);
  result.set_score(4.5);
  result.set_level(2);
  RecordingSink sent = send(result);
  CHECK(sent.level == 2);
  CHECK(sent.score == Approx(2.99));
  CHECK(sent.score_calls == 1);
}

TEST_CASE("a score within its level is sent unchanged", "[sdk][result]") {
  Result result(0);
  result.set_score(2.5);
  result.set_level(2);
  RecordingSink sent = send(result);
  CHECK(sent.score == Approx(2.5));
  Result unlevelled(0);
  unlevelled.set_score(3.0);
  CHECK(send(unlevelled).level == 3);  // the rounding rule when no level is set
}

TEST_CASE("scores are clamped to 0..5", "[sdk][result]") {
  Result high(0), low(0);
  high.set_score(7.0);
  low.set_score(-2.0);
  CHECK(send(high).score == Approx(5.0));
  CHECK(send(high).level == 5);
  CHECK(send(low).score == Approx(0.0));
  CHECK(send(low).level == 0);
}

TEST_CASE("a NaN score is sent as nothing counted, at level 0", "[sdk][result]") {
  Result result(2);
  result.set_score(kNaN);
  result.set_respondent_score(0, 3.0);
  RecordingSink sent = send(result);
  CHECK(std::isnan(sent.score));
  CHECK(sent.level == 0);
  REQUIRE(sent.respondent_scores.size() == 2);
  CHECK(sent.respondent_scores[0].second == Approx(3.0));
  CHECK(std::isnan(sent.respondent_scores[1].second));  // never set: NaN
}

TEST_CASE("sending without a score, or with a level outside 0..5, is refused", "[sdk][result]") {
  Result empty(0);
  CHECK_THROWS_AS(send(empty), std::logic_error);
  Result bad(0);
  bad.set_score(3.0);
  bad.set_level(6);
  CHECK_THROWS_WITH(send(bad), Catch::Contains("outside 0..5"));
}

TEST_CASE("findings and metrics are sent in the order given", "[sdk][result]") {
  Result result(0);
  result.set_score(1.0);
  result.add_strength("strong");
  result.add_gap("weak", 1);
  result.add_next_step(2, "do this");
  result.add_metric("divergence", 1.4);
  RecordingSink sent = send(result);
  REQUIRE(sent.findings.size() == 3);
  CHECK(sent.findings[0].kind == SPECTRUM_FINDING_STRENGTH);
  CHECK(sent.findings[0].level == -1);
  CHECK(sent.findings[1].kind == SPECTRUM_FINDING_GAP);
  CHECK(sent.findings[2].kind == SPECTRUM_FINDING_NEXT_STEP);
  CHECK(sent.findings[2].level == 2);
  CHECK(sent.findings[2].text == "do this");
  REQUIRE(sent.metrics.size() == 1);
  CHECK(sent.metrics[0].second == Approx(1.4));
}

namespace {
void throws_runtime(const spectrum::Input&, Result&) {
  throw std::runtime_error("item LD04 is missing");
}
void throws_int(const spectrum::Input&, Result&) {
  throw 42;
}
void scores_two(const spectrum::Input& in, Result& out) {
  out.set_score(2.0);
  for (std::size_t i = 0; i < in.respondent_count(); ++i) out.set_respondent_score(i, 2.0);
}
}  // namespace

TEST_CASE("what a score function throws becomes an error code with its message", "[sdk][trampoline]") {
  SdkFixture f = four_items();
  RecordingSink recorder;
  spectrum_sink sink = recorder.sink();
  char message[64] = "";
  CHECK(spectrum::detail::score_trampoline<throws_runtime>(f.input(), &sink, message, sizeof message) ==
        SPECTRUM_ERROR);
  CHECK(std::string(message) == "item LD04 is missing");
  CHECK(spectrum::detail::score_trampoline<throws_int>(f.input(), &sink, message, sizeof message) ==
        SPECTRUM_ERROR);
  CHECK(std::string(message).find("not a std::exception") != std::string::npos);
  CHECK(recorder.score_calls == 0);
}

TEST_CASE("an error message is cut to the buffer the host gives", "[sdk][trampoline]") {
  SdkFixture f = four_items();
  RecordingSink recorder;
  spectrum_sink sink = recorder.sink();
  char message[8];
  std::memset(message, 'x', sizeof message);
  spectrum::detail::score_trampoline<throws_runtime>(f.input(), &sink, message, sizeof message);
  CHECK(std::string(message) == "item LD");  // 7 characters and the NUL
}

TEST_CASE("a score function that succeeds reports through the sink", "[sdk][trampoline]") {
  SdkFixture f = four_items();
  RecordingSink recorder;
  spectrum_sink sink = recorder.sink();
  char message[16] = "";
  CHECK(spectrum::detail::score_trampoline<scores_two>(f.input(), &sink, message, sizeof message) ==
        SPECTRUM_OK);
  CHECK(recorder.score == Approx(2.0));
  CHECK(recorder.level == 2);
  REQUIRE(recorder.respondent_scores.size() == 1);
}

TEST_CASE("an item id is matched to the whole of a C string, no more and no less", "[sdk]") {
  CHECK(spectrum::same_text("LD01", "LD01"));
  CHECK_FALSE(spectrum::same_text("LD01", "LD0"));
  CHECK_FALSE(spectrum::same_text("LD0", "LD01"));
  CHECK_FALSE(spectrum::same_text("LD01", "LD02"));
  CHECK(spectrum::same_text("", ""));
  CHECK_FALSE(spectrum::same_text("", "x"));
  CHECK_FALSE(spectrum::same_text("LD01", std::string_view("LD01\0x", 6)));  // never past the terminator
  CHECK_FALSE(spectrum::same_text(nullptr, ""));
}
