// One rule from score to level, and one locale-free formatter.
#include <spectrum/combination.h>
#include <spectrum/numbers.h>
#include <spectrum/scoring.h>

#ifdef SPECTRUM_TEST_HAVE_REPORTS
#include <spectrum/reports/gui_application.h>
#endif

#include <catch2/catch.hpp>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace spectrum;

namespace {

// The level a reader derives from a score as printed.
int floor_of_printed(double score) {
  return static_cast<int>(std::floor(std::stod(format_fixed(score, 2))));
}

}  // namespace

TEST_CASE("the level of a score is the floor of the score as written, for any score", "[numbers]") {
  std::mt19937 random(11);
  std::uniform_real_distribution<double> score(0.0, 5.0);
  for (int i = 0; i < 100000; ++i) {
    const double s = score(random);
    INFO("score " << format_number(s));
    REQUIRE(level_of(s) == floor_of_printed(s));
    REQUIRE(level_of(round_score(s)) == level_of(s));
  }
  for (double edge : {0.995, 1.995, 2.994999, 2.995, 2.996, 3.0 - 1e-12, 4.995, 4.998, 4.999999})
    CHECK(level_of(edge) == floor_of_printed(edge));
}

TEST_CASE(
    "domains of 4.99, 5, 5, 5, 5 and domains averaging 1.996 show an overall level equal to the floor of the "
    "score",
    "[numbers][combination]") {
  for (const char* policy : {"capped-mean", "mean"}) {
    const Overall high = combine({4.99, 5, 5, 5, 5}, policy);
    CHECK(format_fixed(high.score) == "5.00");
    CHECK(high.level == 5);
    const Overall low = combine({1.99, 2.0, 1.998, 1.996, 2.0, 1.992}, policy);  // mean 1.996
    CHECK(format_fixed(low.score) == "2.00");
    CHECK(low.level == 2);
  }
}

TEST_CASE("numbers are written with a decimal point whatever the C locale", "[numbers]") {
  const char* wanted = std::getenv("SPECTRUM_TEST_NUMERIC_LOCALE");
  const std::string before = std::setlocale(LC_NUMERIC, nullptr);
  const bool comma = std::setlocale(LC_NUMERIC, wanted && *wanted ? wanted : "de_DE.UTF-8") != nullptr;
  if (wanted && *wanted) REQUIRE(comma);  // the de_DE run must really run in a decimal-comma locale
  if (comma) {
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.2f", 2.5);
    CHECK(std::string(printed) == "2,50");  // the locale bites printf...
  }
  CHECK(format_fixed(2.5) == "2.50");  // ...and not the formatter
  CHECK(format_fixed(-0.001) == "0.00");
  CHECK(format_fixed(1234.5678, 1) == "1234.6");
  CHECK(format_compact(3.10) == "3.1");
  CHECK(format_number(0.125) == "0.125");
  CHECK(format_number(12.5) == "12.5");
  std::setlocale(LC_NUMERIC, before.c_str());
}

#ifdef SPECTRUM_TEST_HAVE_REPORTS
TEST_CASE("after the report renderer creates its QGuiApplication, LC_NUMERIC is C again",
          "[numbers][reports]") {
  if (const char* wanted = std::getenv("SPECTRUM_TEST_NUMERIC_LOCALE"); wanted && *wanted)
    return;                            // main set it
  setenv("LC_ALL", "de_DE.UTF-8", 1);  // what Qt reads when it sets the C locale from the environment
  reports::ensure_gui_application();
  CHECK(std::string(std::setlocale(LC_NUMERIC, nullptr)) == "C");
}
#endif
