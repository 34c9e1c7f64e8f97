#include "navigator.h"

#include "document.h"
#include "progress.h"
#include "prompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spectrum::studio {

namespace {

QString respondent_text(const model::Respondent& r, const Progress& p) {
  return QObject::tr("%1\n%2, %3 · %4% answered")
      .arg(QString::fromStdString(r.organisation), QString(sector_label(r.sector)),
           QString::fromStdString(r.role))
      .arg(p.percent());
}

}  // namespace

Navigator::Navigator(Document& document, Prompts& prompts, QWidget* parent)
    : QWidget(parent), document_(document), prompts_(prompts) {
  auto* layout = new QVBoxLayout(this);
  // A titled list; the title's mnemonic moves the focus to it.
  auto add_list = [&](const QString& title, const QString& name, int stretch) {
    auto* label = new QLabel(title, this);
    auto* list = new QListWidget(this);
    list->setObjectName(name);
    list->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSpacing(2);
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list, stretch);
    return list;
  };
  respondents_ = add_list(tr("&Respondents"), QStringLiteral("respondents"), 2);

  auto* buttons = new QHBoxLayout;
  add_ = new QPushButton(tr("&Add…"), this);
  edit_ = new QPushButton(tr("&Edit…"), this);
  remove_ = new QPushButton(tr("Re&move"), this);
  add_->setAccessibleName(tr("Add a respondent"));
  edit_->setAccessibleName(tr("Edit the chosen respondent"));
  remove_->setAccessibleName(tr("Remove the chosen respondent"));
  buttons->addWidget(add_);
  buttons->addWidget(edit_);
  buttons->addWidget(remove_);
  layout->addLayout(buttons);

  domains_ = add_list(tr("&Domains"), QStringLiteral("domains"), 3);

  connect(add_, &QPushButton::clicked, this, &Navigator::add_respondent);
  connect(edit_, &QPushButton::clicked, this, &Navigator::edit_respondent);
  connect(remove_, &QPushButton::clicked, this, &Navigator::remove_respondent);
  connect(respondents_, &QListWidget::itemActivated, this, &Navigator::edit_respondent);
  connect(respondents_, &QListWidget::currentRowChanged, this, [this] {
    if (refreshing_) return;
    refresh_progress();
    update_buttons();
    emit selection_changed(respondent(), questionnaire());
  });
  connect(domains_, &QListWidget::currentRowChanged, this, [this] {
    if (!refreshing_) emit selection_changed(respondent(), questionnaire());
  });
}

int Navigator::respondent() const {
  return respondents_->currentRow();
}

std::string Navigator::questionnaire() const {
  QListWidgetItem* item = domains_->currentItem();
  return item == nullptr ? std::string() : item->data(Qt::UserRole).toString().toStdString();
}

void Navigator::select(int respondent, const std::string& questionnaire) {
  refreshing_ = true;
  respondents_->setCurrentRow(respondent);
  for (int i = 0; i < domains_->count(); ++i)
    if (domains_->item(i)->data(Qt::UserRole).toString().toStdString() == questionnaire)
      domains_->setCurrentRow(i);
  refreshing_ = false;
  refresh_progress();
  update_buttons();
  emit selection_changed(this->respondent(), this->questionnaire());
}

void Navigator::refresh() {
  int chosen = std::max(0, respondent());
  std::string q = questionnaire();
  refreshing_ = true;
  respondents_->clear();
  for (const model::Respondent& r : document_.assessment().respondents) {
    auto* entry = new QListWidgetItem(respondents_);
    entry->setData(Qt::AccessibleTextRole, QString::fromStdString(r.organisation));
  }
  domains_->clear();
  for (const model::Questionnaire* questionnaire : document_.questionnaires()) {
    auto* entry = new QListWidgetItem(domains_);
    entry->setData(Qt::UserRole, QString::fromStdString(questionnaire->id));
  }
  refreshing_ = false;
  const int count = static_cast<int>(document_.assessment().respondents.size());
  if (q.empty() && !document_.questionnaires().empty()) q = document_.questionnaires().front()->id;
  select(count == 0 ? -1 : std::min(chosen, count - 1), q);
}

void Navigator::refresh_progress() {
  const auto& respondents = document_.assessment().respondents;
  for (int i = 0; i < respondents_->count() && i < static_cast<int>(respondents.size()); ++i)
    respondents_->item(i)->setText(
        respondent_text(respondents[i], progress_of(document_.questionnaires(), respondents[i])));
  const int r = respondent();
  for (int i = 0; i < domains_->count(); ++i) {
    const model::Questionnaire* q = document_.questionnaires()[i];
    QString text = QString::fromStdString(q->title);
    if (r >= 0) text += QStringLiteral("\n") + describe(progress_of(*q, document_.answers(r, q->id)));
    domains_->item(i)->setText(text);
  }
}

void Navigator::update_buttons() {
  const int count = static_cast<int>(document_.assessment().respondents.size());
  add_->setEnabled(!document_.questionnaires().empty());
  edit_->setEnabled(respondent() >= 0);
  remove_->setEnabled(respondent() >= 0 && count > 1);
}

void Navigator::add_respondent() {
  if (document_.questionnaires().empty()) return;
  model::Respondent r;
  r.sector = Sector::other;
  if (!prompts_.edit_respondent(this, r)) return;
  document_.add_respondent(std::move(r));
  refresh();
  select(static_cast<int>(document_.assessment().respondents.size()) - 1, questionnaire());
}

void Navigator::edit_respondent() {
  const int index = respondent();
  if (index < 0) return;
  model::Respondent r = document_.assessment().respondents[index];
  if (!prompts_.edit_respondent(this, r)) return;
  document_.update_respondent(index, r);
  refresh();
}

void Navigator::remove_respondent() {
  const int index = respondent();
  if (index < 0 || document_.assessment().respondents.size() < 2) return;
  const model::Respondent& r = document_.assessment().respondents[index];
  QString what = tr("%1 (%2)").arg(QString::fromStdString(r.organisation), QString::fromStdString(r.role));
  if (!prompts_.confirm_remove(this, what)) return;
  document_.remove_respondent(index);
  refresh();
}

}  // namespace spectrum::studio
