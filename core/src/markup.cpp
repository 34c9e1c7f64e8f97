// Text made safe for HTML and XML (see spectrum/markup.h).
#include <spectrum/markup.h>

namespace spectrum {

namespace {

// Length of the UTF-8 sequence starting with byte c, 0 when c cannot start one.
std::size_t utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xe) return 3;
  if ((c >> 3) == 0x1e) return 4;
  return 0;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_length(c);
    if (length == 0 || i + length > text.size()) {  // not UTF-8: replace, never pass through
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (length > 1) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') out += static_cast<char>(c);
    }
    ++i;
  }
  return out;
}

}  // namespace spectrum
