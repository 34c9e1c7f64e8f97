// What `spectrum compare` reads of a profile file: only what its views need, checked as the full
// reader checks it, and compared exactly as the full profile would be.
#include "format_test_support.h"
#include "plugin_test_support.h"

#include <spectrum/compare.h>
#include <spectrum/io.h>
#include <spectrum/pipeline.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace spectrum;
using format_test::diagnostics_of;
using format_test::fixture;
using format_test::messages_at;

namespace {

// The examples' profiles as the files spectrum writes.
const std::vector<std::string>& example_profile_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const char* name : {"northshire", "eastmoor", "riverside_city"}) {
      const std::string path = std::string(SPECTRUM_SOURCE_DIR) + "/examples/" + name + ".json";
      const Profile p = assess(load_assessment(path, spectrum::test::built_registry().questionnaires()),
                               spectrum::test::built_registry(), {});
      out.push_back(to_json(p).dump() + "\n");
    }
    return out;
  }();
  return texts;
}

nlohmann::json edited_example(const std::function<void(nlohmann::json&)>& edit) {
  nlohmann::json document = nlohmann::json::parse(example_profile_texts().front());
  edit(document);
  return document;
}

}  // namespace

TEST_CASE("profiles read for comparison compare exactly as the full profiles", "[compare]") {
  std::vector<Profile> full, kept;
  for (std::size_t i = 0; i < example_profile_texts().size(); ++i) {
    const std::string file = "p" + std::to_string(i) + ".json";
    full.push_back(profile_from_json(parse_json(example_profile_texts()[i], file), file));
    kept.push_back(compared_profile(example_profile_texts()[i], file));
  }
  CompareOptions options;
  options.group_by = "footprint";
  CHECK(to_json(compare(kept, options)).dump() == to_json(compare(full, options)).dump());
  CHECK(kept.front().respondents.size() == full.front().respondents.size());
}

TEST_CASE("a profile read for comparison keeps no gate, finding or breakdown", "[compare]") {
  const Profile p = compared_profile(example_profile_texts().front(), "northshire.json");
  REQUIRE(!p.domains.empty());
  for (const DomainProfile& d : p.domains) {
    CHECK(d.gates.empty());
    CHECK(d.findings.empty());
    CHECK(d.by_sector.empty());
    CHECK(d.respondent_scores.empty());
  }
  CHECK(p.perception_gaps.empty());
  CHECK(!p.provenance.plugins.empty());
}

TEST_CASE("a profile read for comparison reports what it keeps that is wrong, with its pointer",
          "[compare]") {
  const auto text = edited_example([](nlohmann::json& d) {
                      d["domains"][1]["score"] = "high";
                      d["overall"]["domains"] = -1;
                    }).dump();
  const auto problems = diagnostics_of([&] { compared_profile(text, "edited.json"); });
  CHECK(messages_at(problems, "/domains/1/score") == "expected a number, found a string \"high\"");
  CHECK(messages_at(problems, "/overall/domains") == "expected a count (0 or more), found -1");
  CHECK(problems.front().file == "edited.json");
}

TEST_CASE("a profile read for comparison is held to the truth checks", "[compare]") {
  const auto text = edited_example([](nlohmann::json& d) { d["domains"][0]["level"] = 5; }).dump();
  const auto problems = diagnostics_of([&] { compared_profile(text, "edited.json"); });
  CHECK_THAT(messages_at(problems, "/domains/0/level"), Catch::Contains("the floor of score"));
}

TEST_CASE("what comparison does not read of a profile is neither kept nor checked", "[compare]") {
  const auto text = edited_example([](nlohmann::json& d) { d["domains"][0]["gates"] = 42; }).dump();
  CHECK_NOTHROW(compared_profile(text, "edited.json"));
  CHECK_THROWS_AS(profile_from_json(nlohmann::json::parse(text), "edited.json"), InputError);
}

TEST_CASE("a member given twice among what comparison reads is reported at its pointer", "[compare]") {
  std::string text = example_profile_texts().front();
  const std::size_t period = text.find("\"period\"");
  REQUIRE(period != std::string::npos);
  text.insert(period, "\"period\":\"1999/00\",");
  const auto problems = diagnostics_of([&] { compared_profile(text, "twice.json"); });
  CHECK(messages_at(problems, "/period") == "member given twice; the first would be silently lost");
}

TEST_CASE("a profile cut short is reported with its line and column when read for comparison", "[compare]") {
  const std::string text = example_profile_texts().front().substr(0, 300);
  const auto problems = diagnostics_of([&] { compared_profile(text, "cut.json"); });
  const auto full = diagnostics_of([&] { parse_json(text, "cut.json"); });
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems.front().message, Catch::StartsWith("line 1, column 301: invalid JSON: found"));
  CHECK(problems.front().message == full.front().message);
}

TEST_CASE("a spectrum.profile/1 file is still read for comparison", "[compare]") {
  const std::string text = read_file(fixture("profile_v1.json"));
  const Profile kept = compared_profile(text, "v1.json");
  const Profile full = load_profile(fixture("profile_v1.json"));
  REQUIRE(kept.domains.size() == full.domains.size());
  for (std::size_t i = 0; i < kept.domains.size(); ++i) {
    CHECK(kept.domains[i].score == full.domains[i].score);
    CHECK(kept.domains[i].scored() == full.domains[i].scored());
    CHECK(kept.domains[i].agreement.respondents == full.domains[i].agreement.respondents);
  }
  CHECK(kept.overall.score == full.overall.score);
}

TEST_CASE("the format of a file is found without reading past it", "[compare]") {
  CHECK(peek_format(R"({"format": "spectrum.profile/2", "area": )") == "spectrum.profile/2");
  CHECK(peek_format(R"({"area": {"format": "x"}, "format": "spectrum.assessment/1"})") ==
        "spectrum.assessment/1");
  CHECK(peek_format(R"({"area": {}})").empty());
  CHECK(peek_format(R"([{"format": "spectrum.profile/2"}])").empty());
  CHECK(peek_format("not json").empty());
}

TEST_CASE("a profile's text, written one domain at a time, is the text of its whole JSON tree", "[profile]") {
  for (const std::string& text : example_profile_texts()) {
    const Profile p = profile_from_json(parse_json(text, "p.json"), "p.json");
    CHECK(profile_text(p, -1) == to_json(p).dump() + "\n");
    CHECK(profile_text(p, 2) == to_json(p).dump(2) + "\n");
  }
  Profile empty;
  empty.overall.method = "capped-mean";
  CHECK(profile_text(empty, 2) == to_json(empty).dump(2) + "\n");
}

TEST_CASE("a profile's text escapes and formats as nlohmann does: quotes, controls, non-ASCII, odd numbers",
          "[profile]") {
  Profile p = profile_from_json(parse_json(example_profile_texts().front(), "p.json"), "p.json");
  p.area.name = "Ynys M\xc3\xb4n \"north\"\\ \t\x01 caf\xc3\xa9 \xe2\x82\xac";
  DomainProfile& d = p.domains.front();
  d.title = "line\nbreak\r\b\f\x1f and \x7f";
  d.metrics["tiny"] = 1e-300;
  d.metrics["huge"] = 1.5e300;
  d.metrics["third"] = 1.0 / 3.0;
  d.metrics["negative zero"] = -0.0;
  d.metrics["nan"] = std::nan("");
  d.metrics["\xc3\xa9t\xc3\xa9"] = 12345678901234.5;
  d.uncertain_reasons = {"", "\"quoted\"", "\xf0\x9f\x99\x82"};
  for (const int indent : {-1, 0, 1, 2, 4}) CHECK(profile_text(p, indent) == to_json(p).dump(indent) + "\n");
}

TEST_CASE("a profile's text escapes a special byte wherever it falls in a string, as nlohmann does",
          "[profile]") {
  // The plain-ASCII check reads eight bytes at a time: put each kind of byte at every place in and
  // around a word, in strings of every length up to three words.
  Profile p = profile_from_json(parse_json(example_profile_texts().front(), "p.json"), "p.json");
  for (const std::string special : {"\"", "\\", "\x01", "\x1f", "\n", "\x7f", "\xc3\xa9", " ", "~", "!"}) {
    for (std::size_t length = 1; length <= 24; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'a');
        text.replace(at, 1, special);
        p.area.name = text;
        REQUIRE(profile_text(p, -1) == to_json(p).dump() + "\n");
      }
    }
  }
}

TEST_CASE(
    "a profile's text holds every member of a domain as its tree does: workshop, rounds, moderation, "
    "failures, notes and targets",
    "[profile]") {
  const std::string path = std::string(SPECTRUM_SOURCE_DIR) + "/examples/westmarsh.json";
  Profile p = assess(load_assessment(path, spectrum::test::built_registry().questionnaires()),
                     spectrum::test::built_registry(), {});
  REQUIRE(p.domains.size() >= 3);
  REQUIRE(std::any_of(p.domains.begin(), p.domains.end(), [](const DomainProfile& d) { return d.agreed; }));
  p.domains[0].moderation =
      Moderation{1, "No \"binding\" decisions yet", "Care Quality Commission", "2017-02-01"};
  p.domains[0].notes = {"finding text: invalid UTF-8 replaced by U+FFFD"};
  p.evidence = {{"r1", {{"leadership", {{"LD05", "Minutes of 12 May 2016 \u2014 \"binding\""}}}}}};
  p.perception_gaps.push_back({"leadership", "nhs", "local_government", 3.456, 1.2, 2.256});
  p.plugin_failures.push_back({"broken.so", "broken.so: built for SDK ABI 2, this host speaks ABI 1"});
  p.domains[0].target = 3;
  p.domains[0].gap_to_target = 0.5;
  p.domains[0].respondent_scores.emplace_back("zz-last", std::nan(""));
  DomainProfile& failed = p.domains[1];
  failed.status = DomainProfile::Status::error;
  failed.error = "digital.so: crashed (signal 11)";
  failed.moderation = Moderation{0, "Not scored", "Regulator", "2017-03-01"};
  DomainProfile& shared = p.domains[2];
  REQUIRE_FALSE(shared.gates.empty());
  REQUIRE_FALSE(shared.gates[0].items.empty());
  GateItem odd = shared.gates[0].items[0];
  odd.id = "Z\xc3\xa9 \"item\"";
  odd.text = "Tab\tand \xe2\x82\xac";
  odd.answers = {{"b answer", {"r2"}}, {"A \"quoted\" answer", {"r1", "r3"}}};  // not in the order written
  odd.threshold.reset();
  odd.score.reset();
  shared.gates[0].items.push_back(odd);
  shared.gates.push_back(shared.gates[0]);  // the same items behind a second gate
  for (const int indent : {-1, 2}) CHECK(profile_text(p, indent) == to_json(p).dump(indent) + "\n");
}
