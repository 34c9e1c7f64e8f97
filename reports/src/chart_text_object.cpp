#include "chart_text_object.h"

#include <spectrum/reports/painter_backend.h>

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace spectrum::reports {
namespace {

constexpr int kChartIndex = QTextFormat::UserProperty + 17;
constexpr double kMillimetresPerInch = 25.4;
constexpr int kScreenDpi = 96;

}  // namespace

ChartTextObject::ChartTextObject(QTextDocument& document) : QObject(&document) {
  document.documentLayout()->registerHandler(kObjectType, this);
}

void ChartTextObject::insert(QTextCursor& cursor, Scene scene, double width_mm) {
  QTextCharFormat format;
  format.setObjectType(kObjectType);
  format.setProperty(kChartIndex, static_cast<int>(charts_.size()));
  charts_.push_back({std::move(scene), width_mm});
  cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

const ChartTextObject::Chart* ChartTextObject::chart_of(const QTextFormat& format) const {
  const int index = format.intProperty(kChartIndex);
  return index >= 0 && static_cast<std::size_t>(index) < charts_.size() ? &charts_[index] : nullptr;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
  const Chart* chart = chart_of(format);
  if (chart == nullptr || chart->scene.width <= 0) return {};
  // Layout units are the layout's paint device's pixels (the printer's while printing).
  const QPaintDevice* device = document->documentLayout()->paintDevice();
  const double dpi = device != nullptr ? device->logicalDpiX() : kScreenDpi;
  const double width = chart->width_mm / kMillimetresPerInch * dpi;
  return {width, width * chart->scene.height / chart->scene.width};
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat& format) {
  if (const Chart* chart = chart_of(format)) paint_scene(*painter, chart->scene, rect);
}

}  // namespace spectrum::reports
