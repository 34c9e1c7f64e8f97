// The comparison as CSV (RFC 4180): one row per area and period with every column's position and rank.
#include "compare_renderers.h"
#include "compare_tables.h"
#include "text_format.h"

namespace spectrum::reports {

std::string render_compare_csv(const Comparison& comparison) {
  const compare_tables::Table table = compare_tables::areas(comparison, true);
  std::string out;
  auto line = [&out](const auto& fields, auto text) {
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(text(fields[i]));
    out += "\r\n";
  };
  line(table.headers, [](const std::string& h) { return h; });
  for (std::size_t r = 0; r < table.rows; ++r)  // each row built, written and dropped in turn
    line(table.row(r), [](const compare_tables::Value& v) { return compare_tables::text_of(v); });
  return out;
}

}  // namespace spectrum::reports
