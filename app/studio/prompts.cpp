#include "prompts.h"

#include "new_assessment_dialog.h"
#include "respondent_dialog.h"
#include "workshop_dialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace spectrum::studio {

QString Prompts::choose_folder(QWidget* parent, const QString& title) {
  return QFileDialog::getExistingDirectory(parent, title);
}

bool Prompts::workshop_details(QWidget* parent, model::Consensus& details,
                               const std::vector<model::Participant>& candidates) {
  WorkshopDialog dialog(details, candidates, parent);
  if (dialog.exec() != QDialog::Accepted) return false;
  details = dialog.details();
  return true;
}

UnsavedChoice Prompts::unsaved_changes(QWidget* parent, const QString& name) {
  QMessageBox box(QMessageBox::Warning, QObject::tr("Unsaved changes"),
                  QObject::tr("%1 has changes that are not saved.").arg(name),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
  box.setInformativeText(QObject::tr("Save them before closing?"));
  box.setDefaultButton(QMessageBox::Save);
  switch (box.exec()) {
    case QMessageBox::Save:
      return UnsavedChoice::save;
    case QMessageBox::Discard:
      return UnsavedChoice::discard;
    default:
      return UnsavedChoice::cancel;
  }
}

bool Prompts::recover_autosave(QWidget* parent, const QString& file, const QString& autosave) {
  QMessageBox box(
      QMessageBox::Question, QObject::tr("Recover unsaved work?"),
      QObject::tr("%1 has an autosaved copy from %2, newer than the file: the app may have closed "
                  "before the work was saved.")
          .arg(QFileInfo(file).fileName(),
               QLocale().toString(QFileInfo(autosave).lastModified(), QLocale::ShortFormat)),
      QMessageBox::NoButton, parent);
  QPushButton* recover = box.addButton(QObject::tr("&Recover the autosave"), QMessageBox::AcceptRole);
  box.addButton(QObject::tr("Open the &saved file"), QMessageBox::RejectRole);
  box.setDefaultButton(recover);
  box.exec();
  return box.clickedButton() == recover;
}

QString Prompts::open_file(QWidget* parent, const QString& title, const QString& filter) {
  return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Prompts::open_files(QWidget* parent, const QString& title, const QString& filter) {
  return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Prompts::save_file(QWidget* parent, const QString& title, const QString& suggested,
                           const QString& filter) {
  QFileDialog dialog(parent, title, suggested, filter);
  dialog.setAcceptMode(QFileDialog::AcceptSave);
  // A name typed without an extension takes the chosen filter's ("*.pdf" gives .pdf).
  const auto suffix_of = [](const QString& name_filter) {
    QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(name_filter);
    return match.hasMatch() ? match.captured(1) : QString();
  };
  dialog.setDefaultSuffix(suffix_of(dialog.selectedNameFilter()));
  QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                   [&](const QString& name_filter) { dialog.setDefaultSuffix(suffix_of(name_filter)); });
  if (dialog.exec() != QDialog::Accepted) return {};
  return dialog.selectedFiles().value(0);
}

std::optional<NewAssessment> Prompts::new_assessment(QWidget* parent, const QuestionnaireSet& available) {
  NewAssessmentDialog dialog(available, parent);
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  return dialog.details();
}

bool Prompts::edit_respondent(QWidget* parent, model::Respondent& respondent) {
  RespondentDialog dialog(respondent, parent);
  if (dialog.exec() != QDialog::Accepted) return false;
  respondent = dialog.respondent();
  return true;
}

bool Prompts::confirm_remove(QWidget* parent, const QString& what) {
  return QMessageBox::question(parent, QObject::tr("Remove respondent"),
                               QObject::tr("Remove %1 and all their answers?").arg(what),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool Prompts::confirm_replace(QWidget* parent, const QString& which) {
  return QMessageBox::question(parent, QObject::tr("Import responses"),
                               QObject::tr("These respondents are already in the assessment:\n%1\n\n"
                                           "Replace their answers with the ones in the files?")
                                   .arg(which),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void Prompts::error(QWidget* parent, const QString& title, const QString& text) {
  QMessageBox::critical(parent, title, text);
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text) {
  QMessageBox::information(parent, title, text);
}

}  // namespace spectrum::studio
