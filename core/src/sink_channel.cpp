#include "sink_channel.h"

#include <vector>

namespace spectrum::wire {

namespace {

constexpr std::size_t kFlushAt = 1 << 16;

RecordingSink& recording(void* context) {
  return *static_cast<RecordingSink*>(context);
}

template <typename Build>
void record(void* context, Tag tag, Build build) noexcept {
  try {
    Writer frame(tag);
    build(frame);
    recording(context).add(frame);
  } catch (...) {
    recording(context).mark_failed();
  }
}

void record_score(void* context, double score, int32_t level) noexcept {
  record(context, kSetScore, [&](Writer& w) { w.f64(score).i32(level); });
}

void record_respondent_score(void* context, uint32_t respondent, double score) noexcept {
  record(context, kRespondentScore, [&](Writer& w) { w.u32(respondent).f64(score); });
}

void record_gate(void* context, int32_t level, const char* id, const char* description, int32_t met,
                 const char* const* item_ids, uint32_t item_count) noexcept {
  record(context, kGate, [&](Writer& w) {
    w.i32(level).str(id).str(description).i32(met).u8(item_ids != nullptr).u32(item_count);
    if (item_ids != nullptr)
      for (uint32_t i = 0; i < item_count; ++i) w.str(item_ids[i]);
  });
}

void record_finding(void* context, int32_t kind, int32_t level, const char* text) noexcept {
  record(context, kFinding, [&](Writer& w) { w.i32(kind).i32(level).str(text); });
}

void record_metric(void* context, const char* name, double value) noexcept {
  record(context, kMetric, [&](Writer& w) { w.str(name).f64(value); });
}

void record_gate_item(void* context, uint32_t item, double score, double threshold) noexcept {
  record(context, kGateItem, [&](Writer& w) { w.u32(item).f64(score).f64(threshold); });
}

const char* c_str(const std::optional<std::string>& s) {
  return s ? s->c_str() : nullptr;
}

}  // namespace

RecordingSink::RecordingSink(int fd)
    : fd_(fd), sink_{sizeof(spectrum_sink), this,           record_score,  record_respondent_score,
                     record_gate,           record_finding, record_metric, record_gate_item} {}

void RecordingSink::add(const Writer& frame) noexcept {
  try {
    buffer_ += frame.frame();
  } catch (...) {
    failed_ = true;
  }
  if (buffer_.size() >= kFlushAt) flush();
}

bool RecordingSink::flush() noexcept {
  if (!write_all(fd_, buffer_)) failed_ = true;
  buffer_.clear();
  return !failed_;
}

std::optional<RunEnd> replay(std::string_view stream, const spectrum_sink& target) {
  std::optional<RunEnd> end;
  for (std::string_view body : split_frames(stream)) {
    if (end) throw WireError("a frame follows the end of the run");
    Reader in(body);
    const std::uint8_t tag = in.tag();
    switch (tag) {
      case kSetScore: {
        double score = in.f64();
        int32_t level = in.i32();
        in.end();
        target.set_score(target.context, score, level);
        break;
      }
      case kRespondentScore: {
        uint32_t respondent = in.u32();
        double score = in.f64();
        in.end();
        target.set_respondent_score(target.context, respondent, score);
        break;
      }
      case kGate: {
        int32_t level = in.i32();
        auto id = in.str();
        auto description = in.str();
        int32_t met = in.i32();
        bool has_items = in.u8() != 0;
        uint32_t count = in.u32();
        std::vector<std::optional<std::string>> items;
        if (has_items)
          for (uint32_t i = 0; i < count; ++i) items.push_back(in.str());
        in.end();
        std::vector<const char*> pointers;
        for (const auto& item : items) pointers.push_back(c_str(item));
        target.add_gate(target.context, level, c_str(id), c_str(description), met,
                        has_items ? pointers.data() : nullptr, count);
        break;
      }
      case kFinding: {
        int32_t kind = in.i32();
        int32_t level = in.i32();
        auto text = in.str();
        in.end();
        target.add_finding(target.context, kind, level, c_str(text));
        break;
      }
      case kMetric: {
        auto name = in.str();
        double value = in.f64();
        in.end();
        target.add_metric(target.context, c_str(name), value);
        break;
      }
      case kGateItem: {
        uint32_t item = in.u32();
        double score = in.f64();
        double threshold = in.f64();
        in.end();
        if (SPECTRUM_SINK_HAS_GATE_ITEMS(&target))
          target.set_gate_item(target.context, item, score, threshold);
        break;
      }
      case kDone: {
        RunEnd done;
        done.rc = in.i32();
        done.message = in.str().value_or("");
        in.end();
        end = std::move(done);
        break;
      }
      case kLoadFailed: {
        RunEnd failed;
        failed.message = in.text();
        in.end();
        end = std::move(failed);
        break;
      }
      default:
        throw WireError("unknown frame tag " + std::to_string(tag));
    }
  }
  return end;
}

}  // namespace spectrum::wire
