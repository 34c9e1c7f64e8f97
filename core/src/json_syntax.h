// Private: how the loaders word a JSON syntax error ("line 3, column 5: invalid JSON: found ...,
// expected ..."), shared by the full parse (files.cpp) and the selective one (selective_json.cpp).
#ifndef SPECTRUM_JSON_SYNTAX_H
#define SPECTRUM_JSON_SYNTAX_H

#include <cstddef>
#include <string>

namespace spectrum::detail {

// "line 3, column 5" for a 1-based byte offset as nlohmann reports it (the last byte it read).
std::string position_of(const std::string& text, std::size_t byte);
// nlohmann's parse error (its id, the last token read, its what()) as "found X, expected Y".
std::string syntax_message(int id, const std::string& token, const std::string& what);
// Throws InputError when text holds a NUL byte: nlohmann would stop there as at the end of the text.
void reject_nul(const std::string& text, const std::string& file);

}  // namespace spectrum::detail

#endif  // SPECTRUM_JSON_SYNTAX_H
