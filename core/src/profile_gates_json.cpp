// A profile's gates read back (see profile_gates_json.h).
#include "profile_gates_json.h"

#include <spectrum/numbers.h>

#include <algorithm>

namespace spectrum::detail {

namespace {

constexpr double kLowest = 0, kHighest = 5;

}  // namespace

std::optional<double> read_bounded(ObjectReader& reader, std::string_view name, bool required, double low,
                                   double high, const char* what) {
  auto value = reader.number(name, required);
  if (value && (*value < low || *value > high)) {
    reader.checker().error(reader.child(name), std::string("expected ") + what + " " + format_number(low) +
                                                   " to " + format_number(high) + ", found " +
                                                   format_number(*value));
    return std::nullopt;
  }
  return value;
}

std::optional<double> read_score(ObjectReader& reader, std::string_view name, bool required) {
  return read_bounded(reader, name, required, kLowest, kHighest, "a score");
}

int read_level(ObjectReader& reader, std::string_view name) {
  auto value = reader.integer(name, true);
  if (value && (*value < kLowest || *value > kHighest)) {
    reader.checker().error(reader.child(name), "expected a level 0 to 5, found " + std::to_string(*value));
    return 0;
  }
  return value.value_or(0);
}

std::vector<Gate> GateReader::read(ObjectReader& owner) {
  const Table table = read_table(owner);
  const std::string table_pointer = owner.child("gate_items");
  std::vector<Gate> gates;
  each_element(owner, "gates", true, [&](const auto& value, const auto& pointer) {
    gates.push_back(read_gate(value, pointer, table, table_pointer));
  });
  return gates;
}

GateReader::Table GateReader::read_table(ObjectReader& owner) {
  Table table;
  if (v1_) return table;
  const nlohmann::json* items = owner.object("gate_items", false);
  if (!items) return table;  // a /2 profile written before issue 13 carries each item in its gates
  for (const auto& [id, value] : items->items()) {
    ObjectReader reader(checker_, value, child_pointer(owner.child("gate_items"), id), "a gate item object");
    GateItem item;
    item.id = id;
    item.text = reader.string("text", true).value_or("");
    item.answers = read_answers(reader, false);
    reader.finish();
    table.emplace(id, std::move(item));
  }
  return table;
}

// "answers": answer -> the ids of the respondents who gave it; or, by_respondent (in the gate, as /2
// wrote it before issue 13), respondent id -> answer. Either way one entry per answer, by its text.
std::vector<GateAnswer> GateReader::read_answers(ObjectReader& owner, bool by_respondent) {
  std::map<std::string, std::vector<std::string>> by_answer;
  const nlohmann::json* answers = owner.object("answers", true);
  if (!answers) return {};
  for (const auto& [key, value] : answers->items()) {
    const std::string pointer = child_pointer(owner.child("answers"), key);
    if (by_respondent) {
      if (checker_.expect_string(value, pointer, "an answer text"))
        by_answer[value.get<std::string>()].push_back(key);
      continue;
    }
    if (!checker_.expect_array(value, pointer, "an array of respondent ids")) continue;
    if (value.empty())
      checker_.error(pointer, "expected the ids of the respondents who gave this answer, found none");
    for (std::size_t i = 0; i < value.size(); ++i)
      if (checker_.expect_string(value[i], child_pointer(pointer, i), "a respondent id"))
        by_answer[key].push_back(value[i].get<std::string>());
  }
  std::vector<GateAnswer> out;
  for (auto& [answer, respondents] : by_answer) out.push_back({answer, std::move(respondents)});
  if (by_respondent) {  // keyed by respondent, in the order of their ids: put back in the profile's order
    std::map<std::string_view, std::size_t> order;
    for (std::size_t i = 0; i < respondents_.size(); ++i) order.emplace(respondents_[i].id, i);
    const auto position = [&](const std::string& id) {
      const auto found = order.find(id);
      return found == order.end() ? order.size() : found->second;
    };
    for (GateAnswer& answer : out)
      std::stable_sort(answer.respondents.begin(), answer.respondents.end(),
                       [&](const std::string& a, const std::string& b) { return position(a) < position(b); });
  }
  return out;
}

Gate GateReader::read_gate(const nlohmann::json& value, const std::string& pointer, const Table& table,
                           const std::string& table_pointer) {
  ObjectReader reader(checker_, value, pointer, "a gate object");
  Gate gate;
  gate.level = read_level(reader, "level");
  gate.id = reader.string("id", true).value_or("");
  gate.description = reader.string("description", true).value_or("");
  gate.met = reader.boolean("met", true).value_or(false);
  each_element(reader, "items", true, [&](const auto& value, const auto& pointer) {
    gate.items.push_back(read_item(value, pointer, table, table_pointer));
  });
  reader.finish();
  return gate;
}

GateItem GateReader::read_item(const nlohmann::json& value, const std::string& pointer, const Table& table,
                               const std::string& table_pointer) {
  ObjectReader reader(checker_, value, pointer, "a gate item object");
  GateItem item;
  item.id = reader.text("id").value_or("");
  if (v1_) {
    item.text = reader.string("text", true).value_or("");
    // /1's "pooled" was recomputed by the host with the SDK's default item score, not the plugin's
    // own: it is read for its shape and dropped, so that no report shows a number that did not decide.
    read_score(reader, "pooled", false);
    std::map<std::string, std::vector<std::string>> by_answer;
    each_element(reader, "answers", true, [&](const auto& value, const auto& pointer) {
      ObjectReader answer_reader(checker_, value, pointer, "an answer object");
      std::string respondent = answer_reader.text("respondent").value_or("");
      answer_reader.string("organisation", true);  // the respondents' list names them
      answer_reader.string("sector", true);
      by_answer[answer_reader.string("answer", true).value_or("")].push_back(std::move(respondent));
      answer_reader.finish();
    });
    for (auto& [answer, respondents] : by_answer) item.answers.push_back({answer, std::move(respondents)});
    reader.finish();
    return item;
  }
  item.threshold = read_score(reader, "threshold", false);
  const nlohmann::json* given = reader.any("score", item.threshold.has_value());
  if (given && !given->is_null()) item.score = read_score(reader, "score");
  if (given && !item.threshold)
    checker_.error(reader.child("score"), "expected a score only beside a threshold");
  if (reader.any("answers", false)) {  // as /2 wrote it before issue 13: text and answers in the gate
    item.text = reader.string("text", true).value_or("");
    item.answers = read_answers(reader, true);
  } else if (auto found = table.find(item.id); found != table.end()) {
    item.text = found->second.text;
    item.answers = found->second.answers;
  } else if (!item.id.empty()) {
    checker_.error(reader.child("id"),
                   "expected an item of " + table_pointer + ", found \"" + item.id + "\"");
  }
  reader.finish();
  return item;
}

}  // namespace spectrum::detail
