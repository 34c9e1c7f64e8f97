// Picks the comparison's renderer by the output's extension (see compare_report.h).
#include <spectrum/reports/compare_report.h>

#include "compare_renderers.h"

#include <stdexcept>

namespace spectrum::reports {

bool is_compare_format(std::string_view format) {
  return format == "html" || format == "csv" || format == "xlsx" || format == "md" || format == "json";
}

std::string render_comparison(const Comparison& comparison, std::string_view format,
                              const CompareReportOptions& options) {
  if (format == "json") return to_json(comparison).dump(2) + "\n";
  if (format == "csv") return render_compare_csv(comparison);
  if (format == "xlsx") return render_compare_xlsx(comparison);
  if (format == "md") return render_compare_markdown(comparison, options);
  if (format == "html") return render_compare_html(comparison, options, Templates::load());
  throw std::invalid_argument("unknown comparison format \"" + std::string(format) +
                              "\": expected html, csv, xlsx, md or json");
}

}  // namespace spectrum::reports
