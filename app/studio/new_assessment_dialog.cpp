#include "new_assessment_dialog.h"

#include "form_parts.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spectrum::studio {

namespace {

// The kinds of area, as files name them and as people do.
const std::pair<const char*, const char*> kKinds[] = {
    {"hwb", QT_TRANSLATE_NOOP("NewAssessmentDialog", "Health and Wellbeing Board")},
    {"stp", QT_TRANSLATE_NOOP("NewAssessmentDialog", "STP footprint")},
    {"ccg", QT_TRANSLATE_NOOP("NewAssessmentDialog", "Clinical commissioning group")},
    {"combined_authority", QT_TRANSLATE_NOOP("NewAssessmentDialog", "Combined authority")},
    {"other", QT_TRANSLATE_NOOP("NewAssessmentDialog", "Other")}};

// The financial year in progress, "2016/17" style.
QString current_period() {
  QDate today = QDate::currentDate();
  int start = today.month() >= 4 ? today.year() : today.year() - 1;
  return QStringLiteral("%1/%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace

model::Assessment make_assessment(const NewAssessment& details, const QuestionnaireSet& installed) {
  nlohmann::json json = blank_assessment(details.questionnaires);
  json["area"] = {{"name", details.area.name},
                  {"code", details.area.code},
                  {"kind", details.area.kind},
                  {"footprint", details.area.footprint}};
  json["period"] = details.period;
  return assessment_from_json(json, "(new assessment)", installed);
}

NewAssessmentDialog::NewAssessmentDialog(const QuestionnaireSet& available, QWidget* parent)
    : QDialog(parent), available_(available) {
  setWindowTitle(tr("New assessment"));
  setAccessibleName(windowTitle());
  setMinimumWidth(fontMetrics().averageCharWidth() * 72);
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;

  name_ = new QLineEdit(this);
  name_->setAccessibleName(tr("Area name"));
  name_->setPlaceholderText(tr("e.g. Northshire"));
  form->addRow(tr("Area &name:"), name_);
  code_ = new QLineEdit(this);
  code_->setAccessibleName(tr("Area code"));
  code_->setPlaceholderText(tr("ONS code, e.g. E10000099"));
  form->addRow(tr("Area &code:"), code_);
  kind_ = new QComboBox(this);
  kind_->setAccessibleName(tr("Kind of area"));
  for (const auto& [id, label] : kKinds) kind_->addItem(tr(label), QString::fromLatin1(id));
  form->addRow(tr("&Kind:"), kind_);
  footprint_ = new QLineEdit(this);
  footprint_->setAccessibleName(tr("STP footprint"));
  footprint_->setPlaceholderText(tr("the STP footprint it belongs to, if any"));
  form->addRow(tr("STP &footprint:"), footprint_);
  period_ = new QLineEdit(current_period(), this);
  period_->setAccessibleName(tr("Period"));
  form->addRow(tr("&Period:"), period_);
  layout->addLayout(form);

  auto* label = new QLabel(tr("&Questionnaires the respondents will answer:"), this);
  questionnaires_ = new QListWidget(this);
  questionnaires_->setAccessibleName(tr("Questionnaires"));
  label->setBuddy(questionnaires_);
  for (const model::Questionnaire* q : available_) {
    auto* entry =
        new QListWidgetItem(QStringLiteral("%1 (%2 %3)")
                                .arg(QString::fromStdString(q->title), QString::fromStdString(q->id),
                                     QString::fromStdString(q->version.str())),
                            questionnaires_);
    entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
    entry->setCheckState(Qt::Checked);
  }
  layout->addWidget(label);
  layout->addWidget(questionnaires_);

  problem_ = make_problem_label(this, tr("Problem"));
  layout->addWidget(problem_);
  buttons_ = add_ok_cancel(*this, layout);
  name_buttons(this);
  connect(name_, &QLineEdit::textChanged, this, &NewAssessmentDialog::check);
  connect(period_, &QLineEdit::textChanged, this, &NewAssessmentDialog::check);
  connect(questionnaires_, &QListWidget::itemChanged, this, &NewAssessmentDialog::check);
  check();
}

void NewAssessmentDialog::check() {
  QString problem;
  if (name_->text().trimmed().isEmpty())
    problem = tr("Enter the name of the area.");
  else if (period_->text().trimmed().isEmpty())
    problem = tr("Enter the period, e.g. %1.").arg(current_period());
  else if (details().questionnaires.empty())
    problem = available_.empty() ? tr("No questionnaires are installed (see Help > Plugins).")
                                 : tr("Choose at least one questionnaire.");
  set_problem(problem_, problem, buttons_);
}

NewAssessment NewAssessmentDialog::details() const {
  NewAssessment d;
  d.area.name = name_->text().trimmed().toStdString();
  d.area.code = code_->text().trimmed().toStdString();
  d.area.kind = kind_->currentData().toString().toStdString();
  d.area.footprint = footprint_->text().trimmed().toStdString();
  d.period = period_->text().trimmed().toStdString();
  for (int i = 0; i < questionnaires_->count(); ++i)
    if (questionnaires_->item(i)->checkState() == Qt::Checked) d.questionnaires.push_back(available_[i]);
  return d;
}

}  // namespace spectrum::studio
