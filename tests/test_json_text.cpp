// The JSON writer of profiles (core/src/json_text.h) against nlohmann's dump(): numbers, keys and
// nesting, byte for byte, compact and indented.
#include "json_text.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using spectrum::detail::JsonWriter;

namespace {

// The numbers as the writer writes them: an array, compact.
std::string written(const std::vector<double>& numbers) {
  std::string out;
  {
    JsonWriter w(out, -1);
    w.begin_array();
    for (const double number : numbers) w.number(number);
    w.end_array();
  }
  return out;
}

// The same array as a tree, as the profile's tree holds numbers: whole ones (below 2^53) as integers.
std::string dumped(const std::vector<double>& numbers) {
  nlohmann::json array = nlohmann::json::array();
  for (const double number : numbers) {
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
      array.push_back(static_cast<std::int64_t>(number));
    else
      array.push_back(number);
  }
  return array.dump();
}

}  // namespace

TEST_CASE("the writer writes odd numbers as nlohmann does", "[profile]") {
  const double two_53 = 9007199254740992.0;
  const std::vector<double> numbers = {0.0,
                                       -0.0,
                                       1.0,
                                       -1.0,
                                       -42.0,
                                       1e15,
                                       1e16,
                                       -1e16,
                                       two_53,
                                       two_53 - 1,
                                       -(two_53 - 1),
                                       two_53 + 2,
                                       0.1,
                                       -0.1,
                                       1.0 / 3.0,
                                       2.35,
                                       0.0005,
                                       0.00005,
                                       99.9999,
                                       100.0001,
                                       -99.9999,
                                       123.25,
                                       1e-300,
                                       1.5e300,
                                       std::numeric_limits<double>::denorm_min(),
                                       std::numeric_limits<double>::max(),
                                       std::numeric_limits<double>::quiet_NaN(),
                                       std::numeric_limits<double>::infinity(),
                                       -std::numeric_limits<double>::infinity()};
  CHECK(written(numbers) == dumped(numbers));
}

TEST_CASE("every number of four decimals or fewer below 100 is written as nlohmann writes it", "[profile]") {
  // The writer writes these from their digits (few_decimals); every one it can is checked here.
  std::vector<double> numbers;
  for (long long k = -1000000; k <= 1000000; ++k) {
    numbers.push_back(static_cast<double>(k) / 10000.0);
    if (numbers.size() == 100000) {
      REQUIRE(written(numbers) == dumped(numbers));
      numbers.clear();
    }
  }
  REQUIRE(written(numbers) == dumped(numbers));
}

TEST_CASE("the writer's keys, strings and nesting are nlohmann's at every indent", "[profile]") {
  const nlohmann::json tree = {{"a", nlohmann::json::array()},
                               {"b", nlohmann::json::object()},
                               {"c", {1, "two", nullptr, true, false, 2.5, {{"d", {{"e", "f"}}}}}},
                               {"\xc3\xa9t\xc3\xa9 \"x\"", "tab\there"},
                               {"tree", {{"x", {1, 2}}, {"y", nlohmann::json::object()}}}};
  for (const int indent : {-1, 0, 1, 2, 4}) {
    std::string out = "prefix ";
    {
      JsonWriter w(out, indent);
      w.begin_object();
      w.key("a");
      w.begin_array();
      w.end_array();
      w.key("b");
      w.begin_object();
      w.end_object();
      w.key("c");
      w.begin_array();
      w.integer(1);
      w.string("two");
      w.null();
      w.boolean(true);
      w.boolean(false);
      w.number(2.5);
      w.begin_object();
      w.key("d");
      w.begin_object();
      w.data_key("e");
      w.string("f");
      w.end_object();
      w.end_object();
      w.end_array();
      w.key("tree");
      w.json(tree["tree"]);
      w.data_key("\xc3\xa9t\xc3\xa9 \"x\"");  // sorted after "tree", as a tree holds it
      w.string("tab\there");
      w.end_object();
    }
    CHECK(out == "prefix " + tree.dump(indent));
  }
}

TEST_CASE("a long text is written whole as the writer makes room for it", "[profile]") {
  const std::string long_text(100000, 'x');
  std::string out;
  {
    JsonWriter w(out, 2);
    w.begin_array();
    for (int i = 0; i < 3; ++i) w.string(long_text);
    w.end_array();
  }
  CHECK(out == nlohmann::json::array({long_text, long_text, long_text}).dump(2));
}

TEST_CASE("the writer writes an empty name and an empty text, however given", "[profile]") {
  std::string out;
  {
    JsonWriter w(out, -1);
    w.begin_object();
    w.data_key(std::string_view());
    w.begin_array();
    w.string(std::string_view());
    w.string(std::string());
    w.end_array();
    w.end_object();
  }
  CHECK(out == nlohmann::json{{"", {"", ""}}}.dump());
}
