// Charts inside a QTextDocument: an inline object that draws a scene with the painter backend, so a
// document printed to a QPdfWriter carries its charts as vectors, flowing with the text.
#ifndef SPECTRUM_REPORTS_CHART_TEXT_OBJECT_H
#define SPECTRUM_REPORTS_CHART_TEXT_OBJECT_H

#include <spectrum/reports/chart_model.h>

#include <QObject>
#include <QTextObjectInterface>

#include <vector>

class QTextCursor;

namespace spectrum::reports {

class ChartTextObject : public QObject, public QTextObjectInterface {
  Q_OBJECT
  Q_INTERFACES(QTextObjectInterface)

 public:
  static constexpr int kObjectType = QTextFormat::UserObject + 17;

  // Registers itself as the handler of its object type with the document's layout.
  explicit ChartTextObject(QTextDocument& document);

  // Keeps the scene and inserts it at the cursor, `width_mm` wide (the height keeps the scene's
  // proportions).
  void insert(QTextCursor& cursor, Scene scene, double width_mm);

  QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
  void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                  const QTextFormat& format) override;

 private:
  struct Chart {
    Scene scene;
    double width_mm = 0;
  };
  const Chart* chart_of(const QTextFormat& format) const;

  std::vector<Chart> charts_;
};

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_CHART_TEXT_OBJECT_H
