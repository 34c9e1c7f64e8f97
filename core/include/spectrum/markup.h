// Text inside HTML and XML: the one escaper that the reports (HTML, SVG, XLSX's XML) and the
// respondent form use.
#ifndef SPECTRUM_MARKUP_H
#define SPECTRUM_MARKUP_H

#include <string>
#include <string_view>

namespace spectrum {

// Escapes &, <, >, " and ' for HTML and XML text and attribute values; drops the control characters
// XML 1.0 does not allow and replaces bytes that are not UTF-8 with U+FFFD, so the result is always
// well-formed text.
std::string xml_escape(std::string_view text);

}  // namespace spectrum

#endif  // SPECTRUM_MARKUP_H
