// What a coordinator sets a survey tool up with: the header of the CSV export Spectrum reads, and the
// allowed values of every column.
#include "answer_labels.h"
#include "csv_table.h"

#include <spectrum/collect/form.h>

#include <map>

namespace spectrum::collect {
namespace {

using namespace detail;

// An item's column: its id, or QUESTIONNAIRE.ID when two of the questionnaires share the id.
std::string column_name(const QuestionnaireSet& questionnaires, const model::Questionnaire& q,
                        const model::Item& item) {
  int uses = 0;
  for (const model::Questionnaire* other : questionnaires) uses += other->find(item.id).has_value();
  return uses > 1 ? q.id + "." + item.id : item.id;
}

std::string range_text(const model::Item& item) {
  std::string unit = item.unit.empty() ? "" : " " + item.unit;
  if (item.min && item.max)
    return "a number from " + format_number(*item.min) + " to " + format_number(*item.max) + unit;
  if (item.min) return "a number of at least " + format_number(*item.min) + unit;
  if (item.max) return "a number of at most " + format_number(*item.max) + unit;
  return "a number" + unit;
}

}  // namespace

std::string render_survey_columns(const QuestionnaireSet& questionnaires) {
  std::vector<std::string> header = {"respondent", "organisation", "sector", "role"};
  for (const model::Questionnaire* q : questionnaires)
    for (const model::Item& item : q->items) header.push_back(column_name(questionnaires, *q, item));
  return csv_line(header);
}

std::string render_survey_values(const QuestionnaireSet& questionnaires) {
  std::string out = "\xEF\xBB\xBF";  // a UTF-8 byte-order mark, so that Excel shows the labels' dashes
  out += csv_line({"column", "type", "required", "value", "label", "question"});
  out += csv_line(
      {"respondent", "text", "yes", "", "any reference unique in the area", "Your respondent reference"});
  out += csv_line({"organisation", "text", "yes", "", "free text", "Your organisation"});
  for (const SectorNames& sector : kSectorTable)
    out += csv_line({"sector", "choice", "yes", sector.name, sector.label,
                     &sector == &kSectorTable[0] ? "Your sector" : ""});
  out +=
      csv_line({"role", "text", "yes", "", "free text, such as director, manager, front_line", "Your role"});
  for (const model::Questionnaire* q : questionnaires) {
    for (const model::Item& item : q->items) {
      const std::string column = column_name(questionnaires, *q, item);
      const std::string type = item_type_name(item.type);
      const std::string required = item.required ? "yes" : "no";
      std::string question = item.text;
      auto row = [&](const std::string& value, const std::string& label) {
        out += csv_line({column, type, required, value, label, question});
        question.clear();  // once per column
      };
      switch (item.type) {
        case ItemType::scale:
        case ItemType::choice:
        case ItemType::multi:
          for (const model::Option& option : item.options) row(option.name, option_display(item, option));
          break;
        case ItemType::boolean:
          row("yes", kYesLabel);
          row("no", kNoLabel);
          break;
        case ItemType::number:
          row("", range_text(item));
          break;
        case ItemType::text:
          row("", "free text");
          break;
      }
      row("dont_know", kDontKnowLabel);
      row("not_applicable", kNotApplicableLabel);
    }
  }
  return out;
}

}  // namespace spectrum::collect
