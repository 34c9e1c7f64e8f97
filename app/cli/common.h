// Helpers shared by the subcommands: input files, outputs by extension and written all or nothing,
// checked standard output, error printing.
#ifndef SPECTRUM_CLI_COMMON_H
#define SPECTRUM_CLI_COMMON_H

#include <spectrum/diagnostics.h>
#include <spectrum/staged_output.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
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

// What the inputs name, before anything is read: the files given or found in a folder, and the
// folders given (for check_outputs: no output may be an input or lie inside an input folder).
InputPaths input_paths(const std::vector<std::string>& inputs,
                       const std::vector<std::filesystem::path>& files);

// A run's outputs, written all or nothing: check() before reading anything, add() each output as it
// is rendered (files are staged on disk beside their target, "-" is kept for standard output), and
// commit() at the end, which writes standard output first, then renames every file into place.
// Destroyed without commit(), it leaves every target as it was.
class RunOutputs {
 public:
  // Every problem with writing these outputs, a path named twice included (see check_outputs).
  static std::vector<Diagnostic> check(const std::vector<std::string>& outputs, const InputPaths& inputs);
  // Stages bytes for path ("-": standard output, written at commit). Files may be added from several
  // threads at once; standard output may not.
  void add(const std::string& path, const std::string& bytes);
  // Throws OutputError (standard output) or std::runtime_error (a file) on failure.
  void commit();

 private:
  StagedOutputs files_;
  std::vector<std::string> to_stdout_;
};

// Standard output could not be written (EPIPE, ENOSPC, /dev/full...).
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes bytes to standard output (after flushing std::cout) and checks every write. Throws OutputError.
void write_stdout(std::string_view bytes);
// Flushes std::cout and stdout; returns the reason when anything written to standard output was lost.
std::string stdout_failure();

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_COMMON_H
