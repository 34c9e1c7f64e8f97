// The framed binary channel between the host and its helper process (spectrum-plugin-host): what the
// host sends (a probe or score request, the plugin's input) and what comes back (every sink call, in
// order, then the end of the run). Private to core and the helper.
//
// A frame is a 32-bit little-endian length, then that many bytes: a one-byte tag, then the fields.
// Fields are fixed-width little-endian numbers, and strings as a presence byte (0 = NULL), a 32-bit
// length and the bytes (not NUL-terminated, not yet checked as UTF-8: the host's sink checks them, the
// same as in-process). A reader never trusts a length: every read is bounds-checked, and a frame
// larger than kMaxFrame, or a stream larger than its budget, is refused.
#ifndef SPECTRUM_WIRE_H
#define SPECTRUM_WIRE_H

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum::wire {

constexpr std::uint32_t kMaxFrame = 64u << 20;  // one sink call or one input: 64 MiB

// A malformed frame or field: the message says what was expected.
class WireError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Builds one frame's body.
class Writer {
 public:
  explicit Writer(std::uint8_t tag) { bytes_.push_back(static_cast<char>(tag)); }
  Writer& u8(std::uint8_t v);
  Writer& u32(std::uint32_t v);
  Writer& i32(std::int32_t v) { return u32(static_cast<std::uint32_t>(v)); }
  Writer& f64(double v);
  Writer& str(const char* s);  // NULL is kept as NULL
  Writer& str(std::string_view s);
  // The frame: length prefix and body.
  std::string frame() const;

 private:
  std::string bytes_;
};

// Reads one frame's body; throws WireError past its end.
class Reader {
 public:
  explicit Reader(std::string_view body) : data_(body) {}
  std::uint8_t tag() { return u8(); }
  std::uint8_t u8();
  std::uint32_t u32();
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  double f64();
  std::optional<std::string> str();  // nullopt for NULL
  std::string text();                // a string that must not be NULL
  // Throws unless every byte was read.
  void end() const;

 private:
  std::string_view take(std::size_t n);
  std::string_view data_;
  std::size_t at_ = 0;
};

// Splits a byte stream into frame bodies. Throws WireError on a frame above kMaxFrame or a stream
// that ends inside a frame.
std::vector<std::string_view> split_frames(std::string_view stream);

// Writes all bytes to fd (retrying on EINTR); false on error.
bool write_all(int fd, std::string_view bytes);
// Reads fd to its end, at most `budget` bytes; throws WireError above the budget or on a read error.
std::string read_all(int fd, std::size_t budget);

}  // namespace spectrum::wire

#endif  // SPECTRUM_WIRE_H
