// The consensus parts of a profile: agreed scores, rounds, moderation, the overall basis, the workshop.
#include "profile_consensus_json.h"

#include "consensus_io.h"

#include <spectrum/numbers.h>

namespace spectrum::detail {
namespace {

constexpr double kLowest = 0, kHighest = 5;

nlohmann::json optional_score(const std::optional<double>& value) {
  return value ? rounded_score(*value) : nlohmann::json(nullptr);
}

void add_scored(nlohmann::json& json, bool scored, double score, int level) {
  if (!scored) return;
  json["score"] = rounded_score(score);
  json["level"] = level;
  json["level_name"] = level_name(level);
}

nlohmann::json agreed_to_json(const AgreedScore& agreed) {
  nlohmann::json json = {{"status", agreed.ok ? "ok" : "error"}};
  if (!agreed.ok) json["error"] = agreed.error;
  add_scored(json, agreed.scored(), agreed.score, agreed.level);
  if (agreed.difference) json["difference"] = rounded_score(*agreed.difference);
  add_gates(json, agreed.gates);
  nlohmann::json items = nlohmann::json::array();
  for (const AgreedItemSummary& item : agreed.items)
    items.push_back({{"id", item.id},
                     {"text", item.text},
                     {"answer", item.answer},
                     {"rationale", item.rationale},
                     {"median", optional_score(item.median)},
                     {"moved", optional_score(item.moved)}});
  json["items"] = std::move(items);
  json["carried"] = agreed.carried;
  return json;
}

nlohmann::json rounds_to_json(const RoundsSummary& rounds) {
  nlohmann::json list = nlohmann::json::array();
  for (const RoundScore& round : rounds.rounds) {
    nlohmann::json entry = {{"round", round.round}};
    add_scored(entry, round.scored, round.score, round.level);
    entry["agreement"] = agreement_to_json(round.agreement);
    list.push_back(std::move(entry));
  }
  return {{"outcome", rounds.outcome}, {"rule", rounds.rule}, {"rounds", std::move(list)}};
}

// A score 0..5 (required or not), a level 0..5 and its name, as add_scored writes them.
struct ScoredReader {
  ObjectReader& reader;
  bool read(double& score, int& level) {
    if (!reader.any("score", false)) return false;
    auto value = reader.number("score", true);
    if (value && (*value < kLowest || *value > kHighest))
      reader.checker().error(reader.child("score"),
                             "expected a score 0 to 5, found " + format_number(*value));
    score = value.value_or(0);
    auto given = reader.integer("level", true);
    if (given && (*given < kLowest || *given > kHighest))
      reader.checker().error(reader.child("level"),
                             "expected a level 0 to 5, found " + std::to_string(*given));
    level = given.value_or(0);
    reader.string("level_name", true);
    return true;
  }
};

std::optional<double> optional_position(ObjectReader& reader, std::string_view name) {
  const nlohmann::json* value = reader.any(name, true);
  if (!value || value->is_null()) return std::nullopt;
  auto number = reader.number(name, true);
  if (number && (*number < kLowest || *number > kHighest)) {
    reader.checker().error(reader.child(name),
                           "expected a position 0 to 5 or null, found " + format_number(*number));
    return std::nullopt;
  }
  return number;
}

AgreedScore read_agreed(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                        const SharedReaders& shared) {
  AgreedScore agreed;
  ObjectReader reader(checker, value, pointer, "an agreed score object");
  if (!reader.valid()) return agreed;
  agreed.ok = reader.one_of("status", true, {"ok", "error"}).value_or("ok") == "ok";
  agreed.error = reader.string("error", !agreed.ok).value_or("");
  agreed.nothing_counted = !ScoredReader{reader}.read(agreed.score, agreed.level);
  if (reader.any("difference", false)) {
    auto difference = reader.number("difference", true);
    if (difference && (*difference < -kHighest || *difference > kHighest))
      checker.error(reader.child("difference"),
                    "expected a difference -5 to 5, found " + format_number(*difference));
    agreed.difference = difference;
  }
  agreed.gates = shared.gates(reader);
  if (const nlohmann::json* items = reader.array("items", true)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      ObjectReader item(checker, (*items)[i], child_pointer(reader.child("items"), i),
                        "an agreed item object");
      AgreedItemSummary entry;
      entry.id = item.text("id").value_or("");
      entry.text = item.string("text", true).value_or("");
      entry.answer = item.string("answer", true).value_or("");
      entry.rationale = item.text("rationale").value_or("");
      entry.median = optional_position(item, "median");
      entry.moved = optional_position(item, "moved");
      item.finish();
      agreed.items.push_back(std::move(entry));
    }
  }
  auto carried = reader.integer("carried", true);
  if (carried && *carried < 0)
    checker.error(reader.child("carried"), "expected a count (0 or more), found " + std::to_string(*carried));
  agreed.carried = carried.value_or(0);
  reader.finish();
  return agreed;
}

RoundsSummary read_rounds_summary(JsonChecker& checker, const nlohmann::json& value,
                                  const std::string& pointer, const SharedReaders& shared) {
  RoundsSummary summary;
  ObjectReader reader(checker, value, pointer, "a rounds object {outcome, rule, rounds}");
  if (!reader.valid()) return summary;
  summary.outcome =
      reader.one_of("outcome", true, {"converged", "diverged", "stayed split", "held", "not measured"})
          .value_or("");
  summary.rule = reader.text("rule").value_or("");
  if (const nlohmann::json* rounds = reader.array("rounds", true)) {
    if (rounds->size() < 2)
      checker.error(reader.child("rounds"),
                    "expected two rounds or more, found " + std::to_string(rounds->size()));
    for (std::size_t i = 0; i < rounds->size(); ++i) {
      ObjectReader entry(checker, (*rounds)[i], child_pointer(reader.child("rounds"), i), "a round object");
      RoundScore round;
      round.round = entry.integer("round", true).value_or(0);
      if (entry.valid() && round.round != static_cast<int>(i) + 1)
        checker.error(entry.child("round"),
                      "expected round " + std::to_string(i + 1) + ", found " + std::to_string(round.round));
      round.scored = ScoredReader{entry}.read(round.score, round.level);
      round.agreement = shared.agreement(entry);
      entry.finish();
      summary.rounds.push_back(std::move(round));
    }
  }
  reader.finish();
  return summary;
}

}  // namespace

void add_domain_consensus(nlohmann::json& json, const DomainProfile& domain) {
  if (domain.agreed) json["agreed"] = agreed_to_json(*domain.agreed);
  if (domain.rounds) json["rounds"] = rounds_to_json(*domain.rounds);
  if (domain.moderation) json["moderation"] = moderation_to_json(*domain.moderation);
}

nlohmann::json moderation_to_json(const Moderation& moderation) {
  return {{"level", moderation.level},
          {"level_name", level_name(moderation.level)},
          {"rationale", moderation.rationale},
          {"organisation", moderation.organisation},
          {"date", moderation.date}};
}

nlohmann::json workshop_to_json(const WorkshopSummary& workshop) {
  nlohmann::json json = {{"date", workshop.date}};
  if (!workshop.method.empty()) json["method"] = workshop.method;
  if (!workshop.facilitator.empty()) json["facilitator"] = workshop.facilitator;
  json["participants"] = nlohmann::json::array();
  for (const model::Participant& participant : workshop.participants)
    json["participants"].push_back(participant_to_json(participant));
  return json;
}

void read_domain_consensus(ObjectReader& domain_reader, DomainProfile& domain, const SharedReaders& shared) {
  JsonChecker& checker = domain_reader.checker();
  if (const nlohmann::json* agreed = domain_reader.object("agreed", false))
    domain.agreed = read_agreed(checker, *agreed, domain_reader.child("agreed"), shared);
  if (const nlohmann::json* rounds = domain_reader.object("rounds", false))
    domain.rounds = read_rounds_summary(checker, *rounds, domain_reader.child("rounds"), shared);
  if (const nlohmann::json* moderation = domain_reader.object("moderation", false))
    domain.moderation = read_moderation(checker, *moderation, domain_reader.child("moderation"));
}

Moderation read_moderation(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer) {
  Moderation moderation;
  ObjectReader reader(checker, value, pointer, "a moderation object {level, rationale, organisation, date}");
  if (!reader.valid()) return moderation;
  auto level = reader.integer("level", true);
  if (level && (*level < kLowest || *level > kHighest))
    checker.error(reader.child("level"),
                  "expected a moderated level 0 to 5, found " + std::to_string(*level));
  moderation.level = level.value_or(0);
  if (auto name = reader.string("level_name", false); name && *name != level_name(moderation.level))
    checker.error(reader.child("level_name"),
                  "expected \"" + std::string(level_name(moderation.level)) + "\", the name of level " +
                      std::to_string(moderation.level) + ", found " + describe(nlohmann::json(*name)));
  moderation.rationale = reader.text("rationale").value_or("");
  moderation.organisation = reader.text("organisation").value_or("");
  if (reader.any("name", false))
    checker.error(reader.child("name"),
                  "a moderation names the moderator's organisation, never a person: expected no \"name\", "
                  "found one");
  moderation.date = read_date(reader, "date", true).value_or("");
  reader.finish();
  return moderation;
}

void read_overall_basis(ObjectReader& overall_reader, Overall& overall) {
  overall.basis =
      overall_reader.one_of("basis", false, {kBasisAgreedWhereAgreed, kBasisIndividual, kBasisAgreed})
          .value_or(kBasisIndividual);
  overall.basis_description =
      overall_reader.string("basis_description", false).value_or(basis_description(overall.basis));
}

void read_workshop(ObjectReader& document_reader, Profile& profile) {
  const nlohmann::json* value = document_reader.object("workshop", false);
  if (!value) return;
  JsonChecker& checker = document_reader.checker();
  ObjectReader reader(checker, *value, "/workshop", "a workshop object");
  WorkshopSummary workshop;
  workshop.date = read_date(reader, "date", true).value_or("");
  workshop.method = reader.string("method", false).value_or("");
  workshop.facilitator = reader.string("facilitator", false).value_or("");
  if (const nlohmann::json* participants = reader.array("participants", true)) {
    for (std::size_t i = 0; i < participants->size(); ++i) {
      model::Participant participant =
          read_participant(checker, (*participants)[i], child_pointer("/workshop/participants", i));
      workshop.participants.push_back(std::move(participant));
    }
  }
  reader.finish();
  profile.workshop = std::move(workshop);
}

}  // namespace spectrum::detail
