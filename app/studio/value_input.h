// The widget that takes one item's value, by the item's type: a scale as labelled radio buttons, a
// choice as a combo box, multi as check boxes, a number as a spin box with its unit and bounds, a
// boolean as yes/no, text as a text box. Input the item cannot hold is refused at the widget with a
// message (rejected()), never passed on.
#ifndef SPECTRUM_STUDIO_VALUE_INPUT_H
#define SPECTRUM_STUDIO_VALUE_INPUT_H

#include <spectrum/model.h>

#include <QString>
#include <QWidget>

namespace spectrum::studio {

class ValueInput : public QWidget {
  Q_OBJECT

 public:
  explicit ValueInput(const model::Item& item, QWidget* parent = nullptr) : QWidget(parent), item_(item) {}

  // Shows the answer's value; nothing chosen when it holds none.
  virtual void show_value(const model::AnswerValue& answer) = 0;
  // Copies the value shown into `answer` and returns true, or returns false when nothing is entered.
  virtual bool read_value(model::AnswerValue& answer) const = 0;
  // The widget that takes focus first (for labels' buddies and tab order).
  virtual QWidget* focus_widget() = 0;

 signals:
  void edited();                          // the user changed the value
  void rejected(const QString& message);  // the user's input was refused, and why
  void accepted();                        // input is acceptable again (clears a message)

 protected:
  const model::Item& item() const { return item_; }
  // "LD01" as used in accessible names and object names.
  QString key() const { return QString::fromStdString(item_.id); }
  // Lays out `input` as the whole of this input, named "<item>/input" and "<item> answer".
  template <typename W>
  W* take_single(W* input) {
    place_single(input);
    return input;
  }

 private:
  void place_single(QWidget* input);

 public:
 private:
  const model::Item& item_;
};

// The input for the item's type. The item must outlive the widget.
ValueInput* make_value_input(const model::Item& item, QWidget* parent);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_VALUE_INPUT_H
