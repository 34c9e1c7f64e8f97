// Every sink call of an isolated plugin, carried as a frame from the helper to the host and replayed
// there into the host's own sink (private to core and the helper).
//
// To carry one more sink function: give it a tag below, encode its arguments in the recording sink
// (sink_channel.cpp, record_*) and decode them in replay(); nothing else changes.
#ifndef SPECTRUM_SINK_CHANNEL_H
#define SPECTRUM_SINK_CHANNEL_H

#include "wire.h"

#include <spectrum/abi.h>

#include <cstdint>
#include <optional>
#include <string>

namespace spectrum::wire {

enum Tag : std::uint8_t {
  kSetScore = 'S',
  kRespondentScore = 'R',
  kGate = 'G',
  kFinding = 'F',
  kMetric = 'M',
  kGateItem = 'I',    // set_gate_item: u32 item, f64 score, f64 threshold
  kDone = 'D',        // score() returned: i32 rc, string message
  kDescriptor = 'P',  // probe: the descriptor's fields
  kLoadFailed = 'L',  // probe or score: the library could not be used; string reason
};

// Helper side: a sink whose every call is written to fd as one frame (buffered; flush() at the end).
// Its functions are noexcept; a call that cannot be recorded marks the recording as failed.
class RecordingSink {
 public:
  explicit RecordingSink(int fd);
  const spectrum_sink* sink() const { return &sink_; }
  void add(const Writer& frame) noexcept;
  void mark_failed() noexcept { failed_ = true; }
  // Writes what is buffered; false when a write failed.
  bool flush() noexcept;

 private:
  int fd_;
  bool failed_ = false;
  std::string buffer_;
  spectrum_sink sink_;
};

// How a plugin's run ended, as the helper reported it.
struct RunEnd {
  std::int32_t rc = SPECTRUM_ERROR;
  std::string message;
};

// Host side: calls target's functions for each sink frame in stream, in order. Returns the run's end
// (nullopt when the stream stops before one: the helper died). Throws WireError for a malformed
// frame, an unknown tag or anything after the end.
std::optional<RunEnd> replay(std::string_view stream, const spectrum_sink& target);

}  // namespace spectrum::wire

#endif  // SPECTRUM_SINK_CHANNEL_H
