// The inputs of `spectrum compare`: profile files read as they are, assessment files scored on the
// spot with the installed plugins; anything else is a problem naming the file.
#ifndef SPECTRUM_CLI_COMPARE_INPUTS_H
#define SPECTRUM_CLI_COMPARE_INPUTS_H

#include "commands.h"

#include <spectrum/diagnostics.h>
#include <spectrum/profile.h>

#include <filesystem>
#include <vector>

namespace spectrum::cli {

// The profiles of the files, in order, as compare() needs them (compared_profile(): no gates, findings
// or breakdowns). Files are read, and assessments scored, on every core; the registry is loaded only
// when an assessment needs it. Every problem (unreadable, broken JSON, an invalid profile or
// assessment, another format) goes to `problems`, and then no profile is returned.
std::vector<Profile> load_compare_inputs(const std::vector<std::filesystem::path>& files,
                                         const SearchOptions& search, std::vector<Diagnostic>& problems);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_COMPARE_INPUTS_H
