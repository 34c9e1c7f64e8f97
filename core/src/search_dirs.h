// Where the registry looks: the ordered, de-duplicated plugin and questionnaire folders (private).
#ifndef SPECTRUM_SEARCH_DIRS_H
#define SPECTRUM_SEARCH_DIRS_H

#include <spectrum/registry.h>

#include <filesystem>
#include <vector>

namespace spectrum::detail {

struct SearchDirs {
  std::vector<std::filesystem::path> plugins;         // in search order, each existing folder once
  std::vector<std::filesystem::path> questionnaires;  // likewise
};

// Resolves SearchPaths into existing folders in search order (see spectrum/registry.h). A folder
// reached twice, under any spelling, is kept at its first place only. Folders that do not exist are
// dropped: a missing default or environment folder is not an error.
SearchDirs resolve_search_dirs(const SearchPaths& paths);

// The regular files in dir whose extension is `extension` (".so"), sorted by name so that loading is
// reproducible. Unreadable folders yield nothing.
std::vector<std::filesystem::path> files_with_extension(const std::filesystem::path& dir,
                                                        const std::string& extension);

}  // namespace spectrum::detail

#endif  // SPECTRUM_SEARCH_DIRS_H
