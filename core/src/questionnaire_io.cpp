// Questionnaire files ("spectrum.questionnaire/1"): loading with full validation, and writing.
#include "json_checker.h"

#include <spectrum/io.h>

#include <algorithm>
#include <map>

namespace spectrum {
namespace {

using detail::child_pointer;
using detail::format_number;
using detail::JsonChecker;
using detail::ObjectReader;

constexpr double kSpectrumMin = 0, kSpectrumMax = 5;

std::vector<std::string> item_type_names() {
  std::vector<std::string> names;
  for (ItemType type : {ItemType::scale, ItemType::choice, ItemType::multi, ItemType::number,
                        ItemType::boolean, ItemType::text}) {
    names.emplace_back(item_type_name(type));
  }
  return names;
}

bool has_options(ItemType type) {
  return type == ItemType::scale || type == ItemType::choice || type == ItemType::multi;
}

// Item ids: a letter, then letters, digits and underscores ("LD01", "fa_pooled_share").
bool is_item_id(std::string_view id) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return !id.empty() && alpha(id.front()) &&
         std::all_of(id.begin(), id.end(), [&](char c) { return alpha(c) || digit(c) || c == '_'; });
}

std::string quote(std::string_view text) {
  return nlohmann::json(text).dump();
}

// What the reader keeps for the checks that need the whole questionnaire.
struct ItemPlace {
  std::string pointer;            // of the item
  std::string relevance_pointer;  // of its "relevant" member, "" when none
};

class QuestionnaireReader {
 public:
  QuestionnaireReader(JsonChecker& checker, model::Questionnaire& questionnaire)
      : checker_(checker), questionnaire_(questionnaire) {}

  void read(const nlohmann::json& document);

 private:
  void read_section(const nlohmann::json& value, const std::string& pointer);
  void read_item(const nlohmann::json& value, const std::string& pointer, const std::string& section);
  void read_options(ObjectReader& reader, model::Item& item, bool options_allowed);
  void read_number_bounds(ObjectReader& reader, model::Item& item);
  std::optional<model::Relevance> read_relevance(const nlohmann::json& value, const std::string& pointer);
  void check_relevance(std::size_t index);

  JsonChecker& checker_;
  model::Questionnaire& questionnaire_;
  std::vector<ItemPlace> places_;                // parallel to questionnaire_.items
  std::map<std::string, std::string> item_ids_;  // id -> pointer of its first use
  std::map<std::string, std::string> section_ids_;
};

void QuestionnaireReader::read(const nlohmann::json& document) {
  checker_.require_format(document, kQuestionnaireFormat);
  ObjectReader reader(checker_, document, "");
  reader.string("format", true);
  questionnaire_.id = reader.identifier("id", true).value_or("");
  if (auto version = reader.string("version", true)) {
    if (auto parsed = model::Version::parse(*version)) {
      questionnaire_.version = *parsed;
    } else {
      checker_.error("/version", "expected a semantic version MAJOR.MINOR.PATCH such as \"1.0.0\", found " +
                                     quote(*version));
    }
  }
  questionnaire_.domain = reader.identifier("domain", true).value_or("");
  questionnaire_.title = reader.text("title").value_or("");
  questionnaire_.description = reader.string("description", false).value_or("");
  if (const nlohmann::json* sections = reader.array("sections", true)) {
    if (sections->empty()) checker_.error("/sections", "expected at least one section, found an empty array");
    for (std::size_t i = 0; i < sections->size(); ++i)
      read_section((*sections)[i], child_pointer("/sections", i));
  }
  questionnaire_.extensions = reader.finish();
  for (std::size_t i = 0; i < questionnaire_.items.size(); ++i) check_relevance(i);
}

void QuestionnaireReader::read_section(const nlohmann::json& value, const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a section object");
  model::Section section;
  if (auto id = reader.identifier("id", true)) {
    auto [first, inserted] = section_ids_.emplace(*id, pointer);
    if (!inserted)
      checker_.error(reader.child("id"),
                     "duplicate section id " + quote(*id) + ", first used at " + first->second);
    section.id = *id;
  }
  section.title = reader.string("title", true).value_or("");
  if (const nlohmann::json* items = reader.array("items", true)) {
    if (items->empty())
      checker_.error(reader.child("items"), "expected at least one item, found an empty array");
    for (std::size_t i = 0; i < items->size(); ++i) {
      std::size_t before = questionnaire_.items.size();
      read_item((*items)[i], child_pointer(reader.child("items"), i), section.id);
      if (questionnaire_.items.size() > before) section.items.push_back(before);
    }
  }
  reader.finish();
  questionnaire_.sections.push_back(std::move(section));
}

void QuestionnaireReader::read_item(const nlohmann::json& value, const std::string& pointer,
                                    const std::string& section) {
  ObjectReader reader(checker_, value, pointer, "an item object");
  if (!reader.valid()) return;
  model::Item item{};
  item.section = section;
  if (auto id = reader.string("id", true)) {
    item.id = *id;
    if (!is_item_id(*id)) {
      checker_.error(reader.child("id"),
                     "expected an item id of letters, digits and underscores, starting with a "
                     "letter, found " +
                         quote(*id));
    }
    auto [first, inserted] = item_ids_.emplace(*id, pointer);
    if (!inserted)
      checker_.error(reader.child("id"),
                     "duplicate item id " + quote(*id) + ", first used at " + first->second);
  }
  auto type = reader.one_of("type", true, item_type_names());
  if (type) item.type = *parse_item_type(*type);
  item.text = reader.text("text").value_or("");
  item.help = reader.string("help", false).value_or("");
  item.required = reader.boolean("required", false).value_or(false);
  if (auto weight = reader.number("weight", false)) {
    if (*weight <= 0)
      checker_.error(reader.child("weight"), "expected a weight above 0, found " + format_number(*weight));
    item.weight = *weight;
  }
  item.evidence = reader.string("evidence", false).value_or("");
  if (type) {
    read_options(reader, item, has_options(item.type));
    read_number_bounds(reader, item);
  }
  ItemPlace place{pointer, ""};
  if (const nlohmann::json* relevant = reader.any("relevant", false)) {
    place.relevance_pointer = reader.child("relevant");
    item.relevant = read_relevance(*relevant, place.relevance_pointer);
  }
  item.extensions = reader.finish();
  questionnaire_.items.push_back(std::move(item));
  places_.push_back(std::move(place));
}

void QuestionnaireReader::read_options(ObjectReader& reader, model::Item& item, bool options_allowed) {
  const nlohmann::json* options = reader.any("options", false);
  std::string pointer = reader.child("options");
  std::string type = item_type_name(item.type);
  if (!options_allowed) {
    if (options)
      checker_.error(pointer, "only scale, choice and multi items take options; this is a " + type + " item");
    return;
  }
  if (!options) {
    checker_.error(reader.pointer(),
                   "missing required member \"options\" (a " + type + " item needs options)");
    return;
  }
  if (!checker_.expect_array(*options, pointer, "an array of options")) return;
  std::size_t fewest = item.type == ItemType::multi ? 1 : 2;
  if (options->size() < fewest) {
    checker_.error(pointer, "a " + type + " item needs at least " + std::to_string(fewest) +
                                " options, found " + std::to_string(options->size()));
  }
  std::map<std::string, std::string> names;  // name -> pointer of first use
  std::map<double, std::string> values;      // scale value -> pointer of first use
  for (std::size_t i = 0; i < options->size(); ++i) {
    ObjectReader option_reader(checker_, (*options)[i], child_pointer(pointer, i), "an option object");
    model::Option option;
    auto value = option_reader.number("value", true);
    auto name = option_reader.string("name", item.type != ItemType::scale);
    option.label = option_reader.string("label", true).value_or("");
    option_reader.finish();
    if (!option_reader.valid()) continue;
    if (value) {
      option.value = *value;
      if (item.type == ItemType::scale) {
        auto [first, inserted] = values.emplace(*value, option_reader.child("value"));
        if (!inserted) {
          checker_.error(option_reader.child("value"), "duplicate scale value " + format_number(*value) +
                                                           ", first used at " + first->second);
        }
      } else if (*value < kSpectrumMin || *value > kSpectrumMax) {
        checker_.error(option_reader.child("value"),
                       "expected a place on the spectrum, 0 to 5, found " + format_number(*value));
      }
    }
    if (name) {
      option.name = *name;
      if (name->empty())
        checker_.error(option_reader.child("name"), "expected an option name, found an empty string");
    } else if (item.type == ItemType::scale && value) {
      option.name = format_number(*value);
    }
    if (!option.name.empty()) {
      auto [first, inserted] = names.emplace(option.name, option_reader.child("name"));
      if (!inserted && name) {
        checker_.error(option_reader.child("name"),
                       "duplicate option name " + quote(option.name) + ", first used at " + first->second);
      }
    }
    item.options.push_back(std::move(option));
  }
}

void QuestionnaireReader::read_number_bounds(ObjectReader& reader, model::Item& item) {
  bool is_number = item.type == ItemType::number;
  for (const char* member : {"min", "max", "unit"}) {
    if (!is_number && reader.any(member, false)) {
      checker_.error(reader.child(member), std::string("only number items take \"") + member +
                                               "\"; this is a " + item_type_name(item.type) + " item");
    }
  }
  if (!is_number) return;
  item.min = reader.number("min", false);
  item.max = reader.number("max", false);
  item.unit = reader.string("unit", false).value_or("");
  if (item.min && item.max && *item.min > *item.max) {
    checker_.error(reader.child("max"), "the maximum " + format_number(*item.max) + " is below the minimum " +
                                            format_number(*item.min));
  }
}

std::optional<model::Relevance> QuestionnaireReader::read_relevance(const nlohmann::json& value,
                                                                    const std::string& pointer) {
  ObjectReader reader(checker_, value, pointer, "a relevance condition object");
  if (!reader.valid()) return std::nullopt;
  model::Relevance relevance;
  auto item = reader.string("item", true);
  std::vector<std::string> tests;
  for (const char* test : {"in", "min", "equals"}) {
    if (reader.any(test, false)) tests.emplace_back(test);
  }
  bool ok = item.has_value();
  if (const nlohmann::json* in = reader.array("in", false)) {
    if (in->empty())
      checker_.error(reader.child("in"), "expected at least one option name, found an empty array");
    for (std::size_t i = 0; i < in->size(); ++i) {
      if (checker_.expect_string((*in)[i], child_pointer(reader.child("in"), i),
                                 "an option name (a string)")) {
        relevance.in.push_back((*in)[i].get<std::string>());
      } else {
        ok = false;
      }
    }
  }
  relevance.min = reader.number("min", false);
  relevance.equals = reader.boolean("equals", false);
  reader.finish();
  if (tests.size() != 1) {
    checker_.error(pointer, "expected exactly one test, \"in\", \"min\" or \"equals\", found " +
                                (tests.empty() ? std::string("none") : detail::join_names(tests, true)));
    ok = false;
  }
  if (!ok || (tests.size() == 1 && !relevance.min && !relevance.equals && relevance.in.empty()))
    return std::nullopt;
  relevance.item = *item;
  return relevance;
}

// The condition must refer to an earlier item, with a test that fits that item's type.
void QuestionnaireReader::check_relevance(std::size_t index) {
  const model::Item& item = questionnaire_.items[index];
  if (!item.relevant) return;
  const model::Relevance& relevance = *item.relevant;
  const std::string& pointer = places_[index].relevance_pointer;
  auto target = questionnaire_.find(relevance.item);
  if (!target) {
    checker_.error(pointer + "/item",
                   "unknown item " + quote(relevance.item) + " in questionnaire " + questionnaire_.id);
    return;
  }
  if (*target >= index) {
    checker_.error(pointer + "/item",
                   "a condition may only refer to an earlier item; " + quote(relevance.item) +
                       (*target == index ? " is this item" : " comes later, at " + places_[*target].pointer));
    return;
  }
  const model::Item& other = questionnaire_.items[*target];
  std::string other_type = item_type_name(other.type);
  if (!relevance.in.empty()) {
    if (other.type != ItemType::choice && other.type != ItemType::multi) {
      checker_.error(pointer + "/in", "an \"in\" test needs a choice or multi item, but " + other.id +
                                          " is a " + other_type + " item");
      return;
    }
    for (std::size_t i = 0; i < relevance.in.size(); ++i) {
      bool known = std::any_of(other.options.begin(), other.options.end(),
                               [&](const model::Option& option) { return option.name == relevance.in[i]; });
      if (!known) {
        checker_.error(child_pointer(pointer + "/in", i),
                       quote(relevance.in[i]) + " is not an option of " + other.id);
      }
    }
  } else if (relevance.min) {
    if (other.type != ItemType::scale && other.type != ItemType::number) {
      checker_.error(pointer + "/min", "a \"min\" test needs a scale or number item, but " + other.id +
                                           " is a " + other_type + " item");
    }
  } else if (relevance.equals && other.type != ItemType::boolean) {
    checker_.error(pointer + "/equals", "an \"equals\" test needs a boolean item, but " + other.id +
                                            " is a " + other_type + " item");
  }
}

nlohmann::json item_to_json(const model::Item& item) {
  nlohmann::json json = item.extensions.is_object() ? item.extensions : nlohmann::json::object();
  json["id"] = item.id;
  json["type"] = item_type_name(item.type);
  json["text"] = item.text;
  if (!item.help.empty()) json["help"] = item.help;
  if (item.required) json["required"] = true;
  if (item.weight != 1.0) json["weight"] = detail::number_json(item.weight);
  if (has_options(item.type)) {
    json["options"] = nlohmann::json::array();
    for (const model::Option& option : item.options) {
      json["options"].push_back(
          {{"name", option.name}, {"label", option.label}, {"value", detail::number_json(option.value)}});
    }
  }
  if (item.min) json["min"] = detail::number_json(*item.min);
  if (item.max) json["max"] = detail::number_json(*item.max);
  if (!item.unit.empty()) json["unit"] = item.unit;
  if (item.relevant) {
    nlohmann::json relevant = {{"item", item.relevant->item}};
    if (!item.relevant->in.empty()) relevant["in"] = item.relevant->in;
    if (item.relevant->min) relevant["min"] = detail::number_json(*item.relevant->min);
    if (item.relevant->equals) relevant["equals"] = *item.relevant->equals;
    json["relevant"] = std::move(relevant);
  }
  if (!item.evidence.empty()) json["evidence"] = item.evidence;
  return json;
}

}  // namespace

model::Questionnaire questionnaire_from_json(const nlohmann::json& document, const std::string& file,
                                             const std::string& sha256) {
  JsonChecker checker(file);
  model::Questionnaire questionnaire;
  questionnaire.path = file;
  questionnaire.sha256 = sha256;
  QuestionnaireReader(checker, questionnaire).read(document);
  checker.throw_if_errors();
  return questionnaire;
}

model::Questionnaire load_questionnaire(const std::filesystem::path& path) {
  std::string bytes = read_file(path);
  return questionnaire_from_json(parse_json(bytes, path.string()), path.string(), sha256_hex(bytes));
}

nlohmann::json to_json(const model::Questionnaire& questionnaire) {
  nlohmann::json json =
      questionnaire.extensions.is_object() ? questionnaire.extensions : nlohmann::json::object();
  json["format"] = kQuestionnaireFormat;
  json["id"] = questionnaire.id;
  json["version"] = questionnaire.version.str();
  json["domain"] = questionnaire.domain;
  json["title"] = questionnaire.title;
  if (!questionnaire.description.empty()) json["description"] = questionnaire.description;
  json["sections"] = nlohmann::json::array();
  for (const model::Section& section : questionnaire.sections) {
    nlohmann::json items = nlohmann::json::array();
    for (std::size_t index : section.items) items.push_back(item_to_json(questionnaire.items.at(index)));
    json["sections"].push_back({{"id", section.id}, {"title", section.title}, {"items", std::move(items)}});
  }
  return json;
}

}  // namespace spectrum
