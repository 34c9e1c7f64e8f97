// What the writer and the reader of respondent workbooks agree on.
#include "workbook_layout.h"

#include "answer_labels.h"

#include <algorithm>
#include <cctype>

namespace spectrum::collect::detail {
namespace {

bool taken_ignoring_case(const std::vector<std::string>& taken, const std::string& name) {
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& t) { return lower(t) == lower(name); });
}

}  // namespace

std::string domain_sheet_name(const model::Questionnaire& questionnaire,
                              const std::vector<std::string>& taken) {
  std::string base;
  for (char c : questionnaire.domain.empty() ? questionnaire.id : questionnaire.domain) {
    if (c == '_' || c == '-') c = ' ';
    // Excel forbids []:*?/\ in sheet names; domains are identifiers, but stay safe.
    if (std::string_view("[]:*?/\\'").find(c) != std::string_view::npos) c = ' ';
    base += c;
  }
  if (!base.empty()) base[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(base[0])));
  base = base.substr(0, 28);
  std::string name = base;
  for (int n = 2; taken_ignoring_case(taken, name); ++n) name = base + " " + std::to_string(n);
  return name;
}

std::vector<std::string> answer_choices(const model::Item& item) {
  std::vector<std::string> choices;
  switch (item.type) {
    case ItemType::scale:
    case ItemType::choice:
      for (const model::Option& option : item.options) choices.push_back(option_display(item, option));
      break;
    case ItemType::boolean:
      choices = {kYesLabel, kNoLabel};
      break;
    case ItemType::multi:  // options are ticked, each in its own column
    case ItemType::number:
    case ItemType::text:
      break;
  }
  choices.push_back(kDontKnowLabel);
  choices.push_back(kNotApplicableLabel);
  return choices;
}

}  // namespace spectrum::collect::detail
