#include "item_editor.h"

#include "form_parts.h"
#include "value_input.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spectrum::studio {

using State = model::AnswerValue::State;

ItemEditor::ItemEditor(const model::Item& item, int number, QWidget* parent) : QFrame(parent), item_(item) {
  const QString key = QString::fromStdString(item.id);
  setObjectName(QStringLiteral("item/") + key);
  setFrameShape(QFrame::StyledPanel);
  setAccessibleName(tr("Question %1").arg(key));
  auto* layout = new QVBoxLayout(this);

  QString text = QStringLiteral("%1. %2").arg(number).arg(QString::fromStdString(item.text).toHtmlEscaped());
  if (item.required)
    text += QStringLiteral(" <span style='color:#b42318'>*&nbsp;%1</span>").arg(tr("required"));
  question_ = new QLabel(text, this);
  question_->setTextFormat(Qt::RichText);
  question_->setWordWrap(true);
  question_->setObjectName(key + QStringLiteral("/question"));
  QFont bold = question_->font();
  bold.setBold(true);
  question_->setFont(bold);
  layout->addWidget(question_);

  if (!item.help.empty()) {
    auto* help = new QLabel(QString::fromStdString(item.help), this);
    help->setWordWrap(true);
    help->setObjectName(key + QStringLiteral("/help"));
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);
  }

  input_ = make_value_input(item, this);
  layout->addWidget(input_);
  question_->setBuddy(input_->focus_widget());
  setAccessibleDescription(QString::fromStdString(item.text));

  auto* row = new QHBoxLayout;
  dont_know_ = new QCheckBox(tr("Don't know"), this);
  not_applicable_ = new QCheckBox(tr("Not applicable"), this);
  clear_ = new QPushButton(tr("Clear answer"), this);
  dont_know_->setObjectName(key + QStringLiteral("/dont_know"));
  not_applicable_->setObjectName(key + QStringLiteral("/not_applicable"));
  clear_->setObjectName(key + QStringLiteral("/clear"));
  dont_know_->setAccessibleName(tr("%1: don't know").arg(key));
  not_applicable_->setAccessibleName(tr("%1: not applicable").arg(key));
  clear_->setAccessibleName(tr("%1: clear the answer").arg(key));
  row->addWidget(dont_know_);
  row->addWidget(not_applicable_);
  row->addStretch();
  row->addWidget(clear_);
  layout->addLayout(row);

  evidence_ = new QLineEdit(this);
  evidence_->setObjectName(key + QStringLiteral("/evidence"));
  evidence_->setPlaceholderText(item.evidence.empty() ? tr("Evidence note (optional)")
                                                      : QString::fromStdString(item.evidence));
  evidence_->setAccessibleName(tr("%1 evidence note").arg(key));
  evidence_->setClearButtonEnabled(true);
  layout->addWidget(evidence_);

  message_ = make_problem_label(this, tr("%1 input problem").arg(key));
  message_->setObjectName(key + QStringLiteral("/message"));
  layout->addWidget(message_);

  connect(input_, &ValueInput::edited, this, &ItemEditor::on_value_edited);
  connect(input_, &ValueInput::rejected, this, &ItemEditor::show_message);
  connect(input_, &ValueInput::accepted, this, [this] { show_message({}); });
  connect(dont_know_, &QCheckBox::clicked, this, [this] { on_status(dont_know_); });
  connect(not_applicable_, &QCheckBox::clicked, this, [this] { on_status(not_applicable_); });
  connect(clear_, &QPushButton::clicked, this, &ItemEditor::clear_answer);
  connect(evidence_, &QLineEdit::textEdited, this, [this] { emit edited(answer()); });
}

QWidget* ItemEditor::first_focus() const {
  return input_->focus_widget();
}

QString ItemEditor::message() const {
  return message_->isHidden() ? QString() : message_->text();
}

void ItemEditor::show_message(const QString& message) {
  set_problem(message_, message);
}

void ItemEditor::show_answer(const model::AnswerValue& answer) {
  showing_ = true;
  input_->show_value(answer);
  dont_know_->setChecked(answer.state == State::dont_know);
  not_applicable_->setChecked(answer.state == State::not_applicable);
  evidence_->setText(QString::fromStdString(answer.evidence));
  update_enabled();
  show_message({});
  showing_ = false;
}

model::AnswerValue ItemEditor::answer() const {
  model::AnswerValue answer;
  answer.type = item_.type;
  answer.evidence = evidence_->text().trimmed().toStdString();
  if (dont_know_->isChecked()) {
    answer.state = State::dont_know;
  } else if (not_applicable_->isChecked()) {
    answer.state = State::not_applicable;
  } else if (input_->read_value(answer)) {
    answer.state = State::value;
  }
  return answer;
}

void ItemEditor::on_status(QCheckBox* which) {
  // The two are exclusive; either one sets the value aside (kept in the widgets, not in the answer).
  QCheckBox* other = which == dont_know_ ? not_applicable_ : dont_know_;
  if (which->isChecked()) other->setChecked(false);
  update_enabled();
  if (!showing_) emit edited(answer());
}

void ItemEditor::on_value_edited() {
  if (showing_) return;
  show_message({});
  emit edited(answer());
}

void ItemEditor::clear_answer() {
  model::AnswerValue empty;
  empty.type = item_.type;
  empty.evidence = evidence_->text().trimmed().toStdString();
  show_answer(empty);
  emit edited(answer());
}

void ItemEditor::update_enabled() {
  input_->setEnabled(!dont_know_->isChecked() && !not_applicable_->isChecked());
}

}  // namespace spectrum::studio
