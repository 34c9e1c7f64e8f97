// Private: a read-only XLSX (Office Open XML spreadsheet) reader over libzip and pugixml. It follows
// the package's relationships (_rels/.rels, then the workbook's), and reads every worksheet's cell
// values: shared strings (rich text included), inline strings, numbers, booleans, formula results
// and error values. Formatting, formulas and validations are not read.
#ifndef SPECTRUM_COLLECT_XLSX_READER_H
#define SPECTRUM_COLLECT_XLSX_READER_H

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spectrum::collect::detail {

// Thrown when the bytes are not a readable workbook; the message says what is wrong, without the file.
class XlsxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CellValue {
  enum class Kind { empty, number, text, boolean, error };
  Kind kind = Kind::empty;
  double number = 0;
  bool boolean = false;
  std::string text;  // text, or an error value such as "#N/A"
};

// "C" for column 3, "AA" for column 27 (1-based).
std::string column_letters(int column);
// "C7" for row 7, column 3 (both 1-based).
std::string cell_name(int row, int column);
// "Leadership!C7", or "'Financial alignment'!D7" when the sheet's name needs quoting in a formula.
std::string cell_reference(std::string_view sheet, int row, int column);

struct Worksheet {
  std::string name;
  bool hidden = false;
  std::map<std::pair<int, int>, CellValue> cells;  // (row, column), 1-based; empty cells absent

  // The cell's value; an empty value when the cell is absent.
  const CellValue& at(int row, int column) const;
  // The last row holding a cell, 0 when none.
  int last_row() const;
};

class XlsxWorkbook {
 public:
  // Reads a workbook from the bytes of an .xlsx file; throws XlsxError.
  static XlsxWorkbook parse(const std::string& bytes);

  const std::vector<Worksheet>& sheets() const { return sheets_; }
  // The worksheet of that name (Excel compares names case-insensitively), or nullptr.
  const Worksheet* find(std::string_view name) const;

 private:
  std::vector<Worksheet> sheets_;
};

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_XLSX_READER_H
