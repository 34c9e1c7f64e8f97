// Answers as a reader sees them (core/src/answer_text.h): two answers found the same read the same,
// which is what lets gate evidence read each distinct answer once.
#include "answer_text.h"
#include "input_view.h"
#include "plugin_test_support.h"

#include <spectrum/pipeline.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace spectrum;

namespace {

model::Item item_of(ItemType type) {
  model::Item item;
  item.id = "X1";
  item.type = type;
  item.options = {
      {"a", "Joint committee", 1}, {"b", "None", 0}, {"c", "Same label", 3}, {"d", "Same label", 3}};
  item.unit = "%";
  return item;
}

spectrum_answer value(double number, int option = -1, const std::uint8_t* selected = nullptr,
                      const char* text = nullptr) {
  return {SPECTRUM_ANSWER_VALUE, number, option, selected, text};
}

}  // namespace

TEST_CASE("answers found the same read the same, and an answer is found the same as itself", "[gates]") {
  static const std::uint8_t none[4] = {0, 0, 0, 0}, first[4] = {1, 0, 0, 0}, first_too[4] = {1, 0, 0, 0},
                            two[4] = {1, 0, 1, 0}, other_two[4] = {1, 0, 0, 1};
  const std::string text_a = "a note", text_b = "a note", text_c = "another";
  const double nan = std::nan("");
  std::vector<spectrum_answer> answers = {
      {SPECTRUM_ANSWER_MISSING, 0, -1, nullptr, nullptr},
      {SPECTRUM_ANSWER_DONT_KNOW, 0, -1, nullptr, nullptr},
      {SPECTRUM_ANSWER_NOT_APPLICABLE, 0, -1, nullptr, nullptr},
      {SPECTRUM_ANSWER_NOT_RELEVANT, 0, -1, nullptr, nullptr},
      {99, 0, -1, nullptr, nullptr},  // an unknown state reads "no answer", as missing does
      value(0),
      value(-0.0),
      value(1),
      value(2.5),
      value(12.5),
      value(nan),
      value(3, 0),
      value(3, 1),
      value(3, 2),
      value(3, 3),
      value(3, 7),
      value(3, -1),
      value(0, -1, none),
      value(0, -1, first),
      value(0, -1, first_too),
      value(0, -1, two),
      value(0, -1, other_two),
      value(0, -1, nullptr, text_a.c_str()),
      value(0, -1, nullptr, text_b.c_str()),
      value(0, -1, nullptr, text_c.c_str())};
  for (const ItemType type : {ItemType::choice, ItemType::multi, ItemType::scale, ItemType::number,
                              ItemType::boolean, ItemType::text}) {
    const model::Item item = item_of(type);
    for (const spectrum_answer& x : answers) {
      if (!(x.state == SPECTRUM_ANSWER_VALUE && std::isnan(x.number) &&
            (type == ItemType::scale || type == ItemType::number)))
        CHECK(same_answer(item, x, x));
      for (const spectrum_answer& y : answers)
        if (same_answer(item, x, y)) CHECK(answer_text(item, x) == answer_text(item, y));
    }
  }
  // Different answers that read the same are not found the same here; their texts group them.
  const model::Item choice = item_of(ItemType::choice);
  CHECK_FALSE(same_answer(choice, value(3, 2), value(3, 3)));
  CHECK(answer_text(choice, value(3, 2)) == answer_text(choice, value(3, 3)));
}

TEST_CASE("gate evidence groups every respondent under the text of their answer, texts in order", "[gates]") {
  // The oracle: each respondent's answer read as text, grouped by text.
  for (const std::string id : {"leadership", "digital"}) {
    const model::Questionnaire& q = test::questionnaire(id);
    std::mt19937 rng(7);
    std::vector<model::Respondent> respondents;
    for (int r = 0; r < 30; ++r) {
      test::Answers answers;
      for (const model::Item& item : q.items) answers[item.id] = test::random_answer(item, rng);
      respondents.push_back(test::respondent(
          "r" + std::to_string(r), r % 2 ? Sector::nhs : Sector::local_government, q.id, std::move(answers)));
    }
    const model::Assessment a = test::assessment(std::move(respondents));
    const InputView view(a, {&q});
    const Profile p = assess(a, test::built_registry(), {});
    REQUIRE(p.domains.size() == 1);
    std::size_t items_seen = 0;
    for (const Gate& gate : p.domains.front().gates) {
      for (const GateItem& shown : gate.items) {
        const std::size_t index = *q.find(shown.id);
        std::map<std::string, std::vector<std::string>> expected;
        for (std::size_t r = 0; r < a.respondents.size(); ++r)
          expected[answer_text(q.items[index], view.answer(0, r, index))].push_back(a.respondents[r].id);
        std::vector<std::pair<std::string, std::vector<std::string>>> given;
        for (const GateAnswer& answer : shown.answers) given.emplace_back(answer.answer, answer.respondents);
        CHECK(given == std::vector<std::pair<std::string, std::vector<std::string>>>(expected.begin(),
                                                                                     expected.end()));
        CHECK(shown.text == q.items[index].text);
        ++items_seen;
      }
    }
    CHECK(items_seen > 0);
  }
}
