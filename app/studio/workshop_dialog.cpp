#include "workshop_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace spectrum::studio {

namespace {

bool same(const model::Participant& a, const model::Participant& b) {
  return a.organisation == b.organisation && a.sector == b.sector && a.role == b.role;
}

QString participant_text(const model::Participant& p) {
  QString text = QStringLiteral("%1 (%2)").arg(QString::fromStdString(p.organisation),
                                               QString::fromUtf8(sector_label(p.sector)));
  if (!p.role.empty()) text += QStringLiteral(", ") + QString::fromStdString(p.role);
  return text;
}

}  // namespace

std::vector<model::Participant> participant_candidates(const model::Assessment& assessment,
                                                       const model::Consensus& details) {
  std::vector<model::Participant> all = details.participants;
  for (const model::Respondent& r : assessment.respondents) {
    model::Participant p{r.organisation, r.sector, r.role};
    if (std::none_of(all.begin(), all.end(), [&](const model::Participant& q) { return same(p, q); }))
      all.push_back(std::move(p));
  }
  return all;
}

WorkshopDialog::WorkshopDialog(const model::Consensus& initial,
                               const std::vector<model::Participant>& candidates, QWidget* parent)
    : QDialog(parent), initial_(initial), candidates_(candidates) {
  setWindowTitle(tr("Workshop details"));
  auto* form = new QFormLayout(this);
  date_ = new QDateEdit(this);
  date_->setObjectName(QStringLiteral("workshop_dialog/date"));
  date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  date_->setCalendarPopup(true);
  QDate date = QDate::fromString(QString::fromStdString(initial.date), Qt::ISODate);
  date_->setDate(date.isValid() ? date : QDate::currentDate());
  method_ = new QLineEdit(QString::fromStdString(initial.method), this);
  method_->setObjectName(QStringLiteral("workshop_dialog/method"));
  facilitator_ = new QLineEdit(QString::fromStdString(initial.facilitator), this);
  facilitator_->setObjectName(QStringLiteral("workshop_dialog/facilitator"));
  facilitator_->setPlaceholderText(tr("The facilitating organisation (no names)"));
  participants_ = new QListWidget(this);
  participants_->setObjectName(QStringLiteral("workshop_dialog/participants"));
  for (const model::Participant& p : candidates_) {
    auto* row = new QListWidgetItem(participant_text(p), participants_);
    bool taking_part = std::any_of(initial.participants.begin(), initial.participants.end(),
                                   [&](const model::Participant& q) { return same(p, q); });
    row->setCheckState(taking_part ? Qt::Checked : Qt::Unchecked);
  }
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  form->addRow(tr("&Date:"), date_);
  form->addRow(tr("&Method:"), method_);
  form->addRow(tr("&Facilitator:"), facilitator_);
  form->addRow(tr("&Taking part:"), participants_);
  form->addRow(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(participants_, &QListWidget::itemChanged, this, &WorkshopDialog::check);
  check();
}

void WorkshopDialog::check() {
  // A consensus record names at least one participant.
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(!details().participants.empty());
}

model::Consensus WorkshopDialog::details() const {
  model::Consensus details = initial_;
  details.items.clear();
  details.date = date_->date().toString(Qt::ISODate).toStdString();
  details.method = method_->text().trimmed().toStdString();
  details.facilitator = facilitator_->text().trimmed().toStdString();
  details.participants.clear();
  for (int i = 0; i < participants_->count(); ++i)
    if (participants_->item(i)->checkState() == Qt::Checked) details.participants.push_back(candidates_[i]);
  return details;
}

}  // namespace spectrum::studio
