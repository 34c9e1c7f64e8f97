// The truth of a profile, beyond its shape: what it says about levels, names, domains, digests and the
// overall position must follow from its own numbers. `validate` and `compare` refuse a profile that
// fails any of these, each problem with its JSON pointer.
#include "json_checker.h"

#include <spectrum/combination.h>
#include <spectrum/consensus.h>
#include <spectrum/levels.h>
#include <spectrum/numbers.h>
#include <spectrum/profile.h>

#include <cmath>
#include <map>

namespace spectrum {
namespace {

using detail::child_pointer;

// Profiles carry two decimals; an overall score recomputed from them may differ from the written one
// by one hundredth (a /1 profile combined the unrounded domain scores).
constexpr double kRoundingSlack = 0.01 + 1e-9;

bool is_sha256(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

class TruthChecker {
 public:
  TruthChecker(const nlohmann::json& document, const Profile& profile, std::string file)
      : document_(document), profile_(profile), checker_(std::move(file)) {}

  std::vector<Diagnostic> run() {
    check_respondents();
    check_domains();
    check_overall();
    check_digests();
    return checker_.diagnostics();
  }

 private:
  // The level_name member at pointer, when the document has one.
  const nlohmann::json* level_name_at(const std::string& pointer) const {
    const nlohmann::json::json_pointer where(pointer + "/level_name");
    return document_.contains(where) ? &document_.at(where) : nullptr;
  }

  // A scored level, its name and its score agree: level = floor(score as written).
  void check_level(const std::string& pointer, double score, int level) {
    if (const nlohmann::json* name = level_name_at(pointer);
        name && name->is_string() && *name != level_name(level))
      checker_.error(pointer + "/level_name", "expected \"" + std::string(level_name(level)) +
                                                  "\", the name of level " + std::to_string(level) +
                                                  ", found " + detail::describe(*name));
    if (level != level_of(score))
      checker_.error(pointer + "/level", "expected level " + std::to_string(level_of(score)) +
                                             ", the floor of score " + format_fixed(score, 2) + ", found " +
                                             std::to_string(level));
  }

  void check_respondents() {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < profile_.respondents.size(); ++i) {
      auto [first, inserted] = seen.try_emplace(profile_.respondents[i].id, i);
      if (!inserted)
        checker_.error(child_pointer("/respondents", i) + "/id",
                       "respondent \"" + profile_.respondents[i].id + "\" is listed twice, first at " +
                           child_pointer("/respondents", first->second));
    }
  }

  void check_domains() {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < profile_.domains.size(); ++i) {
      const DomainProfile& d = profile_.domains[i];
      const std::string pointer = child_pointer("/domains", i);
      auto [first, inserted] = seen.try_emplace(d.domain, i);
      if (!inserted)
        checker_.error(pointer + "/domain", "domain \"" + d.domain + "\" is listed twice, first at " +
                                                child_pointer("/domains", first->second));
      if (d.scored()) check_level(pointer, d.score, d.level);
      if (auto counted = basis_score(d, profile_.overall.basis)) scored_.push_back(*counted);
      check_agreed(pointer, d);
      check_rounds(pointer, d);
    }
  }

  // An agreed score's level follows from it, and its difference from the two scores as written.
  void check_agreed(const std::string& pointer, const DomainProfile& d) {
    if (!d.agreed) return;
    const AgreedScore& agreed = *d.agreed;
    if (agreed.scored()) check_level(pointer + "/agreed", agreed.score, agreed.level);
    const bool both = agreed.scored() && d.scored();
    if (both && !agreed.difference)
      checker_.error(pointer + "/agreed", "missing required member \"difference\" (both scores are given)");
    if (!both && agreed.difference)
      checker_.error(pointer + "/agreed/difference", "expected no difference without both scores, found one");
    if (both && agreed.difference &&
        std::fabs(*agreed.difference - (agreed.score - d.score)) > kRoundingSlack)
      checker_.error(pointer + "/agreed/difference",
                     "expected " + format_fixed(agreed.score - d.score, 2) + ", the agreed score " +
                         format_fixed(agreed.score, 2) + " less the individual score " +
                         format_fixed(d.score, 2) + ", found " + format_fixed(*agreed.difference, 2));
  }

  // Rounds: each scored round's level follows from its score, the last round is the domain's own
  // score, and the outcome follows from the first and last rounds' rwg under the rule.
  void check_rounds(const std::string& pointer, const DomainProfile& d) {
    if (!d.rounds || d.rounds->rounds.size() < 2) return;
    const std::vector<RoundScore>& rounds = d.rounds->rounds;
    for (std::size_t r = 0; r < rounds.size(); ++r)
      if (rounds[r].scored)
        check_level(child_pointer(pointer + "/rounds/rounds", r), rounds[r].score, rounds[r].level);
    const RoundScore& last = rounds.back();
    if (d.scored() && last.scored && std::fabs(last.score - d.score) > kRoundingSlack)
      checker_.error(child_pointer(pointer + "/rounds/rounds", rounds.size() - 1) + "/score",
                     "expected " + format_fixed(d.score, 2) +
                         ", the domain's score (the last round's), found " + format_fixed(last.score, 2));
    const std::string outcome = round_outcome(rounds.front().agreement, last.agreement);
    if (outcome != d.rounds->outcome)
      checker_.error(pointer + "/rounds/outcome", "expected \"" + outcome +
                                                      "\", which the rounds' rwg give under the rule (" +
                                                      kRoundsRule + "), found \"" + d.rounds->outcome + "\"");
  }

  void check_overall() {
    const Overall& overall = profile_.overall;
    const CombinationPolicy* policy = find_combination_policy(overall.method);
    if (!policy) {
      std::string known;
      for (const CombinationPolicy& p : combination_policies()) known += (known.empty() ? "" : ", ") + p.id;
      checker_.error("/overall/method", "expected one of " + known + ", found \"" + overall.method + "\"");
      return;
    }
    if (overall.domains != static_cast<int>(scored_.size())) {
      checker_.error("/overall/domains", "expected " + std::to_string(scored_.size()) +
                                             ", the number of domains with a score on the basis \"" +
                                             overall.basis + "\", found " + std::to_string(overall.domains));
      return;
    }
    if (scored_.empty()) return;
    check_level("/overall", overall.score, overall.level);
    const Overall expected = combine(scored_, overall.method);
    if (std::fabs(expected.score - overall.score) > kRoundingSlack)
      checker_.error("/overall/score", "expected " + format_fixed(expected.score, 2) + ", the " + policy->id +
                                           " of the domains' " + overall.basis + " scores (" +
                                           policy->description + "), found " +
                                           format_fixed(overall.score, 2));
  }

  void check_digests() {
    const Provenance& p = profile_.provenance;
    for (std::size_t i = 0; i < p.plugins.size(); ++i)
      check_digest(child_pointer("/provenance/plugins", i) + "/sha256", p.plugins[i].sha256);
    for (std::size_t i = 0; i < p.questionnaires.size(); ++i)
      check_digest(child_pointer("/provenance/questionnaires", i) + "/sha256", p.questionnaires[i].sha256);
  }

  void check_digest(const std::string& pointer, const std::string& digest) {
    if (!is_sha256(digest))
      checker_.error(pointer, "expected a SHA-256 (64 hex digits), found \"" + digest + "\"");
  }

  const nlohmann::json& document_;
  const Profile& profile_;
  detail::JsonChecker checker_;
  std::vector<double> scored_;
};

}  // namespace

std::vector<Diagnostic> check_profile(const nlohmann::json& document, const Profile& profile) {
  return TruthChecker(document, profile, profile.source).run();
}

}  // namespace spectrum
