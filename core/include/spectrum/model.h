// The host's data model: questionnaires and assessments as loaded (and validated) from their files.
// These types (namespace spectrum::model) belong to the host and the faces (CLI, studio, reports); plugins
// never see them, they see the read-only C view built from them (spectrum/abi.h).
#ifndef SPECTRUM_MODEL_H
#define SPECTRUM_MODEL_H

#include <spectrum/types.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

// "scale", "choice", ... and back; parse_* return nullopt on an unknown name.
const char* item_type_name(ItemType type);
std::optional<ItemType> parse_item_type(std::string_view name);
std::optional<Sector> parse_sector(std::string_view name);
extern const std::vector<std::string> kSectorNames;  // the names of kSectorTable (types.h), in order

namespace model {

// A semantic version, "MAJOR.MINOR.PATCH".
struct Version {
  int major = 0, minor = 0, patch = 0;
  static std::optional<Version> parse(std::string_view text);
  std::string str() const;
  auto operator<=>(const Version&) const = default;
};

struct Option {
  std::string name;  // what answers refer to (choice, multi); for scales the value as text
  std::string label;
  double value = 0;  // choice/multi: place on the spectrum 0..5; scale: the scale point
};

// When an item is shown: the other item's answer satisfies the test. A relevance condition that is
// false makes the item "not relevant" (treated as not applicable everywhere).
struct Relevance {
  std::string item;             // id of the item it depends on (same questionnaire)
  std::vector<std::string> in;  // choice/multi: any of these option names chosen
  std::optional<double> min;    // scale/number: value >= min
  std::optional<bool> equals;   // boolean: value == equals
};

struct Item {
  std::string id;
  std::string section;  // section id
  std::string text;
  std::string help;
  ItemType type;
  std::vector<Option> options;     // scale, choice, multi
  std::optional<double> min, max;  // number
  std::string unit;                // number
  bool required = false;
  double weight = 1.0;
  std::optional<Relevance> relevant;
  std::string evidence;                                  // evidence prompt, may be empty
  nlohmann::json extensions = nlohmann::json::object();  // "x-..." fields, kept
};

struct Section {
  std::string id;
  std::string title;
  std::vector<std::size_t> items;  // indexes into Questionnaire::items
};

struct Questionnaire {
  std::string path;    // file it was loaded from
  std::string sha256;  // of the file's bytes
  std::string id;
  Version version;
  std::string domain;
  std::string title;
  std::string description;
  std::vector<Section> sections;
  std::vector<Item> items;  // all items, in order
  nlohmann::json extensions = nlohmann::json::object();

  // Index of the item with this id, or nullopt.
  std::optional<std::size_t> find(std::string_view item_id) const;
};

// One answer in an assessment file.
struct AnswerValue {
  enum class State { missing, value, dont_know, not_applicable };
  State state = State::missing;
  double number = 0;                  // scale, number, boolean (0/1)
  std::string choice;                 // choice: option name
  std::vector<std::string> selected;  // multi: option names
  std::string text;                   // text
  std::string evidence;               // optional evidence note
  // The type of the item answered, set by the loader. to_json(Assessment) writes the value by it;
  // when unset the kind is inferred from the members set (a boolean is then written as 0 or 1).
  std::optional<ItemType> type;
};

struct Respondent {
  std::string id;
  std::string organisation;
  Sector sector;
  std::string role;
  std::string name;  // optional; never written to a profile
  // questionnaire id -> item id -> answer; items absent from the map are missing
  std::map<std::string, std::map<std::string, AnswerValue>> answers;
};

struct Area {
  std::string name;
  std::string code;
  std::string kind;       // hwb, stp, ccg, ...
  std::string footprint;  // the STP footprint it belongs to, may be empty
};

struct Assessment {
  std::string path;
  Area area;
  std::string period;                     // e.g. "2016/17"
  std::map<std::string, double> targets;  // domain -> target level 0..5
  std::vector<Respondent> respondents;
  nlohmann::json extensions = nlohmann::json::object();
};

}  // namespace model
}  // namespace spectrum

#endif  // SPECTRUM_MODEL_H
