// Tracks the parser's position as a JSON pointer to name members given twice.
#include "duplicate_keys.h"

#include "json_checker.h"

namespace spectrum::detail {

nlohmann::json::parser_callback_t DuplicateKeyFinder::callback() {
  return [this](int /*depth*/, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    on_event(event, parsed);
    return true;
  };
}

void DuplicateKeyFinder::on_event(nlohmann::json::parse_event_t event, const nlohmann::json& parsed) {
  using Event = nlohmann::json::parse_event_t;
  switch (event) {
    case Event::object_start:
    case Event::array_start:
      frames_.emplace_back();
      frames_.back().is_array = event == Event::array_start;
      break;
    case Event::key: {
      Frame& top = frames_.back();
      top.key = parsed.get<std::string>();
      if (!top.keys.insert(top.key).second)
        found_.push_back(child_pointer(pointer_to_current_container(), top.key));
      break;
    }
    case Event::value:
      element_done();
      break;
    case Event::object_end:
    case Event::array_end:
      frames_.pop_back();
      element_done();
      break;
  }
}

void DuplicateKeyFinder::element_done() {
  if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
}

std::string DuplicateKeyFinder::pointer_to_current_container() const {
  std::string pointer;
  for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
    pointer = frames_[i].is_array ? child_pointer(pointer, frames_[i].index)
                                  : child_pointer(pointer, frames_[i].key);
  }
  return pointer;
}

}  // namespace spectrum::detail
