// The comparison as Markdown: the HTML page's blocks as headings, paragraphs and pipe tables.
#include "compare_document.h"
#include "compare_renderers.h"
#include "text_format.h"

namespace spectrum::reports {
namespace {

using compare_document::Block;

std::string table_markdown(const compare_document::Table& t) {
  std::string out = "**" + markdown_escape(t.caption) + "**\n\n|";
  for (const std::string& h : t.headers) out += " " + markdown_escape(h) + " |";
  out += "\n|";
  for (std::size_t i = 0; i < t.headers.size(); ++i)
    out += i < t.numeric.size() && t.numeric[i] ? " ---: |" : " --- |";
  out += "\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const bool marked = r < t.marked.size() && t.marked[r];
    out += "|";
    for (std::size_t i = 0; i < t.rows[r].size(); ++i) {
      const std::string cell = markdown_escape(t.rows[r][i]);
      out += " " + (marked && i == 1 && !cell.empty() ? "**" + cell + "**" : cell) + " |";
    }
    out += "\n";
  }
  if (!t.note.empty()) out += "\n" + markdown_escape(t.note) + "\n";
  return out + "\n";
}

}  // namespace

std::string render_compare_markdown(const Comparison& comparison, const CompareReportOptions& options) {
  std::string out;
  for (const Block& b : compare_document::build(comparison, options)) {
    switch (b.kind) {
      case Block::Kind::title:
        out += "# " + markdown_escape(b.text) + "\n\n";
        break;
      case Block::Kind::heading:
        out += "## " + markdown_escape(b.text) + "\n\n";
        break;
      case Block::Kind::subheading:
        out += "### " + markdown_escape(b.text) + "\n\n";
        break;
      case Block::Kind::paragraph:
        out += markdown_escape(b.text) + "\n\n";
        break;
      case Block::Kind::flag:
        out += "> **Note:** " + markdown_escape(b.text) + "\n\n";
        break;
      case Block::Kind::bullets:
        for (const std::string& item : b.items) out += "- " + markdown_escape(item) + "\n";
        out += "\n";
        break;
      case Block::Kind::table:
        out += table_markdown(b.table);
        break;
      case Block::Kind::chart:
        break;  // charts are in the HTML output
    }
  }
  return out;
}

}  // namespace spectrum::reports
