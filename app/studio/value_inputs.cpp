// The value inputs other than numbers (number_input.cpp), and the factory choosing one by type.
#include "number_input.h"
#include "value_input.h"

#include <spectrum/numbers.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace spectrum::studio {

namespace {

// Exclusive radio buttons that can also show "nothing chosen".
class RadioRow {
 public:
  explicit RadioRow(QObject* owner) : group_(new QButtonGroup(owner)) {}
  QButtonGroup* group() const { return group_; }
  void choose(int id) {
    if (QAbstractButton* b = group_->button(id)) {
      b->setChecked(true);
      return;
    }
    group_->setExclusive(false);
    for (QAbstractButton* b : group_->buttons()) b->setChecked(false);
    group_->setExclusive(true);
  }

 private:
  QButtonGroup* group_;
};

QString option_key(const QString& item, const model::Option& option) {
  return item + QStringLiteral("/option/") + QString::fromStdString(option.name);
}

// A scale: one radio button per point, in a row, each labelled "value label".
class ScaleInput : public ValueInput {
 public:
  ScaleInput(const model::Item& item, QWidget* parent) : ValueInput(item, parent), row_(this) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < item.options.size(); ++i) {
      const model::Option& o = item.options[i];
      QString label = QString::fromStdString(o.label);
      auto* b = new QRadioButton(
          QStringLiteral("%1  %2").arg(QString::fromStdString(format_number(o.value)), label), this);
      b->setObjectName(option_key(key(), o));
      b->setAccessibleName(
          tr("%1 answer: %2, %3").arg(key(), QString::fromStdString(format_number(o.value)), label));
      row_.group()->addButton(b, static_cast<int>(i));
      layout->addWidget(b);
    }
    connect(row_.group(), &QButtonGroup::idClicked, this, &ValueInput::edited);
  }
  void show_value(const model::AnswerValue& answer) override {
    int id = -1;
    if (answer.state == model::AnswerValue::State::value)
      for (std::size_t i = 0; i < item().options.size(); ++i)
        if (item().options[i].value == answer.number) id = static_cast<int>(i);
    row_.choose(id);
  }
  bool read_value(model::AnswerValue& answer) const override {
    int id = row_.group()->checkedId();
    if (id < 0) return false;
    answer.number = item().options[id].value;
    return true;
  }
  QWidget* focus_widget() override { return row_.group()->buttons().value(0, nullptr); }

 private:
  RadioRow row_;
};

// A choice: a combo box whose first entry is "not answered".
class ChoiceInput : public ValueInput {
 public:
  ChoiceInput(const model::Item& item, QWidget* parent) : ValueInput(item, parent) {
    combo_ = take_single(new QComboBox(this));
    combo_->addItem(tr("— Not answered —"));
    for (const model::Option& o : item.options)
      combo_->addItem(QString::fromStdString(o.label), QString::fromStdString(o.name));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo_->setMinimumContentsLength(20);
    // A long option may not fit: the whole label is a hover away.
    connect(combo_, &QComboBox::currentTextChanged, combo_, &QWidget::setToolTip);
    connect(combo_, &QComboBox::activated, this, &ValueInput::edited);
  }
  void show_value(const model::AnswerValue& answer) override {
    int index = 0;
    if (answer.state == model::AnswerValue::State::value)
      index = std::max(0, combo_->findData(QString::fromStdString(answer.choice)));
    combo_->setCurrentIndex(index);
  }
  bool read_value(model::AnswerValue& answer) const override {
    if (combo_->currentIndex() <= 0) return false;
    answer.choice = combo_->currentData().toString().toStdString();
    return true;
  }
  QWidget* focus_widget() override { return combo_; }

 private:
  QComboBox* combo_;
};

// Multi: a check box per option. Once touched, no box ticked is an answer ("none of these").
class MultiInput : public ValueInput {
 public:
  MultiInput(const model::Item& item, QWidget* parent) : ValueInput(item, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const model::Option& o : item.options) {
      QString label = QString::fromStdString(o.label);
      auto* box = new QCheckBox(label, this);
      box->setObjectName(option_key(key(), o));
      box->setAccessibleName(tr("%1 answer: %2").arg(key(), label));
      boxes_.push_back(box);
      layout->addWidget(box);
      connect(box, &QCheckBox::clicked, this, [this] {
        answered_ = true;
        emit edited();
      });
    }
  }
  void show_value(const model::AnswerValue& answer) override {
    answered_ = answer.state == model::AnswerValue::State::value;
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
      const std::string& name = item().options[i].name;
      bool chosen = answered_ &&
                    std::find(answer.selected.begin(), answer.selected.end(), name) != answer.selected.end();
      boxes_[i]->setChecked(chosen);
    }
  }
  bool read_value(model::AnswerValue& answer) const override {
    if (!answered_) return false;
    answer.selected.clear();
    for (std::size_t i = 0; i < boxes_.size(); ++i)
      if (boxes_[i]->isChecked()) answer.selected.push_back(item().options[i].name);
    return true;
  }
  QWidget* focus_widget() override { return boxes_.empty() ? nullptr : boxes_.front(); }

 private:
  std::vector<QCheckBox*> boxes_;
  bool answered_ = false;
};

// Boolean: Yes and No.
class BooleanInput : public ValueInput {
 public:
  BooleanInput(const model::Item& item, QWidget* parent) : ValueInput(item, parent), row_(this) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* yes = new QRadioButton(tr("Yes"), this);
    auto* no = new QRadioButton(tr("No"), this);
    yes->setObjectName(key() + QStringLiteral("/yes"));
    no->setObjectName(key() + QStringLiteral("/no"));
    yes->setAccessibleName(tr("%1 answer: yes").arg(key()));
    no->setAccessibleName(tr("%1 answer: no").arg(key()));
    row_.group()->addButton(yes, 1);
    row_.group()->addButton(no, 0);
    layout->addWidget(yes);
    layout->addWidget(no);
    layout->addStretch();
    connect(row_.group(), &QButtonGroup::idClicked, this, &ValueInput::edited);
  }
  void show_value(const model::AnswerValue& answer) override {
    row_.choose(answer.state == model::AnswerValue::State::value ? (answer.number != 0 ? 1 : 0) : -1);
  }
  bool read_value(model::AnswerValue& answer) const override {
    int id = row_.group()->checkedId();
    if (id < 0) return false;
    answer.number = id;
    return true;
  }
  QWidget* focus_widget() override { return row_.group()->button(1); }

 private:
  RadioRow row_;
};

// Text: a few lines; Tab moves on rather than typing a tab. Empty text is no answer.
class TextInput : public ValueInput {
 public:
  TextInput(const model::Item& item, QWidget* parent) : ValueInput(item, parent) {
    edit_ = take_single(new QPlainTextEdit(this));
    edit_->setTabChangesFocus(true);
    edit_->setFixedHeight(edit_->fontMetrics().lineSpacing() * 4 + 12);
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
      if (!showing_) emit edited();
    });
  }
  void show_value(const model::AnswerValue& answer) override {
    showing_ = true;
    edit_->setPlainText(answer.state == model::AnswerValue::State::value ? QString::fromStdString(answer.text)
                                                                         : QString());
    showing_ = false;
  }
  bool read_value(model::AnswerValue& answer) const override {
    QString text = edit_->toPlainText();
    if (text.trimmed().isEmpty()) return false;
    answer.text = text.toStdString();
    return true;
  }
  QWidget* focus_widget() override { return edit_; }

 private:
  QPlainTextEdit* edit_;
  bool showing_ = false;
};

}  // namespace

void ValueInput::place_single(QWidget* input) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  input->setObjectName(key() + QStringLiteral("/input"));
  input->setAccessibleName(tr("%1 answer").arg(key()));
  layout->addWidget(input);
}

ValueInput* make_value_input(const model::Item& item, QWidget* parent) {
  switch (item.type) {
    case ItemType::scale:
      return new ScaleInput(item, parent);
    case ItemType::choice:
      return new ChoiceInput(item, parent);
    case ItemType::multi:
      return new MultiInput(item, parent);
    case ItemType::number:
      return new NumberInput(item, parent);
    case ItemType::boolean:
      return new BooleanInput(item, parent);
    case ItemType::text:
      return new TextInput(item, parent);
  }
  return new TextInput(item, parent);
}

}  // namespace spectrum::studio
