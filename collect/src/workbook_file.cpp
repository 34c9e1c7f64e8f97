// A scratch folder for libxlsxwriter's output, and the structure lock it cannot write itself.
#include "workbook_file.h"

#include <zip.h>
#include <pugixml.hpp>

#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>

namespace spectrum::collect::detail {

namespace fs = std::filesystem;

ScratchFolder::ScratchFolder() {
  std::string pattern = (fs::temp_directory_path() / "spectrum-workbook-XXXXXX").string();
  if (!mkdtemp(pattern.data()))
    throw std::runtime_error("cannot make a scratch folder for the workbook in " +
                             fs::temp_directory_path().string());
  path_ = pattern;
}

ScratchFolder::~ScratchFolder() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

namespace {

constexpr const char* kWorkbookPart = "xl/workbook.xml";

std::string read_part(zip_t* archive, const char* name) {
  zip_stat_t stat;
  if (zip_stat(archive, name, 0, &stat) != 0) throw std::runtime_error(std::string("XLSX: no part ") + name);
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (!file) throw std::runtime_error(std::string("XLSX: cannot open ") + name);
  std::string bytes(stat.size, '\0');
  zip_int64_t got = zip_fread(file, bytes.data(), stat.size);
  zip_fclose(file);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
    throw std::runtime_error(std::string("XLSX: cannot read ") + name);
  return bytes;
}

// The workbook part with the protection element where the schema wants it: after fileVersion,
// fileSharing and workbookPr, before bookViews.
std::string with_protection(const std::string& xml) {
  pugi::xml_document document;
  if (!document.load_buffer(xml.data(), xml.size()))
    throw std::runtime_error("XLSX: unreadable workbook part");
  pugi::xml_node workbook = document.child("workbook");
  if (workbook.child("workbookProtection")) return xml;
  pugi::xml_node before = workbook.child("bookViews");
  if (!before) before = workbook.child("sheets");
  pugi::xml_node protection = before ? workbook.insert_child_before("workbookProtection", before)
                                     : workbook.append_child("workbookProtection");
  protection.append_attribute("lockStructure") = "1";
  std::ostringstream out;
  document.save(out, "", pugi::format_raw);
  return out.str();
}

}  // namespace

void lock_workbook_structure(const fs::path& path) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), 0, &code);
  if (!archive) throw std::runtime_error("XLSX: cannot reopen " + path.string());
  try {
    const std::string locked = with_protection(read_part(archive, kWorkbookPart));
    // libzip reads the buffer when the archive is closed, so it lives until then.
    zip_source_t* source = zip_source_buffer(archive, locked.data(), locked.size(), 0);
    if (!source || zip_file_add(archive, kWorkbookPart, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
      if (source) zip_source_free(source);
      throw std::runtime_error(std::string("XLSX: cannot replace the workbook part: ") +
                               zip_strerror(archive));
    }
    if (zip_close(archive) != 0)
      throw std::runtime_error(std::string("XLSX: cannot save: ") + zip_strerror(archive));
  } catch (...) {
    zip_discard(archive);
    throw;
  }
}

}  // namespace spectrum::collect::detail
