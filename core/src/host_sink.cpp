#include "host_sink.h"

#include <spectrum/levels.h>
#include <spectrum/numbers.h>
#include <spectrum/plugin.h>  // same_text

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>

namespace spectrum {

namespace {

HostSink& host(void* context) {
  return *static_cast<HostSink*>(context);
}

bool outside_scale(double v) {
  return !std::isfinite(v) || v < 0 || v > 5;
}

bool is_level(int32_t level) {
  return level >= 0 && level <= 5;
}

// Runs body; running out of memory in it becomes a violation instead of an exception through C.
template <typename Body>
void guarded(void* context, Body body) noexcept {
  try {
    body(host(context));
  } catch (const std::bad_alloc&) {
    host(context).violate("the host ran out of memory copying its result");
  } catch (...) {
    host(context).violate("the host could not copy its result");
  }
}

void on_score(void* context, double score, int32_t level) noexcept {
  guarded(context, [&](HostSink& c) {
    if (c.score_set) return c.violate("set the score twice");
    c.score_set = true;
    if (!std::isnan(score) && (!std::isfinite(score) || score < 0 || score > 5))
      return c.violate("score " + format_number(score) + " is outside 0..5");
    if (!std::isnan(score) && !is_level(level))
      return c.violate("level " + std::to_string(level) + " is outside 0..5");
    if (!std::isnan(score) && level > level_of(score))
      return c.violate("level " + std::to_string(level) + " is above the level " +
                       std::to_string(level_of(score)) + " that score " + format_fixed(score, 2) + " earns");
    c.out.score = score;
    c.out.level = std::isnan(score) ? 0 : level;
  });
}

void on_respondent_score(void* context, uint32_t respondent, double score) noexcept {
  guarded(context, [&](HostSink& c) {
    if (respondent >= c.respondent_count)
      return c.violate("scored respondent " + std::to_string(respondent) + " of " +
                       std::to_string(c.respondent_count));
    if (!std::isnan(score) && (!std::isfinite(score) || score < 0 || score > 5))
      return c.violate("respondent " + std::to_string(respondent) + " scored " + format_number(score) +
                       ", outside 0..5");
    c.out.respondent_scores[respondent] = score;
  });
}

void on_gate(void* context, int32_t level, const char* id, const char* description, int32_t met,
             const char* const* item_ids, uint32_t item_count) noexcept {
  guarded(context, [&](HostSink& c) {
    if (!is_level(level)) return c.violate("gate for level " + std::to_string(level) + " is outside 0..5");
    auto gate_id = c.text(id, "gate id");
    auto gate_text = c.text(description, "gate description");
    if (!gate_id || !gate_text) return;
    if (gate_id->empty()) return c.violate("a gate for level " + std::to_string(level) + " has an empty id");
    if (item_count > 0 && item_ids == nullptr)
      return c.violate("gate " + *gate_id + " passed NULL as its item list");
    PluginGate g{level, *gate_id, *gate_text, met != 0, {}, {}, {}};
    for (uint32_t i = 0; i < item_count; ++i) {
      auto item = c.text(item_ids[i], "gate item id");
      if (!item) return;
      if (!c.knows_item(*item))
        return c.violate("gate " + *gate_id + " names item \"" + *item +
                         "\", which is not in the questionnaire");
      g.items.push_back(std::move(*item));
    }
    g.scores.assign(item_count, std::nan(""));
    g.thresholds.assign(item_count, std::nan(""));
    c.out.gates.push_back(std::move(g));
  });
}

void on_gate_item(void* context, uint32_t item, double score, double threshold) noexcept {
  guarded(context, [&](HostSink& c) {
    if (c.out.gates.empty()) return c.violate("reported a gate item before any gate");
    PluginGate& g = c.out.gates.back();
    auto where = [&] { return "gate " + g.id + " item " + std::to_string(item); };  // only when wrong
    if (item >= g.items.size())
      return c.violate(where() + " is beyond its " + std::to_string(g.items.size()) + " items");
    if (!std::isnan(g.thresholds[item])) return c.violate(where() + " was reported twice");
    if (!std::isnan(score) && outside_scale(score))
      return c.violate(where() + " scored " + format_number(score) + ", outside 0..5");
    if (outside_scale(threshold))
      return c.violate(where() + " has threshold " + format_number(threshold) + ", outside 0..5");
    g.scores[item] = score;
    g.thresholds[item] = threshold;
  });
}

void on_finding(void* context, int32_t kind, int32_t level, const char* text) noexcept {
  guarded(context, [&](HostSink& c) {
    if (kind < SPECTRUM_FINDING_STRENGTH || kind > SPECTRUM_FINDING_NEXT_STEP)
      return c.violate("finding of unknown kind " + std::to_string(kind));
    if (level != -1 && !is_level(level))  // -1: a finding that belongs to no level
      return c.violate("finding at level " + std::to_string(level) + ", outside 0..5");
    auto copy = c.text(text, "finding text");
    if (!copy) return;
    if (copy->empty()) return c.violate("a finding at level " + std::to_string(level) + " has no text");
    c.out.findings.push_back({static_cast<Finding::Kind>(kind), level, std::move(*copy)});
  });
}

void on_metric(void* context, const char* name, double value) noexcept {
  guarded(context, [&](HostSink& c) {
    auto copy = c.text(name, "metric name");
    if (!copy) return;
    if (copy->empty()) return c.violate("a metric has an empty name");
    if (std::isinf(value)) return c.violate("metric " + *copy + " is infinite, expected a number or NaN");
    c.out.metrics[*copy] = value;
  });
}

// The length of the valid UTF-8 sequence at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char b1 = byte(i + 1);
  if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) ||
      (b == 0xF4 && b1 > 0x8F))
    return 0;  // overlong, surrogate or above U+10FFFF
  return n;
}

}  // namespace

std::string repair_utf8(std::string_view text, bool& repaired) {
  repaired = false;
  // Plain ASCII, as nearly every text a plugin sends is, is valid as it stands.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      repaired = true;
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

HostSink::HostSink(const spectrum_input& input)
    : questionnaire_(input.scored < input.set_count ? input.sets[input.scored].questionnaire : nullptr),
      sink_{sizeof(spectrum_sink), this, on_score, on_respondent_score, on_gate, on_finding, on_metric,
            on_gate_item} {
  respondent_count = input.respondent_count;
  out.respondent_scores.assign(input.respondent_count, std::nan(""));
}

void HostSink::violate(const std::string& what) noexcept {
  try {
    if (violation_.empty()) violation_ = what;
  } catch (...) {
  }
  if (violation_.empty()) violation_ = "?";  // short strings do not allocate
}

std::optional<std::string> HostSink::text(const char* s, const char* what) noexcept {
  if (s == nullptr) {
    violate(std::string("passed NULL as a ") + what);
    return std::nullopt;
  }
  try {
    bool repaired = false;
    std::string copy = repair_utf8(s, repaired);
    if (repaired && out.notes.size() < 20)
      out.notes.push_back(std::string(what) + ": invalid UTF-8 replaced by U+FFFD");
    return copy;
  } catch (...) {
    violate("the host ran out of memory copying its result");
    return std::nullopt;
  }
}

bool HostSink::knows_item(std::string_view id) const noexcept {
  if (questionnaire_ == nullptr) return false;
  for (uint32_t i = 0; i < questionnaire_->item_count; ++i)
    if (same_text(questionnaire_->items[i].id, id)) return true;
  return false;
}

PluginOutput HostSink::finish(const std::string& plugin_id, int32_t rc, std::string_view message) {
  PluginOutput failed;
  bool repaired = false;
  if (rc != SPECTRUM_OK) {
    std::string reason = repair_utf8(message, repaired);
    failed.error = plugin_id + " failed: " + (reason.empty() ? std::string("no reason given") : reason);
    return failed;
  }
  if (!violation_.empty()) {
    failed.error = plugin_id + " returned an invalid result: " + repair_utf8(violation_, repaired);
    return failed;
  }
  if (!score_set) {
    failed.error = plugin_id + " returned an invalid result: no score";
    return failed;
  }
  out.ok = true;
  return std::move(out);
}

}  // namespace spectrum
