// Private: the summarised comparison as a sequence of blocks (headings, sentences, tables, charts),
// written once and rendered by the HTML and Markdown renderers.
#ifndef SPECTRUM_REPORTS_COMPARE_DOCUMENT_H
#define SPECTRUM_REPORTS_COMPARE_DOCUMENT_H

#include <spectrum/compare.h>
#include <spectrum/reports/compare_report.h>

#include <string>
#include <vector>

namespace spectrum::reports::compare_document {

struct Table {
  std::string caption;
  std::vector<std::string> headers;
  std::vector<bool> numeric;                   // per column: right-aligned
  std::vector<std::vector<std::string>> rows;  // plain text, not escaped
  std::vector<bool> marked;                    // per row: a highlighted area
  std::string note;                            // under the table, e.g. how many rows were left out
};

struct Chart {
  enum class Kind { distribution, radar } kind = Kind::distribution;
  std::size_t cohort = 0;          // distribution: index into Comparison::cohorts
  std::vector<std::size_t> areas;  // radar: the areas overlaid
  std::string title, description;  // for assistive technology
};

struct Block {
  enum class Kind { title, heading, subheading, paragraph, flag, bullets, table, chart } kind;
  std::string text;                // title, headings, paragraph, flag
  std::vector<std::string> items;  // bullets
  Table table;
  Chart chart;
};

std::vector<Block> build(const Comparison& comparison, const CompareReportOptions& options);

// Which scores were ranked, and every moderated level beside the self-assessed one, with the areas
// whose moderated level differs (compare_moderation.cpp); nothing when no profile was moderated and
// individual scores were ranked.
void add_moderation_blocks(const Comparison& comparison, std::vector<Block>& blocks);

}  // namespace spectrum::reports::compare_document

#endif  // SPECTRUM_REPORTS_COMPARE_DOCUMENT_H
