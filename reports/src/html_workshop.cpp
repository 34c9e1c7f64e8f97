// The report's "Workshop" section in HTML (the browser's and the PDF's), from workshop_view.h.
#include "html_parts.h"
#include "workshop_view.h"

namespace spectrum::reports {

std::string workshop_section(const HtmlContext& c) {
  if (!has_workshop_section(c.profile)) return "";
  const WorkshopView view = workshop_view(c.profile, c.templates);
  std::string out = open_section(c, "workshop", false);
  out += element("h2", view.heading);
  for (const std::string& paragraph : view.paragraphs) out += element("p", paragraph);
  for (const WorkshopTable& table : view.tables) {
    if (!table.heading.empty()) out += element("h3", table.heading);
    if (!table.intro.empty()) out += element("p", table.intro);
    std::vector<Row> rows;
    for (const std::vector<std::string>& values : table.rows) {
      Row row;
      for (std::size_t i = 0; i < values.size(); ++i)
        row.push_back(i < table.numeric.size() && table.numeric[i] ? number_cell(values[i])
                                                                   : text_cell(values[i]));
      rows.push_back(std::move(row));
    }
    out += html_table(c, "", table.headers, rows);
  }
  return out + close_section(c);
}

}  // namespace spectrum::reports
