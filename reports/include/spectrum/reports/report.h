// Rendering a profile as a report for people: HTML, PDF, Markdown, CSV.
#ifndef SPECTRUM_REPORTS_REPORT_H
#define SPECTRUM_REPORTS_REPORT_H

#include <spectrum/io.h>
#include <spectrum/model.h>
#include <spectrum/profile.h>

#include <string>
#include <string_view>

namespace spectrum::reports {

struct ReportInput {
  const Profile* profile = nullptr;
  // The scored assessment and its questionnaires, when available (CSV --detail needs them).
  const model::Assessment* assessment = nullptr;
  QuestionnaireSet questionnaires;
  bool detail = false;  // CSV: add one row per item and respondent
};

// True for the report formats: "html", "pdf", "md", "csv" (the output file's extension, no dot).
bool is_report_format(std::string_view format);

// Why this build cannot render the format, or "" when it can. PDF needs a build with
// SPECTRUM_BUILD_PDF (and Qt); the others are always there.
std::string format_unavailable(std::string_view format);

// Renders the report in `format` and returns its bytes. Throws std::invalid_argument for an unknown
// format, and std::runtime_error with format_unavailable()'s reason for a format this build lacks. PDF
// rendering works headless (no display needed).
std::string render(const ReportInput& input, std::string_view format);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_REPORT_H
