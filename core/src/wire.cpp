#include "wire.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace spectrum::wire {

Writer& Writer::u8(std::uint8_t v) {
  bytes_.push_back(static_cast<char>(v));
  return *this;
}

Writer& Writer::u32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) bytes_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  return *this;
}

Writer& Writer::f64(double v) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  for (int i = 0; i < 8; ++i) bytes_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  return *this;
}

Writer& Writer::str(const char* s) {
  if (s == nullptr) return u8(0);
  return str(std::string_view(s));
}

Writer& Writer::str(std::string_view s) {
  u8(1);
  u32(static_cast<std::uint32_t>(s.size()));
  bytes_.append(s);
  return *this;
}

std::string Writer::frame() const {
  if (bytes_.size() > kMaxFrame)
    throw WireError("a frame of " + std::to_string(bytes_.size()) + " bytes is too large");
  Writer length(0);
  length.bytes_.clear();
  length.u32(static_cast<std::uint32_t>(bytes_.size()));
  return length.bytes_ + bytes_;
}

std::string_view Reader::take(std::size_t n) {
  if (n > data_.size() - at_)
    throw WireError("a frame ended after " + std::to_string(data_.size()) + " bytes, expected " +
                    std::to_string(n) + " more at byte " + std::to_string(at_));
  std::string_view out = data_.substr(at_, n);
  at_ += n;
  return out;
}

std::uint8_t Reader::u8() {
  return static_cast<std::uint8_t>(take(1)[0]);
}

std::uint32_t Reader::u32() {
  std::string_view b = take(4);
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[i])) << (8 * i);
  return v;
}

double Reader::f64() {
  std::string_view b = take(8);
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[i])) << (8 * i);
  double v = 0;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

std::optional<std::string> Reader::str() {
  std::uint8_t present = u8();
  if (present == 0) return std::nullopt;
  if (present != 1)
    throw WireError("a string's presence byte is " + std::to_string(present) + ", expected 0 or 1");
  std::uint32_t size = u32();
  return std::string(take(size));
}

std::string Reader::text() {
  auto s = str();
  if (!s) throw WireError("a required string is NULL");
  return *s;
}

void Reader::end() const {
  if (at_ != data_.size())
    throw WireError("a frame has " + std::to_string(data_.size() - at_) + " bytes left over, expected none");
}

std::vector<std::string_view> split_frames(std::string_view stream) {
  std::vector<std::string_view> frames;
  while (!stream.empty()) {
    if (stream.size() < 4) throw WireError("the stream ends inside a frame's length");
    Reader length(stream.substr(0, 4));
    std::uint32_t size = length.u32();
    if (size == 0 || size > kMaxFrame)
      throw WireError("a frame claims " + std::to_string(size) + " bytes, expected 1 to " +
                      std::to_string(kMaxFrame));
    if (stream.size() - 4 < size) throw WireError("the stream ends inside a frame");
    frames.push_back(stream.substr(4, size));
    stream.remove_prefix(4 + size);
  }
  return frames;
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string read_all(int fd, std::size_t budget) {
  std::string out;
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw WireError(std::string("read failed: ") + std::strerror(errno));
    if (n == 0) return out;
    if (out.size() + static_cast<std::size_t>(n) > budget)
      throw WireError("more than " + std::to_string(budget) + " bytes");
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace spectrum::wire
