// Private: where things are in a respondent workbook. The writer (workbook_writer.cpp) and the reader
// (workbook_response.cpp) both work from these, so the two cannot drift apart. Columns and rows are
// 1-based, as Excel numbers them.
#ifndef SPECTRUM_COLLECT_WORKBOOK_LAYOUT_H
#define SPECTRUM_COLLECT_WORKBOOK_LAYOUT_H

#include <spectrum/model.h>

#include <string>
#include <vector>

namespace spectrum::collect::detail {

// The first sheet: who answers, and how.
constexpr const char* kCoverSheet = "Cover";
// Hidden: the area, the period and the questionnaires' stamps (label in column A, value in B; then a
// table of questionnaire, version, sha256 and sheet below the row whose column A is kStampHeader).
constexpr const char* kStampSheet = "Spectrum";
// Hidden: the drop-down lists, one per column.
constexpr const char* kListSheet = "Lists";

constexpr const char* kWorkbookMarker = "Spectrum respondent workbook";  // Spectrum!A1
constexpr const char* kLayoutVersion = "1";                              // Spectrum!B1
constexpr const char* kAreaNameLabel = "area name";
constexpr const char* kAreaCodeLabel = "area code";
constexpr const char* kAreaKindLabel = "area kind";
constexpr const char* kAreaFootprintLabel = "area footprint";
constexpr const char* kPeriodLabel = "period";
constexpr const char* kStampHeader = "questionnaire";
// A later round's workbook (FormSpec::feedback) records its round here; the response gets "x-round".
constexpr const char* kRoundLabel = "round";

// The cover's answer cells: the label in column kCoverLabelColumn, the answer beside it.
struct CoverField {
  const char* member;  // in the response's "respondent" object
  const char* label;
  const char* hint;
};
inline const std::vector<CoverField> kCoverFields = {
    {"id", "Your respondent reference",
     "The reference the coordinator gave you, or your initials and organisation."},
    {"organisation", "Your organisation", "For example \"Northshire Clinical Commissioning Group\"."},
    {"sector", "Your sector", "Choose from the list: the kind of organisation you answer for."},
    {"role", "Your role", "For example \"director\", \"manager\" or \"front-line practitioner\"."},
};
// A workbook made without an area and period (`spectrum form -o x.xlsx` alone) asks the respondent for
// them on the cover, below their own details; the members are the response's "area" and "period".
inline const std::vector<CoverField> kCoverAreaFields = {
    {"name", "Your area", "The Health and Wellbeing Board area you answer for, for example \"Northshire\"."},
    {"code", "Area code", "Its code, if you know it, for example \"E10000099\"; may be left empty."},
    {"period", "Period", "The period you answer for, for example \"2016/17\"."},
};
constexpr int kCoverLabelColumn = 2;   // B
constexpr int kCoverAnswerColumn = 3;  // C

// A domain sheet: one row per item, found by its id in column A.
constexpr int kIdColumn = 1;         // A: the item's id
constexpr int kQuestionColumn = 2;   // B: its text
constexpr int kAnswerColumn = 3;     // C: the drop-down (every item has one)
constexpr int kValueColumn = 4;      // D: the number or text of number and text items
constexpr int kEvidenceColumn = 5;   // E: an evidence note
constexpr int kHelpColumn = 6;       // F: help, the evidence prompt, when to answer
constexpr int kFirstTickColumn = 7;  // G...: one tick per option of a multi-select item
// A later round's workbook: the feedback (the previous round's answers, and the respondent's own) is in
// the first column after the sheet's tick columns. Read by people only.
constexpr const char* kTick = "\u2713";  // ✓

// The sheet name for a questionnaire: its domain in words ("financial_alignment" -> "Financial
// alignment"), made unique among names already taken and within Excel's 31 characters.
std::string domain_sheet_name(const model::Questionnaire& questionnaire,
                              const std::vector<std::string>& taken);

// What the drop-down in column C offers for an item (its options' display texts, "Yes"/"No" for a
// boolean; then "Don't know" and "Not applicable").
std::vector<std::string> answer_choices(const model::Item& item);

// Whether an item's value is typed into column D (number, text) rather than chosen in column C.
inline bool value_in_column_d(const model::Item& item) {
  return item.type == ItemType::number || item.type == ItemType::text;
}

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_WORKBOOK_LAYOUT_H
