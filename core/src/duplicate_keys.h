// Private: finds members given twice in one JSON object while nlohmann parses a document (the parser
// itself silently keeps the last one, which would hide a typo such as a repeated item id).
#ifndef SPECTRUM_DUPLICATE_KEYS_H
#define SPECTRUM_DUPLICATE_KEYS_H

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace spectrum::detail {

class DuplicateKeyFinder {
 public:
  // A parser callback for nlohmann::json::parse; it records duplicates and keeps every value. The
  // callback refers to this object, which must outlive the parse.
  nlohmann::json::parser_callback_t callback();
  // JSON pointers of the repeated members, in document order.
  const std::vector<std::string>& found() const { return found_; }

 private:
  struct Frame {
    bool is_array = false;
    std::size_t index = 0;  // arrays: index of the element being parsed
    std::string key;        // objects: the member being parsed
    std::set<std::string> keys;
  };
  void on_event(nlohmann::json::parse_event_t event, const nlohmann::json& parsed);
  void element_done();
  std::string pointer_to_current_container() const;

  std::vector<Frame> frames_;
  std::vector<std::string> found_;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_DUPLICATE_KEYS_H
