#include "json_text.h"

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

// A string as dump() writes it when it is plain printable ASCII (the quotes added); false otherwise.
// Eight bytes are looked at a time: this runs over every string of every profile a folder run writes.
bool append_plain(std::string& out, std::string_view text) {
  const char* p = text.data();
  const char* const end = p + text.size();
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if (any_special(word)) return false;
  }
  for (; p != end; ++p) {
    const auto byte = static_cast<unsigned char>(*p);
    if (byte < 0x20 || byte >= 0x80 || *p == '"' || *p == '\\') return false;
  }
  const std::size_t size = out.size();
  out.resize(size + text.size() + 2);
  char* at = out.data() + size;
  *at = '"';
  std::memcpy(at + 1, text.data(), text.size());
  at[text.size() + 1] = '"';
  return true;
}

void append_string(std::string& out, std::string_view text) {
  if (!append_plain(out, text)) out += nlohmann::json(std::string(text)).dump();
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

void JsonWriter::element() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;  // the value itself
  if (!first_.back()) out_ += ',';
  first_.back() = false;
  if (indent_ >= 0) new_line(out_, indent_, depth_ + static_cast<int>(first_.size()));
}

void JsonWriter::key(std::string_view name) {
  element();
  append_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  element();
  out_ += bracket;
  first_.push_back(true);
}

void JsonWriter::close(char bracket) {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty && indent_ >= 0) new_line(out_, indent_, depth_ + static_cast<int>(first_.size()));
  out_ += bracket;
}

void JsonWriter::string(std::string_view text) {
  element();
  append_string(out_, text);
}

void JsonWriter::number(double value) {
  element();
  if (!std::isfinite(value)) {
    out_ += "null";
  } else if (constexpr double kLargestExact = 9007199254740992.0;  // 2^53, as number_json
             value == std::floor(value) && std::fabs(value) < kLargestExact) {
    append_integer(out_, static_cast<std::int64_t>(value));
  } else {
    append_float(out_, value);
  }
}

void JsonWriter::integer(long long value) {
  element();
  append_integer(out_, value);
}

void JsonWriter::boolean(bool value) {
  element();
  out_ += value ? "true" : "false";
}

void JsonWriter::null() {
  element();
  out_ += "null";
}

void JsonWriter::json(const nlohmann::json& value) {
  element();
  append_json(out_, value, indent_, depth_ + static_cast<int>(first_.size()));
}

}  // namespace spectrum::detail
