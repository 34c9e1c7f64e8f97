// Writing a JSON tree as text, byte for byte as nlohmann's dump(indent) writes it (indent < 0:
// compact), without its per-byte UTF-8 decoding of every string: the folder run writes tens of
// thousands of profiles, and dump() was most of its time. Strings that are not plain ASCII, and
// anything unusual, go through nlohmann itself.
#ifndef SPECTRUM_JSON_TEXT_H
#define SPECTRUM_JSON_TEXT_H

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace spectrum::detail {

// Appends value.dump(indent) to out, written as if value sat `depth` levels deep (the indentation
// of its closing bracket). Throws what dump() throws (invalid UTF-8).
void append_json(std::string& out, const nlohmann::json& value, int indent, int depth = 0);

// Writes JSON straight into text, as append_json would write the same tree, without building the
// tree: members are written in the order given, so a caller that wants nlohmann's order (sorted keys)
// gives them sorted. For the profiles of a folder run, where building the tree cost more than the rest.
class JsonWriter {
 public:
  // depth: the indentation of the value's closing bracket, as for append_json.
  JsonWriter(std::string& out, int indent, int depth = 0) : out_(out), indent_(indent), depth_(depth) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The name of the next member of the object being written.
  void key(std::string_view name);

  void string(std::string_view text);
  void number(double value);  // as number_json writes it: whole numbers as integers, not finite as null
  void integer(long long value);
  void boolean(bool value);
  void null();
  void json(const nlohmann::json& value);  // a tree, at the writer's place

 private:
  void open(char bracket);
  void close(char bracket);
  void element();  // before a value: the separator of an array's elements, or nothing after key()

  std::string& out_;
  int indent_;
  int depth_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_JSON_TEXT_H
