// One questionnaire item as a respondent answers it: the question (marked when required), its help
// text, the value input for its type, "Don't know" and "Not applicable", an evidence note, and a
// message line when input was refused.
#ifndef SPECTRUM_STUDIO_ITEM_EDITOR_H
#define SPECTRUM_STUDIO_ITEM_EDITOR_H

#include <spectrum/model.h>

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace spectrum::studio {

class ValueInput;

class ItemEditor : public QFrame {
  Q_OBJECT

 public:
  // The item must outlive the editor.
  ItemEditor(const model::Item& item, int number, QWidget* parent = nullptr);

  const model::Item& item() const { return item_; }
  // Shows an answer (no edited() signal).
  void show_answer(const model::AnswerValue& answer);
  // The answer as the widgets hold it.
  model::AnswerValue answer() const;
  // The message shown after refused input ("" when none).
  QString message() const;
  QWidget* first_focus() const;

 signals:
  void edited(const model::AnswerValue& answer);

 private:
  void on_status(QCheckBox* which);
  void on_value_edited();
  void clear_answer();
  void update_enabled();
  void show_message(const QString& message);

  const model::Item& item_;
  ValueInput* input_ = nullptr;
  QCheckBox* dont_know_ = nullptr;
  QCheckBox* not_applicable_ = nullptr;
  QPushButton* clear_ = nullptr;
  QLineEdit* evidence_ = nullptr;
  QLabel* message_ = nullptr;
  QLabel* question_ = nullptr;
  bool showing_ = false;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_ITEM_EDITOR_H
