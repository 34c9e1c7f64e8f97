// Respondent forms: what `spectrum form` writes and the studio's *Create respondent forms* offers.
// A form is made for one area and period over chosen questionnaires, and carries each
// questionnaire's id, version and SHA-256, which it writes into every response made with it.
#ifndef SPECTRUM_COLLECT_FORM_H
#define SPECTRUM_COLLECT_FORM_H

#include <spectrum/io.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace spectrum::collect {

// Delphi feedback for one item in a later round's form: how everyone answered it in the round before,
// and the respondent's own answer then.
struct ItemFeedback {
  std::vector<std::pair<std::string, int>> distribution;  // answer as shown -> how many gave it
  std::string own;  // the respondent's own answer, as shown; "" when they gave none
};

// What turns a form into one respondent's form for a later round: their details and previous answers
// pre-filled (kept unless they revise them), each item's feedback shown under the question (the HTML
// form) or in a column beside the answer (the workbook), and the round written into the response
// ("x-round"), so that merging takes it as that round's revisions.
struct RoundFeedback {
  int round = 2;
  model::Respondent respondent;  // id, organisation, sector, role and answers of the previous round
  std::map<std::string, std::map<std::string, ItemFeedback>> items;  // questionnaire id -> item id
};

struct FormSpec {
  // The area (its code names the response files) and period, both given or both empty: a form
  // without them asks each respondent which area and period they answer for.
  model::Area area;
  std::string period;                     // e.g. "2016/17"
  QuestionnaireSet questionnaires;        // in the order shown; at least one
  std::string respondent_id;              // pre-filled in the form when not empty
  std::optional<RoundFeedback> feedback;  // a later round's form for one respondent
};

// Checks a spec before anything is written; throws InputError naming what is missing.
void check_form_spec(const FormSpec& spec);

// One self-contained HTML page (styles, script and questionnaires inline; nothing fetched) in which a
// respondent answers offline, kept in the browser's storage, and saves a spectrum.response/1 file.
std::string render_html_form(const FormSpec& spec);

// An Excel workbook (.xlsx bytes) a respondent fills in with Excel or LibreOffice: a cover sheet for
// their details, one sheet per questionnaire with a drop-down answer cell per item ("Don't know" and
// "Not applicable" in every list), number cells validated to the item's range, a tick column per
// option of a multi-select item, and an evidence column. Only answer cells are unlocked; the sheets
// and the workbook's structure are protected without a password. A hidden sheet records the area,
// the period and every questionnaire's id, version and SHA-256. Throws InputError as check_form_spec.
std::string render_workbook_form(const FormSpec& spec);

// For a survey tool: the header row of the CSV export that `spectrum merge --columns` reads
// (respondent, organisation, sector, role, then one column per item id; QUESTIONNAIRE.ITEM where
// two questionnaires share an id).
std::string render_survey_columns(const QuestionnaireSet& questionnaires);
// The allowed values of each of those columns, one row per value: column, type, required, value (the
// name to export), label (what respondents see) and the question (on the column's first row).
std::string render_survey_values(const QuestionnaireSet& questionnaires);

}  // namespace spectrum::collect

#endif  // SPECTRUM_COLLECT_FORM_H
