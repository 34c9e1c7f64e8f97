// Answers as people write them: option labels and names, "don't know", yes/no and numbers.
#include "answer_labels.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace spectrum::collect::detail {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Lower case, with typographic apostrophes and dashes as their ASCII forms and runs of spaces as one.
std::string fold(std::string_view text) {
  std::string in = trim(text);
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    std::string_view rest = std::string_view(in).substr(i);
    if (rest.starts_with("\u2019") || rest.starts_with("\u2018")) {  // ’ ‘
      out += '\'';
      i += 2;
    } else if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) {  // – —
      out += '-';
      i += 2;
    } else if (std::isspace(static_cast<unsigned char>(in[i]))) {
      if (out.empty() || out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(in[i])));
    }
  }
  return out;
}

std::string option_label(const model::Questionnaire& questionnaire, const std::string& item_id,
                         const std::string& name) {
  if (auto index = questionnaire.find(item_id)) {
    const model::Item& item = questionnaire.items[*index];
    for (const model::Option& option : item.options)
      if (option.name == name) return option_display(item, option);
  }
  return name;
}

}  // namespace

bool same_text(std::string_view a, std::string_view b) {
  return fold(a) == fold(b);
}

std::string trim(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string option_display(const model::Item& item, const model::Option& option) {
  if (item.type == ItemType::scale) return format_number(option.value) + " \u2013 " + option.label;
  return option.label.empty() ? option.name : option.label;
}

const model::Option* match_option(const model::Item& item, std::string_view text) {
  std::string wanted = fold(text);
  if (wanted.empty()) return nullptr;
  // Exact names first, so that an option whose name is another's label cannot be shadowed.
  for (const model::Option& option : item.options)
    if (option.name == trim(text)) return &option;
  for (const model::Option& option : item.options) {
    if (fold(option_display(item, option)) == wanted || fold(option.label) == wanted ||
        equal_ignoring_case(option.name, wanted))
      return &option;
  }
  return nullptr;
}

std::optional<std::string> match_status(std::string_view text) {
  std::string folded = fold(text);
  if (folded == "don't know" || folded == "dont_know" || folded == "dont know") return "dont_know";
  if (folded == "not applicable" || folded == "not_applicable") return "not_applicable";
  return std::nullopt;
}

std::optional<std::string> match_sector(std::string_view text) {
  for (const SectorNames& sector : kSectorTable)
    if (same_text(text, sector.name) || same_text(text, sector.label)) return std::string(sector.name);
  return std::nullopt;
}

std::vector<std::string> sector_labels() {
  std::vector<std::string> labels;
  for (const SectorNames& sector : kSectorTable) labels.emplace_back(sector.label);
  return labels;
}

std::optional<bool> match_yes_no(std::string_view text) {
  std::string folded = fold(text);
  if (folded == "yes" || folded == "true") return true;
  if (folded == "no" || folded == "false") return false;
  return std::nullopt;
}

std::optional<double> parse_number(std::string_view text, bool decimal_comma) {
  std::string value = trim(text);
  if (decimal_comma && value.find('.') == std::string::npos)
    std::replace(value.begin(), value.end(), ',', '.');
  if (!value.empty() && value.front() == '+') value.erase(0, 1);
  double number = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size()) return std::nullopt;
  return number;
}

std::string quoted_list(const std::vector<std::string>& values) {
  std::string joined;
  for (const std::string& value : values) joined += (joined.empty() ? "\"" : ", \"") + value + "\"";
  return joined;
}

std::string relevance_note(const model::Questionnaire& questionnaire, const model::Item& item) {
  if (!item.relevant) return "";
  const model::Relevance& r = *item.relevant;
  std::string condition;
  if (!r.in.empty()) {
    std::vector<std::string> labels;
    for (const std::string& name : r.in) labels.push_back(option_label(questionnaire, r.item, name));
    condition = (labels.size() == 1 ? "is " : "is one of ") + quoted_list(labels);
  } else if (r.min) {
    condition = "is at least " + format_number(*r.min);
  } else if (r.equals) {
    condition = std::string("is \"") + (*r.equals ? kYesLabel : kNoLabel) + "\"";
  } else {
    return "";
  }
  return "Answer only if " + r.item + " " + condition + ".";
}

}  // namespace spectrum::collect::detail
