// The comparison as an XLSX workbook through libxlsxwriter: a sheet per view, the header row frozen,
// numbers stored as numbers. libxlsxwriter writes files only, so the workbook goes to a temporary file
// that is read back and removed: the caller still gets bytes to write where and when it chooses.
#include "compare_renderers.h"
#include "compare_tables.h"
#include "text_format.h"

#include <spectrum/io.h>

#include <xlsxwriter.h>

#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace spectrum::reports {
namespace {

namespace fs = std::filesystem;
using compare_tables::Table;
using compare_tables::Value;

constexpr double kColumnWidth = 14;

// A unique temporary file, removed when this goes out of scope.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (fs::temp_directory_path() / "spectrum-compare-XXXXXX.xlsx").string();
    const int fd = mkstemps(pattern.data(), 5);
    if (fd < 0)
      throw std::runtime_error("cannot create a temporary file for the XLSX workbook in " +
                               fs::temp_directory_path().string());
    close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Formats {
  lxw_format* header;
  lxw_format* number[3];  // by decimals
};

Formats make_formats(lxw_workbook* book) {
  Formats f{};
  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xF0F4F8);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  const char* patterns[] = {"0", "0.0", "0.00"};
  for (int d = 0; d < 3; ++d) {
    f.number[d] = workbook_add_format(book);
    format_set_num_format(f.number[d], patterns[d]);
  }
  return f;
}

void write_sheet(lxw_workbook* book, const Table& table, const Formats& formats) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, table.name.c_str());
  if (!sheet) throw std::runtime_error("XLSX: cannot add the sheet " + table.name);
  const auto columns = static_cast<lxw_col_t>(table.headers.size());
  if (columns > 0) worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(columns - 1), kColumnWidth, nullptr);
  worksheet_freeze_panes(sheet, 1, 0);
  for (lxw_col_t c = 0; c < columns; ++c)
    worksheet_write_string(sheet, 0, c, spreadsheet_safe(table.headers[c]).c_str(), formats.header);
  // Each row is built and written before the next (constant_memory: written rows go to disk).
  for (std::size_t index = 0; index < table.rows; ++index) {
    const auto r = static_cast<lxw_row_t>(index + 1);
    const compare_tables::Row row = table.row(index);
    for (lxw_col_t c = 0; c < row.size(); ++c) {
      const Value& v = row[c];
      if (v.kind == Value::Kind::number)
        worksheet_write_number(sheet, r, c, v.number, formats.number[std::clamp(v.decimals, 0, 2)]);
      else if (v.kind == Value::Kind::text && !v.text.empty())
        worksheet_write_string(sheet, r, c, spreadsheet_safe(v.text).c_str(), nullptr);
    }
  }
  if (table.rows > 0 && columns > 0)
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows),
                         static_cast<lxw_col_t>(columns - 1));
}

}  // namespace

std::string render_compare_xlsx(const Comparison& comparison) {
  namespace t = compare_tables;
  const Table tables[] = {t::areas(comparison, false), t::ranks(comparison),      t::summary(comparison),
                          t::groups(comparison),       t::footprints(comparison), t::trends(comparison)};
  TemporaryFile file;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows stream to disk: thousands of areas stay small in memory
  lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
  if (!book) throw std::runtime_error("XLSX: cannot create a workbook at " + file.path());
  const Formats formats = make_formats(book);
  try {
    for (const Table& table : tables) write_sheet(book, table, formats);
  } catch (...) {
    workbook_close(book);
    throw;
  }
  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("XLSX: ") + lxw_strerror(error));
  return read_file(file.path());
}

}  // namespace spectrum::reports
