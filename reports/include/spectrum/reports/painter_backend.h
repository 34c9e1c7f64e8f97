// Scenes drawn with QPainter: the PDF report's backend for the chart model, and the desktop app's.
// Everything is drawn as vectors (paths and text), so a QPdfWriter receives vector graphics.
#ifndef SPECTRUM_REPORTS_PAINTER_BACKEND_H
#define SPECTRUM_REPORTS_PAINTER_BACKEND_H

#include <spectrum/reports/chart_model.h>

class QPainter;
class QRectF;

namespace spectrum::reports {

// Draws the scene into `target` (in the painter's current coordinates), scaled uniformly to fit and
// centred. Type sizes scale with the scene, whatever the device's resolution. The painter's state is
// restored afterwards. Needs a QGuiApplication (see ensure_gui_application()).
void paint_scene(QPainter& painter, const Scene& scene, const QRectF& target);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_PAINTER_BACKEND_H
