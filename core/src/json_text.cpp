#include "json_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace spectrum::detail {

namespace {

// Whether any of the 8 bytes of word needs escaping or is not ASCII: below 0x20, 0x80 and above, '"'
// or '\\'. Each test leaves the high bit of a byte set where the byte matches (the classic
// "has a zero byte" test applied to word XOR the byte looked for).
constexpr bool any_special(std::uint64_t word) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const auto zero_in = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  const std::uint64_t control = (word - ones * 0x20) & ~word & highs;  // a byte below 0x20
  return ((word & highs) | control | zero_in(word ^ (ones * '"')) | zero_in(word ^ (ones * '\\'))) != 0;
}

// Whether a byte is written as it is inside a string: printable ASCII other than '"' and '\\'.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> plain{};
  for (int byte = 0x20; byte < 0x80; ++byte) plain[byte] = byte != '"' && byte != '\\';
  return plain;
}();

// Whether dump() writes text as it is between its quotes: plain printable ASCII, nothing to escape.
// Eight bytes are looked at a time: this runs over every string of every profile a folder run writes.
bool plain(std::string_view text) {
  const char* p = text.data();
  const char* const end = p + text.size();
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if (any_special(word)) return false;
  }
  for (; p != end; ++p)
    if (!kPlainByte[static_cast<unsigned char>(*p)]) return false;
  return true;
}

// text between quotes, at `at` (text.size() + 2 bytes).
char* quoted(char* at, std::string_view text) {
  *at = '"';
  if (!text.empty()) std::memcpy(at + 1, text.data(), text.size());  // (an empty view may hold no pointer)
  at[text.size() + 1] = '"';
  return at + text.size() + 2;
}

// A number that is not whole, written at `at` when it is a small one with at most four decimals (the
// scores, shares and metrics of a profile): the text is then its decimal digits, which read back as
// it and, being that short, are what nlohmann's shortest form writes too (tests/test_json_text.cpp
// compares the two for every such number). Returns the end of the text, or nullptr for any other
// number.
char* few_decimals(char* at, double value) {
  constexpr double kScale = 10000;         // four decimals
  constexpr long long kLargest = 1000000;  // numbers of magnitude below 100
  const double scaled = std::round(value * kScale);
  if (!(std::fabs(scaled) <= static_cast<double>(kLargest)) || scaled / kScale != value) return nullptr;
  const long long digits = static_cast<long long>(std::fabs(scaled));
  if (value < 0) *at++ = '-';
  at = std::to_chars(at, at + 8, digits / 10000).ptr;
  *at++ = '.';
  long long decimals = digits % 10000;  // not 0: whole numbers are written as integers
  for (long long place = 1000; decimals != 0; place /= 10) {
    *at++ = static_cast<char>('0' + decimals / place);
    decimals %= place;
  }
  return at;
}

void append_string(std::string& out, std::string_view text) {
  if (!plain(text)) {
    out += nlohmann::json(std::string(text)).dump();
    return;
  }
  const std::size_t size = out.size();
  out.resize(size + text.size() + 2);
  quoted(out.data() + size, text);
}

template <typename Number>
void append_integer(std::string& out, Number number) {
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  out.append(buffer, static_cast<std::size_t>(end - buffer));
}

void append_float(std::string& out, double number) {
  if (!std::isfinite(number)) {
    out += "null";
    return;
  }
  char buffer[64];  // nlohmann's own shortest round-trip form, as its serializer writes it
  const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, static_cast<std::size_t>(end - buffer));
}

void new_line(std::string& out, int indent, int depth) {
  out += '\n';
  out.append(static_cast<std::size_t>(indent) * static_cast<std::size_t>(depth), ' ');
}

}  // namespace

void append_json(std::string& out, const nlohmann::json& value, int indent, int depth) {
  const bool pretty = indent >= 0;
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      if (value.empty()) {
        out += "{}";
        return;
      }
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.items()) {
        if (!first) out += ',';
        first = false;
        if (pretty) new_line(out, indent, depth + 1);
        append_string(out, key);
        out += pretty ? ": " : ":";
        append_json(out, member, indent, depth + 1);
      }
      if (pretty) new_line(out, indent, depth);
      out += '}';
      return;
    }
    case nlohmann::json::value_t::array: {
      if (value.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      bool first = true;
      for (const nlohmann::json& element : value) {
        if (!first) out += ',';
        first = false;
        if (pretty) new_line(out, indent, depth + 1);
        append_json(out, element, indent, depth + 1);
      }
      if (pretty) new_line(out, indent, depth);
      out += ']';
      return;
    }
    case nlohmann::json::value_t::string:
      append_string(out, value.get_ref<const std::string&>());
      return;
    case nlohmann::json::value_t::number_integer:
      append_integer(out, value.get<std::int64_t>());
      return;
    case nlohmann::json::value_t::number_unsigned:
      append_integer(out, value.get<std::uint64_t>());
      return;
    case nlohmann::json::value_t::number_float:
      append_float(out, value.get<double>());
      return;
    case nlohmann::json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case nlohmann::json::value_t::null:
      out += "null";
      return;
    default:  // binary and discarded values: as nlohmann writes them
      out += value.dump(indent);
      return;
  }
}

JsonWriter::JsonWriter(std::string& out, int indent, int depth)
    : out_(out), size_(out.size()), indent_(indent), depth_(depth) {}

JsonWriter::~JsonWriter() {
  out_.resize(size_);  // the room kept ahead let go
}

void JsonWriter::grow(std::size_t bytes) {
  constexpr std::size_t kRoomAhead = 2048;  // room made at a time (the string's capacity grows doubling)
  out_.resize(size_ + std::max(bytes, kRoomAhead));
}

std::string& JsonWriter::text() {
  out_.resize(size_);
  return out_;
}

void JsonWriter::written_to(const std::string& text) {
  size_ = text.size();
}

std::size_t JsonWriter::indentation(int open) const {
  return static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth_ + open);
}

void JsonWriter::put(std::string_view text) {
  char* const at = room(text.size());
  if (!text.empty()) std::memcpy(at, text.data(), text.size());
  size_ += text.size();
}

void JsonWriter::separate(Place place) {
  const bool on_new_line = indent_ >= 0 && open_ > 0;  // the value itself (open_ == 0) starts where it is
  const std::size_t spaces = on_new_line ? indentation(open_) : 0;
  char* const start = room(spaces + 2);
  char* at = start;
  if (place == Place::next) *at++ = ',';
  if (on_new_line) {
    *at++ = '\n';
    std::memset(at, ' ', spaces);
    at += spaces;
  }
  size_ += static_cast<std::size_t>(at - start);
}

void JsonWriter::name_end() {
  put(indent_ >= 0 ? std::string_view(": ") : std::string_view(":"));
  place_ = Place::after_key;
}

void JsonWriter::key(PlainKey name) {
  element();
  char* const start = room(name.text().size() + 4);
  char* at = quoted(start, name.text());
  *at++ = ':';
  if (indent_ >= 0) *at++ = ' ';
  size_ += static_cast<std::size_t>(at - start);
  place_ = Place::after_key;
}

void JsonWriter::data_key(std::string_view name) {
  string(name);
  name_end();
}

void JsonWriter::open(char bracket) {
  element();
  put(bracket);
  ++open_;
  place_ = Place::first;
}

void JsonWriter::close(char bracket) {
  --open_;
  if (place_ != Place::first && indent_ >= 0) {
    const std::size_t spaces = indentation(open_);
    char* const at = room(spaces + 1);
    *at = '\n';
    std::memset(at + 1, ' ', spaces);
    size_ += spaces + 1;
  }
  put(bracket);
  place_ = Place::next;
}

void JsonWriter::string(std::string_view text) {
  element();
  if (plain(text)) {
    quoted(room(text.size() + 2), text);
    size_ += text.size() + 2;
  } else {
    std::string& out = this->text();
    out += nlohmann::json(std::string(text)).dump();
    written_to(out);
  }
}

void JsonWriter::number(double value) {
  if (constexpr double kLargestExact = 9007199254740992.0;  // 2^53, as number_json
      std::isfinite(value) && value == std::floor(value) && std::fabs(value) < kLargestExact) {
    integer(static_cast<long long>(value));
    return;
  }
  element();
  if (!std::isfinite(value)) {
    put("null");
    return;
  }
  char* const at = room(kNumberRoom);
  char* end = few_decimals(at, value);
  if (end == nullptr)  // nlohmann's own shortest round-trip form, as its serializer writes it
    end = nlohmann::detail::to_chars(at, at + kNumberRoom, value);
  size_ += static_cast<std::size_t>(end - at);
}

void JsonWriter::integer(long long value) {
  element();
  char* const at = room(kNumberRoom);
  size_ += static_cast<std::size_t>(std::to_chars(at, at + kNumberRoom, value).ptr - at);
}

void JsonWriter::boolean(bool value) {
  element();
  put(value ? "true" : "false");
}

void JsonWriter::null() {
  element();
  put("null");
}

void JsonWriter::json(const nlohmann::json& value) {
  element();
  std::string& out = text();
  append_json(out, value, indent_, depth_ + open_);
  written_to(out);
}

}  // namespace spectrum::detail
