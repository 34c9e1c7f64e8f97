#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace spectrum::studio {

namespace {

const char* const kKey = "recent_files";

}  // namespace

QStringList recent_files() {
  QStringList out;
  for (const QString& path : QSettings().value(kKey).toStringList())
    if (QFileInfo::exists(path)) out << path;
  return out;
}

void add_recent_file(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList files = QSettings().value(kKey).toStringList();
  files.removeAll(absolute);
  files.prepend(absolute);
  while (files.size() > kMaxRecentFiles) files.removeLast();
  QSettings().setValue(kKey, files);
}

void clear_recent_files() {
  QSettings().remove(kKey);
}

}  // namespace spectrum::studio
