// What the studio tests share: the registry of the built plugins, a scratch folder holding a copy of
// a fixture, scripted answers to the app's questions, and waiting for the live profile.
#ifndef SPECTRUM_TESTS_STUDIO_HARNESS_H
#define SPECTRUM_TESTS_STUDIO_HARNESS_H

#include "new_assessment_dialog.h"
#include "prompts.h"

#include <spectrum/registry.h>

#include <QString>
#include <QTemporaryDir>

#include <deque>
#include <functional>
#include <optional>

namespace spectrum::studio::testing {

// The plugins and questionnaires of this build tree only (no environment, no install).
const Registry& built_registry();

// A fixture file under tests/fixtures/studio.
QString fixture(const QString& name);

// A scratch folder, removed at the end of the test.
class Scratch {
 public:
  Scratch();
  // Copies a file into the folder and returns the copy's path.
  QString copy(const QString& source, const QString& name) const;
  QString path(const QString& name) const;

 private:
  QTemporaryDir dir_;
};

// Answers the app's questions from queues; an unexpected question fails the test.
class ScriptedPrompts : public Prompts {
 public:
  std::deque<UnsavedChoice> unsaved;
  std::deque<bool> recover;
  std::deque<QString> files;
  std::deque<std::optional<model::Respondent>> respondents;
  std::deque<std::optional<NewAssessment>> new_assessments;
  std::deque<bool> removals;
  std::deque<bool> replacements;
  std::deque<std::optional<model::Consensus>> workshops;  // the details entered; none: cancelled
  QStringList informations;                               // information shown (title: text)
  QStringList errors;                                     // errors shown (title: text)
  int questions = 0;                                      // how many questions were asked

  UnsavedChoice unsaved_changes(QWidget*, const QString&) override;
  bool recover_autosave(QWidget*, const QString&, const QString&) override;
  QString open_file(QWidget*, const QString&, const QString&) override;
  QStringList open_files(QWidget*, const QString&, const QString&) override;
  QString save_file(QWidget*, const QString&, const QString&, const QString&) override;
  QString choose_folder(QWidget*, const QString&) override;  // from files
  std::optional<NewAssessment> new_assessment(QWidget*, const QuestionnaireSet&) override;
  bool edit_respondent(QWidget*, model::Respondent& respondent) override;
  bool confirm_remove(QWidget*, const QString&) override;
  bool confirm_replace(QWidget*, const QString&) override;
  bool workshop_details(QWidget*, model::Consensus& details, const std::vector<model::Participant>&) override;
  void error(QWidget*, const QString& title, const QString& text) override;
  void information(QWidget*, const QString& title, const QString& text) override {
    informations << title + QStringLiteral(": ") + text;
  }
};

// Runs the event loop until `done` holds or `ms` milliseconds pass; returns done().
bool wait_until(const std::function<bool()>& done, int ms = 5000);

}  // namespace spectrum::studio::testing

#endif  // SPECTRUM_TESTS_STUDIO_HARNESS_H
