// The host's part of scoring, the same for every domain: relevance, coverage, targets, evidence,
// provenance, isolation and what happens when a domain has no plugin.
#include "plugin_test_support.h"

#include <spectrum/io.h>
#include <spectrum/pipeline.h>

#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using namespace spectrum;
using namespace spectrum::test;

namespace {

model::Assessment leadership_area(Answers nhs, Answers council) {
  return assessment(
      {respondent("r1", Sector::nhs, "leadership", std::move(nhs), "director"),
       respondent("r2", Sector::local_government, "leadership", std::move(council), "front_line")});
}

}  // namespace

TEST_CASE("an item whose relevance condition is false counts as not applicable, not as missing",
          "[pipeline]") {
  const model::Questionnaire& q = questionnaire("leadership");
  Answers answers = extreme_answers(q, Extreme::best);
  answers["LD04"] = choice("none");  // LD05 is asked only where a vision exists
  answers.erase("LD05");
  DomainProfile with_vision_none = score_domain(leadership_area(answers, answers), "leadership");
  const Gate* any = nullptr;
  for (const Gate& g : with_vision_none.gates)
    for (const GateItem& item : g.items)
      if (item.id == "LD05") any = &g;
  if (any != nullptr)
    for (const GateItem& item : any->items)
      if (item.id == "LD05")
        for (const GateAnswer& a : item.answers) CHECK(a.answer == "not relevant");
  CHECK(with_vision_none.coverage.missing ==
        2 * static_cast<int>(std::count_if(q.items.begin(), q.items.end(),
                                           [](const model::Item& i) { return i.type == ItemType::text; })));
  CHECK(with_vision_none.coverage.not_applicable >= 2);
}

TEST_CASE("a target gives the gap between it and the score", "[pipeline]") {
  const model::Questionnaire& q = questionnaire("leadership");
  model::Assessment a =
      leadership_area(extreme_answers(q, Extreme::worst), extreme_answers(q, Extreme::worst));
  a.targets["leadership"] = 3;
  DomainProfile d = score_domain(a, "leadership");
  REQUIRE(d.target);
  CHECK(*d.gap_to_target == Approx(3.0 - d.score));
  bool has_next_step = std::any_of(d.findings.begin(), d.findings.end(),
                                   [](const Finding& f) { return f.kind == Finding::Kind::next_step; });
  CHECK(has_next_step);
}

TEST_CASE("scores are broken down by sector and by role", "[pipeline]") {
  const model::Questionnaire& q = questionnaire("leadership");
  DomainProfile d = score_domain(
      leadership_area(extreme_answers(q, Extreme::best), extreme_answers(q, Extreme::worst)), "leadership");
  REQUIRE(d.by_sector.size() == 2);
  CHECK(d.by_sector[0].name == "nhs");
  CHECK(d.by_sector[0].mean == Approx(5.0));
  CHECK(d.by_sector[1].name == "local_government");
  CHECK(d.by_sector[1].mean == Approx(0.0));
  REQUIRE(d.by_role.size() == 2);
  CHECK(d.by_role[0].name == "director");
  CHECK(d.agreement.verdict == "split");
  CHECK(d.uncertain);
}

TEST_CASE("a profile never carries respondents' names, and evidence only when asked", "[pipeline]") {
  const model::Questionnaire& q = questionnaire("leadership");
  Answers answers = extreme_answers(q, Extreme::best);
  answers["LD01"].evidence = "Board minutes, 12 May 2016";
  model::Assessment a = leadership_area(answers, answers);
  a.respondents[0].name = "Alice Example";
  Profile without = assess(a, built_registry(), {});
  std::string text = to_json(without).dump();
  CHECK(text.find("Alice Example") == std::string::npos);
  CHECK(text.find("Board minutes") == std::string::npos);
  AssessOptions options;
  options.include_evidence = true;
  std::string with = to_json(assess(a, built_registry(), options)).dump();
  CHECK(with.find("Board minutes, 12 May 2016") != std::string::npos);
  CHECK(with.find("Alice Example") == std::string::npos);
}

TEST_CASE("the profile records provenance and the combination policy", "[pipeline]") {
  const model::Questionnaire& q = questionnaire("leadership");
  model::Assessment a = leadership_area(extreme_answers(q, Extreme::best), extreme_answers(q, Extreme::best));
  Profile p = assess(a, built_registry(), {});
  REQUIRE(p.provenance.plugins.size() == 1);
  CHECK(p.provenance.plugins[0].id == "leadership");
  CHECK(p.provenance.plugins[0].sha256.size() == 64);
  REQUIRE(p.provenance.questionnaires.size() == 1);
  CHECK(p.provenance.questionnaires[0].sha256 == q.sha256);
  CHECK(p.provenance.tool.rfind("spectrum ", 0) == 0);
  CHECK(p.overall.method == "capped-mean");
  AssessOptions options;
  options.combine = "minimum";
  CHECK(assess(a, built_registry(), options).overall.method == "minimum");
  options.combine = "nonsense";
  CHECK_THROWS_AS(assess(a, built_registry(), options), std::invalid_argument);
}

TEST_CASE("scoring in a child process gives the same profile as scoring in process", "[pipeline][isolate]") {
  model::Assessment a =
      load_assessment(SPECTRUM_SOURCE_DIR "/examples/eastmoor.json", built_registry().questionnaires());
  AssessOptions isolated;
  isolated.isolate = true;
  Profile in_process = assess(a, built_registry(), {});
  Profile child = assess(a, built_registry(), isolated);
  nlohmann::json x = to_json(in_process), y = to_json(child);
  x["provenance"].erase("generated");
  y["provenance"].erase("generated");
  CHECK(x == y);
  int numbers = 0;  // the plugins' gate numbers came through the child's result channel
  for (const auto& d : y["domains"])
    for (const auto& g : d["gates"])
      for (const auto& item : g["items"]) numbers += item.contains("threshold");
  CHECK(numbers > 0);
}

TEST_CASE("answers to a questionnaire no plugin scores cost that domain only", "[pipeline]") {
  SearchPaths paths{{}, {SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR}, false, false};
  Registry questionnaires_only = Registry::load(paths);
  const model::Questionnaire& q = questionnaire("leadership");
  Profile p = assess(leadership_area(extreme_answers(q, Extreme::best), extreme_answers(q, Extreme::best)),
                     questionnaires_only, {});
  REQUIRE(p.domains.size() == 1);
  CHECK(p.domains[0].status == DomainProfile::Status::error);
  CHECK(p.domains[0].error == "no loaded plugin scores questionnaire leadership");
  CHECK(p.any_error());
  CHECK(p.overall.domains == 0);
}

TEST_CASE("assessments scored on several threads at once each get the profile they get alone", "[pipeline]") {
  // The threads share every plugin, each of which runs on one thread at a time: a thread that finds a
  // plugin busy scores its other domains first. The domains must still come out in order, each with
  // its own plugin's result.
  std::vector<model::Assessment> inputs;
  for (const char* name : {"northshire", "eastmoor", "riverside_city"})
    inputs.push_back(load_assessment(std::string(SPECTRUM_SOURCE_DIR) + "/examples/" + name + ".json",
                                     built_registry().questionnaires()));
  auto text_of = [](Profile p) {
    p.provenance.generated.clear();
    return profile_text(p, -1);
  };
  std::vector<std::string> alone;
  for (const model::Assessment& a : inputs) alone.push_back(text_of(assess(a, built_registry(), {})));

  constexpr int kThreads = 4, kRounds = 15;
  std::vector<std::vector<std::string>> seen(kThreads);
  {
    PluginStdoutToStderr quiet;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        for (int round = 0; round < kRounds; ++round) {
          const model::Assessment& a = inputs[static_cast<std::size_t>(t + round) % inputs.size()];
          seen[static_cast<std::size_t>(t)].push_back(text_of(assess(a, built_registry(), {})));
        }
      });
    for (std::thread& thread : threads) thread.join();
  }
  for (int t = 0; t < kThreads; ++t)
    for (int round = 0; round < kRounds; ++round)
      CHECK(seen[static_cast<std::size_t>(t)][static_cast<std::size_t>(round)] ==
            alone[static_cast<std::size_t>(t + round) % inputs.size()]);
}
