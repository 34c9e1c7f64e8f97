#include <spectrum/reports/painter_backend.h>

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

#include <algorithm>

namespace spectrum::reports {
namespace {

QColor colour(const std::string& text, double opacity = 1) {
  QColor c(QString::fromStdString(text));
  if (!c.isValid()) c = Qt::black;
  c.setAlphaF(static_cast<float>(std::clamp(opacity, 0.0, 1.0)));
  return c;
}

QPolygonF polygon(const std::vector<Point>& points) {
  QPolygonF out;
  for (const auto& p : points) out << QPointF(p.x, p.y);
  return out;
}

void set_paint(QPainter& painter, const Shape& shape) {
  if (shape.stroke.empty()) {
    painter.setPen(Qt::NoPen);
  } else {
    QPen pen(colour(shape.stroke), shape.stroke_width);
    pen.setJoinStyle(Qt::RoundJoin);
    if (shape.dashed) pen.setDashPattern({6 / shape.stroke_width, 4 / shape.stroke_width});
    painter.setPen(pen);
  }
  painter.setBrush(shape.fill.empty() ? QBrush(Qt::NoBrush) : QBrush(colour(shape.fill, shape.fill_opacity)));
}

QStringList families(const std::string& list) {
  QStringList out;
  for (const QString& name : QString::fromStdString(list).split(',', Qt::SkipEmptyParts)) {
    QString family = name.trimmed();
    family.remove('"');
    family.remove('\'');
    if (!family.isEmpty()) out << family;
  }
  return out;
}

void draw_text(QPainter& painter, const Shape& shape, const QStringList& font_families) {
  QFont font;
  font.setFamilies(font_families);
  // A size in scene units: points are device-relative, so undo the device's resolution.
  const int dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
  font.setPointSizeF(shape.font_size * 72.0 / (dpi > 0 ? dpi : 96));
  font.setBold(shape.bold);
  painter.setFont(font);
  painter.setPen(colour(shape.fill.empty() ? std::string("#000000") : shape.fill));
  const QString text = QString::fromStdString(shape.text);
  const double advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
  double x = shape.at.x;
  if (shape.align == Align::middle)
    x -= advance / 2;
  else if (shape.align == Align::end)
    x -= advance;
  painter.drawText(QPointF(x, shape.at.y), text);
}

}  // namespace

void paint_scene(QPainter& painter, const Scene& scene, const QRectF& target) {
  if (scene.width <= 0 || scene.height <= 0 || target.isEmpty()) return;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  const double scale = std::min(target.width() / scene.width, target.height() / scene.height);
  painter.translate(target.left() + (target.width() - scene.width * scale) / 2,
                    target.top() + (target.height() - scene.height * scale) / 2);
  painter.scale(scale, scale);
  const QStringList font_families = families(scene.font_family);

  for (const auto& shape : scene.shapes) {
    switch (shape.kind) {
      case Shape::Kind::line:
        set_paint(painter, shape);
        painter.drawLine(QPointF(shape.points[0].x, shape.points[0].y),
                         QPointF(shape.points[1].x, shape.points[1].y));
        break;
      case Shape::Kind::polyline:
        set_paint(painter, shape);
        painter.drawPolyline(polygon(shape.points));
        break;
      case Shape::Kind::polygon:
        set_paint(painter, shape);
        painter.drawPolygon(polygon(shape.points));
        break;
      case Shape::Kind::circle:
        set_paint(painter, shape);
        painter.drawEllipse(QPointF(shape.at.x, shape.at.y), shape.radius, shape.radius);
        break;
      case Shape::Kind::rect:
        set_paint(painter, shape);
        painter.drawRect(QRectF(shape.at.x, shape.at.y, shape.width, shape.height));
        break;
      case Shape::Kind::text:
        draw_text(painter, shape, font_families);
        break;
    }
  }
  painter.restore();
}

}  // namespace spectrum::reports
