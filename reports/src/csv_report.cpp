// The CSV report: one row per domain (and one for the overall position); with detail, one row per
// item and respondent. Rows are told apart by the row_kind column.
#include "renderers.h"
#include "text_format.h"

#include <spectrum/types.h>

#include <algorithm>
#include <stdexcept>

namespace spectrum::reports {
namespace {

const std::vector<std::string> kColumns = {"row_kind",
                                           "area",
                                           "code",
                                           "period",
                                           "domain",
                                           "title",
                                           "status",
                                           "score",
                                           "level",
                                           "level_name",
                                           "uncertain",
                                           "uncertain_reasons",
                                           "respondents",
                                           "median",
                                           "min",
                                           "max",
                                           "iqr",
                                           "rwg",
                                           "agreement",
                                           "method",
                                           "answered_share",
                                           "dont_know_share",
                                           "target",
                                           "gap_to_target",
                                           "error",
                                           "respondent",
                                           "organisation",
                                           "sector",
                                           "role",
                                           "questionnaire",
                                           "item",
                                           "item_text",
                                           "answer_state",
                                           "answer"};

class CsvWriter {
 public:
  CsvWriter() { line(kColumns); }

  // A row from column name -> value; columns not named stay empty.
  void row(const std::vector<std::pair<std::string, std::string>>& values) {
    std::vector<std::string> cells(kColumns.size());
    for (const auto& [name, value] : values) {
      const auto found = std::find(kColumns.begin(), kColumns.end(), name);
      if (found == kColumns.end()) throw std::logic_error("CSV report: no column " + name);
      cells[static_cast<std::size_t>(found - kColumns.begin())] = value;
    }
    line(cells);
  }
  std::string str() const { return out_; }

 private:
  void line(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out_ += ',';
      out_ += csv_field(cells[i]);
    }
    out_ += "\r\n";
  }
  std::string out_;
};

std::string optional_number(const std::optional<double>& value) {
  return value ? format_compact(*value) : "";
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

const char* state_name(model::AnswerValue::State state) {
  switch (state) {
    case model::AnswerValue::State::value:
      return "value";
    case model::AnswerValue::State::dont_know:
      return "dont_know";
    case model::AnswerValue::State::not_applicable:
      return "not_applicable";
    case model::AnswerValue::State::missing:
      return "missing";
  }
  return "missing";
}

// The answer as data: option names for choices (";"-separated for multi), numbers, true/false, text.
std::string answer_text(const model::AnswerValue& answer, const model::Item* item) {
  if (answer.state != model::AnswerValue::State::value) return "";
  if (!answer.selected.empty()) return joined(answer.selected, ";");
  if (!answer.choice.empty()) return answer.choice;
  if (!answer.text.empty()) return answer.text;
  if (item != nullptr && item->type == ItemType::boolean) return answer.number != 0 ? "true" : "false";
  if (item != nullptr && (item->type == ItemType::multi || item->type == ItemType::text)) return "";
  return format_compact(answer.number);
}

const model::Questionnaire* find_questionnaire(const QuestionnaireSet& set, const std::string& id) {
  for (const auto* q : set)
    if (q != nullptr && q->id == id) return q;
  return nullptr;
}

void detail_rows(CsvWriter& csv, const ReportInput& input, const DomainProfile& d,
                 const std::vector<std::pair<std::string, std::string>>& area) {
  const model::Questionnaire* q = find_questionnaire(input.questionnaires, d.questionnaire);
  for (const auto& r : input.assessment->respondents) {
    const auto answers = r.answers.find(d.questionnaire);
    auto emit = [&](const std::string& item_id, const model::Item* item, const model::AnswerValue& answer) {
      auto values = area;
      values.insert(values.end(), {{"row_kind", "answer"},
                                   {"domain", d.domain},
                                   {"title", d.title},
                                   {"respondent", r.id},
                                   {"organisation", r.organisation},
                                   {"sector", std::string(sector_name(r.sector))},
                                   {"role", r.role},
                                   {"questionnaire", d.questionnaire},
                                   {"item", item_id},
                                   {"item_text", item != nullptr ? item->text : ""},
                                   {"answer_state", state_name(answer.state)},
                                   {"answer", answer_text(answer, item)}});
      csv.row(values);
    };
    if (q != nullptr) {  // every item in questionnaire order, unanswered ones as missing
      for (const auto& item : q->items) {
        model::AnswerValue answer;
        if (answers != r.answers.end())
          if (auto found = answers->second.find(item.id); found != answers->second.end())
            answer = found->second;
        emit(item.id, &item, answer);
      }
    } else if (answers != r.answers.end()) {  // no questionnaire at hand: the answers given
      for (const auto& [item_id, answer] : answers->second) emit(item_id, nullptr, answer);
    }
  }
}

}  // namespace

std::string render_csv(const ReportInput& input, const Templates& templates) {
  const Profile& p = *input.profile;
  if (input.detail && input.assessment == nullptr)
    throw std::invalid_argument("the CSV report's detail rows need the assessment, and none was given");
  CsvWriter csv;
  const std::vector<std::pair<std::string, std::string>> area = {
      {"area", p.area.name}, {"code", p.area.code}, {"period", p.period}};

  auto overall = area;  // without a scored domain there is no overall position: status not_scored
  overall.insert(overall.end(), {{"row_kind", "overall"},
                                 {"status", p.overall.domains > 0 ? "ok" : "not_scored"},
                                 {"respondents", std::to_string(p.respondents.size())},
                                 {"method", p.overall.method}});
  if (p.overall.domains > 0)
    overall.insert(overall.end(), {{"score", format_fixed(p.overall.score)},
                                   {"level", std::to_string(p.overall.level)},
                                   {"level_name", templates.level_name(p.overall.level)}});
  csv.row(overall);
  for (const PluginFailure& f : p.plugin_failures) {
    auto values = area;
    values.insert(
        values.end(),
        {{"row_kind", "plugin_failure"}, {"title", f.file}, {"status", "error"}, {"error", f.reason}});
    csv.row(values);
  }

  for (const auto& d : p.domains) {
    const bool ok = d.status == DomainProfile::Status::ok;
    const Agreement& a = d.agreement;
    auto values = area;
    values.insert(values.end(), {{"row_kind", "domain"},
                                 {"domain", d.domain},
                                 {"title", d.title},
                                 {"status", ok ? "ok" : "error"},
                                 {"error", d.error},
                                 {"target", optional_number(d.target)},
                                 {"gap_to_target", d.gap_to_target ? format_fixed(*d.gap_to_target) : ""}});
    if (d.scored())
      values.insert(values.end(), {{"score", format_fixed(d.score)},
                                   {"level", std::to_string(d.level)},
                                   {"level_name", templates.level_name(d.level)}});
    if (ok) {
      values.insert(values.end(), {{"uncertain", d.uncertain ? "true" : "false"},
                                   {"uncertain_reasons", joined(d.uncertain_reasons, "; ")},
                                   {"respondents", std::to_string(a.respondents)},
                                   {"median", format_fixed(a.median)},
                                   {"min", format_fixed(a.min)},
                                   {"max", format_fixed(a.max)},
                                   {"iqr", format_fixed(a.iqr)},
                                   {"rwg", a.rwg ? format_fixed(*a.rwg) : ""},
                                   {"agreement", a.verdict},
                                   {"answered_share", format_fixed(d.coverage.answered_share, 3)},
                                   {"dont_know_share", format_fixed(d.coverage.dont_know_share, 3)}});
    }
    csv.row(values);
  }
  if (input.detail)
    for (const auto& d : p.domains) detail_rows(csv, input, d, area);
  return csv.str();
}

}  // namespace spectrum::reports
