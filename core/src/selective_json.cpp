// parse_json_selected(): nlohmann's SAX parser feeding a handler that builds only the kept values.
#include "selective_json.h"

#include "json_checker.h"
#include "json_syntax.h"

#include <spectrum/diagnostics.h>
#include <spectrum/io.h>

#include <vector>

namespace spectrum::detail {

using json = nlohmann::json;

JsonPaths::JsonPaths(std::initializer_list<std::string_view> pointers) {
  for (std::string_view pointer : pointers) {
    Node* node = &root_;
    while (!pointer.empty()) {
      pointer.remove_prefix(1);  // the '/'
      const std::size_t end = std::min(pointer.find('/'), pointer.size());
      const std::string_view token = pointer.substr(0, end);
      pointer.remove_prefix(end);
      if (token == "*") {
        if (!node->elements) node->elements = std::make_unique<Node>();
        node = node->elements.get();
      } else {
        node = &node->members[std::string(token)];
      }
    }
    node->whole = true;
  }
}

namespace {

// Builds the kept values; everything else is lexed and dropped at once.
class SelectingHandler {
 public:
  explicit SelectingHandler(const JsonPaths::Node& root) : root_(root) {}

  bool null() { return add(nullptr); }
  bool boolean(bool value) { return add(value); }
  bool number_integer(json::number_integer_t value) { return add(value); }
  bool number_unsigned(json::number_unsigned_t value) { return add(value); }
  bool number_float(json::number_float_t value, const std::string&) { return add(value); }
  bool string(std::string& value) { return add(std::move(value)); }
  bool binary(json::binary_t& value) { return add(json::binary(std::move(value))); }
  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& name) {
    if (skipping_ > 0) return true;
    Frame& frame = frames_.back();
    frame.next = nullptr;
    if (frame.node->whole) {
      frame.next = frame.node;
    } else if (auto member = frame.node->members.find(name); member != frame.node->members.end()) {
      frame.next = &member->second;
    }
    if (frame.next != nullptr) {
      if (frame.value->contains(name)) duplicates.push_back(child_pointer(pointer(), name));
      frame.key = std::move(name);
    }
    return true;
  }

  template <typename Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    failed = true;
    byte = position;
    message = syntax_message(error.id, token, error.what());
    return false;
  }

  json document;
  std::vector<std::string> duplicates;  // pointers of members given twice
  bool failed = false;
  std::size_t byte = 0;
  std::string message;

 private:
  struct Frame {
    const JsonPaths::Node* node;
    json* value;
    std::string key;                        // objects: the member being read
    const JsonPaths::Node* next = nullptr;  // objects: its node, null when it is dropped
  };

  // Where the value about to be read leads in the paths; null when it is dropped.
  const JsonPaths::Node* next_node() const {
    if (frames_.empty()) return &root_;
    const Frame& frame = frames_.back();
    if (frame.node->whole) return frame.node;
    return frame.value->is_array() ? frame.node->elements.get() : frame.next;
  }

  json* place(json&& value) {
    if (frames_.empty()) {
      document = std::move(value);
      return &document;
    }
    Frame& frame = frames_.back();
    if (frame.value->is_array()) {
      frame.value->push_back(std::move(value));
      return &frame.value->back();
    }
    json& slot = (*frame.value)[frame.key];
    slot = std::move(value);
    return &slot;
  }

  template <typename Value>
  bool add(Value&& value) {
    if (skipping_ == 0 && next_node() != nullptr) place(json(std::forward<Value>(value)));
    return true;
  }

  bool open(json::value_t type) {
    if (skipping_ > 0 || next_node() == nullptr) {
      ++skipping_;
      return true;
    }
    const JsonPaths::Node* node = next_node();
    frames_.push_back({node, place(json(type)), {}, nullptr});
    return true;
  }

  bool close() {
    if (skipping_ > 0)
      --skipping_;
    else
      frames_.pop_back();
    return true;
  }

  // The pointer of the container being read.
  std::string pointer() const {
    std::string out;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      out = frame.value->is_array() ? child_pointer(out, frame.value->size() - 1)
                                    : child_pointer(out, frame.key);
    }
    return out;
  }

  const JsonPaths::Node& root_;
  std::vector<Frame> frames_;
  std::size_t skipping_ = 0;  // depth inside a dropped object or array
};

// Stops as soon as the top-level "format" member has been read.
class FormatPeek {
 public:
  bool null() { return scalar(); }
  bool boolean(bool) { return scalar(); }
  bool number_integer(json::number_integer_t) { return scalar(); }
  bool number_unsigned(json::number_unsigned_t) { return scalar(); }
  bool number_float(json::number_float_t, const std::string&) { return scalar(); }
  bool binary(json::binary_t&) { return scalar(); }
  bool string(std::string& value) {
    if (depth_ == 1 && at_format_) {
      format = std::move(value);
      return false;  // found: read no further
    }
    return scalar();
  }
  bool start_object(std::size_t) {
    at_format_ = false;
    return ++depth_ > 0;
  }
  bool start_array(std::size_t) {
    at_format_ = false;
    return ++depth_ > 1;  // a document that is an array has no format
  }
  bool end_object() { return --depth_ > 0; }
  bool end_array() { return --depth_ > 0; }
  bool key(std::string& name) {
    at_format_ = depth_ == 1 && name == "format";
    return true;
  }
  template <typename Exception>
  bool parse_error(std::size_t, const std::string&, const Exception&) {
    return false;
  }

  std::string format;

 private:
  bool scalar() {
    at_format_ = false;
    return depth_ > 0;
  }
  int depth_ = 0;
  bool at_format_ = false;
};

}  // namespace

json parse_json_selected(const std::string& text, const std::string& file, const JsonPaths& keep) {
  reject_nul(text, file);
  SelectingHandler handler(keep.root());
  try {
    json::sax_parse(text, &handler, json::input_format_t::json, true);  // strict: nothing after
  } catch (const json::exception& e) {  // anything the parser throws rather than reports
    throw InputError({{file, "", "invalid JSON: " + syntax_message(e.id, "", e.what())}});
  }
  if (handler.failed)
    throw InputError({{file, "", position_of(text, handler.byte) + ": invalid JSON: " + handler.message}});
  if (!handler.duplicates.empty()) {
    std::vector<Diagnostic> diagnostics;
    for (const std::string& pointer : handler.duplicates)
      diagnostics.push_back({file, pointer, "member given twice; the first would be silently lost"});
    throw InputError(std::move(diagnostics));
  }
  return std::move(handler.document);
}

}  // namespace spectrum::detail

namespace spectrum {

std::string peek_format(const std::string& text) {
  detail::FormatPeek peek;
  try {
    nlohmann::json::sax_parse(text, &peek, nlohmann::json::input_format_t::json, false);
  } catch (const nlohmann::json::exception&) {
    return {};
  }
  return peek.format;
}

}  // namespace spectrum
