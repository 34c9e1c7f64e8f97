// Opening a plugin's shared library and finding its descriptor function (private to the registry).
#ifndef SPECTRUM_PLUGIN_LIBRARY_H
#define SPECTRUM_PLUGIN_LIBRARY_H

#include <spectrum/abi.h>

#include <filesystem>
#include <string>

namespace spectrum::detail {

struct OpenedLibrary {
  spectrum_descriptor_fn descriptor = nullptr;  // set on success
  std::string reason;                           // otherwise, one line naming the file
};

// Loads the library with RTLD_NOW (every symbol resolved now, so a missing one is reported here and
// not in the middle of scoring) and returns its spectrum_plugin_descriptor function. A library that
// loaded is never unloaded, whatever its descriptor turns out to be: the process keeps it until exit.
// Thread-safe.
OpenedLibrary open_plugin_library(const std::filesystem::path& path);

}  // namespace spectrum::detail

#endif  // SPECTRUM_PLUGIN_LIBRARY_H
