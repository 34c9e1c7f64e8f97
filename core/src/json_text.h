// Writing a JSON tree as text, byte for byte as nlohmann's dump(indent) writes it (indent < 0:
// compact), without its per-byte UTF-8 decoding of every string: the folder run writes tens of
// thousands of profiles, and dump() was most of its time. Strings that are not plain ASCII, and
// anything unusual, go through nlohmann itself.
#ifndef SPECTRUM_JSON_TEXT_H
#define SPECTRUM_JSON_TEXT_H

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace spectrum::detail {

// Appends value.dump(indent) to out, written as if value sat `depth` levels deep (the indentation
// of its closing bracket). Throws what dump() throws (invalid UTF-8).
void append_json(std::string& out, const nlohmann::json& value, int indent, int depth = 0);

// A member name fixed in the source, checked when the program is built to be plain printable ASCII
// (a name that is not fails to compile), so that it is copied as it is, never scanned or escaped.
class PlainKey {
 public:
  template <std::size_t N>
  consteval PlainKey(const char (&name)[N]) : text_(name, N - 1) {  // implicit: key("score")
    for (const char c : text_)
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') throw "a PlainKey is plain printable ASCII";
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

// Writes JSON straight into text, as append_json would write the same tree, without building the
// tree: members are written in the order given, so a caller that wants nlohmann's order (sorted keys)
// gives them sorted. For the profiles of a folder run, where building the tree cost more than the rest.
// The text is written straight into out's bytes, with room kept ahead of it: out holds the text once
// the writer is gone, not before.
class JsonWriter {
 public:
  // depth: the indentation of the value's closing bracket, as for append_json.
  JsonWriter(std::string& out, int indent, int depth = 0);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The name of the next member of the object being written: a literal (key("score")), or a name
  // taken from data (data_key(item.id)), escaped as dump() escapes it.
  void key(PlainKey name);
  void data_key(std::string_view name);

  void string(std::string_view text);
  void number(double value);  // as number_json writes it: whole numbers as integers, not finite as null
  void integer(long long value);
  void boolean(bool value);
  void null();
  void json(const nlohmann::json& value);  // a tree, at the writer's place

 private:
  // Where the next value goes: first in its container, after a member's name, or after a value.
  enum class Place : unsigned char { first, after_key, next };

  static constexpr std::size_t kNumberRoom = 64;  // the most any number takes, with room to spare

  // Where the next `bytes` bytes go; size_ is moved past what is written there.
  char* room(std::size_t bytes) {
    if (out_.size() - size_ < bytes) grow(bytes);
    return out_.data() + size_;
  }
  void grow(std::size_t bytes);
  void put(std::string_view text);
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  std::string& text();                      // out_ holding just the text, to append to as a string
  void written_to(const std::string& out);  // after appending to text()

  void open(char bracket);
  void close(char bracket);
  // Before a value: the separator of an array's elements, or nothing after key().
  void element() {
    const Place place = place_;
    place_ = Place::next;
    if (place == Place::after_key) return;
    if (indent_ >= 0)
      separate(place);
    else if (place == Place::next)
      put(',');
  }
  void separate(Place place);  // element()'s separator when indenting: a comma, a new line, spaces
  void name_end();             // after a member's name
  std::size_t indentation(int open) const;  // the spaces before a line inside `open` containers

  std::string& out_;
  std::size_t size_;  // the text is out_'s first size_ bytes; the rest is room
  int indent_;
  int depth_;
  int open_ = 0;  // containers open
  Place place_ = Place::first;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_JSON_TEXT_H
