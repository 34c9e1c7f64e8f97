#include "studio_harness.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace spectrum::studio::testing {

namespace {

template <typename T>
T next(std::deque<T>& queue, const char* what) {
  INFO("the app asked an unexpected question: " << what);
  REQUIRE_FALSE(queue.empty());
  T value = std::move(queue.front());
  queue.pop_front();
  return value;
}

}  // namespace

const Registry& built_registry() {
  static const Registry registry = [] {
    SearchPaths paths;
    paths.use_environment = false;
    paths.use_default = false;
    paths.plugin_dirs.emplace_back(SPECTRUM_PLUGIN_OUTPUT_DIR);
    paths.questionnaire_dirs.emplace_back(SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR);
    return Registry::load(paths);
  }();
  return registry;
}

QString fixture(const QString& name) {
  return QStringLiteral(SPECTRUM_FIXTURES "/studio/") + name;
}

Scratch::Scratch() {
  REQUIRE(dir_.isValid());
}

QString Scratch::copy(const QString& source, const QString& name) const {
  const QString target = path(name);
  REQUIRE(QFile::copy(source, target));
  QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
  return target;
}

QString Scratch::path(const QString& name) const {
  return QDir(dir_.path()).filePath(name);
}

UnsavedChoice ScriptedPrompts::unsaved_changes(QWidget*, const QString&) {
  ++questions;
  return next(unsaved, "unsaved changes");
}

bool ScriptedPrompts::recover_autosave(QWidget*, const QString&, const QString&) {
  ++questions;
  return next(recover, "recover the autosave");
}

QString ScriptedPrompts::open_file(QWidget*, const QString&, const QString&) {
  ++questions;
  return next(files, "a file to open");
}

QStringList ScriptedPrompts::open_files(QWidget*, const QString&, const QString&) {
  ++questions;
  return {next(files, "files to open")};
}

QString ScriptedPrompts::save_file(QWidget*, const QString&, const QString&, const QString&) {
  ++questions;
  return next(files, "a file to save to");
}

std::optional<NewAssessment> ScriptedPrompts::new_assessment(QWidget*, const QuestionnaireSet&) {
  ++questions;
  return next(new_assessments, "new assessment details");
}

bool ScriptedPrompts::edit_respondent(QWidget*, model::Respondent& respondent) {
  ++questions;
  std::optional<model::Respondent> details = next(respondents, "respondent details");
  if (!details) return false;
  respondent.organisation = details->organisation;
  respondent.sector = details->sector;
  respondent.role = details->role;
  respondent.name = details->name;
  return true;
}

bool ScriptedPrompts::confirm_remove(QWidget*, const QString&) {
  ++questions;
  return next(removals, "confirm removal");
}

bool ScriptedPrompts::confirm_replace(QWidget*, const QString&) {
  ++questions;
  return next(replacements, "confirm replacement");
}

QString ScriptedPrompts::choose_folder(QWidget*, const QString&) {
  ++questions;
  return next(files, "folder");
}

bool ScriptedPrompts::workshop_details(QWidget*, model::Consensus& details,
                                       const std::vector<model::Participant>&) {
  ++questions;
  std::optional<model::Consensus> entered = next(workshops, "workshop details");
  if (!entered) return false;
  details = *entered;
  return true;
}

void ScriptedPrompts::error(QWidget*, const QString& title, const QString& text) {
  errors << title + QStringLiteral(": ") + text;
}

bool wait_until(const std::function<bool()>& done, int ms) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  return true;
}

}  // namespace spectrum::studio::testing
