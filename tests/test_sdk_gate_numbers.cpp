// Gates carry the plugin's own numbers across the C boundary: Gates::apply sends, for each item, the
// item score it compared and the threshold, through the sink's set_gate_item, and only to a host whose
// sink reaches that far.
#include "sdk_test_support.h"

#include <spectrum/plugin.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

using spectrum::Criterion;
using spectrum::Gates;
using spectrum::Result;
using spectrum::test::RecordingSink;
using spectrum::test::SdkFixture;

namespace {

// Two items with one respondent; level 1 needs A >= 1, level 2 needs A >= 2 and B >= 2.5, level 3
// needs B >= 3.
SdkFixture two_items() {
  SdkFixture f;
  f.scale("A", {1, 2, 3, 4, 5}).scale("B", {1, 2, 3, 4, 5}).respondents(1);
  return f;
}

Gates two_levels() {
  Gates g;
  g.require(1, {"a1", "A at least 1", {"A"}, 1.0})
      .require(2, {"ab2", "A at least 2, B at least 2.5", {"A", "B"}, 2.0})
      .require(2, {"b2", "B at least 2.5", {"B"}, 2.5})
      .require(3, {"b3", "B at least 3", {"B"}, 3.0});
  return g;
}

}  // namespace

TEST_CASE("applied gates send, for each item, the item score compared and the threshold",
          "[sdk][gates][result]") {
  SdkFixture f = two_items();
  spectrum::Responses r = f.responses();
  Result result(1);
  two_levels().apply(r, {4.5, std::nullopt}, 3.8, result);
  result.set_respondent_score(0, 3.8);
  RecordingSink recorder;
  spectrum_sink sink = recorder.sink();
  result.send(sink);
  REQUIRE(recorder.gates.size() == 4);
  CHECK(recorder.gates[0].numbers == std::vector<std::pair<double, double>>{{4.5, 1.0}});
  REQUIRE(recorder.gates[1].numbers.size() == 2);
  CHECK(recorder.gates[1].numbers[0] == std::pair<double, double>{4.5, 2.0});
  CHECK(std::isnan(recorder.gates[1].numbers[1].first));  // B did not count: NaN, never a made-up score
  CHECK(recorder.gates[1].numbers[1].second == 2.0);
  CHECK(recorder.gates[1].met);        // A counts and reaches 2
  CHECK_FALSE(recorder.gates[2].met);  // nothing counts
}

TEST_CASE("a plugin on a host built before gate numbers sends its gates without them",
          "[sdk][gates][result]") {
  SdkFixture f = two_items();
  spectrum::Responses r = f.responses();
  Result result(1);
  two_levels().apply(r, {4.5, 3.0}, 3.8, result);
  result.set_respondent_score(0, 3.8);
  RecordingSink recorder;
  spectrum_sink old_sink = recorder.sink(true);  // struct_size ends before set_gate_item
  REQUIRE_NOTHROW(result.send(old_sink));
  REQUIRE(recorder.gates.size() == 4);
  for (const auto& gate : recorder.gates) CHECK(gate.numbers.empty());
  CHECK(recorder.level == 3);
}

TEST_CASE("item scores are compared with thresholds at two decimals, as a profile shows them",
          "[sdk][criterion]") {
  SdkFixture f = two_items();
  spectrum::Responses r = f.responses();
  Criterion c{"a2", "A at least 2", {"A"}, 2.0};
  CHECK(spectrum::criterion_met(r, {1.996, std::nullopt}, c));        // shown as 2.00
  CHECK_FALSE(spectrum::criterion_met(r, {1.994, std::nullopt}, c));  // shown as 1.99
  Criterion odd{"a", "A at least 2.334", {"A"}, 2.334};               // shown as 2.33
  CHECK(spectrum::criterion_met(r, {2.33, std::nullopt}, odd));
}
