// Answers in assessment files: one value per item, checked against the item's type and options.
#include "answer_io.h"

#include <algorithm>
#include <set>

namespace spectrum::detail {
namespace {

const std::vector<std::string> kStatusNames = {"dont_know", "not_applicable"};

std::string quote(std::string_view text) {
  return nlohmann::json(text).dump();
}

std::vector<std::string> option_names(const model::Item& item) {
  std::vector<std::string> names;
  for (const model::Option& option : item.options) names.push_back(option.name);
  return names;
}

bool has_option(const model::Item& item, const std::string& name) {
  return std::any_of(item.options.begin(), item.options.end(),
                     [&](const model::Option& option) { return option.name == name; });
}

bool read_scale(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                const model::Item& item, model::AnswerValue& answer) {
  if (!checker.expect_number(value, pointer, "a scale point (a number)")) return false;
  answer.number = value.get<double>();
  bool on_scale = std::any_of(item.options.begin(), item.options.end(),
                              [&](const model::Option& option) { return option.value == answer.number; });
  if (!on_scale) {
    std::vector<std::string> points;
    for (const model::Option& option : item.options) points.push_back(format_number(option.value));
    checker.error(pointer,
                  format_number(answer.number) + " is not one of the scale points " + join_names(points));
  }
  return on_scale;
}

bool read_choice(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                 const model::Item& item, model::AnswerValue& answer) {
  if (!checker.expect_string(value, pointer, "an option name (a string)")) return false;
  answer.choice = value.get<std::string>();
  if (has_option(item, answer.choice)) return true;
  checker.error(pointer, quote(answer.choice) + " is not one of " + join_names(option_names(item)));
  return false;
}

bool read_multi(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                const model::Item& item, model::AnswerValue& answer) {
  if (!checker.expect_array(value, pointer, "an array of option names")) return false;
  bool ok = true;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < value.size(); ++i) {
    std::string element = child_pointer(pointer, i);
    if (!checker.expect_string(value[i], element, "an option name (a string)")) {
      ok = false;
      continue;
    }
    const std::string& name = value[i].get_ref<const std::string&>();
    if (!has_option(item, name)) {
      checker.error(element, quote(name) + " is not one of " + join_names(option_names(item)));
      ok = false;
    } else if (!seen.insert(name).second) {
      checker.error(element, quote(name) + " is chosen twice");
      ok = false;
    } else {
      answer.selected.push_back(name);
    }
  }
  return ok;
}

bool read_number(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                 const model::Item& item, model::AnswerValue& answer) {
  if (!checker.expect_number(value, pointer)) return false;
  answer.number = value.get<double>();
  std::string unit = item.unit.empty() ? "" : " " + item.unit;
  if (item.min && answer.number < *item.min) {
    checker.error(pointer,
                  format_number(answer.number) + " is below the minimum " + format_number(*item.min) + unit);
    return false;
  }
  if (item.max && answer.number > *item.max) {
    checker.error(pointer,
                  format_number(answer.number) + " is above the maximum " + format_number(*item.max) + unit);
    return false;
  }
  return true;
}

// A value of the item's own type (not null, not an answer object).
bool read_bare(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
               const model::Item& item, model::AnswerValue& answer) {
  answer.state = model::AnswerValue::State::value;
  switch (item.type) {
    case ItemType::scale:
      return read_scale(checker, value, pointer, item, answer);
    case ItemType::choice:
      return read_choice(checker, value, pointer, item, answer);
    case ItemType::multi:
      return read_multi(checker, value, pointer, item, answer);
    case ItemType::number:
      return read_number(checker, value, pointer, item, answer);
    case ItemType::boolean:
      if (!checker.expect_boolean(value, pointer)) return false;
      answer.number = value.get<bool>() ? 1 : 0;
      return true;
    case ItemType::text:
      if (!checker.expect_string(value, pointer, "text (a string)")) return false;
      answer.text = value.get<std::string>();
      return true;
  }
  return false;
}

bool read_answer_object(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                        const model::Item& item, model::AnswerValue& answer) {
  std::size_t errors_before = checker.diagnostics().size();
  ObjectReader reader(checker, value, pointer);
  const nlohmann::json* status_member = reader.any("status", false);
  const nlohmann::json* inner = reader.any("value", false);
  auto status = reader.one_of("status", false, kStatusNames);
  answer.evidence = reader.string("evidence", false).value_or("");
  reader.finish();
  if (status_member && inner) {
    checker.error(pointer, "an answer object takes \"value\" or \"status\", not both");
  } else if (!status_member && !inner) {
    checker.error(pointer, "expected \"value\" or \"status\" in an answer object");
  } else if (status) {
    answer.state = *status == "dont_know" ? model::AnswerValue::State::dont_know
                                          : model::AnswerValue::State::not_applicable;
  } else if (inner && inner->is_object()) {
    checker.error(reader.child("value"), "expected a " + std::string(item_type_name(item.type)) +
                                             " answer, found " + describe(*inner));
  } else if (inner && !inner->is_null()) {
    read_bare(checker, *inner, reader.child("value"), item, answer);
  }
  return checker.diagnostics().size() == errors_before;
}

}  // namespace

std::optional<model::AnswerValue> read_answer(JsonChecker& checker, const nlohmann::json& value,
                                              const std::string& pointer, const model::Item& item) {
  model::AnswerValue answer;
  answer.type = item.type;
  bool ok = true;
  if (value.is_object()) {
    ok = read_answer_object(checker, value, pointer, item, answer);
  } else if (!value.is_null()) {
    ok = read_bare(checker, value, pointer, item, answer);
  }
  if (!ok) return std::nullopt;
  return answer;
}

nlohmann::json answer_to_json(const model::AnswerValue& answer) {
  using State = model::AnswerValue::State;
  nlohmann::json bare;  // null: missing
  if (answer.state == State::dont_know || answer.state == State::not_applicable) {
    bare = {{"status", answer.state == State::dont_know ? "dont_know" : "not_applicable"}};
    if (!answer.evidence.empty()) bare["evidence"] = answer.evidence;
    return bare;
  }
  if (answer.state == State::value) {
    std::optional<ItemType> type = answer.type;
    if (!type) {
      type = !answer.selected.empty() ? ItemType::multi
             : !answer.choice.empty() ? ItemType::choice
             : !answer.text.empty()   ? ItemType::text
                                      : ItemType::number;
    }
    switch (*type) {
      case ItemType::scale:
      case ItemType::number:
        bare = number_json(answer.number);
        break;
      case ItemType::choice:
        bare = answer.choice;
        break;
      case ItemType::multi:
        bare = answer.selected;
        break;
      case ItemType::boolean:
        bare = answer.number != 0;
        break;
      case ItemType::text:
        bare = answer.text;
        break;
    }
  }
  if (answer.evidence.empty()) return bare;
  return {{"value", std::move(bare)}, {"evidence", answer.evidence}};
}

}  // namespace spectrum::detail
