#include <spectrum/reports/report.h>

#include "renderers.h"

#include <stdexcept>

namespace spectrum::reports {

bool is_report_format(std::string_view format) {
  return format == "html" || format == "pdf" || format == "md" || format == "csv";
}

std::string format_unavailable(std::string_view format) {
#ifdef SPECTRUM_HAVE_PDF
  (void)format;
#else
  if (format == "pdf")
    return "PDF reports need the full build of Spectrum, and this one was built with "
           "SPECTRUM_BUILD_PDF=OFF (no Qt), expected .json, .html, .md or .csv";
#endif
  return "";
}

std::string render(const ReportInput& input, std::string_view format) {
  if (!is_report_format(format))
    throw std::invalid_argument("unknown report format \"" + std::string(format) +
                                "\": expected html, pdf, md or csv");
  if (input.profile == nullptr) throw std::invalid_argument("render: no profile to report on");
  if (std::string why = format_unavailable(format); !why.empty()) throw std::runtime_error(why);
  const Templates templates = Templates::load();
  if (format == "html") return render_html(input, templates);
#ifdef SPECTRUM_HAVE_PDF
  if (format == "pdf") return render_pdf(input, templates);
#endif
  if (format == "md") return render_markdown(input, templates);
  return render_csv(input, templates);
}

}  // namespace spectrum::reports
