// Consensus: the workshop's agreed answers scored beside the individual ones, Delphi rounds and their
// outcome, the overall basis, and a regulator's moderation in profiles and comparisons.
#include "format_test_support.h"
#include "plugin_test_support.h"

#include <spectrum/agreement.h>
#include <spectrum/compare.h>
#include <spectrum/consensus.h>
#include <spectrum/io.h>
#include <spectrum/moderation.h>
#include <spectrum/numbers.h>

#include <catch2/catch.hpp>

#include <cmath>

using namespace spectrum;
using namespace spectrum::test;
using format_test::diagnostics_of;
using format_test::fixture;
using format_test::messages_at;

namespace {

model::Assessment westmarsh() {
  return load_assessment(std::string(SPECTRUM_SOURCE_DIR) + "/examples/westmarsh.json",
                         built_registry().questionnaires());
}

const DomainProfile& domain_of(const Profile& p, const std::string& id) {
  const DomainProfile* d = p.find(id);
  INFO("domain " << id);
  REQUIRE(d != nullptr);
  return *d;
}

Agreement with_rwg(double rwg) {
  Agreement a;
  a.rwg = rwg;
  return a;
}

}  // namespace

TEST_CASE(
    "a split domain resolved in the workshop shows the agreed level, the individual level and the difference",
    "[consensus]") {
  const Profile p = assess(westmarsh(), built_registry(), {});
  const DomainProfile& d = domain_of(p, "partner_sensitivity");
  REQUIRE(d.scored());
  CHECK(d.agreement.verdict == "split");
  CHECK(d.uncertain);
  REQUIRE(d.agreed);
  REQUIRE(d.agreed->scored());
  REQUIRE(d.agreed->difference);
  CHECK(*d.agreed->difference == Approx(round_score(d.agreed->score - d.score)));
  CHECK(*d.agreed->difference != Approx(0.0));
  CHECK(d.agreed->level == static_cast<int>(std::floor(d.agreed->score + 1e-9)));
  REQUIRE(d.agreed->items.size() == 1);
  CHECK(d.agreed->items[0].id == "PS03");
  CHECK_FALSE(d.agreed->items[0].rationale.empty());
  CHECK(d.agreed->carried == 11);

  const nlohmann::json json = to_json(p);
  const nlohmann::json& written = json["domains"][p.find("partner_sensitivity") - p.domains.data()];
  CHECK(written["level"] == d.level);
  CHECK(written["agreed"]["level"] == d.agreed->level);
  CHECK(written["agreed"]["level_name"] == std::string(level_name(d.agreed->level)));
  CHECK(written["agreed"]["difference"].get<double>() == Approx(*d.agreed->difference));
  CHECK(written["agreed"]["items"][0]["rationale"] == d.agreed->items[0].rationale);
}

TEST_CASE("the agreed answers are scored by the same plugin as one respondent, and its gates come with them",
          "[consensus]") {
  const Profile p = assess(westmarsh(), built_registry(), {});
  const DomainProfile& d = domain_of(p, "leadership");
  REQUIRE(d.agreed);
  CHECK(d.agreed->items.size() == 5);
  REQUIRE_FALSE(d.agreed->gates.empty());
  for (const Gate& gate : d.agreed->gates)
    for (const GateItem& item : gate.items) {
      REQUIRE(item.answers.size() == 1);
      CHECK(item.answers[0].respondents == std::vector<std::string>{kAgreedRespondentId});
    }
  CHECK_FALSE(domain_of(p, "digital").agreed);  // the workshop did not discuss it
}

TEST_CASE("rounds that converge and rounds that stay split are each recognised", "[consensus]") {
  const Profile p = assess(westmarsh(), built_registry(), {});
  const DomainProfile& leadership = domain_of(p, "leadership");
  REQUIRE(leadership.rounds);
  REQUIRE(leadership.rounds->rounds.size() == 2);
  CHECK(*leadership.rounds->rounds[0].agreement.rwg < kRwgSplit);
  CHECK(*leadership.rounds->rounds[1].agreement.rwg >= kRwgSplit);
  CHECK(leadership.rounds->rounds[1].agreement.iqr < leadership.rounds->rounds[0].agreement.iqr);
  CHECK(leadership.rounds->outcome == "converged");
  CHECK(leadership.rounds->rule == kRoundsRule);
  CHECK(leadership.rounds->rounds[1].score ==
        Approx(leadership.score));  // the last round is the domain's own

  const DomainProfile& partners = domain_of(p, "partner_sensitivity");
  REQUIRE(partners.rounds);
  CHECK(partners.rounds->outcome == "stayed split");
  CHECK(domain_of(p, "financial_alignment").rounds->outcome == "held");
}

TEST_CASE("the round outcome follows the stated rule", "[consensus]") {
  CHECK(round_outcome(with_rwg(0.30), with_rwg(0.55)) == "converged");  // split, then not
  CHECK(round_outcome(with_rwg(0.55), with_rwg(0.70)) == "converged");  // rose by 0.15
  CHECK(round_outcome(with_rwg(0.60), with_rwg(0.45)) == "diverged");   // not split, then split
  CHECK(round_outcome(with_rwg(0.90), with_rwg(0.75)) == "diverged");   // fell by 0.15
  CHECK(round_outcome(with_rwg(0.20), with_rwg(0.40)) == "stayed split");
  CHECK(round_outcome(with_rwg(0.60), with_rwg(0.65)) == "held");
  CHECK(round_outcome(Agreement{}, with_rwg(0.65)) == "not measured");
}

TEST_CASE("a round revises only the items it lists; everything else keeps its round-1 answer",
          "[consensus]") {
  const model::Assessment a = westmarsh();
  REQUIRE(round_count(a) == 2);
  const auto first = respondents_at_round(a, 1);
  const auto second = respondents_at_round(a, 2);
  CHECK(first[0].answers.at("leadership").at("LD01").choice == "place_body");
  CHECK(second[0].answers.at("leadership").at("LD01").choice == "joint");
  CHECK(second[0].answers.at("leadership").at("LD09").choice ==
        first[0].answers.at("leadership").at("LD09").choice);
  CHECK(second[0].answers.at("digital").size() == first[0].answers.at("digital").size());
  CHECK_THROWS_AS(respondents_at_round(a, 3), std::out_of_range);
}

TEST_CASE("an item not discussed carries the respondents' median answer into the agreed set", "[consensus]") {
  const model::Assessment a = westmarsh();
  const std::optional<AgreedAnswerSet> set = agreed_answer_set(a, questionnaire("leadership"));
  REQUIRE(set);
  CHECK(set->agreed_count() == 5);
  const auto& ld05 = *std::find_if(set->items.begin(), set->items.end(),
                                   [](const AgreedItem& i) { return i.item == "LD05"; });
  CHECK_FALSE(ld05.agreed);
  CHECK(ld05.answer.number == 3);  // round 2 had every LD05 at 3 but two at 2: the median is 3
  const auto& ld01 = *std::find_if(set->items.begin(), set->items.end(),
                                   [](const AgreedItem& i) { return i.item == "LD01"; });
  CHECK(ld01.agreed);
  REQUIRE(ld01.moved);
  CHECK(*ld01.moved == Approx(std::fabs(3.0 - *ld01.median)));
}

TEST_CASE("the overall position states its basis: agreed where agreed by default, or as asked",
          "[consensus]") {
  const model::Assessment a = westmarsh();
  const Profile mixed = assess(a, built_registry(), {});
  CHECK(mixed.overall.basis == kBasisAgreedWhereAgreed);
  CHECK(mixed.overall.domains == 5);
  AssessOptions individual_options;
  individual_options.basis = kBasisIndividual;
  const Profile individual = assess(a, built_registry(), individual_options);
  AssessOptions agreed_options;
  agreed_options.basis = kBasisAgreed;
  const Profile agreed = assess(a, built_registry(), agreed_options);
  CHECK(agreed.overall.domains == 2);  // leadership and partner_sensitivity
  CHECK(individual.overall.domains == 5);
  CHECK(individual.overall.score != Approx(mixed.overall.score));
  for (const Profile* p : {&mixed, &individual, &agreed}) {
    const nlohmann::json json = to_json(*p);
    CHECK(json["overall"]["basis"] == p->overall.basis);
    CHECK(check_profile(json, profile_from_json(json, "x.json")).empty());
  }
  model::Assessment without = a;
  without.consensus.reset();
  CHECK_THROWS_AS(assess(without, built_registry(), agreed_options), std::invalid_argument);
}

TEST_CASE("an agreed difference that does not follow from the scores is refused with its pointer",
          "[consensus][truth]") {
  nlohmann::json json = to_json(assess(westmarsh(), built_registry(), {}));
  for (nlohmann::json& d : json["domains"])
    if (d.contains("agreed")) d["agreed"]["difference"] = 1.5;
  const auto problems = diagnostics_of([&] { profile_from_json(json, "edited.json"); });
  CHECK_THAT(messages_at(problems, "/domains/3/agreed/difference"), Catch::Contains("the agreed score"));
}

TEST_CASE("consensus records and rounds are written back as they were read", "[consensus]") {
  const model::Assessment a = westmarsh();
  const nlohmann::json original = parse_json(read_file(a.path), a.path);
  CHECK(to_json(a)["consensus"] == original["consensus"]);
  CHECK(to_json(a)["rounds"] == original["rounds"]);
  const model::Assessment again =
      assessment_from_json(to_json(a), "again.json", built_registry().questionnaires());
  CHECK(to_json(again) == to_json(a));

  nlohmann::json extended = to_json(a);  // x- members are kept, and never reach the profile
  extended["consensus"]["participants"][0]["x-contact"] = "board office";
  extended["consensus"]["items"]["leadership"]["LD01"]["x-minute"] = "item 4";
  const model::Assessment kept = assessment_from_json(extended, "x.json", built_registry().questionnaires());
  CHECK(to_json(kept) == extended);
  CHECK(to_json(assess(kept, built_registry(), {})).dump().find("board office") == std::string::npos);
}

TEST_CASE("existing assessments and profiles load and write unchanged", "[consensus]") {
  const model::Assessment a = load_assessment(std::string(SPECTRUM_SOURCE_DIR) + "/examples/northshire.json",
                                              built_registry().questionnaires());
  CHECK_FALSE(a.consensus);
  CHECK(a.rounds.empty());
  const nlohmann::json profile = to_json(assess(a, built_registry(), {}));
  for (const char* absent : {"workshop"}) CHECK_FALSE(profile.contains(absent));
  CHECK_FALSE(profile["overall"].contains("basis"));
  for (const nlohmann::json& d : profile["domains"])
    for (const char* absent : {"agreed", "rounds", "moderation"}) CHECK_FALSE(d.contains(absent));
  CHECK(to_json(profile_from_json(profile, "p.json")) == profile);
  const Profile v1 = load_profile(fixture("profile_v1.json"));
  CHECK(v1.overall.basis == kBasisIndividual);
}

TEST_CASE("bad consensus records and rounds are refused with file, pointer, expected and found",
          "[consensus]") {
  const auto problems = diagnostics_of(
      [] { load_assessment(fixture("assessment_bad_consensus.json"), built_registry().questionnaires()); });
  for (const Diagnostic& d : problems) CHECK_THAT(d.file, Catch::EndsWith("assessment_bad_consensus.json"));
  CHECK_THAT(messages_at(problems, "/rounds/0/round"),
             Catch::Contains("expected round 2") && Catch::Contains("found 3"));
  CHECK_THAT(messages_at(problems, "/rounds/0/date"),
             Catch::Contains("expected a date YYYY-MM-DD, found \"2016-11-31\""));
  CHECK_THAT(messages_at(problems, "/rounds/0/revisions/wm-nobody"), Catch::Contains("unknown respondent"));
  CHECK_THAT(messages_at(problems, "/consensus/participants/0/name"),
             Catch::Contains("never a person's name"));
  CHECK_THAT(messages_at(problems, "/consensus/participants/0/sector"),
             Catch::Contains("\"council\" is not one of"));
  CHECK_THAT(messages_at(problems, "/consensus/items/leadership/LD01/answer"), Catch::Contains("found null"));
  CHECK_THAT(messages_at(problems, "/consensus/items/leadership/LD02"), Catch::Contains("\"rationale\""));
  CHECK_THAT(messages_at(problems, "/consensus/items/leadership/LD99"), Catch::Contains("unknown item"));
}

TEST_CASE("a moderation sits beside the self-assessed level and shows in the comparison",
          "[consensus][compare]") {
  const nlohmann::json profile = to_json(assess(westmarsh(), built_registry(), {}));
  const Moderation moderation{1, "The leadership group has no delegated budget yet",
                              "Care Quality Commission", "2017-02-01"};
  const nlohmann::json moderated = add_moderation(profile, "westmarsh.json", "digital", moderation, false);
  Profile read = profile_from_json(moderated, "westmarsh.json");
  const DomainProfile& digital = domain_of(read, "digital");
  REQUIRE(digital.moderation);
  CHECK(digital.level == 2);  // the self-assessed level stays
  CHECK(digital.moderation->level == 1);

  Comparison c = compare({read});
  const std::size_t column = c.column_index("digital");
  REQUIRE(c.cells[0][column].moderation);
  CHECK(c.cells[0][column].level == 2);
  REQUIRE(c.moderation_differences.size() == 1);
  CHECK(c.moderation_differences[0].column == column);
  CHECK(*c.moderation_differences[0].self_assessed == 2);
  CHECK(to_json(c)["moderation_differences"][0]["moderated"] == 1);

  CompareOptions agreed;
  agreed.rank_by = kBasisAgreedWhereAgreed;
  Comparison by_agreed = compare({read}, agreed);
  const std::size_t leadership = by_agreed.column_index("leadership");
  CHECK(by_agreed.cells[0][leadership].agreed);
  CHECK(by_agreed.cells[0][leadership].score == Approx(domain_of(read, "leadership").agreed->score));
}

TEST_CASE(
    "a moderation is refused for an unknown domain, a bad date, a domain moderated already, or a person",
    "[consensus]") {
  const nlohmann::json profile = to_json(assess(westmarsh(), built_registry(), {}));
  const Moderation ok{2, "Agreed", "Care Quality Commission", "2017-02-01"};
  CHECK_THAT(messages_at(diagnostics_of([&] { add_moderation(profile, "p.json", "digitl", ok, false); }),
                         "/domains"),
             Catch::Contains("did you mean \"digital\""));
  Moderation bad_date = ok;
  bad_date.date = "2017-02-29";
  CHECK_THAT(
      messages_at(diagnostics_of([&] { add_moderation(profile, "p.json", "digital", bad_date, false); }),
                  "/domains/0/moderation/date"),
      Catch::Contains("expected a date YYYY-MM-DD"));
  const nlohmann::json once = add_moderation(profile, "p.json", "digital", ok, false);
  CHECK_THAT(messages_at(diagnostics_of([&] { add_moderation(once, "p.json", "digital", ok, false); }),
                         "/domains/0/moderation"),
             Catch::Contains("--replace"));
  CHECK_NOTHROW(add_moderation(once, "p.json", "digital", ok, true));
  nlohmann::json named = once;
  named["domains"][0]["moderation"]["name"] = "A. Inspector";
  CHECK_THAT(
      messages_at(diagnostics_of([&] { profile_from_json(named, "p.json"); }), "/domains/0/moderation/name"),
      Catch::Contains("never a person"));
}

TEST_CASE("a round outcome or an overall basis that does not follow from the profile's numbers is refused",
          "[consensus][truth]") {
  const nlohmann::json json = to_json(assess(westmarsh(), built_registry(), {}));
  nlohmann::json outcome = json;
  outcome["domains"][3]["rounds"]["outcome"] = "stayed split";  // leadership converged
  CHECK_THAT(messages_at(diagnostics_of([&] { profile_from_json(outcome, "edited.json"); }),
                         "/domains/3/rounds/outcome"),
             Catch::Contains("expected \"converged\""));
  nlohmann::json basis = json;
  basis["overall"]["basis"] = "individual";  // the score was combined from agreed scores
  CHECK_THAT(messages_at(diagnostics_of([&] { profile_from_json(basis, "edited.json"); }), "/overall/score"),
             Catch::Contains("individual scores"));
  nlohmann::json last = json;
  last["domains"][3]["rounds"]["rounds"][1]["score"] = 2.5;
  CHECK_THAT(messages_at(diagnostics_of([&] { profile_from_json(last, "edited.json"); }),
                         "/domains/3/rounds/rounds/1/score"),
             Catch::Contains("the domain's score"));
}
