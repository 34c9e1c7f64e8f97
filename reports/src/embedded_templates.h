// The files of reports/templates, compiled in (embedded_templates.cpp is generated at build time by
// cmake/embed_files.cmake).
#ifndef SPECTRUM_REPORTS_EMBEDDED_TEMPLATES_H
#define SPECTRUM_REPORTS_EMBEDDED_TEMPLATES_H

#include <cstddef>
#include <vector>

namespace spectrum::reports::detail {

struct EmbeddedFile {
  const char* name;  // file name, no folder
  const unsigned char* data;
  std::size_t size;
};

const std::vector<EmbeddedFile>& embedded_templates();

}  // namespace spectrum::reports::detail

#endif  // SPECTRUM_REPORTS_EMBEDDED_TEMPLATES_H
