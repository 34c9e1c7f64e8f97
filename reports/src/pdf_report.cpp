// The PDF report: the report's HTML laid out by QTextDocument on A4 pages, charts drawn inline as
// vectors by the painter backend (see chart_text_object.h).
#include "chart_text_object.h"
#include "html_parts.h"
#include "renderers.h"
#include "text_format.h"

#include <spectrum/reports/gui_application.h>

#include <QBuffer>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <stdexcept>

namespace spectrum::reports {
namespace {

// QTextDocument::print() adds 2 cm margins of its own inside the writer's.
constexpr double kMarginMm = 0;
// Charts are first written as numbered placeholders, then swapped for inline chart objects.
constexpr const char* kPlaceholder = "\u2063chart-";

struct PendingChart {
  Scene scene;
  double width_mm = 0;
};

}  // namespace

std::string render_pdf(const ReportInput& input, const Templates& templates) {
  ensure_gui_application();
  const Profile& profile = *input.profile;
  // Every chart at one scale, so that their type sizes match.
  const double mm_per_unit = templates.number("/pdf/chart_mm_per_unit");

  std::vector<PendingChart> pending;
  HtmlContext context{profile, templates, true, [&](const Scene& scene, const SvgLabel&) {
                        pending.push_back({scene, scene.width * mm_per_unit});
                        return "<p align=\"center\">" + std::string(kPlaceholder) +
                               std::to_string(pending.size() - 1) + ";</p>\n";
                      }};
  const std::string body = report_body(context);

  QTextDocument document;
  QFont font(QString::fromStdString(templates.text("/pdf/font_family")));
  font.setPointSizeF(templates.number("/pdf/body_point_size"));
  document.setDefaultFont(font);
  document.setDefaultStyleSheet(QString::fromStdString(templates.file("pdf.css")));
  document.setHtml(QString::fromStdString(body));

  auto* charts = new ChartTextObject(document);  // owned by the document
  for (std::size_t i = 0; i < pending.size(); ++i) {
    const QString marker = QString::fromUtf8(kPlaceholder) + QString::number(i) + ';';
    QTextCursor cursor = document.find(marker);
    if (cursor.isNull())
      throw std::logic_error("PDF report: chart placeholder " + std::to_string(i) + " lost");
    cursor.removeSelectedText();
    charts->insert(cursor, std::move(pending[i].scene), pending[i].width_mm);
  }

  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(QString::fromStdString(
        fill(templates.text("/title"), {{"area", profile.area.name}, {"period", profile.period}})));
    writer.setCreator(QString::fromStdString(profile.provenance.tool));
    document.print(&writer);
  }
  const QByteArray bytes = buffer.data();
  return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

}  // namespace spectrum::reports
