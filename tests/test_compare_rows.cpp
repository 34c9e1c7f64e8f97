// What `spectrum compare` keeps of each profile, read or scored on the spot: its compare_row, and the
// comparison of rows is the comparison of the whole profiles.
#include "plugin_test_support.h"

#include <spectrum/compare.h>
#include <spectrum/compare_input.h>
#include <spectrum/io.h>
#include <spectrum/moderation.h>
#include <spectrum/pipeline.h>

#include <catch2/catch.hpp>

#include <algorithm>

#include <string>
#include <vector>

using namespace spectrum;
using spectrum::test::built_registry;

namespace {

const char* const kExamples[] = {"northshire", "eastmoor", "riverside_city", "westmarsh"};

std::string example_path(const std::string& name) {
  return std::string(SPECTRUM_SOURCE_DIR) + "/examples/" + name + ".json";
}

// The example scored as `spectrum compare` scores an assessment it is given.
Profile scored_on_the_spot(const std::string& name) {
  const std::string path = example_path(name);
  return score_compare_input(parse_json(read_file(path), path), name + ".json", built_registry());
}

std::string comparison_text(const std::vector<CompareRow>& rows, const std::string& rank_by) {
  CompareOptions options;
  options.group_by = "footprint";
  options.rank_by = rank_by;
  return to_json(compare_rows(rows, options)).dump();
}

const CompareRowDomain& row_domain(const CompareRow& row, const std::string& id) {
  const CompareRowDomain* found = row.find(id);
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("an assessment scored on the spot compares exactly as its profile written and read back",
          "[compare]") {
  std::vector<CompareRow> scored, written;
  for (const std::string name : kExamples) {
    const Profile profile = scored_on_the_spot(name);
    scored.push_back(compare_row(profile));
    // The profile `spectrum assess` writes, gates and all; scored for a comparison, it has none.
    const Profile full =
        assess(load_assessment(example_path(name), built_registry().questionnaires()), built_registry(), {});
    written.push_back(compare_row(compared_profile(profile_text(full, 0), name + ".json")));
    CHECK(std::any_of(full.domains.begin(), full.domains.end(),
                      [](const DomainProfile& d) { return !d.gates.empty(); }));
    CHECK(std::all_of(profile.domains.begin(), profile.domains.end(), [](const DomainProfile& d) {
      return d.gates.empty() && (!d.agreed || d.agreed->gates.empty());
    }));
  }
  for (const std::string rank_by : {kBasisIndividual, kBasisAgreedWhereAgreed}) {
    INFO("ranked by " << rank_by);
    CHECK(comparison_text(scored, rank_by) == comparison_text(written, rank_by));
  }
  // The workshop's agreed scores went through both ways (westmarsh has a consensus record).
  bool any_agreed = false;
  for (const CompareRowDomain& d : written.back().domains) any_agreed = any_agreed || d.agreed;
  CHECK(any_agreed);
  CHECK(written.back().workshop);
}

TEST_CASE("a comparison row keeps each domain's position, agreed score, moderation and weight", "[compare]") {
  Profile profile = scored_on_the_spot("westmarsh");
  const Moderation moderation{1, "No delegated budget yet", "Care Quality Commission", "2017-02-01"};
  profile = profile_from_json(
      add_moderation(to_json(profile), "westmarsh.json", "digital", moderation, false), "westmarsh.json");
  profile.source = "westmarsh.json";
  const CompareRow row = compare_row(profile);
  CHECK(row.area.name == profile.area.name);
  CHECK(row.period == profile.period);
  CHECK(row.source == "westmarsh.json");
  CHECK(row.respondents == static_cast<int>(profile.respondents.size()));
  CHECK(row.overall_score == profile.overall.score);
  CHECK(row.overall_basis == profile.overall.basis);
  CHECK(row.instruments == instrument_signature(profile));
  REQUIRE(row.domains.size() == profile.domains.size());
  for (const DomainProfile& d : profile.domains) {
    const CompareRowDomain& kept = row_domain(row, d.domain);
    CHECK(kept.title == d.title);
    CHECK(kept.scored == d.scored());
    CHECK(kept.score == d.score);
    CHECK(kept.level == d.level);
    CHECK(kept.uncertain == d.uncertain);
    CHECK(kept.respondents == d.agreement.respondents);
    CHECK(kept.agreed == (d.agreed && d.agreed->scored()));
    if (kept.agreed) CHECK(kept.agreed_score == d.agreed->score);
  }
  REQUIRE(row_domain(row, "digital").moderation);
  CHECK(row_domain(row, "digital").moderation->level == 1);
  CHECK(row_domain(row, "digital").moderation->organisation == "Care Quality Commission");
  CHECK(row.find("no such domain") == nullptr);
}

TEST_CASE("comparing the rows of profiles gives the comparison of the profiles", "[compare]") {
  std::vector<Profile> profiles;
  std::vector<CompareRow> rows;
  for (const std::string name : kExamples) {
    profiles.push_back(scored_on_the_spot(name));
    rows.push_back(compare_row(profiles.back()));
  }
  // A domain that failed, and one in which nothing counted, compare as unscored both ways.
  profiles[1].domains[0].status = DomainProfile::Status::error;
  profiles[1].domains[0].error = "plugin failed";
  profiles[2].domains[1].nothing_counted = true;
  rows[1] = compare_row(profiles[1]);
  rows[2] = compare_row(profiles[2]);
  CHECK_FALSE(rows[1].domains[0].scored);
  CHECK_FALSE(rows[2].domains[1].scored);
  CompareOptions options;
  options.rank_by = kBasisAgreedWhereAgreed;
  CHECK(to_json(compare_rows(rows, options)).dump() == to_json(compare(profiles, options)).dump());
  const Comparison c = compare_rows(rows);
  CHECK_FALSE(c.cells[1][c.column_index(rows[1].domains[0].id)].scored);
}
