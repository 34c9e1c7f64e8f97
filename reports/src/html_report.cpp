// The HTML report: one self-contained page.
#include "html_parts.h"
#include "renderers.h"
#include "svg_writer.h"
#include "text_format.h"

namespace spectrum::reports {

std::string render_html(const ReportInput& input, const Templates& templates) {
  const Profile& profile = *input.profile;
  HtmlContext context{profile, templates, false, [](const Scene& scene, const SvgLabel& label) {
                        return "<div class=\"chart\">\n" + to_svg(scene, label) + "\n</div>\n";
                      }};
  const std::string title =
      fill(templates.text("/title"), {{"area", profile.area.name}, {"period", profile.period}});
  return fill(templates.file("report.html"), {{"title", xml_escape(title)},
                                              {"tool", xml_escape(profile.provenance.tool)},
                                              {"css", templates.file("report.css")},
                                              {"body", report_body(context)}});
}

}  // namespace spectrum::reports
