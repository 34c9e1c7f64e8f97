// The inputs of `spectrum compare`: profile files read as they are, assessment files scored on the
// spot with the installed plugins; anything else is a problem naming the file.
#ifndef SPECTRUM_CLI_COMPARE_INPUTS_H
#define SPECTRUM_CLI_COMPARE_INPUTS_H

#include "commands.h"

#include <spectrum/compare.h>
#include <spectrum/diagnostics.h>

#include <filesystem>
#include <vector>

namespace spectrum::cli {

// The files as compare() reads them, in order: each profile (read by compared_profile(), or scored on
// the spot) reduced to its compare_row() by the thread that read or scored it, so that no profile is
// kept. Files are read, and assessments scored, on every core; the registry is loaded only when an
// assessment needs it. Every problem (unreadable, broken JSON, an invalid profile or
// assessment, another format) goes to `problems`, and then no profile is returned.
std::vector<CompareRow> load_compare_inputs(const std::vector<std::filesystem::path>& files,
                                            const SearchOptions& search, std::vector<Diagnostic>& problems);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_COMPARE_INPUTS_H
