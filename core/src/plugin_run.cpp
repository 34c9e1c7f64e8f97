#include "plugin_run.h"

#include <spectrum/numbers.h>
#include <spectrum/scoring.h>

#include <cmath>

namespace spectrum {

namespace {

// Collects what the plugin sends and remembers the first contract violation.
struct Collector {
  PluginOutput out;
  std::size_t respondent_count = 0;
  bool score_set = false;
  std::string violation;

  void violate(const std::string& what) {
    if (violation.empty()) violation = what;
  }
};

Collector& collector(void* context) {
  return *static_cast<Collector*>(context);
}

PluginOutput failed(std::string why) {
  PluginOutput o;
  o.error = std::move(why);
  return o;
}

std::string text_or_empty(const char* s) {
  return s ? s : "";
}

std::string number(double v) {
  return format_number(v);
}

void on_score(void* context, double score, int32_t level) {
  Collector& c = collector(context);
  if (c.score_set) return c.violate("set the score twice");
  c.score_set = true;
  if (!std::isnan(score) && (!std::isfinite(score) || score < 0 || score > 5))
    return c.violate("score " + number(score) + " is outside 0..5");
  if (level < 0 || level > 5) return c.violate("level " + std::to_string(level) + " is outside 0..5");
  if (!std::isnan(score) && level > level_of(score))
    return c.violate("level " + std::to_string(level) + " is above the level " +
                     std::to_string(level_of(score)) + " that score " + format_fixed(score, 2) + " earns");
  c.out.score = score;
  c.out.level = std::isnan(score) ? 0 : level;
}

void on_respondent_score(void* context, uint32_t respondent, double score) {
  Collector& c = collector(context);
  if (respondent >= c.respondent_count)
    return c.violate("scored respondent " + std::to_string(respondent) + " of " +
                     std::to_string(c.respondent_count));
  if (!std::isnan(score) && (!std::isfinite(score) || score < 0 || score > 5))
    return c.violate("respondent " + std::to_string(respondent) + " scored " + number(score) +
                     ", outside 0..5");
  c.out.respondent_scores[respondent] = score;
}

void on_gate(void* context, int32_t level, const char* id, const char* description, int32_t met,
             const char* const* item_ids, uint32_t item_count) {
  Collector& c = collector(context);
  if (level < 0 || level > 5)
    return c.violate("gate for level " + std::to_string(level) + " is outside 0..5");
  PluginGate g{level, text_or_empty(id), text_or_empty(description), met != 0, {}, {}, {}};
  for (uint32_t i = 0; i < item_count; ++i) g.items.push_back(text_or_empty(item_ids[i]));
  g.scores.assign(item_count, std::nan(""));
  g.thresholds.assign(item_count, std::nan(""));
  c.out.gates.push_back(std::move(g));
}

bool outside_scale(double v) {
  return !std::isfinite(v) || v < 0 || v > 5;
}

void on_gate_item(void* context, uint32_t item, double score, double threshold) {
  Collector& c = collector(context);
  if (c.out.gates.empty()) return c.violate("reported a gate item before any gate");
  PluginGate& g = c.out.gates.back();
  const std::string where = "gate " + g.id + " item " + std::to_string(item);
  if (item >= g.items.size())
    return c.violate(where + " is beyond its " + std::to_string(g.items.size()) + " items");
  if (!std::isnan(g.thresholds[item])) return c.violate(where + " was reported twice");
  if (!std::isnan(score) && outside_scale(score))
    return c.violate(where + " scored " + number(score) + ", outside 0..5");
  if (outside_scale(threshold))
    return c.violate(where + " has threshold " + number(threshold) + ", outside 0..5");
  g.scores[item] = score;
  g.thresholds[item] = threshold;
}

void on_finding(void* context, int32_t kind, int32_t level, const char* text) {
  Collector& c = collector(context);
  if (kind < SPECTRUM_FINDING_STRENGTH || kind > SPECTRUM_FINDING_NEXT_STEP)
    return c.violate("finding of unknown kind " + std::to_string(kind));
  c.out.findings.push_back({static_cast<Finding::Kind>(kind), level, text_or_empty(text)});
}

void on_metric(void* context, const char* name, double value) {
  collector(context).out.metrics[text_or_empty(name)] = value;
}

}  // namespace

PluginOutput run_plugin(const LoadedPlugin& plugin, const spectrum_input* input) {
  Collector c;
  c.respondent_count = input->respondent_count;
  c.out.respondent_scores.assign(input->respondent_count, std::nan(""));
  spectrum_sink sink{sizeof(spectrum_sink), &c, on_score, on_respondent_score, on_gate, on_finding, on_metric,
                     on_gate_item};
  char message[1024] = {0};
  int32_t rc = SPECTRUM_ERROR;
  try {
    rc = plugin.descriptor->score(input, &sink, message, sizeof message);
  } catch (const std::exception& e) {
    return failed(plugin.id + " threw: " + e.what());
  } catch (...) {
    return failed(plugin.id + " threw an unknown exception");
  }
  if (rc != SPECTRUM_OK) {
    message[sizeof message - 1] = '\0';
    return failed(plugin.id + " failed: " + (message[0] ? message : "no reason given"));
  }
  if (!c.violation.empty()) return failed(plugin.id + " returned an invalid result: " + c.violation);
  if (!c.score_set) return failed(plugin.id + " returned an invalid result: no score");
  c.out.ok = true;
  return std::move(c.out);
}

// JSON cannot hold NaN: it travels as null.
static nlohmann::json number_or_null(double v) {
  return std::isnan(v) ? nlohmann::json() : nlohmann::json(v);
}
static double null_or_number(const nlohmann::json& j) {
  return j.is_null() ? std::nan("") : j.get<double>();
}

nlohmann::json to_json(const PluginOutput& o) {
  nlohmann::json j{{"ok", o.ok}, {"error", o.error}, {"score", number_or_null(o.score)}, {"level", o.level}};
  j["respondent_scores"] = nlohmann::json::array();
  for (double s : o.respondent_scores) j["respondent_scores"].push_back(number_or_null(s));
  j["gates"] = nlohmann::json::array();
  for (const PluginGate& g : o.gates) {
    nlohmann::json scores = nlohmann::json::array(), thresholds = nlohmann::json::array();
    for (std::size_t i = 0; i < g.items.size(); ++i) {
      scores.push_back(number_or_null(g.scores[i]));
      thresholds.push_back(number_or_null(g.thresholds[i]));
    }
    j["gates"].push_back({{"level", g.level},
                          {"id", g.id},
                          {"description", g.description},
                          {"met", g.met},
                          {"items", g.items},
                          {"scores", std::move(scores)},
                          {"thresholds", std::move(thresholds)}});
  }
  j["findings"] = nlohmann::json::array();
  for (const Finding& f : o.findings)
    j["findings"].push_back({{"kind", static_cast<int>(f.kind)}, {"level", f.level}, {"text", f.text}});
  j["metrics"] = o.metrics;
  return j;
}

PluginOutput plugin_output_from_json(const nlohmann::json& j) {
  PluginOutput o;
  o.ok = j.at("ok").get<bool>();
  o.error = j.at("error").get<std::string>();
  o.score = null_or_number(j.at("score"));
  o.level = j.at("level").get<int>();
  for (const auto& s : j.at("respondent_scores")) o.respondent_scores.push_back(null_or_number(s));
  for (const auto& g : j.at("gates")) {
    PluginGate gate{g.at("level").get<int>(),
                    g.at("id").get<std::string>(),
                    g.at("description").get<std::string>(),
                    g.at("met").get<bool>(),
                    g.at("items").get<std::vector<std::string>>(),
                    {},
                    {}};
    for (const auto& v : g.at("scores")) gate.scores.push_back(null_or_number(v));
    for (const auto& v : g.at("thresholds")) gate.thresholds.push_back(null_or_number(v));
    if (gate.scores.size() != gate.items.size() || gate.thresholds.size() != gate.items.size())
      throw std::runtime_error("gate " + gate.id + " has " + std::to_string(gate.items.size()) +
                               " items but " + std::to_string(gate.scores.size()) + " scores");
    o.gates.push_back(std::move(gate));
  }
  for (const auto& f : j.at("findings"))
    o.findings.push_back({static_cast<Finding::Kind>(f.at("kind").get<int>()), f.at("level").get<int>(),
                          f.at("text").get<std::string>()});
  o.metrics = j.at("metrics").get<std::map<std::string, double>>();
  return o;
}

}  // namespace spectrum
