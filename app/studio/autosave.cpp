#include "autosave.h"

#include "document.h"

#include <spectrum/io.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <exception>

namespace spectrum::studio {

QString autosave_path(const QString& file) {
  if (!file.isEmpty()) return file + QStringLiteral(".autosave");
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(folder);
  return QDir(folder).filePath(QStringLiteral("untitled.autosave"));
}

QString newer_autosave(const QString& file) {
  QFileInfo side(autosave_path(file));
  if (!side.exists()) return {};
  QFileInfo original(file);
  if (original.exists() && side.lastModified() < original.lastModified()) return {};
  return side.filePath();
}

Autosaver::Autosaver(Document& document, QObject* parent) : QObject(parent), document_(document) {
  timer_.setInterval(kAutosaveInterval);
  connect(&timer_, &QTimer::timeout, this, &Autosaver::write_now);
  timer_.start();
  connect(&document_, &Document::answer_changed, this, &Autosaver::on_changed);
  connect(&document_, &Document::respondents_changed, this, &Autosaver::on_changed);
  // A recovered document holds changes the file does not; a freshly opened one does not.
  connect(&document_, &Document::reset, this, [this] { pending_ = document_.is_modified(); });
  connect(&document_, &Document::saved, this, [this] {
    pending_ = false;
    discard();
  });
  if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
    connect(app, &QGuiApplication::applicationStateChanged, this, &Autosaver::on_application_state);
}

void Autosaver::set_interval(std::chrono::milliseconds interval) {
  timer_.setInterval(interval);
}

void Autosaver::on_changed() {
  pending_ = true;
}

void Autosaver::on_application_state(Qt::ApplicationState state) {
  if (state != Qt::ApplicationActive) write_now();
}

bool Autosaver::write_now() {
  if (!pending_ || !document_.is_modified() || document_.is_empty()) return false;
  const QString side = autosave_path(document_.file_path());
  try {
    write_file_atomic(side.toStdString(), document_.serialised());
  } catch (const std::exception& e) {
    last_error_ = tr("Could not autosave to %1: %2").arg(side, QString::fromStdString(e.what()));
    emit failed(last_error_);
    return false;
  }
  pending_ = false;
  last_error_.clear();
  emit written(side);
  return true;
}

void Autosaver::discard() {
  // With nothing open there is no work of ours to drop (an untitled side file may be another's).
  if (document_.is_empty()) return;
  QFile::remove(autosave_path(document_.file_path()));
}

}  // namespace spectrum::studio
