// Private: parsing a JSON document while keeping only the members a reader asks for, so that a
// command reading thousands of files holds what it needs and nothing else (SAX, nlohmann's parser).
#ifndef SPECTRUM_SELECTIVE_JSON_H
#define SPECTRUM_SELECTIVE_JSON_H

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace spectrum::detail {

// A set of JSON pointers naming what to keep, "*" standing for every element of an array:
// {"/format", "/domains/*/score"} keeps the format and each domain's score. A pointer keeps the whole
// value it names; the objects and arrays on the way keep only what leads to a kept value, and an array
// on the way keeps all its elements, so every kept value has the pointer it had in the file.
class JsonPaths {
 public:
  JsonPaths(std::initializer_list<std::string_view> pointers);

  struct Node {
    bool whole = false;                                // keep everything below
    std::map<std::string, Node, std::less<>> members;  // object members on the way
    std::unique_ptr<Node> elements;                    // "*": every array element
  };
  const Node& root() const { return root_; }

 private:
  Node root_;
};

// Parses text as parse_json() does (throws InputError naming the file, line and column on a syntax
// error, and the pointer of a member given twice) and returns only what `keep` names.
nlohmann::json parse_json_selected(const std::string& text, const std::string& file, const JsonPaths& keep);

}  // namespace spectrum::detail

#endif  // SPECTRUM_SELECTIVE_JSON_H
