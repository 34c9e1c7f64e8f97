#include "chart_view.h"

#include <spectrum/reports/painter_backend.h>

#include <QPainter>

#include <cmath>

namespace spectrum::studio {

ChartView::ChartView(int preferred_width, QWidget* parent)
    : QWidget(parent), preferred_width_(preferred_width) {
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
  setFocusPolicy(Qt::NoFocus);
  setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void ChartView::set_scene(reports::Scene scene, const QString& summary) {
  scene_ = std::move(scene);
  setAccessibleDescription(summary);
  setToolTip(summary);
  updateGeometry();
  update();
}

int ChartView::heightForWidth(int width) const {
  if (scene_.width <= 0) return 0;
  return static_cast<int>(std::ceil(width * scene_.height / scene_.width));
}

QSize ChartView::sizeHint() const {
  return {preferred_width_, heightForWidth(preferred_width_)};
}

QSize ChartView::minimumSizeHint() const {
  return {preferred_width_ / 2, heightForWidth(preferred_width_ / 2)};
}

void ChartView::paintEvent(QPaintEvent*) {
  if (scene_.width <= 0 || scene_.height <= 0) return;
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect(), Qt::white);
  reports::paint_scene(painter, scene_, QRectF(rect()));
}

}  // namespace spectrum::studio
