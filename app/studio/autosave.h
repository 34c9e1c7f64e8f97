// No lost work: while an assessment has unsaved changes, a copy goes to a side file next to it,
// <file>.autosave, every 30 seconds and whenever the app loses focus. A clean save or close removes
// it; after a crash, opening the file finds the newer side file and offers it.
#ifndef SPECTRUM_STUDIO_AUTOSAVE_H
#define SPECTRUM_STUDIO_AUTOSAVE_H

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace spectrum::studio {

class Document;

constexpr std::chrono::milliseconds kAutosaveInterval{30000};

// The side file of an assessment file: "<file>.autosave"; for a new assessment never saved (an empty
// path), untitled.autosave in the app's data folder.
QString autosave_path(const QString& file);
// The side file of `file` when it exists and is newer than the file (or the file is gone); empty
// otherwise.
QString newer_autosave(const QString& file);

class Autosaver : public QObject {
  Q_OBJECT

 public:
  explicit Autosaver(Document& document, QObject* parent = nullptr);

  void set_interval(std::chrono::milliseconds interval);
  // Writes the side file now when there are changes it does not hold yet. Returns true when written.
  bool write_now();
  // Removes the document's side file, if any.
  void discard();
  // The last problem writing the side file ("" when none).
  const QString& last_error() const { return last_error_; }

 signals:
  void written(const QString& path);
  void failed(const QString& message);

 private:
  void on_changed();
  void on_application_state(Qt::ApplicationState state);

  Document& document_;
  QTimer timer_;
  bool pending_ = false;  // changes not yet in the side file
  QString last_error_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_AUTOSAVE_H
