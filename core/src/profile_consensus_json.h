// Private: the consensus parts of a spectrum.profile/2 file (per domain "agreed", "rounds" and
// "moderation"; the overall position's "basis"; the profile's "workshop"), written and read back.
// Profiles without them stay valid and read as before: no agreed score, one round, basis individual.
#ifndef SPECTRUM_PROFILE_CONSENSUS_JSON_H
#define SPECTRUM_PROFILE_CONSENSUS_JSON_H

#include "json_checker.h"

#include <spectrum/profile.h>

#include <functional>

namespace spectrum::detail {

// Shared with profile_json.cpp: gates and an agreement, as profiles write them. add_gates sets the
// owner's "gates" (each item by id, with the plugin's numbers) and "gate_items" (each item's text and
// answers once, however many gates it decides: answer -> the ids of the respondents who gave it).
void add_gates(nlohmann::json& owner, const std::vector<Gate>& gates);
nlohmann::json agreement_to_json(const Agreement& agreement);
// A score as written: two decimals; null when not finite.
nlohmann::json rounded_score(double value);

// Adds "agreed", "rounds" and "moderation" to a domain's JSON when the domain has them.
void add_domain_consensus(nlohmann::json& json, const DomainProfile& domain);
nlohmann::json moderation_to_json(const Moderation& moderation);
nlohmann::json workshop_to_json(const WorkshopSummary& workshop);

// How the profile reader reads the parts it shares with these records.
struct SharedReaders {
  std::function<std::vector<Gate>(ObjectReader& owner)> gates;  // reads owner's "gates" and "gate_items"
  std::function<Agreement(ObjectReader& owner)> agreement;      // reads owner's "agreement" member
};

// Reads a domain's "agreed", "rounds" and "moderation" members (all optional).
void read_domain_consensus(ObjectReader& domain_reader, DomainProfile& domain, const SharedReaders& shared);
// Reads a moderation object at pointer; problems go to checker.
Moderation read_moderation(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer);
// Reads the overall position's "basis" and "basis_description" (absent: individual).
void read_overall_basis(ObjectReader& overall_reader, Overall& overall);
// Reads the profile's "workshop" member (optional).
void read_workshop(ObjectReader& document_reader, Profile& profile);

}  // namespace spectrum::detail

#endif  // SPECTRUM_PROFILE_CONSENSUS_JSON_H
