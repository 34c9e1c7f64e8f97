// A chart of the reports' chart model (spectrum/reports/chart_model.h) on screen: it paints the
// scene with the reports' QPainter backend, keeping its aspect ratio. The chart model is the only
// place chart geometry lives; this widget only sizes and paints.
#ifndef SPECTRUM_STUDIO_CHART_VIEW_H
#define SPECTRUM_STUDIO_CHART_VIEW_H

#include <spectrum/reports/chart_model.h>

#include <QWidget>

namespace spectrum::studio {

class ChartView : public QWidget {
  Q_OBJECT

 public:
  // `preferred_width` is the width (in device-independent pixels) the chart asks for.
  explicit ChartView(int preferred_width, QWidget* parent = nullptr);

  // Shows a scene; `summary` is what a screen reader says of it.
  void set_scene(reports::Scene scene, const QString& summary);
  const reports::Scene& scene() const { return scene_; }

  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  reports::Scene scene_;
  int preferred_width_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_CHART_VIEW_H
