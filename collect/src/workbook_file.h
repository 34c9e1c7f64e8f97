// Private: what the workbook writer needs around libxlsxwriter, which writes only to a named file and
// cannot protect a workbook's structure.
#ifndef SPECTRUM_COLLECT_WORKBOOK_FILE_H
#define SPECTRUM_COLLECT_WORKBOOK_FILE_H

#include <filesystem>

namespace spectrum::collect::detail {

// A private folder of its own under the system's temporary folder, removed with everything in it
// when this goes out of scope. Throws std::runtime_error when it cannot be made.
class ScratchFolder {
 public:
  ScratchFolder();
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Adds <workbookProtection lockStructure="1"/> (no password) to the workbook at path, in place:
// sheets can then not be added, deleted, renamed, moved, hidden or shown. Throws std::runtime_error.
void lock_workbook_structure(const std::filesystem::path& path);

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_WORKBOOK_FILE_H
