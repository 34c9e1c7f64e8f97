// A survey tool's CSV export into responses: one respondent per row, one column per item id (or
// QUESTIONNAIRE.ITEM), ITEM.evidence columns for evidence notes, and the respondent's columns.
// Options are taken by name or by label; every problem names the row and the column.
#include "answer_labels.h"
#include "channels.h"
#include "csv_table.h"
#include "located_response.h"

#include <spectrum/io.h>

#include <algorithm>
#include <map>

namespace spectrum::collect::detail {
namespace {

constexpr const char* kRespondentColumns[] = {"respondent", "organisation", "sector", "role"};
const std::string kEvidenceSuffix = ".evidence";

std::string quote(const std::string& text) {
  return nlohmann::json(text).dump();
}

struct Column {
  enum class Role { skip, respondent, answer, evidence };
  Role role = Role::skip;
  std::string member;  // respondent: id, organisation, sector, role
  const model::Questionnaire* questionnaire = nullptr;
  const model::Item* item = nullptr;
  std::string name;  // as the header gives it
};

class SurveyReader {
 public:
  SurveyReader(const std::string& file, const QuestionnaireSet& installed,
               const ResponseInputOptions& options, std::vector<Diagnostic>& problems)
      : file_(file), installed_(installed), options_(options), problems_(problems) {}

  std::vector<Response> read(const CsvTable& table) {
    std::vector<Response> responses;
    if (!read_header(table)) return responses;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
      const std::vector<std::string>& fields = table.rows[r];
      if (std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return trim(f).empty(); }))
        continue;
      const std::string row = "row " + std::to_string(r + 1);
      if (fields.size() != columns_.size()) {
        problems_.push_back({file_, row,
                             "has " + std::to_string(fields.size()) + " fields, but the header has " +
                                 std::to_string(columns_.size()) + " columns"});
        continue;
      }
      try {
        responses.push_back(read_row(fields, row, table.separator == ';'));
      } catch (const InputError& e) {
        problems_.insert(problems_.end(), e.diagnostics().begin(), e.diagnostics().end());
      }
    }
    return responses;
  }

 private:
  void header_error(std::size_t index, const std::string& message) {
    problems_.push_back({file_, "row 1, column " + std::to_string(index + 1), message});
  }

  enum class Found { none, one, ambiguous };

  // The installed questionnaire and item a column name gives: "LD01" or "leadership.LD01". An id that
  // two questionnaires share is reported.
  Found find_item(std::size_t index, const std::string& name, Column& column) {
    std::vector<std::pair<const model::Questionnaire*, const model::Item*>> found;
    auto dot = name.find('.');
    for (const model::Questionnaire* q : installed_) {
      std::string item_id = name;
      if (dot != std::string::npos) {
        if (name.substr(0, dot) != q->id) continue;
        item_id = name.substr(dot + 1);
      }
      if (auto i = q->find(item_id)) found.emplace_back(q, &q->items[*i]);
    }
    if (found.size() > 1) {
      header_error(index, quote(name) + " is an item of both " + found[0].first->id + " and " +
                              found[1].first->id + ": name the column " + found[0].first->id + "." + name +
                              " or " + found[1].first->id + "." + name);
      return Found::ambiguous;
    }
    if (found.empty()) return Found::none;
    column.questionnaire = found[0].first;
    column.item = found[0].second;
    return Found::one;
  }

  void unknown_column(std::size_t index, const std::string& name) {
    std::string hint;
    for (const model::Questionnaire* q : installed_)
      for (const model::Item& item : q->items)
        if (same_text(item.id, name)) hint = "; did you mean " + item.id + "?";
    header_error(
        index,
        "unknown column " + quote(name) +
            ": expected respondent, organisation, sector, role, an item id (such as " +
            (installed_.empty() || installed_[0]->items.empty() ? std::string("LD01")
                                                                : installed_[0]->items[0].id) +
            ") or ITEM.evidence" +
            (hint.empty() ? "; to leave a survey tool's own column out, give --skip-column " + quote(name)
                          : hint));
  }

  bool read_header(const CsvTable& table) {
    const std::size_t before = problems_.size();
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < table.rows[0].size(); ++i) {
      Column column;
      column.name = trim(table.rows[0][i]);
      const std::string& name = column.name;
      bool empty_column = std::all_of(table.rows.begin() + 1, table.rows.end(), [&](const auto& row) {
        return i >= row.size() || trim(row[i]).empty();
      });
      const bool skipped = std::any_of(options_.skip_columns.begin(), options_.skip_columns.end(),
                                       [&](const std::string& skip) { return same_text(skip, name); });
      auto respondent = std::find_if(std::begin(kRespondentColumns), std::end(kRespondentColumns),
                                     [&](const char* c) { return same_text(c, name); });
      if (name.empty() || skipped) {  // left out: a trailing separator, or a survey tool's own column
        if (name.empty() && !empty_column)
          header_error(i, "a column without a name holds answers; name it by item id");
      } else if (respondent != std::end(kRespondentColumns)) {
        column.role = Column::Role::respondent;
        column.member = std::string(*respondent) == "respondent" ? "id" : *respondent;
      } else {
        bool evidence = name.ends_with(kEvidenceSuffix);
        Found found =
            find_item(i, evidence ? name.substr(0, name.size() - kEvidenceSuffix.size()) : name, column);
        if (found == Found::one) column.role = evidence ? Column::Role::evidence : Column::Role::answer;
        if (found == Found::none) unknown_column(i, name);
      }
      if (column.role != Column::Role::skip) {
        std::string key = column.member + "|" +
                          (column.item ? column.questionnaire->id + "." + column.item->id : "") +
                          (column.role == Column::Role::evidence ? kEvidenceSuffix : "");
        auto [first, added] = seen.emplace(key, i);
        if (!added)
          header_error(i, quote(name) + " is the same column as column " + std::to_string(first->second + 1));
      }
      columns_.push_back(column);
    }
    for (const char* wanted : kRespondentColumns) {
      if (std::none_of(columns_.begin(), columns_.end(),
                       [&](const Column& c) { return same_text(c.name, wanted); }))
        problems_.push_back({file_, "row 1",
                             std::string("no column \"") + wanted +
                                 "\": each row needs the respondent's reference, "
                                 "organisation, sector and role"});
    }
    if (std::none_of(columns_.begin(), columns_.end(),
                     [](const Column& c) { return c.role == Column::Role::answer; }))
      problems_.push_back(
          {file_, "row 1", "no column is named by an item id, so there are no answers to read"});
    if (options_.area.name.empty() || options_.period.empty())
      problems_.push_back(
          {file_, "",
           "a survey export does not say which area and period it answers: give --into ASSESSMENT, "
           "or --area NAME and --period PERIOD"});
    return problems_.size() == before;
  }

  Response read_row(const std::vector<std::string>& fields, const std::string& row, bool decimal_comma) {
    LocatedResponse out(file_, file_ + ", " + row);
    nlohmann::json& doc = out.document();
    nlohmann::json area = {{"name", options_.area.name}};
    if (!options_.area.code.empty()) area["code"] = options_.area.code;
    if (!options_.area.kind.empty()) area["kind"] = options_.area.kind;
    if (!options_.area.footprint.empty()) area["footprint"] = options_.area.footprint;
    doc["area"] = area;
    doc["period"] = options_.period;
    doc["questionnaires"] = nlohmann::json::array();
    doc["answers"] = nlohmann::json::object();
    std::map<std::pair<std::string, std::string>, std::string> evidence;  // (questionnaire, item) -> note
    for (std::size_t i = 0; i < columns_.size(); ++i)
      if (columns_[i].role == Column::Role::evidence && !trim(fields[i]).empty())
        evidence[{columns_[i].questionnaire->id, columns_[i].item->id}] = trim(fields[i]);
    nlohmann::json respondent = nlohmann::json::object();
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const Column& column = columns_[i];
      const std::string where = row + ", column " + column.name;
      const std::string text = trim(fields[i]);
      if (column.role == Column::Role::respondent) {
        out.locate("/respondent/" + column.member, where);
        respondent[column.member] = respondent_value(out, column, text, where);
      } else if (column.role == Column::Role::answer || column.role == Column::Role::evidence) {
        const model::Questionnaire& q = *column.questionnaire;
        std::string pointer = "/answers/" + q.id + "/" + column.item->id;
        if (!doc["answers"].contains(q.id)) {
          doc["answers"][q.id] = nlohmann::json::object();
          doc["questionnaires"].push_back(to_stamp(q));
        }
        if (column.role == Column::Role::evidence) {
          out.locate(pointer + "/evidence", where);
          continue;
        }
        out.locate(pointer, where);
        out.locate(pointer + "/value", where);
        std::string status;
        nlohmann::json value = parse_field(out, *column.item, text, where, decimal_comma, status);
        auto note = evidence.find({q.id, column.item->id});
        nlohmann::json answer = answer_json(status, value, note == evidence.end() ? "" : note->second);
        if (!answer.is_null()) doc["answers"][q.id][column.item->id] = answer;
      }
    }
    doc["respondent"] = respondent;
    return out.finish(installed_);
  }

  static nlohmann::json to_stamp(const model::Questionnaire& q) {
    QuestionnaireStamp stamp = stamp_of(q);
    return {{"id", stamp.id}, {"version", stamp.version}, {"sha256", stamp.sha256}};
  }

  std::string respondent_value(LocatedResponse& out, const Column& column, const std::string& text,
                               const std::string& where) {
    if (text.empty()) {
      out.error(where, "empty: every row needs the respondent's " +
                           (column.member == "id" ? std::string("reference") : column.member));
      return column.member == "sector" ? "other" : "?";
    }
    if (column.member != "sector") return text;
    if (auto name = match_sector(text)) return *name;
    out.error(where, quote(text) + " is not one of: " + quoted_list(kSectorNames) + " (or " +
                         quoted_list(sector_labels()) + ")");
    return "other";
  }

  // A field as an answer's value (null when empty or a status, which goes to status).
  nlohmann::json parse_field(LocatedResponse& out, const model::Item& item, const std::string& text,
                             const std::string& where, bool decimal_comma, std::string& status) {
    if (text.empty()) return nullptr;
    if (auto s = match_status(text)) {
      status = *s;
      return nullptr;
    }
    auto not_one_of = [&](const std::string& found) {
      std::vector<std::string> names;
      for (const model::Option& option : item.options) names.push_back(option.name);
      names.push_back("dont_know");
      names.push_back("not_applicable");
      out.error(where, quote(found) + " is not one of: " + quoted_list(names) + " (or their labels)");
      return nullptr;
    };
    switch (item.type) {
      case ItemType::scale:
        if (auto number = parse_number(text, decimal_comma)) return *number;
        if (const model::Option* option = match_option(item, text)) return option->value;
        return not_one_of(text);
      case ItemType::choice:
        if (const model::Option* option = match_option(item, text)) return option->name;
        return not_one_of(text);
      case ItemType::boolean:
        if (auto yes = match_yes_no(text)) return *yes;
        if (text == "1" || text == "0") return text == "1";
        out.error(where, quote(text) +
                             " is not one of: \"yes\", \"no\", \"true\", \"false\", \"dont_know\", "
                             "\"not_applicable\"");
        return nullptr;
      case ItemType::number:
        if (auto number = parse_number(text, decimal_comma)) return *number;
        out.error(where, "expected a number, found " + quote(text));
        return nullptr;
      case ItemType::multi: {
        std::string unknown;
        nlohmann::json chosen = split_options(item, text, unknown);
        if (!unknown.empty()) return not_one_of(unknown);
        return chosen;
      }
      case ItemType::text:
        return text;
    }
    return nullptr;
  }

  // Option names and labels separated by ',' or ';'. Labels may themselves hold a separator, so at
  // each place the longest name or label that matches there is taken. unknown gets the first part
  // that is no option.
  static nlohmann::json split_options(const model::Item& item, const std::string& text,
                                      std::string& unknown) {
    auto lower = [](std::string s) {
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return s;
    };
    const std::string folded = lower(text);
    nlohmann::json chosen = nlohmann::json::array();
    std::size_t at = 0;
    while (at < folded.size()) {
      if (folded[at] == ',' || folded[at] == ';' || folded[at] == ' ' || folded[at] == '\n') {
        ++at;
        continue;
      }
      const model::Option* best = nullptr;
      std::size_t best_length = 0;
      for (const model::Option& option : item.options) {
        for (const std::string& candidate : {option.name, option.label, option_display(item, option)}) {
          std::string c = lower(candidate);
          std::size_t end = at + c.size();
          // The candidate must fit in what is left and end at a separator (or the end of the text).
          bool ends =
              end == folded.size() ||
              (end < folded.size() && std::string_view(",; \n").find(folded[end]) != std::string_view::npos);
          if (!c.empty() && c.size() > best_length && folded.compare(at, c.size(), c) == 0 && ends) {
            best = &option;
            best_length = c.size();
          }
        }
      }
      if (!best) {
        std::size_t end = folded.find_first_of(",;", at);
        unknown = trim(text.substr(at, end == std::string::npos ? std::string::npos : end - at));
        return nullptr;
      }
      if (std::find(chosen.begin(), chosen.end(), best->name) == chosen.end()) chosen.push_back(best->name);
      at += best_length;
    }
    return chosen;
  }

  std::string file_;
  const QuestionnaireSet& installed_;
  const ResponseInputOptions& options_;
  std::vector<Diagnostic>& problems_;
  std::vector<Column> columns_;
};

}  // namespace

std::vector<Response> read_survey_responses(const std::filesystem::path& path,
                                            const QuestionnaireSet& installed,
                                            const ResponseInputOptions& options,
                                            std::vector<Diagnostic>& problems) {
  const std::string file = path.string();
  CsvTable table;
  try {
    table = parse_csv(read_file(path), file);
  } catch (const InputError& e) {
    problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    return {};
  }
  return SurveyReader(file, installed, options, problems).read(table);
}

}  // namespace spectrum::collect::detail
