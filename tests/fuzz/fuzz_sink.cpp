// libFuzzer harness for the result sink: random bytes become random sink calls (gate items included; NULL and
// invalid UTF-8 strings, any level, any respondent, NaN and infinities) on a HostSink, and the same bytes are
// replayed as an isolated helper's framed channel. Nothing may crash, leak or throw; every result
// finish() accepts must hold only what a profile allows.
#include "host_sink.h"
#include "sink_channel.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace {

using namespace spectrum;

// A small fixed input: one questionnaire of two items, three respondents.
struct Input {
  spectrum_item items[2]{};
  spectrum_questionnaire questionnaire{};
  spectrum_response_set set{};
  spectrum_input input{};
  Input() {
    items[0].id = "A1";
    items[1].id = "A2";
    questionnaire = {"q", "1.0.0", "d", "Q", items, 2};
    set = {&questionnaire, nullptr};
    input.struct_size = sizeof input;
    input.respondent_count = 3;
    input.sets = &set;
    input.set_count = 1;
  }
};

// Reads the fuzzer's bytes as call arguments.
class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return at_ >= size_; }
  std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  std::int32_t small() { return static_cast<std::int8_t>(byte()); }
  double number() {
    switch (byte() % 6) {
      case 0:
        return std::nan("");
      case 1:
        return INFINITY;
      case 2:
        return -1;
      default:
        return byte() / 40.0;
    }
  }
  // NULL, or a short string that may hold invalid UTF-8 (kept alive in a pool).
  const char* text() {
    std::uint8_t n = byte();
    if (n == 0xff) return nullptr;
    std::string& s = pool_[slot_++ % 8];
    s.clear();
    for (std::uint8_t i = 0; i < n % 12 && !empty(); ++i) s += static_cast<char>(byte());
    return s.c_str();
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_, at_ = 0;
  std::string pool_[8];
  unsigned slot_ = 0;
};

void check(const PluginOutput& out) {
  if (!out.ok) return;
  if (!std::isnan(out.score) && (out.score < 0 || out.score > 5)) __builtin_trap();
  for (const auto& g : out.gates) {
    if (g.id.empty() || g.level < 0 || g.level > 5) __builtin_trap();
    if (g.scores.size() != g.items.size() || g.thresholds.size() != g.items.size()) __builtin_trap();
    for (std::size_t i = 0; i < g.items.size(); ++i)
      if ((!std::isnan(g.scores[i]) && (g.scores[i] < 0 || g.scores[i] > 5)) ||
          (!std::isnan(g.thresholds[i]) && (g.thresholds[i] < 0 || g.thresholds[i] > 5)))
        __builtin_trap();
  }
  for (const auto& f : out.findings)
    if (f.text.empty() || f.level < -1 || f.level > 5) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Input fixed;
  {  // the same bytes as a framed channel
    HostSink host(fixed.input);
    try {
      auto end = wire::replay(std::string_view(reinterpret_cast<const char*>(data), size), *host.sink());
      if (end) check(host.finish("fuzz", end->rc, end->message));
    } catch (const wire::WireError&) {
    }
  }
  HostSink host(fixed.input);
  const spectrum_sink& sink = *host.sink();
  Bytes in(data, size);
  while (!in.empty()) {
    switch (in.byte() % 6) {
      case 0:
        sink.set_score(sink.context, in.number(), in.small());
        break;
      case 1:
        sink.set_respondent_score(sink.context, in.byte() % 5, in.number());
        break;
      case 2: {
        const char* items[3] = {in.text(), in.text(), in.text()};
        std::int32_t level = in.small();
        const char* id = in.text();
        const char* description = in.text();
        std::uint32_t count = in.byte() % 4;
        sink.add_gate(sink.context, level, id, description, in.byte() & 1, in.byte() & 1 ? items : nullptr,
                      count);
        break;
      }
      case 3:
        sink.add_finding(sink.context, in.small(), in.small(), in.text());
        break;
      case 4:
        sink.set_gate_item(sink.context, in.byte() % 4, in.number(), in.number());
        break;
      default:
        sink.add_metric(sink.context, in.text(), in.number());
        break;
    }
  }
  check(host.finish("fuzz", in.byte() % 2, "message"));
  return 0;
}
