#include <spectrum/agreement.h>
#include <spectrum/combination.h>

#include <catch2/catch.hpp>

#include <cmath>

using namespace spectrum;

TEST_CASE("the median of an even count is the mean of the middle two", "[agreement]") {
  CHECK(median({4, 1, 3, 2}) == Approx(2.5));
  CHECK(median({5}) == Approx(5));
  CHECK(median({}) == 0);
}

TEST_CASE("quantiles interpolate between order statistics", "[agreement]") {
  // sorted 1 2 3 4 5: q(0.25) at position 1 -> 2; q(0.75) at position 3 -> 4
  CHECK(quantile({5, 1, 4, 2, 3}, 0.25) == Approx(2));
  CHECK(quantile({5, 1, 4, 2, 3}, 0.75) == Approx(4));
  // 1 2 3 4: q(0.25) at position 0.75 -> 1.75
  CHECK(quantile({1, 2, 3, 4}, 0.25) == Approx(1.75));
}

TEST_CASE("rwg is one minus sample variance over the uniform null variance 35/12", "[agreement]") {
  // scores 2 and 4: mean 3, sample variance (1 + 1) / 1 = 2; rwg = 1 - 2 / (35/12) = 1 - 24/35
  CHECK(*rwg({2, 4}) == Approx(1.0 - 24.0 / 35.0));
  CHECK(*rwg({3, 3, 3}) == Approx(1.0));
  // scores 0 and 5: variance 12.5 > 35/12, truncated to 0
  CHECK(*rwg({0, 5}) == Approx(0.0));
  CHECK_FALSE(rwg({3}).has_value());
}

TEST_CASE("respondents who agree closely get a strong verdict", "[agreement]") {
  Agreement a = agreement_of({2.5, 2.7, 2.6, 2.4});
  CHECK(a.verdict == "strong");
  CHECK(a.respondents == 4);
  CHECK(a.min == Approx(2.4));
  CHECK(a.max == Approx(2.7));
  CHECK(a.median == Approx(2.55));
}

TEST_CASE("an NHS-high, council-low split is a split verdict", "[agreement]") {
  Agreement a = agreement_of({4.5, 4.2, 1.0, 1.3});
  CHECK(a.verdict == "split");
  CHECK(*a.rwg < kRwgSplit);
}

TEST_CASE("respondents whose answers did not count are left out of agreement", "[agreement]") {
  Agreement a = agreement_of({3.0, std::nan(""), 3.2});
  CHECK(a.respondents == 2);
  CHECK(a.median == Approx(3.1));
}

TEST_CASE("the default policy is the mean capped one level above the weakest domain", "[combination]") {
  CHECK(combination_policies().front().id == "capped-mean");
  // mean of 4.5, 4.5, 4.5, 0.5 = 3.5, but the weakest is level 0, so at most 1.99
  Overall o = combine({4.5, 4.5, 4.5, 0.5}, "capped-mean");
  CHECK(o.score == Approx(1.99));
  CHECK(o.level == 1);
  CHECK(o.description.find("one level above the weakest") != std::string::npos);
  // without a weak domain the cap does not bite: mean of 3, 3.5, 2.5 = 3
  CHECK(combine({3, 3.5, 2.5}, "capped-mean").score == Approx(3.0));
}

TEST_CASE("other combination policies are selectable by name", "[combination]") {
  CHECK(combine({1, 2, 4}, "mean").score == 2.33);  // as written: two decimals
  CHECK(combine({1, 2, 4, 5}, "median").score == Approx(3.0));
  CHECK(combine({1.5, 2, 4}, "minimum").score == Approx(1.5));
  CHECK(combine({1.5, 2, 4}, "minimum").level == 1);
}

TEST_CASE("an unknown combination policy is refused naming the known ones", "[combination]") {
  REQUIRE_THROWS_WITH(combine({1}, "average"), Catch::Contains("capped-mean") && Catch::Contains("average"));
}

TEST_CASE("no scored domain gives an overall of zero domains", "[combination]") {
  Overall o = combine({}, "mean");
  CHECK(o.domains == 0);
  CHECK(o.score == 0);
}
