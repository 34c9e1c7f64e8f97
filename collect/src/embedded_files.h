// The files of collect/templates, compiled in (embedded_files.cpp is generated at build time by
// cmake/embed_files.cmake).
#ifndef SPECTRUM_COLLECT_EMBEDDED_FILES_H
#define SPECTRUM_COLLECT_EMBEDDED_FILES_H

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum::collect::detail {

struct EmbeddedFile {
  const char* name;  // file name, no folder
  const unsigned char* data;
  std::size_t size;
};

const std::vector<EmbeddedFile>& embedded_templates();

// The bytes of the embedded file called name; throws std::out_of_range when there is none.
std::string embedded_file(std::string_view name);

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_EMBEDDED_FILES_H
