#include "answer_text.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace spectrum {

std::string answer_text(const model::Item& item, const spectrum_answer& a) {
  switch (a.state) {
    case SPECTRUM_ANSWER_DONT_KNOW:
      return "don't know";
    case SPECTRUM_ANSWER_NOT_APPLICABLE:
      return "not applicable";
    case SPECTRUM_ANSWER_NOT_RELEVANT:
      return "not relevant";
    case SPECTRUM_ANSWER_VALUE:
      break;
    default:
      return "no answer";
  }
  switch (item.type) {
    case ItemType::choice:
      return a.option >= 0 && static_cast<std::size_t>(a.option) < item.options.size()
                 ? item.options[a.option].label
                 : "?";
    case ItemType::multi: {
      std::string out;
      for (std::size_t o = 0; o < item.options.size(); ++o)
        if (a.selected && a.selected[o]) out += (out.empty() ? "" : "; ") + item.options[o].label;
      return out.empty() ? "none" : out;
    }
    case ItemType::scale: {
      for (const model::Option& o : item.options)
        if (o.value == a.number) return format_number(a.number) + " (" + o.label + ")";
      return format_number(a.number);
    }
    case ItemType::number:
      return format_number(a.number) + (item.unit.empty() ? "" : " " + item.unit);
    case ItemType::boolean:
      return a.number != 0.0 ? "yes" : "no";
    case ItemType::text:
      return a.text ? a.text : "";
  }
  return "";
}

bool same_answer(const model::Item& item, const spectrum_answer& x, const spectrum_answer& y) {
  if (x.state != y.state) return false;
  if (x.state != SPECTRUM_ANSWER_VALUE) return true;  // read by its state alone
  const auto same_number = [&] {
    return x.number == y.number && std::signbit(x.number) == std::signbit(y.number);
  };
  switch (item.type) {
    case ItemType::choice:
      return x.option == y.option;
    case ItemType::multi:
      if (!x.selected || !y.selected) return x.selected == y.selected;
      return std::equal(x.selected, x.selected + item.options.size(), y.selected);
    case ItemType::scale:
    case ItemType::number:
      return same_number();
    case ItemType::boolean:
      return (x.number != 0.0) == (y.number != 0.0);
    case ItemType::text:
      if (!x.text || !y.text) return x.text == y.text;
      return std::strcmp(x.text, y.text) == 0;
  }
  return false;
}

}  // namespace spectrum
