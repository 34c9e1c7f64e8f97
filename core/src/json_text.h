// Writing a JSON tree as text, byte for byte as nlohmann's dump(indent) writes it (indent < 0:
// compact), without its per-byte UTF-8 decoding of every string: the folder run writes tens of
// thousands of profiles, and dump() was most of its time. Strings that are not plain ASCII, and
// anything unusual, go through nlohmann itself.
#ifndef SPECTRUM_JSON_TEXT_H
#define SPECTRUM_JSON_TEXT_H

#include <nlohmann/json.hpp>

#include <string>

namespace spectrum::detail {

// Appends value.dump(indent) to out, written as if value sat `depth` levels deep (the indentation
// of its closing bracket). Throws what dump() throws (invalid UTF-8).
void append_json(std::string& out, const nlohmann::json& value, int indent, int depth = 0);

}  // namespace spectrum::detail

#endif  // SPECTRUM_JSON_TEXT_H
