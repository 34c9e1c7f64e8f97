#include <spectrum/reports/report.h>

#include "renderers.h"

#include <stdexcept>

namespace spectrum::reports {

bool is_report_format(std::string_view format) {
  return format == "html" || format == "pdf" || format == "md" || format == "csv";
}

std::string render(const ReportInput& input, std::string_view format) {
  if (!is_report_format(format))
    throw std::invalid_argument("unknown report format \"" + std::string(format) + "\": expected html, pdf, md or csv");
  if (input.profile == nullptr) throw std::invalid_argument("render: no profile to report on");
  const Templates templates = Templates::load();
  if (format == "html") return render_html(input, templates);
  if (format == "pdf") return render_pdf(input, templates);
  if (format == "md") return render_markdown(input, templates);
  return render_csv(input, templates);
}

}  // namespace spectrum::reports
