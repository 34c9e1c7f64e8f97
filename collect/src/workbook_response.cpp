// A filled respondent workbook back into a response: the stamps and area from the hidden sheet, the
// respondent from the cover, each item's answer from its row (found by the item's id in column A).
// Labels map back to option names; every problem names the sheet and the cell.
#include "answer_labels.h"
#include "channels.h"
#include "located_response.h"
#include "workbook_layout.h"
#include "xlsx_reader.h"

#include <spectrum/io.h>

#include <algorithm>
#include <map>

namespace spectrum::collect::detail {
namespace {

using Kind = CellValue::Kind;

std::string text_of(const CellValue& cell) {
  switch (cell.kind) {
    case Kind::text:
    case Kind::error:
      return cell.text;
    case Kind::number:
      return format_number(cell.number);
    case Kind::boolean:
      return cell.boolean ? "TRUE" : "FALSE";
    case Kind::empty:
      break;
  }
  return "";
}

std::string quote(const std::string& text) {
  return nlohmann::json(text).dump();
}

// The first row whose cell in column holds text (as same_text compares), or 0.
int find_row(const Worksheet& sheet, int column, std::string_view text) {
  for (const auto& [at, cell] : sheet.cells)
    if (at.second == column && same_text(text_of(cell), text)) return at.first;
  return 0;
}

class WorkbookReader {
 public:
  WorkbookReader(const XlsxWorkbook& book, LocatedResponse& out, const QuestionnaireSet& installed,
                 const ResponseInputOptions& options)
      : book_(book), out_(out), installed_(installed), options_(options) {}

  void read() {
    const Worksheet* stamps = book_.find(kStampSheet);
    if (!stamps) {
      out_.error("", std::string("this is not a Spectrum respondent workbook (it has no hidden sheet \"") +
                         kStampSheet +
                         "\" naming its questionnaires), or that sheet was deleted; make one "
                         "with `spectrum form -o FILE.xlsx`");
      return;
    }
    if (!read_stamps(*stamps)) return;
    read_cover();
    for (const auto& [questionnaire, sheet] : sheets_) read_domain(*questionnaire, sheet);
  }

 private:
  std::string text(const Worksheet& sheet, int row, int column) {
    return trim(text_of(sheet.at(row, column)));
  }

  // The value beside a label in the stamp sheet; notes where it is.
  std::string stamp_value(const Worksheet& sheet, const char* label, const std::string& pointer,
                          bool required) {
    int row = find_row(sheet, 1, label);
    if (row == 0) {
      if (required) out_.error(sheet.name, std::string("the row \"") + label + "\" is missing from column A");
      return "";
    }
    out_.locate(pointer, cell_reference(sheet.name, row, 2));
    return text(sheet, row, 2);
  }

  bool read_stamps(const Worksheet& sheet) {
    if (text(sheet, 1, 1) != kWorkbookMarker || text(sheet, 1, 2) != kLayoutVersion) {
      out_.error(cell_reference(sheet.name, 1, 1),
                 std::string("expected \"") + kWorkbookMarker + "\" layout " + kLayoutVersion + ", found " +
                     quote(text(sheet, 1, 1)) + " layout " + quote(text(sheet, 1, 2)));
      return false;
    }
    nlohmann::json& doc = out_.document();
    nlohmann::json area = {{"name", stamp_value(sheet, kAreaNameLabel, "/area/name", true)}};
    out_.locate("/area", cell_reference(sheet.name, find_row(sheet, 1, kAreaNameLabel), 2));
    const std::pair<const char*, const char*> optional[] = {
        {kAreaCodeLabel, "code"}, {kAreaKindLabel, "kind"}, {kAreaFootprintLabel, "footprint"}};
    for (const auto& [label, member] : optional) {
      std::string value = stamp_value(sheet, label, std::string("/area/") + member, false);
      if (!value.empty()) area[member] = value;
    }
    doc["area"] = area;
    doc["period"] = stamp_value(sheet, kPeriodLabel, "/period", true);
    if (std::string round = stamp_value(sheet, kRoundLabel, "/x-round", false); !round.empty()) {
      if (round.find_first_not_of("0123456789") != std::string::npos || round.size() > 3)
        out_.error(cell_reference(sheet.name, find_row(sheet, 1, kRoundLabel), 2),
                   "expected a round number such as 2, found " + quote(round));
      else
        doc["x-round"] = std::stoi(round);
    }
    if (doc["area"]["name"] == "") read_cover_area();
    int header = find_row(sheet, 1, kStampHeader);
    if (header == 0) {
      out_.error(sheet.name, std::string("the row \"") + kStampHeader + "\" is missing from column A");
      return false;
    }
    out_.locate("/questionnaires", cell_reference(sheet.name, header, 1));
    doc["questionnaires"] = nlohmann::json::array();
    for (int row = header + 1; !text(sheet, row, 1).empty(); ++row) {
      std::string pointer = "/questionnaires/" + std::to_string(row - header - 1);
      const char* members[] = {"id", "version", "sha256"};
      nlohmann::json stamp = nlohmann::json::object();
      for (int c = 0; c < 3; ++c) {
        stamp[members[c]] = text(sheet, row, c + 1);
        out_.locate(pointer + "/" + members[c], cell_reference(sheet.name, row, c + 1));
      }
      out_.locate(pointer, cell_reference(sheet.name, row, 1));
      doc["questionnaires"].push_back(stamp);
      note_sheet(stamp, text(sheet, row, 4), cell_reference(sheet.name, row, 4));
    }
    return true;
  }

  // Remembers the sheet of a questionnaire whose stamp matches what is installed; a stamp that does not
  // match is refused by the response loader, naming its cell, and its answers are not read.
  void note_sheet(const nlohmann::json& stamp, const std::string& name, const std::string& where) {
    auto q = std::find_if(installed_.begin(), installed_.end(), [&](const model::Questionnaire* i) {
      return i->id == stamp["id"] && i->version.str() == stamp["version"] && i->sha256 == stamp["sha256"];
    });
    if (q == installed_.end()) return;
    const Worksheet* sheet = book_.find(name);
    if (!sheet) {
      out_.error(name, "this sheet is missing (it holds the answers to questionnaire " + (*q)->id + ", as " +
                           where + " says): it was deleted or renamed");
      return;
    }
    out_.document()["answers"][(*q)->id] = nlohmann::json::object();
    sheets_.emplace_back(*q, sheet);
  }

  void read_cover() {
    const Worksheet* cover = book_.find(kCoverSheet);
    nlohmann::json respondent = nlohmann::json::object();
    for (const CoverField& field : kCoverFields) {
      const std::string member = field.member;
      std::string value;
      int row = cover ? find_row(*cover, kCoverLabelColumn, field.label) : 0;
      if (!cover) {
        if (member == "id")
          out_.error("", std::string("the sheet \"") + kCoverSheet + "\" is missing: it holds who answered");
      } else if (row == 0) {
        out_.error(kCoverSheet, std::string("the row \"") + field.label + "\" is missing from column B");
      } else {
        std::string where = cell_reference(cover->name, row, kCoverAnswerColumn);
        out_.locate("/respondent/" + member, where);
        value = text(*cover, row, kCoverAnswerColumn);
        if (value.empty()) out_.error(where, std::string("empty: fill in \"") + field.label + "\"");
        if (!value.empty() && member == "sector") value = sector_name_of(value, where);
      }
      respondent[member] =
          value.empty() ? (member == "sector" ? "other" : "?") : value;  // the error is reported
    }
    out_.document()["respondent"] = respondent;
  }

  // A workbook made without an area: the area and period the respondent gave on the cover, or else
  // those merge was given (--into, or --area and --period).
  void read_cover_area() {
    const Worksheet* cover = book_.find(kCoverSheet);
    if (!cover) return;  // read_cover reports the missing sheet
    nlohmann::json& doc = out_.document();
    std::map<std::string, std::string> given, where;
    for (const CoverField& field : kCoverAreaFields) {
      int row = find_row(*cover, kCoverLabelColumn, field.label);
      if (row == 0) {
        out_.error(kCoverSheet, std::string("the row \"") + field.label + "\" is missing from column B");
        return;
      }
      where[field.member] = cell_reference(cover->name, row, kCoverAnswerColumn);
      given[field.member] = text(*cover, row, kCoverAnswerColumn);
    }
    if (given["name"].empty() && given["period"].empty() && !options_.area.name.empty() &&
        !options_.period.empty()) {
      doc["area"] = {{"name", options_.area.name}};
      if (!options_.area.code.empty()) doc["area"]["code"] = options_.area.code;
      doc["period"] = options_.period;
      return;
    }
    for (const char* member : {"name", "period"})
      if (given[member].empty())
        out_.error(where[member], std::string("empty: the workbook does not say which ") +
                                      (std::string(member) == "name" ? "area" : "period") +
                                      " it answers for; fill in this cell, or give merge --into, or "
                                      "--area and --period");
    out_.locate("/area", where["name"]);
    out_.locate("/area/name", where["name"]);
    out_.locate("/area/code", where["code"]);
    out_.locate("/period", where["period"]);
    doc["area"] = {{"name", given["name"].empty() ? "?" : given["name"]}};  // an empty one is reported
    if (!given["code"].empty()) doc["area"]["code"] = given["code"];
    doc["period"] = given["period"].empty() ? "?" : given["period"];
  }

  std::string sector_name_of(const std::string& text, const std::string& where) {
    if (auto name = match_sector(text)) return *name;
    out_.error(where, quote(text) + " is not one of: " + quoted_list(sector_labels()));
    return "";
  }

  void read_domain(const model::Questionnaire& q, const Worksheet* sheet) {
    nlohmann::json& answers = out_.document()["answers"][q.id];
    for (const model::Item& item : q.items) {
      int row = find_row(*sheet, kIdColumn, item.id);
      if (row == 0) {
        out_.error(sheet->name, "no row holds item " + item.id + " in column A: the sheet was edited");
        continue;
      }
      std::string pointer = "/answers/" + q.id + "/" + item.id;
      std::string value_at =
          cell_reference(sheet->name, row, value_in_column_d(item) ? kValueColumn : kAnswerColumn);
      out_.locate(pointer, value_at);
      out_.locate(pointer + "/value", value_at);
      out_.locate(pointer + "/evidence", cell_reference(sheet->name, row, kEvidenceColumn));
      nlohmann::json answer = read_item(*sheet, row, item);
      if (!answer.is_null()) answers[item.id] = answer;
    }
  }

  nlohmann::json read_item(const Worksheet& sheet, int row, const model::Item& item) {
    const CellValue& cell = sheet.at(row, kAnswerColumn);
    const std::string where = cell_reference(sheet.name, row, kAnswerColumn);
    const std::string chosen = text(sheet, row, kAnswerColumn);
    std::string status = match_status(chosen).value_or("");
    nlohmann::json value;
    bool known = chosen.empty() || !status.empty();
    if (cell.kind == Kind::error) {
      out_.error(where, "holds the error value " + cell.text + "; choose an answer from the list");
      return nullptr;
    }
    switch (item.type) {
      case ItemType::scale:
      case ItemType::choice:
        if (!known && item.type == ItemType::scale && cell.kind == Kind::number) {
          value = cell.number;  // a scale point typed as a number; the loader checks it is one
          known = true;
        } else if (const model::Option* option = known ? nullptr : match_option(item, chosen)) {
          value = item.type == ItemType::scale ? nlohmann::json(option->value) : nlohmann::json(option->name);
          known = true;
        }
        break;
      case ItemType::boolean:
        if (!known && cell.kind == Kind::boolean) {
          value = cell.boolean;
          known = true;
        } else if (auto yes = known ? std::nullopt : match_yes_no(chosen)) {
          value = *yes;
          known = true;
        }
        break;
      case ItemType::multi:
        if (known && !read_ticks(sheet, row, item, where, status, value)) return nullptr;
        break;
      case ItemType::number:
      case ItemType::text:
        if (known && !read_value(sheet, row, item, status, value)) return nullptr;
        break;
    }
    if (!known) {
      out_.error(where, quote(chosen) + " is not one of: " + quoted_list(answer_choices(item)));
      return nullptr;
    }
    return answer_json(status, value, text(sheet, row, kEvidenceColumn));
  }

  // The ticked options of a multi-select into value (an array); false on a problem.
  bool read_ticks(const Worksheet& sheet, int row, const model::Item& item, const std::string& where,
                  const std::string& status, nlohmann::json& value) {
    nlohmann::json ticked = nlohmann::json::array();
    bool ok = true;
    for (std::size_t i = 0; i < item.options.size(); ++i) {
      const int column = kFirstTickColumn + static_cast<int>(i);
      const CellValue& cell = sheet.at(row, column);
      const std::string mark = text(sheet, row, column);
      bool on = (cell.kind == Kind::boolean && cell.boolean) ||
                (cell.kind == Kind::number && cell.number == 1) || mark == kTick || mark == "\u2714" ||
                mark == "x" || mark == "X" || match_yes_no(mark) == true;
      bool off = mark.empty() || (cell.kind == Kind::boolean && !cell.boolean) ||
                 (cell.kind == Kind::number && cell.number == 0) || match_yes_no(mark) == false;
      if (on) {
        ticked.push_back(item.options[i].name);
      } else if (!off) {
        out_.error(cell_reference(sheet.name, row, column),
                   quote(mark) + " is not a tick: choose " + kTick + " or leave the cell empty");
        ok = false;
      }
    }
    if (!ok) return false;
    if (!ticked.empty() && !status.empty()) {
      out_.error(where, "options are ticked, and this says " + quote(text(sheet, row, kAnswerColumn)) +
                            ": tick options or choose this, not both");
      return false;
    }
    if (!ticked.empty()) value = ticked;
    return true;
  }

  // The number or text in column D into value; false on a problem.
  bool read_value(const Worksheet& sheet, int row, const model::Item& item, const std::string& status,
                  nlohmann::json& value) {
    const std::string where = cell_reference(sheet.name, row, kValueColumn);
    const CellValue& cell = sheet.at(row, kValueColumn);
    const std::string typed = text(sheet, row, kValueColumn);
    if (typed.empty()) return true;
    if (!status.empty()) {
      out_.error(where, "holds " + quote(typed) + ", and " + cell_name(row, kAnswerColumn) + " says " +
                            quote(text(sheet, row, kAnswerColumn)) + ": give one or the other, not both");
      return false;
    }
    if (item.type == ItemType::text) {
      value = typed;
    } else if (cell.kind == Kind::number) {
      value = cell.number;
    } else if (auto number = parse_number(typed)) {
      value = *number;
    } else {
      out_.error(where, "expected a number, found " + quote(typed));
      return false;
    }
    return true;
  }

  const XlsxWorkbook& book_;
  LocatedResponse& out_;
  const QuestionnaireSet& installed_;
  const ResponseInputOptions& options_;
  std::vector<std::pair<const model::Questionnaire*, const Worksheet*>> sheets_;
};

}  // namespace

Response read_workbook_response(const std::filesystem::path& path, const QuestionnaireSet& installed,
                                const ResponseInputOptions& options) {
  const std::string file = path.string();
  XlsxWorkbook book;
  try {
    book = XlsxWorkbook::parse(read_file(path));
  } catch (const XlsxError& e) {
    throw InputError({{file, "", e.what()}});
  }
  LocatedResponse out(file, file);
  WorkbookReader(book, out, installed, options).read();
  return out.finish(installed);
}

}  // namespace spectrum::collect::detail
