// Helpers shared by the subcommands: input files, outputs by extension, error printing.
#ifndef SPECTRUM_CLI_COMMON_H
#define SPECTRUM_CLI_COMMON_H

#include <spectrum/diagnostics.h>

#include <filesystem>
#include <string>
#include <vector>

namespace spectrum::cli {

// The files named, with every *.json directly inside a named directory (sorted). A path that does
// not exist is a Diagnostic.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& inputs,
                                                 std::vector<Diagnostic>& problems);

// The extension of an output path without its dot, lower-case ("json", "html"); "json" for "-".
std::string output_format(const std::string& path);

// Prints every diagnostic, one per line, to stderr.
void print_problems(const std::vector<Diagnostic>& problems);

// Writes bytes to path atomically, or to stdout when path is "-".
void write_output(const std::string& path, const std::string& bytes);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_COMMON_H
