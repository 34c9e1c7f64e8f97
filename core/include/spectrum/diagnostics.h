// Errors in input files: every problem names the file, the JSON pointer, what was expected and what
// was found. Loaders collect all problems in a file before failing.
#ifndef SPECTRUM_DIAGNOSTICS_H
#define SPECTRUM_DIAGNOSTICS_H

#include <stdexcept>
#include <string>
#include <vector>

namespace spectrum {

struct Diagnostic {
  std::string file;     // path as given
  std::string pointer;  // JSON pointer, "" for the whole document
  std::string message;  // "expected ..., found ..."
  // "file: /pointer: message" (the pointer part omitted when empty).
  std::string str() const;
};

// Thrown by loaders when a file is unreadable or invalid; holds every problem found.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace spectrum

#endif  // SPECTRUM_DIAGNOSTICS_H
