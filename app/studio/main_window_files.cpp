// MainWindow's File menu: new, open (with autosave recovery), recent files, save, save as, export.
#include "main_window.h"

#include "new_assessment_dialog.h"
#include "prompts.h"
#include "recent_files.h"
#include "report_export.h"

#include <spectrum/diagnostics.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace spectrum::studio {

namespace {

QString assessment_filter() {
  return QObject::tr("Spectrum assessments (*.json);;All files (*)");
}

}  // namespace

QString error_text(const std::exception& error) {
  if (const auto* input = dynamic_cast<const InputError*>(&error)) {
    QStringList lines;
    for (const Diagnostic& d : input->diagnostics()) lines << QString::fromStdString(d.str());
    return lines.join(QLatin1Char('\n'));
  }
  return QString::fromStdString(error.what());
}

void MainWindow::build_file_menu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* create = file->addAction(tr("&New…"), this, &MainWindow::new_assessment);
  create->setShortcut(QKeySequence::New);
  QAction* open = file->addAction(tr("&Open…"), this, qOverload<>(&MainWindow::open));
  open->setShortcut(QKeySequence::Open);
  recent_menu_ = file->addMenu(tr("Open &Recent"));
  connect(recent_menu_, &QMenu::aboutToShow, this, &MainWindow::update_recent_menu);
  update_recent_menu();
  file->addSeparator();
  save_action_ = file->addAction(tr("&Save"), this, &MainWindow::save);
  save_action_->setShortcut(QKeySequence::Save);
  save_as_action_ = file->addAction(tr("Save &As…"), this, &MainWindow::save_as);
  save_as_action_->setShortcut(QKeySequence::SaveAs);
  export_action_ = file->addAction(tr("&Export Report…"), this, &MainWindow::export_report);
  export_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  file->addSeparator();
  file->addAction(tr("Create Respondent &Forms…"), this, &MainWindow::create_forms);
  file->addAction(tr("Create &Round-2 Forms…"), this, &MainWindow::create_round2_forms);
  file->addAction(tr("&Import Responses…"), this, &MainWindow::import_responses);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::update_recent_menu() {
  recent_menu_->clear();
  const QStringList files = recent_files();
  for (int i = 0; i < files.size(); ++i) {
    const QString path = files[i];
    QString text = QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
    QAction* action = recent_menu_->addAction(text, this, [this, path] { open_file(path); });
    action->setToolTip(path);
    action->setStatusTip(path);
  }
  if (files.isEmpty()) recent_menu_->addAction(tr("No recent files"))->setEnabled(false);
  recent_menu_->addSeparator();
  recent_menu_->addAction(tr("&Clear the list"), this, [] { clear_recent_files(); });
}

void MainWindow::remember(const QString& path) {
  add_recent_file(path);
  update_recent_menu();
}

bool MainWindow::maybe_keep_work() {
  if (!document_.is_modified()) {
    autosaver_.discard();
    return true;
  }
  switch (prompts_.unsaved_changes(this, display_name(document_.file_path()))) {
    case UnsavedChoice::save:
      if (!save()) return false;
      return true;
    case UnsavedChoice::discard:
      autosaver_.discard();
      return true;
    case UnsavedChoice::cancel:
      break;
  }
  return false;
}

bool MainWindow::new_assessment() {
  if (!maybe_keep_work()) return false;
  std::optional<NewAssessment> details = prompts_.new_assessment(this, registry_.questionnaires());
  if (!details) return false;
  try {
    document_.replace(make_assessment(*details, registry_.questionnaires()), QString(), true);
  } catch (const std::exception& e) {
    show_error(tr("New assessment"), error_text(e));
    return false;
  }
  return true;
}

bool MainWindow::open() {
  if (!maybe_keep_work()) return false;
  QString path = prompts_.open_file(this, tr("Open assessment"), assessment_filter());
  if (path.isEmpty()) return false;
  return open_file(path);
}

bool MainWindow::open_file(const QString& path) {
  if (document_.is_modified() && !maybe_keep_work()) return false;
  const QString autosave = newer_autosave(path);
  try {
    if (!autosave.isEmpty() && prompts_.recover_autosave(this, path, autosave)) {
      document_.recover(path, autosave);
      statusBar()->showMessage(tr("Recovered the autosave of %1: save to keep it").arg(display_name(path)));
    } else {
      document_.open(path);
      // The file itself was chosen over the autosave: the side file would only offer itself again.
      if (!autosave.isEmpty()) autosaver_.discard();
    }
  } catch (const std::exception& e) {
    show_error(tr("Could not open %1").arg(display_name(path)), error_text(e));
    return false;
  }
  remember(path);
  return true;
}

bool MainWindow::offer_untitled_recovery() {
  const QString autosave = newer_autosave(QString());
  if (autosave.isEmpty()) return false;
  if (!prompts_.recover_autosave(this, tr("A new assessment"), autosave)) {
    QFile::remove(autosave);
    return false;
  }
  try {
    document_.recover(QString(), autosave);
  } catch (const std::exception& e) {
    show_error(tr("Could not recover the new assessment"), error_text(e));
    return false;
  }
  return true;
}

bool MainWindow::save() {
  if (document_.file_path().isEmpty()) return save_as();
  return save_to(document_.file_path());
}

bool MainWindow::save_as() {
  QString suggested = document_.file_path();
  if (suggested.isEmpty())
    suggested = QString::fromStdString(document_.assessment().area.name)
                    .toLower()
                    .replace(QLatin1Char(' '), QLatin1Char('-')) +
                QStringLiteral(".json");
  QString path = prompts_.save_file(this, tr("Save assessment as"), suggested, assessment_filter());
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
  return save_to(path);
}

bool MainWindow::save_to(const QString& path) {
  const QString previous = document_.file_path();
  try {
    document_.save_as(path);
  } catch (const std::exception& e) {
    show_error(tr("Could not save %1").arg(display_name(path)), error_text(e));
    return false;
  }
  // Saving under a new name leaves the old file's side file behind: it is no longer this work's.
  if (previous != path) QFile::remove(autosave_path(previous));
  remember(path);
  statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
  return true;
}

bool MainWindow::export_report() {
  QString suggested = QFileInfo(document_.file_path()).completeBaseName();
  if (suggested.isEmpty()) suggested = QStringLiteral("report");
  QString path =
      prompts_.save_file(this, tr("Export report"), suggested + QStringLiteral(".html"), report_filter());
  if (path.isEmpty()) return false;
  return export_report_to(path);
}

bool MainWindow::export_report_to(const QString& path) {
  if (scorer_.is_pending() || !scorer_.profile()) scorer_.score_and_wait();
  if (!scorer_.profile()) {
    show_error(tr("Export report"), tr("There is no profile to export yet."));
    return false;
  }
  try {
    studio::export_report(*scorer_.profile(), document_.assessment(), registry_.questionnaires(), path);
  } catch (const std::exception& e) {
    show_error(tr("Could not export %1").arg(display_name(path)), error_text(e));
    return false;
  }
  statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
  return true;
}

}  // namespace spectrum::studio
