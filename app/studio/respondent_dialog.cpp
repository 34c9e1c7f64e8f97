#include "respondent_dialog.h"

#include "form_parts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spectrum::studio {

namespace {

// Roles as the file format suggests them; any other text is allowed.
const char* const kRoles[] = {"director",       "manager",   "front_line",
                              "elected_member", "clinician", "commissioner"};

}  // namespace

RespondentDialog::RespondentDialog(const model::Respondent& initial, QWidget* parent)
    : QDialog(parent), initial_(initial) {
  setWindowTitle(initial.organisation.empty() ? tr("Add respondent") : tr("Edit respondent"));
  setAccessibleName(windowTitle());
  setMinimumWidth(fontMetrics().averageCharWidth() * 64);
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;

  organisation_ = new QLineEdit(QString::fromStdString(initial.organisation), this);
  organisation_->setAccessibleName(tr("Organisation"));
  organisation_->setPlaceholderText(tr("e.g. Northshire County Council"));
  form->addRow(tr("&Organisation:"), organisation_);

  sector_ = new QComboBox(this);
  sector_->setAccessibleName(tr("Sector"));
  for (const SectorNames& sector : kSectorTable)
    sector_->addItem(QString::fromUtf8(sector.label), QString::fromUtf8(sector.name));
  sector_->setCurrentIndex(static_cast<int>(initial.sector));
  form->addRow(tr("&Sector:"), sector_);

  role_ = new QComboBox(this);
  role_->setEditable(true);
  role_->setAccessibleName(tr("Role"));
  for (const char* role : kRoles) role_->addItem(QString::fromLatin1(role));
  role_->setCurrentText(QString::fromStdString(initial.role));
  form->addRow(tr("&Role:"), role_);

  name_ = new QLineEdit(QString::fromStdString(initial.name), this);
  name_->setAccessibleName(tr("Name (optional, never in a profile)"));
  name_->setPlaceholderText(tr("optional; never written to a profile"));
  form->addRow(tr("&Name:"), name_);
  layout->addLayout(form);

  problem_ = make_problem_label(this, tr("Problem"));
  layout->addWidget(problem_);
  buttons_ = add_ok_cancel(*this, layout);
  name_buttons(this);
  connect(organisation_, &QLineEdit::textChanged, this, &RespondentDialog::check);
  connect(role_, &QComboBox::currentTextChanged, this, &RespondentDialog::check);
  check();
}

void RespondentDialog::check() {
  QString problem;
  if (organisation_->text().trimmed().isEmpty())
    problem = tr("Enter the organisation the respondent speaks for.");
  else if (role_->currentText().trimmed().isEmpty())
    problem = tr("Enter the respondent's role.");
  set_problem(problem_, problem, buttons_);
}

void RespondentDialog::set_fields(const QString& organisation, Sector sector, const QString& role,
                                  const QString& name) {
  organisation_->setText(organisation);
  sector_->setCurrentIndex(static_cast<int>(sector));
  role_->setCurrentText(role);
  name_->setText(name);
}

model::Respondent RespondentDialog::respondent() const {
  model::Respondent r = initial_;
  r.organisation = organisation_->text().trimmed().toStdString();
  r.sector = *parse_sector(sector_->currentData().toString().toStdString());
  r.role = role_->currentText().trimmed().toStdString();
  r.name = name_->text().trimmed().toStdString();
  return r;
}

}  // namespace spectrum::studio
