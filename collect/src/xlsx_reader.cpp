// Reading XLSX workbooks: the zip package through libzip, each part's XML through pugixml.
#include "xlsx_reader.h"

#include <zip.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>

namespace spectrum::collect::detail {
namespace {

constexpr zip_uint64_t kMaxPartSize = 256u * 1024 * 1024;  // refuses zip bombs

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The zip package, opened from bytes that it does not own.
class Package {
 public:
  explicit Package(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive_) {
      if (source) zip_source_free(source);
      std::string reason = zip_error_strerror(&error);
      zip_error_fini(&error);
      throw XlsxError("not an XLSX workbook (not a zip archive: " + reason + ")");
    }
    zip_error_fini(&error);
  }
  ~Package() { zip_discard(archive_); }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  // Reads the part's bytes into out; false when there is no such part. Part names are compared
  // case-insensitively, as the Open Packaging Conventions require.
  bool read(const std::string& name, std::string& out) const {
    zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) {
      zip_int64_t count = zip_get_num_entries(archive_, 0);
      for (zip_int64_t i = 0; i < count && index < 0; ++i) {
        const char* entry = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
        if (entry && same_name(entry, name)) index = i;
      }
    }
    if (index < 0) return false;
    zip_stat_t stat;
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
      throw XlsxError("cannot read the part " + name + " of the zip archive");
    if (stat.size > kMaxPartSize)
      throw XlsxError("the part " + name + " is too large to be a questionnaire sheet");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
        zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), zip_fclose);
    if (!file) throw XlsxError("cannot open the part " + name + ": " + zip_strerror(archive_));
    out.assign(stat.size, '\0');
    zip_int64_t got = stat.size ? zip_fread(file.get(), out.data(), stat.size) : 0;
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
      throw XlsxError("the part " + name + " is damaged (" + zip_file_strerror(file.get()) + ")");
    return true;
  }

  pugi::xml_document xml(const std::string& name, bool required) const {
    pugi::xml_document document;
    std::string bytes;
    if (!read(name, bytes)) {
      if (required) throw XlsxError("not an XLSX workbook: it has no part " + name);
      return document;
    }
    pugi::xml_parse_result parsed =
        document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed)
      throw XlsxError("the part " + name + " is not well-formed XML (" + parsed.description() + " at byte " +
                      std::to_string(parsed.offset) + ")");
    return document;
  }

 private:
  zip_t* archive_ = nullptr;
};

// Element and attribute names without their namespace prefix: writers differ in prefixes.
std::string_view local_name(const char* name) {
  std::string_view view(name);
  auto colon = view.find(':');
  return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children())
    if (local_name(c.name()) == name) return c;
  return {};
}

std::vector<pugi::xml_node> children(pugi::xml_node node, std::string_view name) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node c : node.children())
    if (local_name(c.name()) == name) found.push_back(c);
  return found;
}

pugi::xml_attribute attribute(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_attribute a : node.attributes())
    if (local_name(a.name()) == name) return a;
  return {};
}

// "xl/" for "xl/workbook.xml".
std::string folder_of(const std::string& part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// A relationship's target as a part name: absolute ("/xl/x.xml") or relative to the source's folder.
std::string resolve(const std::string& folder, std::string target) {
  std::string path = target.starts_with("/") ? target.substr(1) : folder + target;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string joined;
  for (const std::string& part : parts) joined += (joined.empty() ? "" : "/") + part;
  return joined;
}

struct Relationship {
  std::string type;
  std::string target;  // resolved part name
};

// The relationships of a part: Id -> (type, target).
std::map<std::string, Relationship> relationships(const Package& package, const std::string& part) {
  std::string rels = folder_of(part) + "_rels/" + part.substr(folder_of(part).size()) + ".rels";
  pugi::xml_document document = package.xml(rels, false);
  std::map<std::string, Relationship> found;
  for (pugi::xml_node r : children(child(document, "Relationships"), "Relationship")) {
    if (std::string_view(attribute(r, "TargetMode").value()) == "External") continue;
    found[attribute(r, "Id").value()] = {attribute(r, "Type").value(),
                                         resolve(folder_of(part), attribute(r, "Target").value())};
  }
  return found;
}

bool has_type(const Relationship& r, std::string_view suffix) {
  return r.type.ends_with(suffix);
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Excel writes characters XML cannot hold as "_xHHHH_" (and a literal "_x" as "_x005F_x").
std::string unescape_ooxml(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned code = 0;
    if (text.substr(i, 2) == "_x" && i + 7 <= text.size() && text[i + 6] == '_' &&
        std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16).ptr == text.data() + i + 6) {
      append_utf8(out, code);
      i += 6;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The text of a string item (<si> or <is>): plain <t>, or the <t> of each rich-text run; phonetic
// guides (<rPh>) are not part of the value.
std::string string_item_text(pugi::xml_node item) {
  std::string text;
  for (pugi::xml_node c : item.children()) {
    std::string_view name = local_name(c.name());
    if (name == "t") text += c.text().get();
    if (name == "r") text += child(c, "t").text().get();
  }
  return unescape_ooxml(text);
}

// "C7" -> (7, 3); false when it is not a cell reference.
bool parse_cell_name(std::string_view name, int& row, int& column) {
  std::size_t i = 0;
  column = 0;
  while (i < name.size() && std::isalpha(static_cast<unsigned char>(name[i])) && i < 3)
    column = column * 26 + (std::toupper(static_cast<unsigned char>(name[i++])) - 'A' + 1);
  if (i == 0) return false;
  auto [end, ec] = std::from_chars(name.data() + i, name.data() + name.size(), row);
  return ec == std::errc() && end == name.data() + name.size() && row > 0;
}

CellValue read_cell(pugi::xml_node cell, const std::vector<std::string>& shared, const std::string& where) {
  CellValue value;
  std::string_view type = attribute(cell, "t").value();
  std::string v = child(cell, "v").text().get();
  if (type == "inlineStr") {
    value.kind = CellValue::Kind::text;
    value.text = string_item_text(child(cell, "is"));
    return value;
  }
  if (!child(cell, "v")) return value;  // a formatted but empty cell
  if (type == "s") {
    std::size_t index = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
    if (ec != std::errc() || end != v.data() + v.size() || index >= shared.size())
      throw XlsxError(where + " refers to shared string " + v + ", which the workbook does not have");
    value.kind = CellValue::Kind::text;
    value.text = shared[index];
  } else if (type == "str" || type == "d") {
    value.kind = CellValue::Kind::text;
    value.text = unescape_ooxml(v);
  } else if (type == "b") {
    value.kind = CellValue::Kind::boolean;
    value.boolean = v == "1" || v == "true";
  } else if (type == "e") {
    value.kind = CellValue::Kind::error;
    value.text = v;
  } else {
    value.kind = CellValue::Kind::number;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value.number);
    if (ec != std::errc() || end != v.data() + v.size())
      throw XlsxError(where + " holds \"" + v + "\", which is not a number");
  }
  return value;
}

void read_cells(const pugi::xml_document& document, const std::vector<std::string>& shared,
                Worksheet& sheet) {
  pugi::xml_node data = child(child(document, "worksheet"), "sheetData");
  int row = 0;
  for (pugi::xml_node r : children(data, "row")) {
    if (pugi::xml_attribute number = attribute(r, "r")) {
      row = number.as_int();
      if (row <= 0) throw XlsxError(sheet.name + ": a row numbered " + number.value());
    } else {
      ++row;
    }
    int column = 0;
    for (pugi::xml_node c : children(r, "c")) {
      if (pugi::xml_attribute name = attribute(c, "r")) {
        int cell_row = 0;
        if (!parse_cell_name(name.value(), cell_row, column) || cell_row != row)
          throw XlsxError(sheet.name + ": row " + std::to_string(row) + " holds a cell named \"" +
                          name.value() + "\"");
      } else {
        ++column;
      }
      CellValue value = read_cell(c, shared, cell_reference(sheet.name, row, column));
      if (value.kind != CellValue::Kind::empty) sheet.cells[{row, column}] = std::move(value);
    }
  }
}

}  // namespace

std::string column_letters(int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters;
}

std::string cell_name(int row, int column) {
  return column_letters(column) + std::to_string(row);
}

std::string cell_reference(std::string_view sheet, int row, int column) {
  bool plain = !sheet.empty() && std::all_of(sheet.begin(), sheet.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
  std::string name(sheet);
  if (!plain) {
    std::string quoted = "'";
    for (char c : name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    name = quoted + "'";
  }
  return name + "!" + cell_name(row, column);
}

const CellValue& Worksheet::at(int row, int column) const {
  static const CellValue kEmpty;
  auto found = cells.find({row, column});
  return found == cells.end() ? kEmpty : found->second;
}

int Worksheet::last_row() const {
  return cells.empty() ? 0 : cells.rbegin()->first.first;
}

XlsxWorkbook XlsxWorkbook::parse(const std::string& bytes) {
  Package package(bytes);
  std::string workbook_part = "xl/workbook.xml";
  for (const auto& [id, r] : relationships(package, ""))
    if (has_type(r, "/officeDocument")) workbook_part = r.target;
  pugi::xml_document workbook = package.xml(workbook_part, true);
  std::map<std::string, Relationship> rels = relationships(package, workbook_part);

  std::vector<std::string> shared;
  for (const auto& [id, r] : rels) {
    if (!has_type(r, "/sharedStrings")) continue;
    pugi::xml_document strings = package.xml(r.target, true);
    for (pugi::xml_node si : children(child(strings, "sst"), "si")) shared.push_back(string_item_text(si));
  }

  XlsxWorkbook result;
  pugi::xml_node sheets = child(child(workbook, "workbook"), "sheets");
  for (pugi::xml_node s : children(sheets, "sheet")) {
    Worksheet sheet;
    sheet.name = attribute(s, "name").value();
    std::string_view state = attribute(s, "state").value();
    sheet.hidden = state == "hidden" || state == "veryHidden";
    auto rel = rels.find(attribute(s, "id").value());
    if (rel == rels.end())
      throw XlsxError("the sheet \"" + sheet.name + "\" has no part in the workbook's relationships");
    if (!has_type(rel->second, "/worksheet")) continue;  // chart sheets and the like hold no cells
    read_cells(package.xml(rel->second.target, true), shared, sheet);
    result.sheets_.push_back(std::move(sheet));
  }
  if (result.sheets_.empty()) throw XlsxError("the workbook has no worksheets");
  return result;
}

const Worksheet* XlsxWorkbook::find(std::string_view name) const {
  for (const Worksheet& sheet : sheets_)
    if (same_name(sheet.name, name)) return &sheet;
  return nullptr;
}

}  // namespace spectrum::collect::detail
