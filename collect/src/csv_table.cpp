// CSV through libcsv in strict mode: the separator is detected, the text checked to be UTF-8 first.
#include "csv_table.h"

#include <spectrum/diagnostics.h>

#include <csv.h>

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace spectrum::collect::detail {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string line_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return "line " +
         std::to_string(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n') + 1);
}

// The offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80           ? 1
                         : (byte >> 5) == 0x6  ? 2
                         : (byte >> 4) == 0xE  ? 3
                         : (byte >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || (length == 2 && byte < 0xC2) || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    i += length;
  }
  return std::string_view::npos;
}

// The separator used most often in the first line, outside quotes: ',' ';' or a tab (',' by default).
char detect_separator(std::string_view text) {
  std::size_t counts[3] = {0, 0, 0};
  const char candidates[3] = {',', ';', '\t'};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    for (int k = 0; k < 3; ++k) counts[k] += c == candidates[k];
  }
  int best = 0;
  for (int k = 1; k < 3; ++k)
    if (counts[k] > counts[best]) best = k;
  return candidates[best];
}

// Where the quoted field that is still open at the end of text starts.
std::size_t unclosed_quote(std::string_view text) {
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    if (!quoted) start = i;
    quoted = !quoted;
  }
  return start;
}

struct Collector {
  CsvTable* table;
  std::vector<std::string> record;
};

void on_field(void* data, std::size_t length, void* self) {
  auto* c = static_cast<Collector*>(self);
  std::string field(static_cast<const char*>(data), length);
  // Line breaks inside a quoted field as "\n", whichever system wrote them.
  std::string normal;
  for (std::size_t i = 0; i < field.size(); ++i)
    if (!(field[i] == '\r' && i + 1 < field.size() && field[i + 1] == '\n')) normal += field[i];
  c->record.push_back(std::move(normal));
}

void on_record(int, void* self) {
  auto* c = static_cast<Collector*>(self);
  c->table->rows.push_back(std::move(c->record));
  c->record.clear();
}

int is_space(unsigned char c) {
  return c == ' ';
}

}  // namespace

CsvTable parse_csv(const std::string& bytes, const std::string& file) {
  std::string_view text = bytes;
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    throw InputError({{file, "", "this is UTF-16 text; export or save it as \"CSV UTF-8\""}});
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  if (std::size_t bad = invalid_utf8(text); bad != std::string_view::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned char>(text[bad]));
    throw InputError(
        {{file, line_of(text, bad),
          std::string("not UTF-8 text (a byte 0x") + hex + "); export or save it as \"CSV UTF-8\""}});
  }
  CsvTable table;
  table.separator = detect_separator(text);
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    throw InputError({{file, "", "cannot start the CSV parser"}});
  csv_set_delim(&parser, static_cast<unsigned char>(table.separator));
  csv_set_space_func(&parser, is_space);
  Collector collector{&table, {}};
  std::size_t parsed = csv_parse(&parser, text.data(), text.size(), on_field, on_record, &collector);
  const bool whole = parsed == text.size();
  const bool ok = whole ? csv_fini(&parser, on_field, on_record, &collector) == 0 : false;
  csv_free(&parser);
  if (!ok && whole)
    throw InputError({{file, line_of(text, unclosed_quote(text)),
                       "a quoted field starts here and is never closed (a missing \")"}});
  if (!ok)
    throw InputError(
        {{file, line_of(text, parsed),
          "not valid CSV: a quote inside an unquoted field, or text after a closing quote (write a "
          "quote inside a quoted field as \"\")"}});
  if (table.rows.empty()) throw InputError({{file, "", "empty: expected a header row of column names"}});
  return table;
}

std::string csv_line(const std::vector<std::string>& fields, char separator) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string& field = fields[i];
    bool quote = field.find_first_of(std::string("\"\r\n") + separator) != std::string::npos ||
                 (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (i > 0) line += separator;
    if (!quote) {
      line += field;
      continue;
    }
    line += '"';
    for (char c : field) line += c == '"' ? std::string("\"\"") : std::string(1, c);
    line += '"';
  }
  return line + "\r\n";
}

}  // namespace spectrum::collect::detail
