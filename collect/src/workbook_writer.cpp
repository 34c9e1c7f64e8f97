// The respondent workbook (.xlsx) through libxlsxwriter: a cover sheet for the respondent's details,
// one sheet per domain with a drop-down answer cell per item, and two hidden sheets (the stamps and
// the drop-down lists). Only answer cells are unlocked; sheets and the workbook's structure are
// protected without a password, so a respondent cannot break the layout by accident.
#include "answer_labels.h"
#include "workbook_file.h"
#include "workbook_layout.h"
#include "xlsx_reader.h"

#include <spectrum/collect/form.h>
#include <spectrum/io.h>

#include <xlsxwriter.h>

#include <map>
#include <stdexcept>

namespace spectrum::collect {
namespace {

using namespace detail;

struct Formats {
  lxw_format *title, *intro, *header, *section, *id, *text, *help, *answer, *value, *evidence, *tick,
      *tick_label, *unused, *hidden_text;
};

lxw_format* add_format(lxw_workbook* book, bool wrap = true) {
  lxw_format* format = workbook_add_format(book);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  if (wrap) format_set_text_wrap(format);
  return format;
}

Formats make_formats(lxw_workbook* book) {
  Formats f{};
  f.title = add_format(book, false);
  format_set_bold(f.title);
  format_set_font_size(f.title, 16);
  f.intro = add_format(book, false);
  f.header = add_format(book);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xDCE6F0);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.section = add_format(book, false);
  format_set_bold(f.section);
  format_set_bg_color(f.section, 0xF0F4F8);
  f.id = add_format(book);
  format_set_bold(f.id);
  f.text = add_format(book);
  f.help = add_format(book);
  format_set_font_color(f.help, 0x505050);
  auto answer_cell = [&](bool wrap) {
    lxw_format* format = add_format(book, wrap);
    format_set_unlocked(format);
    format_set_bg_color(format, 0xFFFFFF);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_border_color(format, 0x7F7F7F);
    return format;
  };
  f.answer = answer_cell(true);
  f.value = answer_cell(true);
  f.evidence = answer_cell(true);
  f.tick = answer_cell(false);
  format_set_align(f.tick, LXW_ALIGN_CENTER);
  f.tick_label = add_format(book);
  format_set_font_size(f.tick_label, 9);
  format_set_bg_color(f.tick_label, 0xF0F4F8);
  f.unused = add_format(book);
  format_set_bg_color(f.unused, 0xE7E7E7);
  f.hidden_text = add_format(book, false);
  return f;
}

// Data-validation texts have length limits (titles 32 characters, messages 255); cut on a UTF-8
// character boundary.
std::string clip(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit - 3;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "...";
}

void check(lxw_error error, const std::string& what) {
  if (error != LXW_NO_ERROR) throw std::runtime_error("XLSX: " + what + ": " + lxw_strerror(error));
}

class WorkbookWriter {
 public:
  WorkbookWriter(lxw_workbook* book, const FormSpec& spec)
      : book_(book), spec_(spec), formats_(make_formats(book)) {}

  void write() {
    lxw_worksheet* cover = add_sheet(kCoverSheet);
    std::vector<std::string> names = {kCoverSheet, kStampSheet, kListSheet};
    std::vector<std::string> domain_sheets;
    for (const model::Questionnaire* q : spec_.questionnaires) {
      domain_sheets.push_back(domain_sheet_name(*q, names));
      names.push_back(domain_sheets.back());
    }
    std::vector<lxw_worksheet*> sheets;
    for (const std::string& name : domain_sheets) sheets.push_back(add_sheet(name));
    stamps_ = add_sheet(kStampSheet);
    lists_ = add_sheet(kListSheet);
    write_cover(cover, domain_sheets);
    for (std::size_t i = 0; i < sheets.size(); ++i) write_domain(sheets[i], *spec_.questionnaires[i]);
    write_stamps(domain_sheets);
    for (lxw_worksheet* hidden : {stamps_, lists_}) {
      worksheet_hide(hidden);
      protect(hidden);
    }
    worksheet_activate(cover);
  }

 private:
  lxw_worksheet* add_sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
    if (!sheet) throw std::runtime_error("XLSX: cannot add the sheet " + name);
    return sheet;
  }

  // Sheet protection without a password: answer cells (unlocked) can be filled and columns and rows
  // resized; nothing can be inserted, deleted or reformatted.
  void protect(lxw_worksheet* sheet) {
    lxw_protection options{};
    options.format_columns = 1;
    options.format_rows = 1;
    worksheet_protect(sheet, nullptr, &options);
  }

  void put(lxw_worksheet* sheet, int row, int column, const std::string& text, lxw_format* format) {
    lxw_row_t r = static_cast<lxw_row_t>(row - 1);
    lxw_col_t c = static_cast<lxw_col_t>(column - 1);
    if (text.empty())
      check(worksheet_write_blank(sheet, r, c, format), "blank cell");
    else
      check(worksheet_write_string(sheet, r, c, text.c_str(), format), "cell " + cell_name(row, column));
  }

  void validate(lxw_worksheet* sheet, int row, int column, lxw_data_validation& rule,
                const std::string& title, const std::string& message, const std::string& error) {
    std::string t = clip(title, 32), m = clip(message, 255), e = clip(error, 255);
    rule.input_title = t.data();
    rule.input_message = m.data();
    rule.error_title = t.data();
    rule.error_message = e.data();
    rule.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    rule.ignore_blank = LXW_VALIDATION_ON;
    check(worksheet_data_validation_cell(sheet, static_cast<lxw_row_t>(row - 1),
                                         static_cast<lxw_col_t>(column - 1), &rule),
          "data validation of " + cell_name(row, column));
  }

  // A drop-down of these choices (kept in the hidden list sheet; equal lists share a column).
  void dropdown(lxw_worksheet* sheet, int row, int column, const std::vector<std::string>& choices,
                const std::string& message) {
    auto [found, added] = list_columns_.emplace(choices, static_cast<int>(list_columns_.size()) + 1);
    const int list_column = found->second;
    if (added)
      for (std::size_t i = 0; i < choices.size(); ++i)
        put(lists_, static_cast<int>(i) + 1, list_column, choices[i], formats_.hidden_text);
    std::string letters = column_letters(list_column);
    std::string formula = std::string("=") + kListSheet + "!$" + letters + "$1:$" + letters + "$" +
                          std::to_string(choices.size());
    lxw_data_validation rule{};
    rule.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    rule.value_formula = formula.data();
    validate(sheet, row, column, rule, "Answer", message, "Choose one of the answers in the drop-down list.");
  }

  void write_cover(lxw_worksheet* sheet, const std::vector<std::string>& domain_sheets) {
    worksheet_set_column(sheet, 0, 0, 3, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, 2, 45, nullptr);
    worksheet_set_column(sheet, 3, 3, 70, nullptr);
    const model::Area& area = spec_.area;
    put(sheet, 1, 1, "Integration self-assessment", formats_.title);
    if (!area.name.empty())
      put(sheet, 2, 1, area.name + (area.code.empty() ? "" : " (" + area.code + ")") + ", " + spec_.period,
          formats_.intro);
    put(sheet, 4, 1, "About you", formats_.section);
    int row = 5;
    for (const CoverField& field : kCoverFields) {
      put(sheet, row, kCoverLabelColumn, field.label, formats_.id);
      std::string prefill = cover_prefill(field.member);
      put(sheet, row, kCoverAnswerColumn, prefill, formats_.answer);
      put(sheet, row, kCoverAnswerColumn + 1, field.hint, formats_.help);
      if (std::string(field.member) == "sector") {
        dropdown(sheet, row, kCoverAnswerColumn, sector_labels(),
                 "Choose the kind of organisation you answer for.");
      }
      ++row;
    }
    if (area.name.empty()) {  // the respondent says which area and period they answer for
      for (const CoverField& field : kCoverAreaFields) {
        put(sheet, row, kCoverLabelColumn, field.label, formats_.id);
        put(sheet, row, kCoverAnswerColumn, "", formats_.answer);
        put(sheet, row, kCoverAnswerColumn + 1, field.hint, formats_.help);
        ++row;
      }
    }
    std::string sheets;
    for (const std::string& name : domain_sheets) sheets += (sheets.empty() ? "" : ", ") + name;
    const std::vector<std::string> guide = {
        "Answer for your own organisation, as things are today, not as they are planned to be.",
        "Each domain has its own sheet (see the tabs at the bottom): " + sheets + ".",
        "Choose each answer from the drop-down list in column C. Type numbers and text in column D.",
        "Where a question asks which of several things are in place, choose " + std::string(kTick) +
            " under each one that applies (columns G onward).",
        "If you do not know, choose \"" + std::string(kDontKnowLabel) +
            "\". If a question does not apply to your area, choose \"" + kNotApplicableLabel +
            "\". Neither counts against the area's score.",
        "Questions marked (required) need an answer; the others may be left empty. A question that says "
        "\"Answer only if ...\" may be left empty when that is not the case.",
        "Column E takes evidence: where the answer can be checked, such as board minutes or an agreement.",
        "Only the white answer cells can be changed. Do not rename, add or delete sheets. Save the workbook "
        "and send it back as it is: Spectrum reads your answers from it, and nobody retypes them.",
    };
    put(sheet, ++row, 1, "How to answer", formats_.section);
    ++row;
    for (const std::string& line : guide) put(sheet, row++, kCoverLabelColumn, line, formats_.intro);
    protect(sheet);
  }

  // What a cover answer cell starts with: the respondent's own details in a later round's workbook.
  std::string cover_prefill(const std::string& member) const {
    if (!spec_.feedback) return member == "id" ? spec_.respondent_id : "";
    const model::Respondent& r = spec_.feedback->respondent;
    if (member == "id") return r.id;
    if (member == "organisation") return r.organisation;
    if (member == "sector") return sector_label(r.sector);
    return member == "role" ? r.role : "";
  }

  // A later round's feedback for one item: "Yes: 1 · No: 1 · your answer: Yes".
  std::string feedback_text(const model::Questionnaire& q, const model::Item& item) const {
    auto sheet = spec_.feedback->items.find(q.id);
    if (sheet == spec_.feedback->items.end()) return "";
    auto found = sheet->second.find(item.id);
    if (found == sheet->second.end()) return "";
    std::string text;
    for (const auto& [answer, n] : found->second.distribution)
      if (n > 0) text += (text.empty() ? "" : " · ") + answer + ": " + std::to_string(n);
    return text + "\nYour answer: " + (found->second.own.empty() ? "none" : found->second.own);
  }

  void write_domain(lxw_worksheet* sheet, const model::Questionnaire& q) {
    const double widths[] = {7, 55, 34, 16, 34, 55};
    for (int c = 0; c < 6; ++c) worksheet_set_column(sheet, c, c, widths[c], nullptr);
    std::size_t ticks = 0;
    for (const model::Item& item : q.items)
      if (item.type == ItemType::multi) ticks = std::max(ticks, item.options.size());
    if (ticks > 0)
      worksheet_set_column(sheet, kFirstTickColumn - 1, static_cast<lxw_col_t>(kFirstTickColumn - 2 + ticks),
                           16, nullptr);
    put(sheet, 1, 1, q.title, formats_.title);
    if (!spec_.feedback)
      put(sheet, 2, 1,
          "Choose answers in column C, type numbers and text in column D, evidence in column E. "
          "\"Don't know\" and \"Not applicable\" are in every list.",
          formats_.intro);
    if (!q.description.empty()) put(sheet, 3, 1, q.description, formats_.intro);
    const char* headers[] = {"Item", "Question", "Answer", "Number or text", "Evidence (optional)", "Help"};
    for (int c = 0; c < 6; ++c) put(sheet, 4, c + 1, headers[c], formats_.header);
    if (ticks > 0) put(sheet, 4, kFirstTickColumn, "Tick each that applies", formats_.header);
    feedback_column_ = kFirstTickColumn + static_cast<int>(ticks);
    if (spec_.feedback) {
      worksheet_set_column(sheet, feedback_column_ - 1, feedback_column_ - 1, 45, nullptr);
      put(sheet, 4, feedback_column_,
          "Round " + std::to_string(spec_.feedback->round - 1) +
              ": how the partners answered, and your answer",
          formats_.header);
      put(sheet, 2, 1,
          "Round " + std::to_string(spec_.feedback->round) +
              ": the last column shows how the partners answered "
              "round " +
              std::to_string(spec_.feedback->round - 1) +
              " and your own answer then. Answer only the items "
              "you want to change; an item left empty keeps your earlier answer.",
          formats_.intro);
    }
    worksheet_freeze_panes(sheet, 4, 0);
    int row = 5;
    for (const model::Section& section : q.sections) {
      put(sheet, row, kIdColumn, "", formats_.section);
      put(sheet, row++, kQuestionColumn, section.title, formats_.section);
      for (std::size_t index : section.items) row = write_item(sheet, q, q.items[index], row);
    }
    protect(sheet);
  }

  // Writes one item from row on (a multi-select takes a row of option labels first); returns the
  // next free row.
  int write_item(lxw_worksheet* sheet, const model::Questionnaire& q, const model::Item& item, int row) {
    if (item.type == ItemType::multi) {
      for (std::size_t i = 0; i < item.options.size(); ++i)
        put(sheet, row, kFirstTickColumn + static_cast<int>(i), item.options[i].label, formats_.tick_label);
      ++row;
    }
    std::string question = item.text;
    if (item.type == ItemType::number && !item.unit.empty()) question += " (" + item.unit + ")";
    if (item.required) question += " (required)";
    put(sheet, row, kIdColumn, item.id, formats_.id);
    put(sheet, row, kQuestionColumn, question, formats_.text);
    std::string help = item.help;
    if (!item.evidence.empty())
      help += (help.empty() ? "" : "\n") + std::string("Evidence: ") + item.evidence;
    std::string when = relevance_note(q, item);
    if (!when.empty()) help += (help.empty() ? "" : "\n") + when;
    put(sheet, row, kHelpColumn, help, formats_.help);
    if (spec_.feedback) put(sheet, row, feedback_column_, feedback_text(q, item), formats_.help);
    put(sheet, row, kAnswerColumn, "", formats_.answer);
    put(sheet, row, kEvidenceColumn, "", formats_.evidence);
    put(sheet, row, kValueColumn, "", value_in_column_d(item) ? formats_.value : formats_.unused);

    std::string message = "Choose your answer from the list.";
    if (item.type == ItemType::multi)
      message = "Tick (" + std::string(kTick) +
                ") each option that applies in the columns on the right, or choose " +
                "here: Don't know or Not applicable.";
    if (value_in_column_d(item))
      message = std::string("Type the ") + (item.type == ItemType::number ? "number" : "answer") +
                " in column D, or choose Don't know or Not applicable here.";
    dropdown(sheet, row, kAnswerColumn, answer_choices(item), message);
    if (item.type == ItemType::number) number_rule(sheet, row, item);
    if (item.type == ItemType::multi) {
      for (std::size_t i = 0; i < item.options.size(); ++i) {
        int column = kFirstTickColumn + static_cast<int>(i);
        put(sheet, row, column, "", formats_.tick);
        dropdown(sheet, row, column, {kTick},
                 "Choose " + std::string(kTick) + " if \"" + item.options[i].label +
                     "\" applies; leave it empty if not.");
      }
    }
    return row + 1;
  }

  void number_rule(lxw_worksheet* sheet, int row, const model::Item& item) {
    lxw_data_validation rule{};
    rule.validate = LXW_VALIDATION_TYPE_DECIMAL;
    std::string unit = item.unit.empty() ? "" : " " + item.unit;
    std::string range = "a number";
    if (item.min && item.max) {
      rule.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      rule.minimum_number = *item.min;
      rule.maximum_number = *item.max;
      range = "a number from " + format_number(*item.min) + " to " + format_number(*item.max) + unit;
    } else if (item.min) {
      rule.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      rule.value_number = *item.min;
      range = "a number of at least " + format_number(*item.min) + unit;
    } else if (item.max) {
      rule.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
      rule.value_number = *item.max;
      range = "a number of at most " + format_number(*item.max) + unit;
    } else {
      rule.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      rule.minimum_number = -1e15;
      rule.maximum_number = 1e15;
    }
    validate(sheet, row, kValueColumn, rule, "Number", "Type " + range + ".",
             "The answer must be " + range +
                 ". If you do not know, leave this empty and choose Don't know in "
                 "column C.");
  }

  void write_stamps(const std::vector<std::string>& domain_sheets) {
    const model::Area& area = spec_.area;
    const std::pair<const char*, std::string> rows[] = {
        {kWorkbookMarker, kLayoutVersion},     {kAreaNameLabel, area.name},
        {kAreaCodeLabel, area.code},           {kAreaKindLabel, area.kind},
        {kAreaFootprintLabel, area.footprint}, {kPeriodLabel, spec_.period},
    };
    int row = 1;
    for (const auto& [label, value] : rows) {
      put(stamps_, row, 1, label, formats_.hidden_text);
      if (!value.empty()) put(stamps_, row, 2, value, formats_.hidden_text);
      ++row;
    }
    if (spec_.feedback) {
      put(stamps_, row, 1, kRoundLabel, formats_.hidden_text);
      put(stamps_, row++, 2, std::to_string(spec_.feedback->round), formats_.hidden_text);
    }
    ++row;
    const char* headers[] = {kStampHeader, "version", "sha256", "sheet"};
    for (int c = 0; c < 4; ++c) put(stamps_, row, c + 1, headers[c], formats_.header);
    for (std::size_t i = 0; i < spec_.questionnaires.size(); ++i) {
      const model::Questionnaire& q = *spec_.questionnaires[i];
      ++row;
      put(stamps_, row, 1, q.id, formats_.hidden_text);
      put(stamps_, row, 2, q.version.str(), formats_.hidden_text);
      put(stamps_, row, 3, q.sha256, formats_.hidden_text);
      put(stamps_, row, 4, domain_sheets[i], formats_.hidden_text);
    }
  }

  lxw_workbook* book_;
  const FormSpec& spec_;
  Formats formats_;
  lxw_worksheet* stamps_ = nullptr;
  lxw_worksheet* lists_ = nullptr;
  int feedback_column_ = kFirstTickColumn;                // of the domain sheet being written
  std::map<std::vector<std::string>, int> list_columns_;  // drop-down choices -> column in the list sheet
};

}  // namespace

std::string render_workbook_form(const FormSpec& spec) {
  check_form_spec(spec);
  ScratchFolder scratch;
  const std::string path = (scratch.path() / "form.xlsx").string();
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) throw std::runtime_error("XLSX: cannot create " + path);
  try {
    WorkbookWriter(book, spec).write();
  } catch (...) {
    workbook_close(book);
    throw;
  }
  check(workbook_close(book), "cannot write the workbook");
  lock_workbook_structure(path);
  return read_file(path);
}

}  // namespace spectrum::collect
