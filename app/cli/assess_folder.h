// `spectrum assess` over several assessments (files or folders): streamed over every core.
#ifndef SPECTRUM_CLI_ASSESS_FOLDER_H
#define SPECTRUM_CLI_ASSESS_FOLDER_H

#include <spectrum/diagnostics.h>
#include <spectrum/model.h>
#include <spectrum/pipeline.h>
#include <spectrum/registry.h>

#include <filesystem>
#include <string>
#include <vector>

namespace spectrum::cli {

// What `--basis` asks of one assessment that it cannot give: --basis agreed without a workshop record.
// Empty when there is nothing to refuse.
std::vector<Diagnostic> basis_problems(const model::Assessment& assessment, const std::string& basis);

// Reads, scores and writes the assessments on worker_count() threads, each holding one assessment at
// a time: memory does not grow with the number of files. Each profile is staged (compact JSON, as
// OUT/<stem>.json in every output folder) as soon as it is scored, and every staged file is renamed
// into place only once all inputs have been read: an invalid input anywhere stops the scoring, the
// remaining files are still validated so that every problem is reported, and nothing is written
// (exit 2). Without outputs, a summary of each profile is printed in input order once all are scored.
// Returns the exit code (0, or 1 when a domain failed).
int assess_folder(const std::vector<std::filesystem::path>& files, const std::vector<std::string>& outputs,
                  const Registry& registry, const AssessOptions& options);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_ASSESS_FOLDER_H
