// A profile's domain written straight as text. Members go in the order nlohmann's sorted objects
// give them, so that the text is the same as the tree's (tests/test_profile_text.cpp compares the two
// over every example and generated areas).
#include "profile_text.h"

#include "profile_consensus_json.h"

#include <spectrum/numbers.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace spectrum::detail {

const char* finding_kind_name(Finding::Kind kind) {
  switch (kind) {
    case Finding::Kind::strength:
      return "strength";
    case Finding::Kind::gap:
      return "gap";
    case Finding::Kind::next_step:
      return "next_step";
  }
  return "gap";
}

namespace {

// Scores and means: two decimals; shares three; metrics four. Not a number: null.
void rounded(JsonWriter& w, double value, int decimals = 2) {
  w.number(std::isfinite(value) ? round_to(value, decimals) : value);
}

void strings(JsonWriter& w, const std::vector<std::string>& list) {
  w.begin_array();
  for (const std::string& text : list) w.string(text);
  w.end_array();
}

void agreement(JsonWriter& w, const Agreement& a) {
  w.begin_object();
  w.key("iqr");
  rounded(w, a.iqr);
  w.key("max");
  rounded(w, a.max);
  w.key("median");
  rounded(w, a.median);
  w.key("min");
  rounded(w, a.min);
  w.key("respondents");
  w.integer(a.respondents);
  if (a.rwg) {
    w.key("rwg");
    rounded(w, *a.rwg);
  }
  w.key("verdict");
  w.string(a.verdict);
  w.end_object();
}

void coverage(JsonWriter& w, const Coverage& c) {
  w.begin_object();
  w.key("answered");
  w.integer(c.answered);
  w.key("answered_share");
  rounded(w, c.answered_share, 3);
  w.key("dont_know");
  w.integer(c.dont_know);
  w.key("dont_know_share");
  rounded(w, c.dont_know_share, 3);
  w.key("expected");
  w.integer(c.expected);
  w.key("missing");
  w.integer(c.missing);
  w.key("not_applicable");
  w.integer(c.not_applicable);
  w.end_object();
}

void groups(JsonWriter& w, const std::vector<GroupScore>& list) {
  w.begin_array();
  for (const GroupScore& group : list) {
    w.begin_object();
    w.key("mean");
    rounded(w, group.mean);
    w.key("name");
    w.string(group.name);
    w.key("respondents");
    w.integer(group.respondents);
    w.end_object();
  }
  w.end_array();
}

void findings(JsonWriter& w, const std::vector<Finding>& list) {
  w.begin_array();
  for (const Finding& finding : list) {
    w.begin_object();
    w.key("kind");
    w.string(finding_kind_name(finding.kind));
    if (finding.level >= 0) {
      w.key("level");
      w.integer(finding.level);
    }
    w.key("text");
    w.string(finding.text);
    w.end_object();
  }
  w.end_array();
}

// An item's answers as an object holds them: sorted by text, the last one given where a text repeats.
// The pipeline gives them so already (one per text, in order), and they are then written as they are.
void gate_answers(JsonWriter& w, const std::vector<GateAnswer>& given) {
  const auto strictly_ordered = [](const GateAnswer& x, const GateAnswer& y) {
    return !(x.answer < y.answer);
  };
  std::map<std::string_view, const GateAnswer*> reordered;
  if (std::adjacent_find(given.begin(), given.end(), strictly_ordered) != given.end())
    for (const GateAnswer& answer : given) reordered.insert_or_assign(answer.answer, &answer);
  w.begin_object();
  if (reordered.empty()) {
    for (const GateAnswer& answer : given) {
      w.data_key(answer.answer);
      strings(w, answer.respondents);
    }
  }
  for (const auto& [text, answer] : reordered) {
    w.data_key(text);
    strings(w, answer->respondents);
  }
  w.end_object();
}

// "gate_items" and "gates" as add_gates writes them: each item once (its first occurrence), by id.
void gate_items(JsonWriter& w, const std::vector<Gate>& gates) {
  std::vector<const GateItem*> items;
  for (const Gate& gate : gates)
    for (const GateItem& item : gate.items) items.push_back(&item);
  std::stable_sort(items.begin(), items.end(),
                   [](const GateItem* x, const GateItem* y) { return x->id < y->id; });
  items.erase(std::unique(items.begin(), items.end(),
                          [](const GateItem* x, const GateItem* y) { return x->id == y->id; }),
              items.end());  // the first occurrence of each id stays
  w.begin_object();
  for (const GateItem* item : items) {
    w.data_key(item->id);
    w.begin_object();
    w.key("answers");
    gate_answers(w, item->answers);
    w.key("text");
    w.string(item->text);
    w.end_object();
  }
  w.end_object();
}

void gate_list(JsonWriter& w, const std::vector<Gate>& gates) {
  w.begin_array();
  for (const Gate& gate : gates) {
    w.begin_object();
    w.key("description");
    w.string(gate.description);
    w.key("id");
    w.string(gate.id);
    w.key("items");
    w.begin_array();
    for (const GateItem& item : gate.items) {
      w.begin_object();
      w.key("id");
      w.string(item.id);
      if (item.threshold) {
        w.key("score");
        if (item.score)
          rounded(w, *item.score);
        else
          w.null();
        w.key("threshold");
        rounded(w, *item.threshold);
      }
      w.end_object();
    }
    w.end_array();
    w.key("level");
    w.integer(gate.level);
    w.key("met");
    w.boolean(gate.met);
    w.end_object();
  }
  w.end_array();
}

void respondent_scores(JsonWriter& w, const std::vector<std::pair<std::string, double>>& scores) {
  std::map<std::string_view, double> by_id;  // as an object holds them: sorted, the last one given
  for (const auto& [respondent, score] : scores) by_id.insert_or_assign(respondent, score);
  w.begin_object();
  for (const auto& [respondent, score] : by_id) {
    w.data_key(respondent);
    rounded(w, score);
  }
  w.end_object();
}

// One of the consensus members ("agreed", "moderation", "rounds"), when the domain has it.
void consensus_member(JsonWriter& w, const nlohmann::json& consensus, PlainKey name) {
  const auto member = consensus.find(name.text());
  if (member == consensus.end()) return;
  w.key(name);
  w.json(*member);
}

void failed_domain(JsonWriter& w, const DomainProfile& d, const nlohmann::json& consensus) {
  consensus_member(w, consensus, "agreed");
  w.key("coverage");
  coverage(w, d.coverage);
  w.key("domain");
  w.string(d.domain);
  w.key("error");
  w.string(d.error);
  consensus_member(w, consensus, "moderation");
  w.key("plugin");
  w.string(d.plugin);
  w.key("questionnaire");
  w.string(d.questionnaire);
  consensus_member(w, consensus, "rounds");
  w.key("status");
  w.string("error");
  w.key("title");
  w.string(d.title);
}

}  // namespace

void write_domain(JsonWriter& w, const DomainProfile& d) {
  nlohmann::json consensus = nlohmann::json::object();
  add_domain_consensus(consensus, d);
  w.begin_object();
  if (d.status == DomainProfile::Status::error) {
    failed_domain(w, d, consensus);
    w.end_object();
    return;
  }
  consensus_member(w, consensus, "agreed");
  w.key("agreement");
  agreement(w, d.agreement);
  w.key("by_role");
  groups(w, d.by_role);
  w.key("by_sector");
  groups(w, d.by_sector);
  w.key("coverage");
  coverage(w, d.coverage);
  w.key("domain");
  w.string(d.domain);
  w.key("findings");
  findings(w, d.findings);
  if (d.gap_to_target) {
    w.key("gap_to_target");
    rounded(w, *d.gap_to_target);
  }
  w.key("gate_items");
  gate_items(w, d.gates);
  w.key("gates");
  gate_list(w, d.gates);
  if (d.scored()) {
    w.key("level");
    w.integer(d.level);
    w.key("level_name");
    w.string(level_name(d.level));
  }
  w.key("metrics");
  w.begin_object();
  for (const auto& [name, value] : d.metrics) {
    w.data_key(name);
    rounded(w, value, 4);
  }
  w.end_object();
  consensus_member(w, consensus, "moderation");
  if (!d.notes.empty()) {
    w.key("notes");
    strings(w, d.notes);
  }
  w.key("plugin");
  w.string(d.plugin);
  w.key("questionnaire");
  w.string(d.questionnaire);
  w.key("respondent_scores");
  respondent_scores(w, d.respondent_scores);
  consensus_member(w, consensus, "rounds");
  if (d.scored()) {
    w.key("score");
    rounded(w, d.score);
  }
  w.key("status");
  w.string("ok");
  if (d.target) {
    w.key("target");
    rounded(w, *d.target);
  }
  w.key("title");
  w.string(d.title);
  w.key("uncertain");
  w.boolean(d.uncertain);
  w.key("uncertain_reasons");
  strings(w, d.uncertain_reasons);
  w.end_object();
}

void write_respondents(JsonWriter& w, const std::vector<RespondentSummary>& respondents) {
  w.begin_array();
  for (const RespondentSummary& respondent : respondents) {
    w.begin_object();
    w.key("id");
    w.string(respondent.id);
    w.key("organisation");
    w.string(respondent.organisation);
    w.key("role");
    w.string(respondent.role);
    w.key("sector");
    w.string(respondent.sector);
    w.end_object();
  }
  w.end_array();
}

void write_perception_gaps(JsonWriter& w, const std::vector<PerceptionGap>& gaps) {
  w.begin_array();
  for (const PerceptionGap& gap : gaps) {
    w.begin_object();
    w.key("difference");
    rounded(w, gap.difference);
    w.key("domain");
    w.string(gap.domain);
    w.key("higher");
    w.string(gap.higher);
    w.key("higher_score");
    rounded(w, gap.higher_score);
    w.key("lower");
    w.string(gap.lower);
    w.key("lower_score");
    rounded(w, gap.lower_score);
    w.end_object();
  }
  w.end_array();
}

void write_plugin_failures(JsonWriter& w, const std::vector<PluginFailure>& failures) {
  w.begin_array();
  for (const PluginFailure& failure : failures) {
    w.begin_object();
    w.key("file");
    w.string(failure.file);
    w.key("reason");
    w.string(failure.reason);
    w.end_object();
  }
  w.end_array();
}

void write_provenance(JsonWriter& w, const Provenance& provenance) {
  w.begin_object();
  w.key("generated");
  w.string(provenance.generated);
  w.key("plugins");
  w.begin_array();
  for (const PluginProvenance& plugin : provenance.plugins) {
    w.begin_object();
    w.key("domain");
    w.string(plugin.domain);
    w.key("file");
    w.string(plugin.file);
    w.key("id");
    w.string(plugin.id);
    w.key("sha256");
    w.string(plugin.sha256);
    w.key("version");
    w.string(plugin.version);
    w.end_object();
  }
  w.end_array();
  w.key("questionnaires");
  w.begin_array();
  for (const QuestionnaireProvenance& questionnaire : provenance.questionnaires) {
    w.begin_object();
    w.key("id");
    w.string(questionnaire.id);
    w.key("sha256");
    w.string(questionnaire.sha256);
    w.key("version");
    w.string(questionnaire.version);
    w.end_object();
  }
  w.end_array();
  w.key("tool");
  w.string(provenance.tool);
  w.end_object();
}

}  // namespace spectrum::detail
