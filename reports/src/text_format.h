// Small text helpers shared by the renderers: escaping, placeholders, wrapping. Numbers are written
// by spectrum/numbers.h (format_fixed, format_compact), HTML and XML escaped by spectrum/markup.h.
#ifndef SPECTRUM_REPORTS_TEXT_FORMAT_H
#define SPECTRUM_REPORTS_TEXT_FORMAT_H

#include <spectrum/markup.h>
#include <spectrum/numbers.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spectrum::reports {

// Escapes Markdown's inline markup characters and turns line breaks into spaces.
std::string markdown_escape(std::string_view text);
// A spreadsheet cell's text that no spreadsheet executes (OWASP's rule against CSV injection): text
// beginning with =, +, -, @, a tab or a carriage return gets a leading apostrophe, unless the whole
// text is a plain number ("-0.25", "+3"), which stays as it is.
std::string spreadsheet_safe(std::string_view text);
// One CSV field, made spreadsheet_safe, then quoted per RFC 4180 when it holds a comma, a quote or a
// line break.
std::string csv_field(std::string_view text);

using Substitutions = std::initializer_list<std::pair<std::string_view, std::string>>;
// Replaces each {name} in pattern with its value; unknown placeholders are left as they are.
std::string fill(std::string_view pattern, Substitutions values);

// Splits text at spaces into lines of at most `width` characters (longer words stay whole).
std::vector<std::string> wrap(std::string_view text, std::size_t width);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_TEXT_FORMAT_H
