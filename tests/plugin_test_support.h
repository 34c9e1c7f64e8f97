// Test support for the built-in plugins, run through the real host: the registry of this build tree,
// answers and respondents built in code, and scoring one domain with spectrum::assess.
//
//   using namespace spectrum::test;
//   Answers a = extreme_answers(questionnaire("leadership"), Extreme::best);
//   a["LD07"] = choice("partnership_board");
//   model::Assessment area = assessment({respondent("r1", Sector::nhs, "leadership", a)});
//   DomainProfile d = score_domain(area, "leadership");
#ifndef SPECTRUM_TESTS_PLUGIN_TEST_SUPPORT_H
#define SPECTRUM_TESTS_PLUGIN_TEST_SUPPORT_H

#include <spectrum/model.h>
#include <spectrum/pipeline.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace spectrum::test {

// The plugins and questionnaires this build tree built, loaded once (never the environment's).
inline const Registry& built_registry() {
  static const Registry registry = Registry::load(
      SearchPaths{{SPECTRUM_PLUGIN_OUTPUT_DIR}, {SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR}, false, false});
  return registry;
}

inline const model::Questionnaire& questionnaire(const std::string& id) {
  const model::Questionnaire* q = built_registry().questionnaire(id);
  if (q == nullptr) throw std::runtime_error("questionnaire " + id + " is not in the build tree");
  return *q;
}

// One respondent's answers to one questionnaire: item id -> answer.
using Answers = std::map<std::string, model::AnswerValue>;

inline model::AnswerValue number(double value) {
  model::AnswerValue a;
  a.state = model::AnswerValue::State::value;
  a.number = value;
  return a;
}
inline model::AnswerValue yes_no(bool yes) {
  return number(yes ? 1.0 : 0.0);
}
inline model::AnswerValue choice(const std::string& option) {
  model::AnswerValue a = number(0);
  a.choice = option;
  return a;
}
inline model::AnswerValue multi(std::vector<std::string> options) {
  model::AnswerValue a = number(0);
  a.selected = std::move(options);
  return a;
}
inline model::AnswerValue dont_know() {
  model::AnswerValue a;
  a.state = model::AnswerValue::State::dont_know;
  return a;
}
inline model::AnswerValue not_applicable() {
  model::AnswerValue a;
  a.state = model::AnswerValue::State::not_applicable;
  return a;
}

enum class Extreme { worst, best };

// Every scored item answered at its best (or worst): scale and choice the highest (lowest) valued
// option, multi every option (the lowest valued one alone), boolean yes (no), number its declared
// max (min). Text items are left unanswered.
inline Answers extreme_answers(const model::Questionnaire& q, Extreme extreme) {
  const bool best = extreme == Extreme::best;
  Answers out;
  for (const model::Item& item : q.items) {
    auto by_value = [](const model::Option& a, const model::Option& b) { return a.value < b.value; };
    switch (item.type) {
      case ItemType::scale: {
        const model::Option& o = best ? *std::max_element(item.options.begin(), item.options.end(), by_value)
                                      : *std::min_element(item.options.begin(), item.options.end(), by_value);
        out[item.id] = number(o.value);
        break;
      }
      case ItemType::choice: {
        const model::Option& o = best ? *std::max_element(item.options.begin(), item.options.end(), by_value)
                                      : *std::min_element(item.options.begin(), item.options.end(), by_value);
        out[item.id] = choice(o.name);
        break;
      }
      case ItemType::multi: {
        std::vector<std::string> names;
        if (best)
          for (const model::Option& o : item.options) names.push_back(o.name);
        else
          names.push_back(std::min_element(item.options.begin(), item.options.end(), by_value)->name);
        out[item.id] = multi(names);
        break;
      }
      case ItemType::boolean:
        out[item.id] = yes_no(best);
        break;
      case ItemType::number:
        out[item.id] = number(best ? item.max.value_or(100) : item.min.value_or(0));
        break;
      case ItemType::text:
        break;
    }
  }
  return out;
}

inline Answers best_answers(const std::string& questionnaire_id) {
  return extreme_answers(questionnaire(questionnaire_id), Extreme::best);
}
inline Answers worst_answers(const std::string& questionnaire_id) {
  return extreme_answers(questionnaire(questionnaire_id), Extreme::worst);
}

// Every item of q answered "don't know".
inline Answers all_dont_know(const model::Questionnaire& q) {
  Answers out;
  for (const model::Item& item : q.items) out[item.id] = dont_know();
  return out;
}

// A random answer to item: don't know one time in ten, otherwise a value drawn from its options or
// range. Text items get a fixed note.
inline model::AnswerValue random_answer(const model::Item& item, std::mt19937& rng) {
  if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) return dont_know();
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  switch (item.type) {
    case ItemType::scale:
      return number(item.options[pick(item.options.size())].value);
    case ItemType::choice:
      return choice(item.options[pick(item.options.size())].name);
    case ItemType::multi: {
      std::vector<std::string> names;
      for (const model::Option& o : item.options)
        if (pick(3) == 0) names.push_back(o.name);
      return multi(names);
    }
    case ItemType::boolean:
      return yes_no(pick(2) == 1);
    case ItemType::number: {
      double lo = item.min.value_or(0), hi = item.max.value_or(100);
      return number(std::uniform_real_distribution<double>(lo, hi)(rng));
    }
    case ItemType::text:
      break;
  }
  model::AnswerValue text = number(0);
  text.text = "a note";
  return text;
}

// The answer one step better than a (the next higher scale point or option value, one more option
// selected, yes for no, a tenth of the range more), or nullopt when a is a value that cannot improve.
inline std::optional<model::AnswerValue> one_step_better(const model::Item& item,
                                                         const model::AnswerValue& a) {
  if (a.state != model::AnswerValue::State::value) return std::nullopt;
  auto value_of = [&](const std::string& name) {
    for (const model::Option& o : item.options)
      if (o.name == name) return o.value;
    return 0.0;
  };
  const model::Option* next = nullptr;
  switch (item.type) {
    case ItemType::scale:
    case ItemType::choice: {
      double now = item.type == ItemType::scale ? a.number : value_of(a.choice);
      for (const model::Option& o : item.options)
        if (o.value > now && (next == nullptr || o.value < next->value)) next = &o;
      if (next == nullptr) return std::nullopt;
      return item.type == ItemType::scale ? number(next->value) : choice(next->name);
    }
    case ItemType::multi:
      for (const model::Option& o : item.options)
        if (std::find(a.selected.begin(), a.selected.end(), o.name) == a.selected.end()) {
          model::AnswerValue more = a;
          more.selected.push_back(o.name);
          return more;
        }
      return std::nullopt;
    case ItemType::boolean:
      return a.number == 0.0 ? std::optional(yes_no(true)) : std::nullopt;
    case ItemType::number: {
      double hi = item.max.value_or(100), step = (hi - item.min.value_or(0)) / 10;
      return a.number < hi ? std::optional(number(std::min(hi, a.number + step))) : std::nullopt;
    }
    case ItemType::text:
      break;
  }
  return std::nullopt;
}

inline model::Respondent respondent(const std::string& id, Sector sector, const std::string& questionnaire_id,
                                    Answers answers, const std::string& role = "manager") {
  model::Respondent r;
  r.id = id;
  r.organisation = std::string(sector_name(sector)) + " organisation " + id;
  r.sector = sector;
  r.role = role;
  r.answers[questionnaire_id] = std::move(answers);
  return r;
}

inline model::Assessment assessment(std::vector<model::Respondent> respondents) {
  model::Assessment a;
  a.path = "(built in a test)";
  a.area = {"Testshire", "E99999999", "hwb", "Testshire STP"};
  a.period = "2016/17";
  a.respondents = std::move(respondents);
  return a;
}

// Scores the assessment with the build tree's plugins and returns one domain's profile.
inline DomainProfile score_domain(const model::Assessment& a, const std::string& domain) {
  Profile profile = assess(a, built_registry(), {});
  const DomainProfile* d = profile.find(domain);
  if (d == nullptr) throw std::runtime_error("the profile has no domain " + domain);
  return *d;
}

// Searches for a counter-example to monotonicity: `areas` random areas of `respondents` respondents,
// all of one sector, answering questionnaire_id; in each, every answer of the first respondent is
// improved one step in turn and the domain re-scored. Returns "" when the score never dropped, else
// what dropped where.
inline std::string find_monotonicity_violation(const std::string& domain, const std::string& questionnaire_id,
                                               unsigned seed, int areas, int respondents = 3,
                                               Sector sector = Sector::nhs) {
  const model::Questionnaire& q = questionnaire(questionnaire_id);
  std::mt19937 rng(seed);
  for (int area = 0; area < areas; ++area) {
    std::vector<model::Respondent> people;
    for (int p = 0; p < respondents; ++p) {
      Answers answers;
      for (const model::Item& item : q.items) answers[item.id] = random_answer(item, rng);
      people.push_back(respondent("r" + std::to_string(p + 1), sector, questionnaire_id, answers));
    }
    model::Assessment before = assessment(people);
    double base = score_domain(before, domain).score;
    for (const model::Item& item : q.items) {
      auto better = one_step_better(item, people[0].answers[questionnaire_id][item.id]);
      if (!better) continue;
      model::Assessment after = before;
      after.respondents[0].answers[questionnaire_id][item.id] = *better;
      double improved = score_domain(after, domain).score;
      if (improved + 1e-9 < base)
        return "area " + std::to_string(area) + ": improving " + item.id + " lowered " + domain + " from " +
               std::to_string(base) + " to " + std::to_string(improved);
    }
  }
  return "";
}

// Whether d has a finding of this kind whose text contains words; level -1 matches any level.
inline bool has_finding(const DomainProfile& d, Finding::Kind kind, int level, const std::string& words) {
  return std::any_of(d.findings.begin(), d.findings.end(), [&](const Finding& f) {
    return f.kind == kind && (level < 0 || f.level == level) && f.text.find(words) != std::string::npos;
  });
}

// The gate called id, or nullptr.
inline const Gate* find_gate(const DomainProfile& d, const std::string& id) {
  for (const Gate& g : d.gates)
    if (g.id == id) return &g;
  return nullptr;
}

}  // namespace spectrum::test

#endif  // SPECTRUM_TESTS_PLUGIN_TEST_SUPPORT_H
