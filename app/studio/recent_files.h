// File > Open Recent: the last files opened or saved, kept in QSettings (most recent first).
#ifndef SPECTRUM_STUDIO_RECENT_FILES_H
#define SPECTRUM_STUDIO_RECENT_FILES_H

#include <QStringList>

namespace spectrum::studio {

constexpr int kMaxRecentFiles = 8;

// The recent files that still exist.
QStringList recent_files();
// Puts `path` first (as an absolute path), dropping the oldest past kMaxRecentFiles.
void add_recent_file(const QString& path);
void clear_recent_files();

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_RECENT_FILES_H
