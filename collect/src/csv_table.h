// Private: CSV text as a table of records, through libcsv. Quoted fields (with separators, quotes and
// line breaks inside), a UTF-8 byte-order mark, and comma, semicolon or tab separators (detected from
// the header line) all work; text that is not UTF-8 is refused with the line it is on.
#ifndef SPECTRUM_COLLECT_CSV_TABLE_H
#define SPECTRUM_COLLECT_CSV_TABLE_H

#include <string>
#include <vector>

namespace spectrum::collect::detail {

struct CsvTable {
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header; blank lines are skipped
  char separator = ',';
};

// Throws InputError naming file and line when the text is not CSV or not UTF-8.
CsvTable parse_csv(const std::string& bytes, const std::string& file);

// One record, quoted where needed, ending in CRLF (RFC 4180).
std::string csv_line(const std::vector<std::string>& fields, char separator = ',');

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_CSV_TABLE_H
