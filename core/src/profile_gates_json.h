// Private: a profile's gates read back, for a domain and for its agreed score: "gates" with
// "gate_items" as spectrum.profile/2 writes them, the /2 layout before gate_items (text and answers in
// each gate item), and /1's. Also the score and level checks every part of the profile reader shares.
#ifndef SPECTRUM_PROFILE_GATES_JSON_H
#define SPECTRUM_PROFILE_GATES_JSON_H

#include "json_checker.h"

#include <spectrum/profile.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum::detail {

// Calls read_element(value, pointer) for each element of the array member name.
template <typename ReadElement>
void each_element(ObjectReader& reader, std::string_view name, bool required, ReadElement read_element) {
  if (const nlohmann::json* array = reader.array(name, required)) {
    for (std::size_t i = 0; i < array->size(); ++i)
      read_element((*array)[i], child_pointer(reader.child(name), i));
  }
}

// A number from low to high ("expected <what> 0 to 5, found 7.5" otherwise).
std::optional<double> read_bounded(ObjectReader& reader, std::string_view name, bool required, double low,
                                   double high, const char* what);
// A score 0 to 5, and a level 0 to 5 (required; 0 when it is not one).
std::optional<double> read_score(ObjectReader& reader, std::string_view name, bool required = true);
int read_level(ObjectReader& reader, std::string_view name);

// Reads an owner's gates. The checker and respondents must outlive the reader; respondents are the
// profile's, already read (the order the answers' respondent ids are put back in).
class GateReader {
 public:
  GateReader(JsonChecker& checker, bool v1, const std::vector<RespondentSummary>& respondents)
      : checker_(checker), v1_(v1), respondents_(respondents) {}
  // The owner's "gates", each item with its text and answers from "gate_items" (or from itself).
  std::vector<Gate> read(ObjectReader& owner);

 private:
  using Table = std::map<std::string, GateItem, std::less<>>;  // "gate_items": item id -> evidence
  Table read_table(ObjectReader& owner);
  Gate read_gate(const nlohmann::json& value, const std::string& pointer, const Table& table,
                 const std::string& table_pointer);
  GateItem read_item(const nlohmann::json& value, const std::string& pointer, const Table& table,
                     const std::string& table_pointer);
  std::vector<GateAnswer> read_answers(ObjectReader& owner, bool by_respondent);

  JsonChecker& checker_;
  bool v1_;
  const std::vector<RespondentSummary>& respondents_;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_PROFILE_GATES_JSON_H
