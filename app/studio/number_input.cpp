#include "number_input.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

#include <cmath>
#include <limits>

namespace spectrum::studio {

namespace {

constexpr double kUnbounded = 1e9;  // spin boxes need bounds; an item without them gets these
constexpr int kDecimals = 2;

QString number_text(double value) {
  return QLocale().toString(value, 'g', 12);
}

}  // namespace

BoundedSpinBox::BoundedSpinBox(double low, double high, QString unit, QWidget* parent)
    : QDoubleSpinBox(parent), low_(low), high_(high), unit_(std::move(unit)) {
  setDecimals(kDecimals);
  const double step = high_ - low_ >= 10 ? 1.0 : 0.1;
  setSingleStep(step);
  // One step below the minimum is "not answered", shown as words.
  setRange(low_ - step, high_);
  setSpecialValueText(tr("Not answered"));
  if (!unit_.isEmpty()) setSuffix(QStringLiteral(" ") + unit_);
  setKeyboardTracking(false);
  setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
  setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Not answered 000000 ") + unit_));
}

QString BoundedSpinBox::bounds_text() const {
  QString unit = unit_.isEmpty() ? QString() : QStringLiteral(" ") + unit_;
  return tr("from %1 to %2%3").arg(number_text(low_), number_text(high_), unit);
}

QValidator::State BoundedSpinBox::validate(QString& text, int& pos) const {
  if (text == specialValueText()) return QValidator::Acceptable;
  QString bare = text;
  if (!suffix().isEmpty() && bare.endsWith(suffix())) bare.chop(suffix().size());
  bare = bare.trimmed();
  if (bare.isEmpty() || bare == QStringLiteral("-") || bare == QStringLiteral("+"))
    return QValidator::Intermediate;
  bool ok = false;
  double value = QLocale().toDouble(bare, &ok);
  if (!ok) {
    emit refused(tr("\"%1\" is not a number. Enter a number %2.").arg(bare, bounds_text()));
    return QValidator::Invalid;
  }
  if (value > high_) {
    emit refused(tr("%1 is above the maximum. Enter a number %2.").arg(bare, bounds_text()));
    return QValidator::Invalid;
  }
  if (value < low_) {
    // Typing may still reach the range ("1" on the way to "15" when the minimum is 10), unless the
    // number is negative and the minimum is not.
    if (value < 0 && low_ >= 0) {
      emit refused(tr("%1 is below the minimum. Enter a number %2.").arg(bare, bounds_text()));
      return QValidator::Invalid;
    }
    emit refused(tr("%1 is below the minimum. Enter a number %2.").arg(bare, bounds_text()));
    return QValidator::Intermediate;
  }
  QValidator::State state = QDoubleSpinBox::validate(text, pos);
  if (state == QValidator::Acceptable) emit acceptable();
  return state;
}

NumberInput::NumberInput(const model::Item& item, QWidget* parent) : ValueInput(item, parent) {
  const double low = item.min.value_or(-kUnbounded);
  const double high = item.max.value_or(kUnbounded);
  spin_ = take_single(new BoundedSpinBox(low, high, QString::fromStdString(item.unit), this));
  spin_->setAccessibleName(tr("%1 answer, a number %2").arg(key(), spin_->bounds_text()));
  spin_->setValue(spin_->minimum());
  static_cast<QBoxLayout*>(layout())->addStretch();
  connect(spin_, &BoundedSpinBox::refused, this, &ValueInput::rejected);
  connect(spin_, &BoundedSpinBox::acceptable, this, &ValueInput::accepted);
  connect(spin_, &QDoubleSpinBox::valueChanged, this, [this] {
    if (!showing_) emit edited();
  });
}

void NumberInput::show_value(const model::AnswerValue& answer) {
  showing_ = true;
  if (answer.state == model::AnswerValue::State::value)
    spin_->setValue(answer.number);
  else
    spin_->setValue(spin_->minimum());
  showing_ = false;
}

bool NumberInput::read_value(model::AnswerValue& answer) const {
  if (spin_->is_unanswered()) return false;
  answer.number = spin_->value();
  return true;
}

}  // namespace spectrum::studio
