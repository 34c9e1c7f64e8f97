// Private: builds the JSON tree of a document as nlohmann's parser does, and names every member given
// twice in one object (nlohmann itself silently keeps the last one, which would hide a typo such as a
// repeated item id) and the first syntax error, with where it is.
#ifndef SPECTRUM_DUPLICATE_KEYS_H
#define SPECTRUM_DUPLICATE_KEYS_H

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace spectrum::detail {

// A SAX handler for nlohmann::json::sax_parse. The tree goes into the document given, as
// nlohmann::json::parse would build it (a repeated member keeps its last value).
class CheckedTreeBuilder {
 public:
  explicit CheckedTreeBuilder(nlohmann::json& document) : document_(document) {}

  // JSON pointers of the repeated members, in document order.
  const std::vector<std::string>& duplicates() const { return duplicates_; }
  // The first syntax error: whether there was one, its byte offset and its message.
  bool failed = false;
  std::size_t byte = 0;
  std::string message;

  // The SAX interface.
  bool null() { return put(nullptr); }
  bool boolean(bool value) { return put(value); }
  bool number_integer(nlohmann::json::number_integer_t value) { return put(value); }
  bool number_unsigned(nlohmann::json::number_unsigned_t value) { return put(value); }
  bool number_float(nlohmann::json::number_float_t value, const std::string&) { return put(value); }
  bool string(std::string& value) { return put(std::move(value)); }
  bool binary(nlohmann::json::binary_t& value) { return put(nlohmann::json::binary(std::move(value))); }
  bool start_object(std::size_t);
  bool key(std::string& name);
  bool end_object();
  bool start_array(std::size_t);
  bool end_array();
  template <typename Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    record_error(position, error.id, token, error.what());
    return false;
  }

 private:
  // Puts a value where the parser is: the document, the array's next element, or the member named last.
  nlohmann::json* put(nlohmann::json value);
  void record_error(std::size_t position, int id, const std::string& token, const char* what);
  std::string pointer_of(std::size_t depth) const;  // of the container at stack_[depth]

  nlohmann::json& document_;
  std::vector<nlohmann::json*> stack_;  // the open objects and arrays, outermost first
  nlohmann::json* member_ = nullptr;    // in an object: where the value of the member named last goes
  std::vector<std::string> duplicates_;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_DUPLICATE_KEYS_H
