// Test support for the plugin SDK without the host: a builder for the plain-C questionnaire and answer
// structs a plugin receives (spectrum/abi.h), and a sink that records what a Result sends.
//
//   SdkFixture f;
//   f.scale("S1", {1, 2, 3, 4, 5}).choice("C1", {{"none", 0}, {"joint", 3}}, 2.0).respondents(2);
//   f.value(0, "S1", 4);
//   f.choose(1, "C1", "joint");
//   spectrum::Responses r = f.responses();  // a view; f must outlive it
#ifndef SPECTRUM_TESTS_SDK_TEST_SUPPORT_H
#define SPECTRUM_TESTS_SDK_TEST_SUPPORT_H

#include <spectrum/plugin.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace spectrum::test {

class SdkFixture {
 public:
  using Options = std::vector<std::pair<std::string, double>>;

  SdkFixture& scale(const std::string& id, std::vector<double> points, double weight = 1.0) {
    Options options;
    for (double p : points) options.emplace_back(std::to_string(p), p);
    auto [lo, hi] = std::minmax_element(points.begin(), points.end());
    return add(id, SPECTRUM_ITEM_SCALE, options, weight, *lo, *hi);
  }
  SdkFixture& choice(const std::string& id, const Options& options, double weight = 1.0) {
    return add(id, SPECTRUM_ITEM_CHOICE, options, weight, std::nan(""), std::nan(""));
  }
  SdkFixture& multi(const std::string& id, const Options& options, double weight = 1.0) {
    return add(id, SPECTRUM_ITEM_MULTI, options, weight, std::nan(""), std::nan(""));
  }
  SdkFixture& number(const std::string& id, double min, double max, double weight = 1.0) {
    return add(id, SPECTRUM_ITEM_NUMBER, {}, weight, min, max);
  }
  SdkFixture& boolean(const std::string& id, double weight = 1.0) {
    return add(id, SPECTRUM_ITEM_BOOLEAN, {}, weight, std::nan(""), std::nan(""));
  }
  SdkFixture& text(const std::string& id) {
    return add(id, SPECTRUM_ITEM_TEXT, {}, 1.0, std::nan(""), std::nan(""));
  }

  // Freezes the questionnaire and makes room for n respondents, every answer missing.
  SdkFixture& respondents(std::size_t n) {
    questionnaire_ = {"fixture", "1.0.0",       "fixture",
                      "Fixture", items_.data(), static_cast<uint32_t>(items_.size())};
    answers_.assign(n * items_.size(), spectrum_answer{SPECTRUM_ANSWER_MISSING, 0.0, -1, nullptr, nullptr});
    set_ = {&questionnaire_, answers_.data()};
    respondents_.clear();
    for (std::size_t r = 0; r < n; ++r)
      respondents_.push_back(
          {keep("r" + std::to_string(r + 1)), "Organisation", SPECTRUM_SECTOR_NHS, "manager"});
    input_ = {sizeof(spectrum_input),   "Fixture area", "hwb", respondents_.data(),
              static_cast<uint32_t>(n), &set_,          1,     0};
    return *this;
  }

  // Scale point, number, or 1/0 for a boolean.
  void value(std::size_t r, const std::string& id, double number) {
    slot(r, id) = {SPECTRUM_ANSWER_VALUE, number, -1, nullptr, nullptr};
  }
  void yes(std::size_t r, const std::string& id) { value(r, id, 1.0); }
  void no(std::size_t r, const std::string& id) { value(r, id, 0.0); }
  void choose(std::size_t r, const std::string& id, const std::string& option) {
    int o = option_of(id, option);
    slot(r, id) = {SPECTRUM_ANSWER_VALUE, item(id).options[o].value, o, nullptr, nullptr};
  }
  void select(std::size_t r, const std::string& id, std::initializer_list<std::string> options) {
    const spectrum_item& it = item(id);
    std::vector<uint8_t>& flags = selections_.emplace_back(it.option_count, 0);
    for (const std::string& name : options) flags[option_of(id, name)] = 1;
    slot(r, id) = {SPECTRUM_ANSWER_VALUE, 0.0, -1, flags.data(), nullptr};
  }
  void dont_know(std::size_t r, const std::string& id) {
    slot(r, id) = {SPECTRUM_ANSWER_DONT_KNOW, 0.0, -1, nullptr, nullptr};
  }
  void not_applicable(std::size_t r, const std::string& id) {
    slot(r, id) = {SPECTRUM_ANSWER_NOT_APPLICABLE, 0.0, -1, nullptr, nullptr};
  }
  void not_relevant(std::size_t r, const std::string& id) {
    slot(r, id) = {SPECTRUM_ANSWER_NOT_RELEVANT, 0.0, -1, nullptr, nullptr};
  }
  void write(std::size_t r, const std::string& id, const std::string& text) {
    slot(r, id) = {SPECTRUM_ANSWER_VALUE, 0.0, -1, nullptr, keep(text)};
  }

  Responses responses() const { return Responses(&set_, respondents_.size()); }
  const spectrum_input* input() const { return &input_; }

 private:
  SdkFixture& add(const std::string& id, spectrum_item_type type, const Options& options, double weight,
                  double min, double max) {
    if (!answers_.empty()) throw std::logic_error("add items before respondents()");
    std::vector<spectrum_option>& opts = options_.emplace_back();
    for (const auto& [name, value] : options) opts.push_back({keep(name), keep(name), value});
    items_.push_back({keep(id), "section", keep(id), static_cast<int32_t>(type), weight, 0, opts.data(),
                      static_cast<uint32_t>(opts.size()), min, max, ""});
    return *this;
  }
  const char* keep(const std::string& s) { return strings_.emplace_back(s).c_str(); }
  std::size_t index(const std::string& id) const {
    for (std::size_t i = 0; i < items_.size(); ++i)
      if (id == items_[i].id) return i;
    throw std::out_of_range("fixture has no item " + id);
  }
  const spectrum_item& item(const std::string& id) const { return items_[index(id)]; }
  int option_of(const std::string& id, const std::string& name) const {
    const spectrum_item& it = item(id);
    for (uint32_t o = 0; o < it.option_count; ++o)
      if (name == it.options[o].name) return static_cast<int>(o);
    throw std::out_of_range("item " + id + " has no option " + name);
  }
  spectrum_answer& slot(std::size_t r, const std::string& id) {
    return answers_.at(r * items_.size() + index(id));
  }

  std::deque<std::string> strings_;
  std::deque<std::vector<spectrum_option>> options_;
  std::deque<std::vector<uint8_t>> selections_;
  std::vector<spectrum_item> items_;
  spectrum_questionnaire questionnaire_{};
  std::vector<spectrum_answer> answers_;
  spectrum_response_set set_{};
  std::vector<spectrum_respondent> respondents_;
  spectrum_input input_{};
};

// Records what Result::send (or a plugin's score function) reports through the C sink.
struct RecordingSink {
  struct Gate {
    int level;
    std::string id;
    bool met;
    std::vector<std::string> items;
    std::vector<std::pair<double, double>>
        numbers;  // (score, threshold) per set_gate_item call, in item order
  };
  struct Finding {
    int kind;
    int level;
    std::string text;
  };

  double score = -1.0;
  int level = -1;
  int score_calls = 0;
  std::vector<std::pair<uint32_t, double>> respondent_scores;
  std::vector<Gate> gates;
  std::vector<Finding> findings;
  std::vector<std::pair<std::string, double>> metrics;

  // The sink as this host builds it; with before_gate_items, as a host built before set_gate_item.
  spectrum_sink sink(bool before_gate_items = false) {
    spectrum_sink s{};
    s.struct_size = before_gate_items ? static_cast<uint32_t>(offsetof(spectrum_sink, set_gate_item))
                                      : static_cast<uint32_t>(sizeof(spectrum_sink));
    s.context = this;
    s.set_score = [](void* c, double score, int32_t level) {
      auto* self = static_cast<RecordingSink*>(c);
      self->score = score, self->level = level, ++self->score_calls;
    };
    s.set_respondent_score = [](void* c, uint32_t r, double score) {
      static_cast<RecordingSink*>(c)->respondent_scores.emplace_back(r, score);
    };
    s.add_gate = [](void* c, int32_t level, const char* id, const char*, int32_t met,
                    const char* const* items, uint32_t count) {
      static_cast<RecordingSink*>(c)->gates.push_back(
          {level, id, met != 0, std::vector<std::string>(items, items + count), {}});
    };
    if (!before_gate_items)
      s.set_gate_item = [](void* c, uint32_t item, double score, double threshold) {
        auto& gate = static_cast<RecordingSink*>(c)->gates.back();
        if (item != gate.numbers.size()) throw std::logic_error("gate items out of order");
        gate.numbers.emplace_back(score, threshold);
      };
    else  // what an old host's memory beyond its struct might hold: never to be called
      s.set_gate_item = [](void*, uint32_t, double, double) {
        throw std::logic_error("called beyond struct_size");
      };
    s.add_finding = [](void* c, int32_t kind, int32_t level, const char* text) {
      static_cast<RecordingSink*>(c)->findings.push_back({kind, level, text});
    };
    s.add_metric = [](void* c, const char* name, double value) {
      static_cast<RecordingSink*>(c)->metrics.emplace_back(name, value);
    };
    return s;
  }
};

}  // namespace spectrum::test

#endif  // SPECTRUM_TESTS_SDK_TEST_SUPPORT_H
