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

// answers by questionnaire id, then item id (the shape of Respondent::answers).
using AnswersByQuestionnaire = std::map<std::string, std::map<std::string, AnswerValue>>;

// Who took part in a consensus workshop: an organisation, its sector and the role of whoever spoke for
// it. Never a person's name: the loader refuses a "name" member here.
struct Participant {
  std::string organisation;
  Sector sector = Sector::other;
  std::string role;
  nlohmann::json extensions = nlohmann::json::object();  // "x-..." members, kept
};

// An item the workshop discussed: the answer the partners agreed (read against the item exactly as a
// respondent's answer is, "don't know" and "not applicable" included) and why they agreed it.
struct AgreedAnswer {
  AnswerValue answer;
  std::string rationale;                                 // never empty
  nlohmann::json extensions = nlohmann::json::object();  // "x-..." members, kept
};

// A facilitated workshop's record ("consensus" in an assessment file): when, who took part, and the
// agreed answer with its rationale for each item discussed. Items not listed were not discussed.
struct Consensus {
  std::string date;                       // YYYY-MM-DD
  std::string method;                     // how it was reached ("facilitated workshop"); may be empty
  std::string facilitator;                // the facilitating organisation; may be empty
  std::vector<Participant> participants;  // at least one
  // questionnaire id -> item id -> agreed answer (at least one item in all)
  std::map<std::string, std::map<std::string, AgreedAnswer>> items;
  nlohmann::json extensions = nlohmann::json::object();
};

// A Delphi round after the first ("rounds" in an assessment file): the answers respondents revised
// after seeing the previous round's distribution. Round 1 is the respondents' own "answers"; anything a
// round does not list (a respondent, a questionnaire, an item) keeps its answer from the round before.
struct Round {
  int number = 2;        // 2, 3, ... in order
  std::string date;      // YYYY-MM-DD; may be empty
  std::string feedback;  // what respondents were shown before revising; may be empty
  std::map<std::string, AnswersByQuestionnaire> revisions;  // respondent id -> revised answers
  nlohmann::json extensions = nlohmann::json::object();
};

struct Assessment {
  std::string path;
  Area area;
  std::string period;                     // e.g. "2016/17"
  std::map<std::string, double> targets;  // domain -> target level 0..5
  // Respondents with their round-1 answers. With rounds, the answers that count as the individual
  // position are the last round's: see respondents_at_round / final_answers in spectrum/consensus.h.
  std::vector<Respondent> respondents;
  std::vector<Round> rounds;           // rounds 2, 3, ...; empty: a single round
  std::optional<Consensus> consensus;  // the workshop's agreed answers, when one was held
  nlohmann::json extensions = nlohmann::json::object();
};

}  // namespace model
}  // namespace spectrum

#endif  // SPECTRUM_MODEL_H
