#include "workshop_view.h"

#include "document.h"
#include "value_input.h"
#include "workshop_tables.h"

#include <spectrum/consensus.h>

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spectrum::studio {

namespace {

constexpr double kLargeType = 1.6;     // the projector's type, against the desktop's
constexpr double kQuestionType = 1.4;  // the question's, against the rest of the view

QLabel* wrapped_label(const QString& name, QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setObjectName(name);
  label->setWordWrap(true);
  label->setTextFormat(Qt::PlainText);
  return label;
}

QTableWidget* read_only_table(const QString& name, const QString& accessible, QWidget* parent) {
  auto* table = new QTableWidget(parent);
  table->setObjectName(name);
  table->setAccessibleName(accessible);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setFocusPolicy(Qt::NoFocus);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  table->horizontalHeader()->setStretchLastSection(true);
  return table;
}

// The shortcuts as shown at the foot of the view.
QString keys_text() {
  return QObject::tr(
      "PgDn or Alt+→ next item   ·   PgUp or Alt+← previous   ·   Ctrl+J next item where partners split   ·  "
      " "
      "Tab agreed answer ↔ rationale   ·   Ctrl+Del clear the agreed answer   ·   Ctrl+Shift+D workshop "
      "details   ·   Esc leave workshop mode");
}

}  // namespace

WorkshopView::WorkshopView(Document& document, QWidget* parent) : QWidget(parent), document_(document) {
  setObjectName(QStringLiteral("workshop"));
  setAccessibleName(tr("Workshop mode"));
  QFont large = font();
  large.setPointSizeF(large.pointSizeF() * kLargeType);
  setFont(large);

  auto* outer = new QVBoxLayout(this);
  auto* columns = new QHBoxLayout;
  outer->addLayout(columns, 1);
  auto* item_side = new QVBoxLayout;
  columns->addLayout(item_side, 3);

  where_ = wrapped_label(QStringLiteral("workshop/where"), this);
  question_ = wrapped_label(QStringLiteral("workshop/question"), this);
  QFont big = large;
  big.setPointSizeF(large.pointSizeF() * kQuestionType);
  big.setBold(true);
  question_->setFont(big);
  spread_ = wrapped_label(QStringLiteral("workshop/spread"), this);
  distribution_ = read_only_table(QStringLiteral("workshop/distribution"),
                                  tr("How the respondents answered, by sector"), this);
  evidence_ = wrapped_label(QStringLiteral("workshop/evidence"), this);
  item_side->addWidget(where_);
  item_side->addWidget(question_);
  item_side->addWidget(spread_);
  item_side->addWidget(distribution_, 1);
  item_side->addWidget(evidence_);

  auto* agreed = new QGroupBox(tr("Agreed answer"), this);
  auto* agreed_layout = new QHBoxLayout(agreed);
  input_box_ = new QVBoxLayout;
  agreed_layout->addLayout(input_box_, 1);
  rationale_ = new QPlainTextEdit(agreed);
  rationale_->setObjectName(QStringLiteral("workshop/rationale"));
  rationale_->setAccessibleName(tr("Rationale for the agreed answer"));
  rationale_->setPlaceholderText(tr("Why the partners agreed this answer"));
  rationale_->setTabChangesFocus(true);
  agreed_layout->addWidget(rationale_, 1);
  item_side->addWidget(agreed, 1);
  status_ = wrapped_label(QStringLiteral("workshop/status"), this);
  item_side->addWidget(status_);

  auto* profile_side = new QVBoxLayout;
  columns->addLayout(profile_side, 2);
  auto* heading = new QLabel(tr("Running profile: individual and agreed"), this);
  QFont bold = large;
  bold.setBold(true);
  heading->setFont(bold);
  profile_side->addWidget(heading);
  scores_ =
      read_only_table(QStringLiteral("workshop/scores"), tr("Individual and agreed scores by domain"), this);
  profile_side->addWidget(scores_, 1);

  auto* keys = wrapped_label(QStringLiteral("workshop/keys"), this);
  keys->setText(keys_text());
  outer->addWidget(keys);

  connect(rationale_, &QPlainTextEdit::textChanged, this, &WorkshopView::record);
  add_shortcuts();
}

void WorkshopView::add_shortcuts() {
  auto add = [this](const QList<QKeySequence>& keys, auto slot) {
    auto* action = new QAction(this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
  };
  add({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] { next(); });
  add({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] { previous(); });
  add({QKeySequence(Qt::CTRL | Qt::Key_J)}, [this] {
    if (!next_split()) status_->setText(tr("Partners split on no item."));
  });
  add({QKeySequence(Qt::CTRL | Qt::Key_Delete)}, [this] {
    if (items_.empty()) return;
    const Entry& e = items_[position_];
    document_.set_agreed(e.questionnaire, item_id(), std::nullopt);
    show_item();
  });
  add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, [this] { emit details_requested(); });
  add({QKeySequence(Qt::Key_Escape)}, [this] { emit leave_requested(); });
}

void WorkshopView::start() {
  const std::string current = items_.empty() ? std::string() : item_id();
  items_.clear();
  int found = 0;
  for (const model::Questionnaire* q : document_.questionnaires())
    for (std::size_t i = 0; i < q->items.size(); ++i) {
      if (q->items[i].id == current) found = static_cast<int>(items_.size());
      items_.push_back({q->id, i});
    }
  position_ = found;
  show_item();
}

const std::string& WorkshopView::item_id() const {
  static const std::string kNone;
  if (items_.empty()) return kNone;
  const Entry& e = items_[position_];
  return document_.questionnaire(e.questionnaire)->items[e.item].id;
}

void WorkshopView::next() {
  if (position_ + 1 < item_count()) ++position_;
  show_item();
}

void WorkshopView::previous() {
  if (position_ > 0) --position_;
  show_item();
}

bool WorkshopView::next_split() {
  const model::Assessment& assessment = document_.assessment();
  const auto respondents = respondents_at_round(assessment, round_count(assessment));
  for (int step = 1; step <= item_count(); ++step) {
    const int at = (position_ + step) % item_count();
    const model::Questionnaire* q = document_.questionnaire(items_[at].questionnaire);
    if (distribute(respondents, q->id, q->items[items_[at].item]).spread.split()) {
      position_ = at;
      show_item();
      return true;
    }
  }
  return false;
}

void WorkshopView::show_item() {
  showing_ = true;
  if (input_ != nullptr) {
    input_->hide();  // gone from the screen and the tab chain now, deleted once its signals are done
    input_->deleteLater();
  }
  input_ = nullptr;
  if (items_.empty()) {
    where_->setText(tr("No questions: the assessment answers no installed questionnaire."));
    question_->clear();
    showing_ = false;
    return;
  }
  const Entry& e = items_[position_];
  const model::Questionnaire* q = document_.questionnaire(e.questionnaire);
  const model::Item& item = q->items[e.item];
  const model::Assessment& assessment = document_.assessment();
  const Distribution d = distribute(respondents_at_round(assessment, round_count(assessment)), q->id, item);

  where_->setText(tr("Item %1 of %2  ·  %3  ·  %4")
                      .arg(position_ + 1)
                      .arg(item_count())
                      .arg(QString::fromStdString(q->title), QString::fromStdString(item.id)));
  question_->setText(QString::fromStdString(item.text));
  spread_->setText(spread_text(d.spread));
  show_distribution(distribution_, d);
  evidence_->setText(d.evidence.isEmpty() ? tr("No evidence notes were given.")
                                          : tr("Evidence notes:") + QStringLiteral("\n• ") +
                                                d.evidence.join(QStringLiteral("\n• ")));

  input_ = make_value_input(item, this);
  input_box_->addWidget(input_);
  const model::AgreedAnswer* agreed = document_.agreed(q->id, item.id);
  input_->show_value(agreed ? agreed->answer : model::AnswerValue{});
  rationale_->setPlainText(agreed ? QString::fromStdString(agreed->rationale) : QString());
  connect(input_, &ValueInput::edited, this, &WorkshopView::record);
  connect(input_, &ValueInput::rejected, status_, &QLabel::setText);
  QWidget::setTabOrder(input_->focus_widget(), rationale_);
  status_->setText(agreed ? tr("Agreed answer recorded.")
                          : tr("Not agreed yet: enter the answer and the rationale."));
  showing_ = false;
  if (QWidget* focus = input_->focus_widget()) focus->setFocus(Qt::OtherFocusReason);
}

void WorkshopView::record() {
  if (showing_ || items_.empty() || input_ == nullptr) return;
  const Entry& e = items_[position_];
  model::AgreedAnswer agreed;
  agreed.rationale = rationale_->toPlainText().trimmed().toStdString();
  const bool has_value = input_->read_value(agreed.answer);
  if (has_value) agreed.answer.state = model::AnswerValue::State::value;
  if (has_value && !agreed.rationale.empty()) {
    document_.set_agreed(e.questionnaire, item_id(), std::move(agreed));
    status_->setText(tr("Agreed answer recorded."));
    return;
  }
  document_.set_agreed(e.questionnaire, item_id(), std::nullopt);
  status_->setText(has_value ? tr("Not recorded yet: give the rationale.")
                             : tr("Not recorded yet: choose the agreed answer."));
}

QString WorkshopView::evidence_text() const {
  return evidence_->text();
}

QString WorkshopView::status_text() const {
  return status_->text();
}

void WorkshopView::show_individual(const Profile& profile) {
  individual_ = profile;
  update_scores();
}

void WorkshopView::show_agreed(const Profile& profile) {
  agreed_ = profile;
  update_scores();
}

void WorkshopView::clear_individual() {
  individual_.reset();
  update_scores();
}

void WorkshopView::clear_agreed() {
  agreed_.reset();
  update_scores();
}

void WorkshopView::update_scores() {
  show_domain_scores(scores_, individual_, agreed_);
}

}  // namespace spectrum::studio
