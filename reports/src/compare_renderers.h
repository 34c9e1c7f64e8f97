// Private: one renderer per comparison format; compare_report.cpp picks one by the extension.
#ifndef SPECTRUM_REPORTS_COMPARE_RENDERERS_H
#define SPECTRUM_REPORTS_COMPARE_RENDERERS_H

#include <spectrum/compare.h>
#include <spectrum/reports/compare_report.h>
#include <spectrum/reports/templates.h>

#include <string>

namespace spectrum::reports {

std::string render_compare_html(const Comparison& comparison, const CompareReportOptions& options,
                                const Templates& templates);
std::string render_compare_markdown(const Comparison& comparison, const CompareReportOptions& options);
std::string render_compare_csv(const Comparison& comparison);
std::string render_compare_xlsx(const Comparison& comparison);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_COMPARE_RENDERERS_H
