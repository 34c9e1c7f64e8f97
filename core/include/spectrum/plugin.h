// Spectrum plugin SDK: the one header a plugin author reads.
//
// A plugin scores one domain of the integration spectrum (0 Separate .. 5 Integrated provision).
// Write a function that reads the respondents' answers and fills a Result, then declare the plugin:
//
//   #include <spectrum/plugin.h>
//
//   static void score(const spectrum::Input& in, spectrum::Result& out) {
//     const spectrum::Responses& r = in.responses();
//     spectrum::ItemScores pooled = r.pooled();          // mean item scores over respondents
//     out.set_score(spectrum::weighted_mean(r, pooled));  // level follows the rounding rule
//     for (std::size_t i = 0; i < in.respondent_count(); ++i)
//       out.set_respondent_score(i, spectrum::weighted_mean(r, r.scores_of(i)));
//   }
//
//   SPECTRUM_PLUGIN(score, .id = "mine", .version = "1.0.0", .domain = "mine", .title = "My domain",
//                   .questionnaire = "mine", .accepts_from = "1.0.0", .accepts_below = "2.0.0")
//
// Everything here is compiled into the plugin; only the plain-C structs of spectrum/abi.h cross the
// boundary. Anything score() throws becomes an error for this domain only, with what() as the reason.
// The scoring primitives every built-in plugin uses (maps, bands, weighted means, criteria with their
// advice, gates, the findings) are in spectrum/scoring.h, included below; the rounding rule that ties
// a score to its level is in spectrum/levels.h.
#ifndef SPECTRUM_PLUGIN_H
#define SPECTRUM_PLUGIN_H

#include <spectrum/abi.h>
#include <spectrum/levels.h>
#include <spectrum/types.h>

#include <cmath>
#include <cstddef>
#include <cstring>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

// One item of the questionnaire being scored. A cheap view over host-owned data.
class Item {
 public:
  explicit Item(const spectrum_item* raw) : raw_(raw) {}
  std::string_view id() const { return raw_->id; }
  std::string_view section() const { return raw_->section_id; }
  std::string_view text() const { return raw_->text; }
  ItemType type() const { return static_cast<ItemType>(raw_->type); }
  double weight() const { return raw_->weight; }
  bool required() const { return raw_->required != 0; }
  std::size_t option_count() const { return raw_->option_count; }
  std::string_view option_name(std::size_t i) const { return raw_->options[i].name; }
  double option_value(std::size_t i) const { return raw_->options[i].value; }
  std::string_view option_label(std::size_t i) const { return raw_->options[i].label; }
  // Index of the option called name, or -1.
  int option_index(std::string_view name) const {
    for (std::size_t i = 0; i < option_count(); ++i)
      if (option_name(i) == name) return static_cast<int>(i);
    return -1;
  }
  // Bounds: for number items as declared (NaN when open), for scale items the lowest/highest value.
  double min() const { return raw_->min; }
  double max() const { return raw_->max; }

 private:
  const spectrum_item* raw_;
};

// One respondent's answer to one item.
class Answer {
 public:
  explicit Answer(const spectrum_answer* raw) : raw_(raw) {}
  bool has_value() const { return raw_->state == SPECTRUM_ANSWER_VALUE; }
  bool dont_know() const { return raw_->state == SPECTRUM_ANSWER_DONT_KNOW; }
  // Not applicable, by the respondent's say or because the item's relevance condition was false.
  bool not_applicable() const {
    return raw_->state == SPECTRUM_ANSWER_NOT_APPLICABLE || raw_->state == SPECTRUM_ANSWER_NOT_RELEVANT;
  }
  bool missing() const { return raw_->state == SPECTRUM_ANSWER_MISSING; }
  // The numeric value: scale point, number, 1/0 for boolean, the chosen option's value for choice.
  double number() const { return raw_->number; }
  bool yes() const { return has_value() && raw_->number != 0.0; }
  // Index of the chosen option (choice), or -1.
  int option() const { return raw_->option; }
  // Whether option i is selected (multi).
  bool selected(std::size_t i) const { return raw_->selected != nullptr && raw_->selected[i] != 0; }
  std::string_view text() const { return raw_->text ? raw_->text : ""; }

 private:
  const spectrum_answer* raw_;
};

struct Respondent {
  std::string_view id;
  std::string_view organisation;
  Sector sector;
  std::string_view role;
};

// A score per item (0..5), indexed like the questionnaire's items; empty where nothing counts
// (don't know, not applicable, missing, or text).
using ItemScores = std::vector<std::optional<double>>;

// Maps one answer to 0..5; returns nothing when the answer does not count.
using ItemScorer = std::optional<double> (*)(const Item&, const Answer&);

inline std::optional<double> default_item_score(const Item& item, const Answer& answer);

// Every respondent's answers to one questionnaire.
// Whether the NUL-terminated c holds exactly the text of s, read no further than it must (an id
// lookup runs for every item of every gate; measuring c first would read each id twice).
inline bool same_text(const char* c, std::string_view s) {
  if (c == nullptr) return false;
  for (std::size_t k = 0; k < s.size(); ++k)
    if (c[k] != s[k] || c[k] == '\0') return false;
  return c[s.size()] == '\0';
}

class Responses {
 public:
  Responses(const spectrum_response_set* set, std::size_t respondent_count)
      : set_(set), respondents_(respondent_count) {}
  std::string_view questionnaire_id() const { return set_->questionnaire->id; }
  std::string_view questionnaire_version() const { return set_->questionnaire->version; }
  std::string_view domain() const { return set_->questionnaire->domain; }
  std::size_t item_count() const { return set_->questionnaire->item_count; }
  std::size_t respondent_count() const { return respondents_; }
  Item item(std::size_t i) const { return Item(&set_->questionnaire->items[i]); }
  // Index of the item with this id; throws std::out_of_range naming it when absent.
  std::size_t index(std::string_view item_id) const {
    for (std::size_t i = 0; i < item_count(); ++i)
      if (same_text(set_->questionnaire->items[i].id, item_id)) return i;
    throw std::out_of_range("questionnaire " + std::string(questionnaire_id()) + " has no item " +
                            std::string(item_id));
  }
  Answer answer(std::size_t respondent, std::size_t item_index) const {
    return Answer(&set_->answers[respondent * item_count() + item_index]);
  }
  Answer answer(std::size_t respondent, std::string_view item_id) const {
    return answer(respondent, index(item_id));
  }
  // One respondent's item scores through scorer.
  ItemScores scores_of(std::size_t respondent, ItemScorer scorer = default_item_score) const {
    ItemScores out(item_count());
    for (std::size_t i = 0; i < item_count(); ++i) out[i] = scorer(item(i), answer(respondent, i));
    return out;
  }
  // Per item, the mean over respondents of the scores that count (a respondent's don't-know does
  // not pull the mean down). Empty where no respondent's answer counts.
  ItemScores pooled(ItemScorer scorer = default_item_score) const {
    ItemScores out(item_count());
    for (std::size_t i = 0; i < item_count(); ++i) {
      double sum = 0.0;
      int n = 0;
      for (std::size_t r = 0; r < respondents_; ++r)
        if (auto s = scorer(item(i), answer(r, i))) sum += *s, ++n;
      if (n > 0) out[i] = sum / n;
    }
    return out;
  }

 private:
  const spectrum_response_set* set_;
  std::size_t respondents_;
};

// What the host hands a plugin: the respondents and every questionnaire's answers.
class Input {
 public:
  explicit Input(const spectrum_input* raw) : raw_(raw) {
    for (uint32_t s = 0; s < raw->set_count; ++s) sets_.emplace_back(&raw->sets[s], raw->respondent_count);
  }
  std::string_view area_name() const { return raw_->area_name; }
  std::size_t respondent_count() const { return raw_->respondent_count; }
  Respondent respondent(std::size_t i) const {
    const spectrum_respondent& r = raw_->respondents[i];
    return {r.id, r.organisation, static_cast<Sector>(r.sector), r.role};
  }
  // The answers to the questionnaire this plugin scores.
  const Responses& responses() const { return sets_[raw_->scored]; }
  // Every questionnaire's answers in the assessment, the scored one included.
  const std::vector<Responses>& all_responses() const { return sets_; }

 private:
  const spectrum_input* raw_;
  std::vector<Responses> sets_;
};

// What a plugin reports. Filled by score(), handed to the host after it returns.
class Result {
 public:
  explicit Result(std::size_t respondent_count) : respondent_scores_(respondent_count, std::nan("")) {}

  // The domain's continuous score, clamped to 0..5. Unless set_level() is called, the level is
  // level_of(score) (see levels.h for the rounding rule).
  // NaN means nothing counted (every answer don't know, not applicable or missing): the host then
  // shows the domain as uncertain.
  void set_score(double score) {
    score_ = std::isnan(score) ? score : (score < 0 ? 0 : (score > 5 ? 5 : score));
  }
  // The level, when gates hold the domain below what its score alone would give. The score is then
  // capped to the level (cap_to_level: at most level + 0.99), so that a reader never sees a score
  // above the level it earns.
  void set_level(int level) { level_ = level; }
  void set_respondent_score(std::size_t respondent, double score) {
    respondent_scores_.at(respondent) = score;
  }
  // A criterion that level needs; items are the ids of the items behind it. item_scores, when given,
  // holds for each item the score the plugin compared (empty when it did not count) and thresholds
  // the score it was compared with: the numbers a reader sees beside the gate. Gates::apply fills
  // both; a gate added without them is shown without item scores.
  void add_gate(int level, std::string id, std::string description, bool met, std::vector<std::string> items,
                std::vector<std::optional<double>> item_scores = {}, std::vector<double> thresholds = {}) {
    gates_.push_back({level, std::move(id), std::move(description), met, std::move(items),
                      std::move(item_scores), std::move(thresholds)});
  }
  void add_strength(std::string text, int level = -1) {
    findings_.push_back({SPECTRUM_FINDING_STRENGTH, level, std::move(text)});
  }
  void add_gap(std::string text, int level = -1) {
    findings_.push_back({SPECTRUM_FINDING_GAP, level, std::move(text)});
  }
  // A step toward `level`.
  void add_next_step(int level, std::string text) {
    findings_.push_back({SPECTRUM_FINDING_NEXT_STEP, level, std::move(text)});
  }
  void add_metric(std::string name, double value) { metrics_.push_back({std::move(name), value}); }

  std::optional<double> score() const { return score_; }

  // Sends everything to the host. Throws std::logic_error when no score was set.
  void send(const spectrum_sink& sink) const;

 private:
  struct Gate {
    int level;
    std::string id, description;
    bool met;
    std::vector<std::string> items;
    std::vector<std::optional<double>> item_scores;
    std::vector<double> thresholds;
  };
  struct Finding {
    int kind;
    int level;
    std::string text;
  };
  std::optional<double> score_;
  std::optional<int> level_;
  std::vector<double> respondent_scores_;
  std::vector<Gate> gates_;
  std::vector<Finding> findings_;
  std::vector<std::pair<std::string, double>> metrics_;
};

// A plugin's identity, given to SPECTRUM_PLUGIN. Strings must be literals (they outlive the call).
struct PluginInfo {
  const char* id;
  const char* version;
  const char* domain;
  const char* title;
  const char* questionnaire;
  const char* accepts_from;   // lowest questionnaire version scored (inclusive)
  const char* accepts_below;  // first questionnaire version refused (exclusive)
};

using ScoreFunction = void (*)(const Input&, Result&);

}  // namespace spectrum

#include <spectrum/scoring.h>

namespace spectrum {

inline void Result::send(const spectrum_sink& sink) const {
  if (!score_) throw std::logic_error("the plugin set no score");
  int level = std::isnan(*score_) ? 0 : (level_ ? *level_ : level_of(*score_));
  if (level < 0 || level > 5) throw std::logic_error("level " + std::to_string(level) + " is outside 0..5");
  double score = cap_to_level(*score_, level);  // NaN passes through
  sink.set_score(sink.context, score, level);
  for (std::size_t r = 0; r < respondent_scores_.size(); ++r)
    sink.set_respondent_score(sink.context, static_cast<uint32_t>(r), respondent_scores_[r]);
  for (const Gate& g : gates_) {
    std::vector<const char*> ids;
    for (const std::string& s : g.items) ids.push_back(s.c_str());
    sink.add_gate(sink.context, g.level, g.id.c_str(), g.description.c_str(), g.met ? 1 : 0, ids.data(),
                  static_cast<uint32_t>(ids.size()));
    if (!SPECTRUM_SINK_HAS_GATE_ITEMS(&sink)) continue;  // a host that predates gate numbers
    for (std::size_t i = 0; i < g.items.size() && i < g.item_scores.size() && i < g.thresholds.size(); ++i)
      sink.set_gate_item(sink.context, static_cast<uint32_t>(i), g.item_scores[i].value_or(std::nan("")),
                         g.thresholds[i]);
  }
  for (const Finding& f : findings_) sink.add_finding(sink.context, f.kind, f.level, f.text.c_str());
  for (const auto& [name, value] : metrics_) sink.add_metric(sink.context, name.c_str(), value);
}

namespace detail {

inline void copy_message(const char* what, char* message, uint32_t size) {
  if (size == 0) return;
  std::size_t n = std::strlen(what);
  if (n >= size) n = size - 1;
  std::memcpy(message, what, n);
  message[n] = '\0';
}

// The C entry point: runs the author's function and turns anything thrown into an error code.
template <ScoreFunction Fn>
int32_t score_trampoline(const spectrum_input* input, const spectrum_sink* sink, char* message,
                         uint32_t message_size) noexcept {
  try {
    Input in(input);
    Result out(in.respondent_count());
    Fn(in, out);
    out.send(*sink);
    return SPECTRUM_OK;
  } catch (const std::exception& e) {
    copy_message(e.what(), message, message_size);
  } catch (...) {
    copy_message("the plugin threw something that is not a std::exception", message, message_size);
  }
  return SPECTRUM_ERROR;
}

}  // namespace detail
}  // namespace spectrum

#define SPECTRUM_EXPORT extern "C" __attribute__((visibility("default")))

// Declares the plugin: exports spectrum_plugin_descriptor() returning the score function and the
// PluginInfo fields given as designated initialisers (.id = "...", .version = "...", ...).
#define SPECTRUM_PLUGIN(function, ...)                                                    \
  SPECTRUM_EXPORT const spectrum_plugin_descriptor_v1* spectrum_plugin_descriptor(void) { \
    static const ::spectrum::PluginInfo spectrum_info_{__VA_ARGS__};                      \
    static const spectrum_plugin_descriptor_v1 spectrum_descriptor_ = {                   \
        sizeof(spectrum_plugin_descriptor_v1),                                            \
        SPECTRUM_ABI_VERSION,                                                             \
        spectrum_info_.id,                                                                \
        spectrum_info_.version,                                                           \
        spectrum_info_.domain,                                                            \
        spectrum_info_.title,                                                             \
        spectrum_info_.questionnaire,                                                     \
        spectrum_info_.accepts_from,                                                      \
        spectrum_info_.accepts_below,                                                     \
        &::spectrum::detail::score_trampoline<function>};                                 \
    return &spectrum_descriptor_;                                                         \
  }

#endif  // SPECTRUM_PLUGIN_H
