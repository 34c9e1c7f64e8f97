// A number item: a spin box with the item's unit as suffix, bounded by the item's min and max. One
// step below the minimum reads "Not answered". A typed number outside the bounds is refused with a
// message naming the bounds.
#ifndef SPECTRUM_STUDIO_NUMBER_INPUT_H
#define SPECTRUM_STUDIO_NUMBER_INPUT_H

#include "value_input.h"

#include <QDoubleSpinBox>

namespace spectrum::studio {

class BoundedSpinBox : public QDoubleSpinBox {
  Q_OBJECT

 public:
  BoundedSpinBox(double low, double high, QString unit, QWidget* parent = nullptr);
  QValidator::State validate(QString& text, int& pos) const override;
  double low() const { return low_; }
  double high() const { return high_; }
  bool is_unanswered() const { return value() < low_; }
  // "from 0 to 100 %"
  QString bounds_text() const;

 signals:
  void refused(const QString& message) const;
  void acceptable() const;

 private:
  double low_, high_;
  QString unit_;
};

class NumberInput : public ValueInput {
  Q_OBJECT

 public:
  NumberInput(const model::Item& item, QWidget* parent);
  void show_value(const model::AnswerValue& answer) override;
  bool read_value(model::AnswerValue& answer) const override;
  QWidget* focus_widget() override { return spin_; }

 private:
  BoundedSpinBox* spin_;
  bool showing_ = false;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_NUMBER_INPUT_H
