// One renderer per report format; report.cpp picks one by the output's extension.
#ifndef SPECTRUM_REPORTS_RENDERERS_H
#define SPECTRUM_REPORTS_RENDERERS_H

#include <spectrum/reports/report.h>
#include <spectrum/reports/templates.h>

#include <string>

namespace spectrum::reports {

// A self-contained XHTML-compatible page: inline CSS and SVG, no scripts, nothing fetched.
std::string render_html(const ReportInput& input, const Templates& templates);
// An A4 PDF with the same content; charts are vectors, fonts embedded. Creates a QGuiApplication
// when the process has none.
std::string render_pdf(const ReportInput& input, const Templates& templates);
// Markdown: headings, the domains as a table, findings, perception gaps, provenance.
std::string render_markdown(const ReportInput& input, const Templates& templates);
// CSV (RFC 4180): one row per domain, and with input.detail one row per item and respondent.
std::string render_csv(const ReportInput& input, const Templates& templates);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_RENDERERS_H
