// Gate evidence in spectrum.profile/2: each item's text and answers once per domain ("gate_items"),
// answers grouped by answer, gates referring to items by id; and the earlier /2 layout still read.
#include "format_test_support.h"
#include "plugin_test_support.h"

#include <spectrum/io.h>
#include <spectrum/profile.h>

#include <catch2/catch.hpp>

#include <set>

using namespace spectrum;
using namespace spectrum::test;
using format_test::diagnostics_of;
using format_test::messages_at;

namespace {

Profile eastmoor_profile() {
  const std::string path = std::string(SPECTRUM_SOURCE_DIR) + "/examples/eastmoor.json";
  return assess(load_assessment(path, built_registry().questionnaires()), built_registry(), {});
}

// The domain written the way /2 wrote it before gate_items: text and answers (respondent id -> answer)
// inside each gate item.
void to_inline_layout(nlohmann::json& domain) {
  for (nlohmann::json& gate : domain["gates"])
    for (nlohmann::json& item : gate["items"]) {
      const nlohmann::json& table = domain["gate_items"][item["id"].get<std::string>()];
      item["text"] = table["text"];
      nlohmann::json by_respondent = nlohmann::json::object();
      for (const auto& [answer, respondents] : table["answers"].items())
        for (const auto& respondent : respondents) by_respondent[respondent.get<std::string>()] = answer;
      item["answers"] = by_respondent;
    }
  domain.erase("gate_items");
}

nlohmann::json single_domain_profile() {
  nlohmann::json j = to_json(eastmoor_profile());
  nlohmann::json domain = j["domains"][0];
  j["domains"] = nlohmann::json::array({domain});
  j["perception_gaps"] = nlohmann::json::array();
  j["overall"] = {{"method", "mean"},
                  {"description", "The mean of the domain scores."},
                  {"domains", 1},
                  {"score", domain["score"]},
                  {"level", domain["level"]},
                  {"level_name", domain["level_name"]}};
  return j;
}

}  // namespace

TEST_CASE("each gate item's text and answers are written once per domain, however many gates it decides",
          "[formats][profile]") {
  const Profile p = eastmoor_profile();
  const nlohmann::json j = to_json(p);
  bool shared_item_seen = false;
  for (std::size_t d = 0; d < p.domains.size(); ++d) {
    const DomainProfile& domain = p.domains[d];
    const nlohmann::json& written = j["domains"][d];
    std::multiset<std::string> referred;
    for (const Gate& gate : domain.gates)
      for (const GateItem& item : gate.items) referred.insert(item.id);
    std::set<std::string> distinct(referred.begin(), referred.end());
    shared_item_seen = shared_item_seen || distinct.size() < referred.size();
    REQUIRE(written["gate_items"].size() == distinct.size());
    for (const nlohmann::json& gate : written["gates"])
      for (const nlohmann::json& item : gate["items"]) {
        CHECK_FALSE(item.contains("text"));
        CHECK_FALSE(item.contains("answers"));
        CHECK(written["gate_items"].contains(item["id"].get<std::string>()));
      }
    // Every respondent appears exactly once among an item's answers.
    for (const auto& [id, item] : written["gate_items"].items()) {
      std::multiset<std::string> who;
      for (const auto& [answer, respondents] : item["answers"].items())
        for (const auto& respondent : respondents) who.insert(respondent.get<std::string>());
      CHECK(who.size() == p.respondents.size());
      CHECK(std::set<std::string>(who.begin(), who.end()).size() == p.respondents.size());
    }
  }
  CHECK(shared_item_seen);  // the example has an item behind more than one gate
}

TEST_CASE("gate answers are grouped by answer, and a profile read back has the same gates",
          "[formats][profile]") {
  const Profile p = eastmoor_profile();
  const nlohmann::json written = to_json(p);
  const Profile again = profile_from_json(written, "eastmoor-profile.json");
  CHECK(to_json(again) == written);
  REQUIRE(again.domains.size() == p.domains.size());
  for (std::size_t d = 0; d < p.domains.size(); ++d) {
    REQUIRE(again.domains[d].gates.size() == p.domains[d].gates.size());
    for (std::size_t g = 0; g < p.domains[d].gates.size(); ++g) {
      const Gate& gate = again.domains[d].gates[g];
      REQUIRE(gate.items.size() == p.domains[d].gates[g].items.size());
      for (std::size_t i = 0; i < gate.items.size(); ++i) {
        const GateItem& item = gate.items[i];
        CHECK(item.text == p.domains[d].gates[g].items[i].text);
        std::set<std::string> answers;
        for (const GateAnswer& answer : item.answers) {
          CHECK_FALSE(answer.respondents.empty());
          CHECK(answers.insert(answer.answer).second);  // one entry per answer
        }
      }
    }
  }
}

TEST_CASE("a /2 profile written before gate_items, with answers in each gate item, reads the same",
          "[formats][profile]") {
  const nlohmann::json current = single_domain_profile();
  nlohmann::json earlier = current;
  to_inline_layout(earlier["domains"][0]);
  const Profile from_earlier = profile_from_json(earlier, "earlier.json");
  INFO(nlohmann::json::diff(to_json(from_earlier), current).dump());
  CHECK(to_json(from_earlier) == current);  // and it is written in today's layout
}

TEST_CASE("a gate item missing from gate_items, or answers that are not respondent ids, are refused",
          "[formats][profile]") {
  nlohmann::json j = single_domain_profile();
  nlohmann::json& domain = j["domains"][0];
  REQUIRE_FALSE(domain["gates"].empty());
  const std::string id = domain["gates"][0]["items"][0]["id"];
  nlohmann::json& answers = domain["gate_items"][id]["answers"];
  const std::string first_answer = answers.begin().key();
  answers[first_answer] = "r1";
  domain["gates"][0]["items"][0]["id"] = "XX99";
  auto d = diagnostics_of([&] { profile_from_json(j, "bad.json"); });
  CHECK(messages_at(d, "/domains/0/gates/0/items/0/id") ==
        "expected an item of /domains/0/gate_items, found \"XX99\"");
  CHECK(messages_at(d, "/domains/0/gate_items/" + id + "/answers/" + first_answer) ==
        "expected an array of respondent ids, found a string \"r1\"");
}
