// A JSON tree built as nlohmann builds it, with repeated members and the first syntax error named.
#include "duplicate_keys.h"

#include "json_checker.h"
#include "json_syntax.h"

namespace spectrum::detail {

nlohmann::json* CheckedTreeBuilder::put(nlohmann::json value) {
  if (stack_.empty()) {
    document_ = std::move(value);
    return &document_;
  }
  nlohmann::json& container = *stack_.back();
  if (container.is_array()) {
    auto& elements = container.get_ref<nlohmann::json::array_t&>();
    elements.push_back(std::move(value));
    return &elements.back();
  }
  *member_ = std::move(value);
  return member_;
}

bool CheckedTreeBuilder::start_object(std::size_t) {
  // An element of an array stays where it is while it is open: its array grows only after it closes.
  stack_.push_back(put(nlohmann::json::object()));
  return true;
}

bool CheckedTreeBuilder::start_array(std::size_t) {
  stack_.push_back(put(nlohmann::json::array()));
  return true;
}

bool CheckedTreeBuilder::key(std::string& name) {
  auto& members = stack_.back()->get_ref<nlohmann::json::object_t&>();
  auto [where, added] = members.try_emplace(std::move(name));  // moved only when added
  if (!added) duplicates_.push_back(child_pointer(pointer_of(stack_.size() - 1), where->first));
  member_ = &where->second;
  return true;
}

bool CheckedTreeBuilder::end_object() {
  stack_.pop_back();
  return true;
}

bool CheckedTreeBuilder::end_array() {
  stack_.pop_back();
  return true;
}

void CheckedTreeBuilder::record_error(std::size_t position, int id, const std::string& token,
                                      const char* what) {
  if (failed) return;
  failed = true;
  byte = position;
  message = syntax_message(id, token, what);
}

// Found by where each open container sits in its parent: only ever asked when a member repeats.
std::string CheckedTreeBuilder::pointer_of(std::size_t depth) const {
  std::string pointer;
  for (std::size_t i = 0; i < depth; ++i) {
    const nlohmann::json& parent = *stack_[i];
    if (parent.is_array()) {
      const auto& elements = parent.get_ref<const nlohmann::json::array_t&>();
      for (std::size_t k = 0; k < elements.size(); ++k)
        if (&elements[k] == stack_[i + 1]) pointer = child_pointer(pointer, k);
    } else {
      for (const auto& [name, value] : parent.get_ref<const nlohmann::json::object_t&>())
        if (&value == stack_[i + 1]) pointer = child_pointer(pointer, name);
    }
  }
  return pointer;
}

}  // namespace spectrum::detail
