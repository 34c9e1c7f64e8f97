#include "form_parts.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace spectrum::studio {

QLabel* make_problem_label(QWidget* parent, const QString& accessible_name) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setStyleSheet(QStringLiteral("color:#b42318"));
  label->setAccessibleName(accessible_name);
  label->hide();
  return label;
}

void set_problem(QLabel* label, const QString& problem, QDialogButtonBox* buttons) {
  label->setText(problem);
  label->setVisible(!problem.isEmpty());
  if (buttons != nullptr) buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QDialogButtonBox* add_ok_cancel(QDialog& dialog, QBoxLayout* layout) {
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  layout->addWidget(buttons);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  return buttons;
}

void name_buttons(QWidget* root) {
  for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
    if (!button->accessibleName().isEmpty() || button->text().isEmpty()) continue;
    button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')));
  }
}

}  // namespace spectrum::studio
