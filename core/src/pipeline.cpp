#include <spectrum/agreement.h>
#include <spectrum/combination.h>
#include <spectrum/levels.h>
#include <spectrum/numbers.h>
#include <spectrum/pipeline.h>
#include <spectrum/plugin.h>
#include <spectrum/version.h>

#include "answer_text.h"
#include "domain_scoring.h"
#include "input_view.h"
#include "plugin_guard.h"
#include "plugin_run.h"

#include <spectrum/consensus.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>
#include <stdexcept>

namespace spectrum {

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&t, &utc);  // assess() may run on several threads: not std::gmtime's shared buffer
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

// Whether a respondent answered the questionnaire, or the workshop agreed an answer in it.
bool answers_questionnaire(const model::Assessment& a, const std::string& id) {
  return std::any_of(a.respondents.begin(), a.respondents.end(),
                     [&](const model::Respondent& r) { return r.answers.count(id) > 0; }) ||
         (a.consensus && a.consensus->items.count(id) > 0);
}

const LoadedPlugin* plugin_for(const Registry& registry, const std::string& questionnaire_id) {
  for (const LoadedPlugin& p : registry.plugins())
    if (p.questionnaire_id == questionnaire_id) return &p;
  return nullptr;
}

Coverage coverage_of(const InputView& view, std::size_t set, std::size_t respondents) {
  Coverage c;
  const std::size_t items = view.questionnaire(set).items.size();
  for (std::size_t r = 0; r < respondents; ++r)
    for (std::size_t i = 0; i < items; ++i) {
      ++c.expected;
      switch (view.answer(set, r, i).state) {
        case SPECTRUM_ANSWER_VALUE:
          ++c.answered;
          break;
        case SPECTRUM_ANSWER_DONT_KNOW:
          ++c.dont_know;
          break;
        case SPECTRUM_ANSWER_NOT_APPLICABLE:
        case SPECTRUM_ANSWER_NOT_RELEVANT:
          ++c.not_applicable;
          break;
        default:
          ++c.missing;
          break;
      }
    }
  int given = c.answered + c.dont_know;
  c.dont_know_share = given > 0 ? static_cast<double>(c.dont_know) / given : 0.0;
  int applicable = c.expected - c.not_applicable;
  c.answered_share = applicable > 0 ? static_cast<double>(c.answered) / applicable : 0.0;
  return c;
}

// Mean score of each group (sector or role) of respondents whose score counts, in first-seen order
// unless `order` gives one.
std::vector<GroupScore> group_scores(const std::vector<std::string>& group_of,
                                     const std::vector<double>& scores,
                                     const std::vector<std::string>& order) {
  std::vector<GroupScore> out;
  auto slot = [&](const std::string& name) -> GroupScore& {
    for (GroupScore& g : out)
      if (g.name == name) return g;
    return out.emplace_back(GroupScore{name, 0, 0.0});
  };
  for (const std::string& name : order) slot(name);
  for (std::size_t r = 0; r < scores.size(); ++r) {
    if (std::isnan(scores[r])) continue;
    GroupScore& g = slot(group_of[r]);
    g.mean += scores[r];
    ++g.respondents;
  }
  std::erase_if(out, [](const GroupScore& g) { return g.respondents == 0; });
  for (GroupScore& g : out) g.mean = round_score(g.mean / g.respondents);  // as written
  return out;
}

// The plugin's result in the profile. The score is kept at the precision it is written (two decimals)
// and capped to its level (cap_to_level), so that the level shown is always the floor of the score shown.
void fill_from_plugin(DomainProfile& d, const PluginOutput& out, const model::Assessment& a,
                      const InputView& view, std::size_t set, bool gates) {
  d.nothing_counted = std::isnan(out.score);
  d.level = d.scored() ? out.level : 0;
  d.score = d.scored() ? detail::shown_score(out) : 0.0;
  if (d.nothing_counted) {
    d.uncertain = true;
    d.uncertain_reasons.push_back(
        "no answer counted: every answer was don't know, not applicable or missing");
  }
  if (gates) d.gates = detail::gates_of(out.gates, a, view, set);
  d.findings = out.findings;
  d.notes = out.notes;
  d.metrics = out.metrics;
  for (std::size_t r = 0; r < a.respondents.size(); ++r)
    d.respondent_scores.emplace_back(a.respondents[r].id, out.respondent_scores[r]);
}

void add_agreement(DomainProfile& d, const model::Assessment& a) {
  std::vector<double> scores;
  std::vector<std::string> sectors, roles;
  for (std::size_t r = 0; r < a.respondents.size(); ++r) {
    scores.push_back(d.respondent_scores[r].second);
    sectors.emplace_back(sector_name(a.respondents[r].sector));
    roles.push_back(a.respondents[r].role);
  }
  d.agreement = agreement_of(scores);
  d.by_sector = group_scores(sectors, scores, kSectorNames);
  d.by_role = group_scores(roles, scores, {});
  if (d.agreement.verdict == "split") {
    d.uncertain = true;
    d.uncertain_reasons.push_back("respondents split: agreement rwg " + format_fixed(*d.agreement.rwg, 2) +
                                  " is below " + format_fixed(kRwgSplit, 1));
  }
}

std::vector<PerceptionGap> perception_gaps(const DomainProfile& d) {
  std::vector<PerceptionGap> gaps;
  for (std::size_t i = 0; i < d.by_sector.size(); ++i)
    for (std::size_t j = i + 1; j < d.by_sector.size(); ++j) {
      const GroupScore* hi = &d.by_sector[i];
      const GroupScore* lo = &d.by_sector[j];
      if (lo->mean > hi->mean) std::swap(hi, lo);
      double diff = round_score(hi->mean - lo->mean);
      if (diff + 1e-9 >= kPerceptionGap)
        gaps.push_back({d.domain, hi->name, lo->name, hi->mean, lo->mean, diff});
    }
  return gaps;
}

// The basis the overall position uses: as asked, or agreed where agreed when the assessment had a
// workshop and individual otherwise. Throws std::invalid_argument for an unknown basis, and for
// "agreed" without a consensus record (there would be nothing to combine).
std::string overall_basis(const model::Assessment& a, const AssessOptions& options) {
  if (options.basis.empty()) return a.consensus ? kBasisAgreedWhereAgreed : kBasisIndividual;
  if (!is_overall_basis(options.basis))
    throw std::invalid_argument("unknown basis \"" + options.basis + "\"; expected " +
                                kBasisAgreedWhereAgreed + ", " + kBasisIndividual + " or " + kBasisAgreed);
  if (options.basis == kBasisAgreed && !a.consensus)
    throw std::invalid_argument(std::string("basis ") + kBasisAgreed + " needs agreed scores, and " +
                                (a.path.empty() ? std::string("the assessment") : a.path) +
                                " has no consensus record");
  return options.basis;
}

nlohmann::json evidence_of(const model::Assessment& a) {
  nlohmann::json out = nlohmann::json::object();
  for (const model::Respondent& r : a.respondents)
    for (const auto& [qid, answers] : r.answers)
      for (const auto& [item, v] : answers)
        if (!v.evidence.empty()) out[r.id][qid][item] = v.evidence;
  return out;
}

// Every answered questionnaire's plugin, in this process, into scored (by set). Each plugin runs on one
// thread at a time; a thread that finds one busy (another file of a folder run is being scored with it)
// takes the next free one first, and waits only when every plugin left is busy.
void score_in_process(const Registry& registry, const std::vector<const model::Questionnaire*>& answered,
                      InputView& view, std::vector<std::optional<PluginOutput>>& scored) {
  std::vector<std::size_t> waiting;
  for (std::size_t s = 0; s < answered.size(); ++s)
    if (plugin_for(registry, answered[s]->id)) waiting.push_back(s);
  while (!waiting.empty()) {
    bool ran = false;
    for (auto it = waiting.begin(); it != waiting.end();) {
      if (auto out = run_plugin_if_free(*plugin_for(registry, answered[*it]->id), view.input_for(*it))) {
        scored[*it] = std::move(out);
        it = waiting.erase(it);
        ran = true;
      } else {
        ++it;
      }
    }
    if (ran) continue;
    const std::size_t s = waiting.front();
    scored[s] = run_plugin(*plugin_for(registry, answered[s]->id), view.input_for(s));
    waiting.erase(waiting.begin());
  }
}

}  // namespace

namespace detail {

PluginOutput run_on(const LoadedPlugin& plugin, InputView& view, std::size_t set,
                    const AssessOptions& options) {
  return options.isolate ? run_plugin_isolated(plugin, view.input_for(set), options.isolate_timeout)
                         : run_plugin(plugin, view.input_for(set));
}

double shown_score(const PluginOutput& out) {
  if (std::isnan(out.score)) return out.score;
  return cap_to_level(round_score(out.score), out.level);
}

namespace {

// An item's text and the respondents' answers, one entry per distinct answer in the order of its text
// (a large area has thousands of respondents and a handful of answers). Each distinct answer is read
// as text once.
GateItem item_evidence(const std::string& id, const model::Assessment& a, const InputView& view,
                       std::size_t set) {
  const model::Questionnaire& q = view.questionnaire(set);
  GateItem evidence{id, "", std::nullopt, std::nullopt, {}};
  const auto index = q.find(id);
  if (!index) {
    evidence.text = "(not in questionnaire " + q.id + ")";
    return evidence;
  }
  const model::Item& item = q.items[*index];
  evidence.text = item.text;
  std::vector<GateAnswer>& entries = evidence.answers;  // kept in the order of their text
  std::vector<const spectrum_answer*> first_given;      // per entry, the first answer read as it
  entries.reserve(4);
  first_given.reserve(4);
  for (std::size_t r = 0; r < a.respondents.size(); ++r) {
    const spectrum_answer& given = view.answer(set, r, *index);
    std::size_t e = 0;
    while (e < entries.size() && !same_answer(item, *first_given[e], given)) ++e;
    if (e == entries.size()) {  // an answer not met before: its text, maybe one met already
      std::string text = answer_text(item, given);
      const auto at =
          std::lower_bound(entries.begin(), entries.end(), text,
                           [](const GateAnswer& entry, const std::string& t) { return entry.answer < t; });
      e = static_cast<std::size_t>(at - entries.begin());
      if (at == entries.end() || at->answer != text) {
        entries.insert(at, GateAnswer{std::move(text), {}});
        first_given.insert(first_given.begin() + static_cast<std::ptrdiff_t>(e), &given);
      }
    }
    entries[e].respondents.push_back(a.respondents[r].id);
  }
  return evidence;
}

}  // namespace

std::vector<Gate> gates_of(const std::vector<PluginGate>& gates, const model::Assessment& a,
                           const InputView& view, std::size_t set) {
  // Each item's evidence is made once, where a gate first shows it; a later gate showing the same
  // item gets a copy of it.
  std::vector<std::pair<std::size_t, std::size_t>> made;  // (gate, item) of each item made, in order
  std::vector<Gate> out;
  out.reserve(gates.size());
  for (const PluginGate& gate : gates) {
    Gate& shown = out.emplace_back(Gate{gate.level, gate.id, gate.description, gate.met, {}});
    shown.items.reserve(gate.items.size());
    for (std::size_t k = 0; k < gate.items.size(); ++k) {
      auto known = std::find_if(made.begin(), made.end(), [&](const auto& at) {
        return out[at.first].items[at.second].id == gate.items[k];
      });
      GateItem& gi = known == made.end()
                         ? shown.items.emplace_back(item_evidence(gate.items[k], a, view, set))
                         : shown.items.emplace_back(out[known->first].items[known->second]);
      if (known == made.end()) made.emplace_back(out.size() - 1, shown.items.size() - 1);
      gi.score.reset();
      gi.threshold.reset();
      if (!std::isnan(gate.thresholds[k])) {
        gi.threshold = gate.thresholds[k];
        if (!std::isnan(gate.scores[k])) gi.score = gate.scores[k];
      }
    }
  }
  return out;
}

}  // namespace detail

Profile assess(const model::Assessment& assessment, const Registry& registry, const AssessOptions& options) {
  if (!find_combination_policy(options.combine)) combine({}, options.combine);  // throws, naming the policies
  const std::string basis = overall_basis(assessment, options);
  // The individual position is the respondents' answers after the last round.
  const model::Assessment final_round =
      assessment.rounds.empty() ? model::Assessment() : final_answers(assessment);
  const model::Assessment& a = assessment.rounds.empty() ? assessment : final_round;

  std::vector<const model::Questionnaire*> answered;
  for (const model::Questionnaire* q : registry.questionnaires())
    if (answers_questionnaire(a, q->id)) answered.push_back(q);
  InputView view(a, answered);
  detail::ConsensusInputs extra(assessment, answered);

  Profile p;
  p.source = a.path;
  p.area = a.area;
  p.period = a.period;
  for (const model::Respondent& r : a.respondents)
    p.respondents.push_back({r.id, r.organisation, std::string(sector_name(r.sector)), r.role});
  p.provenance.tool = std::string("spectrum ") + SPECTRUM_VERSION;
  p.provenance.generated = utc_now();

  std::vector<double> combined;
  std::optional<detail::StdoutToStderr> quiet;  // one redirection for every plugin run in-process
  if (!options.isolate) quiet.emplace();
  // Isolated plugins all score at once, each in its own helper; their results are taken in order below.
  std::vector<std::optional<IsolatedRun>> isolated(answered.size());
  if (options.isolate)
    for (std::size_t s = 0; s < answered.size(); ++s)
      if (const LoadedPlugin* plugin = plugin_for(registry, answered[s]->id))
        isolated[s].emplace(*plugin, view.input_for(s), options.isolate_timeout);
  std::vector<std::optional<PluginOutput>> scored(answered.size());
  if (!options.isolate) score_in_process(registry, answered, view, scored);
  for (std::size_t s = 0; s < answered.size(); ++s) {
    const model::Questionnaire& q = *answered[s];
    p.provenance.questionnaires.push_back({q.id, q.version.str(), q.sha256});
    DomainProfile d;
    d.domain = q.domain;
    d.title = q.title;
    d.questionnaire = q.id;
    d.coverage = coverage_of(view, s, a.respondents.size());
    const LoadedPlugin* plugin = plugin_for(registry, q.id);
    if (!plugin) {
      d.status = DomainProfile::Status::error;
      d.error = "no loaded plugin scores questionnaire " + q.id;
      if (!registry.broken_plugins().empty())
        d.error += " (" + std::to_string(registry.broken_plugins().size()) +
                   " plugin(s) failed to load; see the plugin failures)";
      p.domains.push_back(std::move(d));
      continue;
    }
    d.plugin = plugin->id;
    d.title = plugin->title.empty() ? q.title : plugin->title;
    p.provenance.plugins.push_back(
        {plugin->id, plugin->version, plugin->domain, plugin->sha256, plugin->path.filename().string()});
    PluginOutput out = options.isolate ? isolated[s]->finish(view.input_for(s)) : std::move(*scored[s]);
    if (!out.ok) {
      d.status = DomainProfile::Status::error;
      d.error = out.error;
      extra.add_agreed(d, s, *plugin, options);
      if (auto counted = basis_score(d, basis)) combined.push_back(*counted);
      p.domains.push_back(std::move(d));
      continue;
    }
    fill_from_plugin(d, out, a, view, s, options.gates);
    add_agreement(d, a);
    if (d.coverage.dont_know_share > kDontKnowLimit) {
      d.uncertain = true;
      d.uncertain_reasons.push_back("too many don't-know answers: " +
                                    format_fixed(100 * d.coverage.dont_know_share, 0) + "% of answers given");
    }
    if (auto t = a.targets.find(q.domain); t != a.targets.end()) {
      d.target = t->second;
      d.gap_to_target = std::max(0.0, t->second - d.score);
    }
    for (PerceptionGap& g : perception_gaps(d)) p.perception_gaps.push_back(std::move(g));
    extra.add_rounds(d, s, *plugin, options);
    extra.add_agreed(d, s, *plugin, options);
    if (auto counted = basis_score(d, basis)) combined.push_back(*counted);
    p.domains.push_back(std::move(d));
  }
  p.overall = combine(combined, options.combine);
  p.overall.basis = basis;
  p.overall.basis_description = basis_description(basis);
  if (assessment.consensus) p.workshop = detail::workshop_of(*assessment.consensus);
  for (const BrokenPlugin& broken : registry.broken_plugins())
    p.plugin_failures.push_back({broken.path.filename().string(), broken.reason});
  p.evidence = options.include_evidence ? evidence_of(a) : nlohmann::json();
  return p;
}

PluginStdoutToStderr::PluginStdoutToStderr() : redirect_(std::make_unique<detail::StdoutToStderr>()) {}

PluginStdoutToStderr::~PluginStdoutToStderr() = default;

}  // namespace spectrum
