// Reading, parsing, hashing and atomically writing files.
#include "duplicate_keys.h"
#include "json_syntax.h"

#include <spectrum/io.h>
#include <spectrum/staged_output.h>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace spectrum::detail {

std::string position_of(const std::string& text, std::size_t byte) {
  std::size_t end = std::min(byte == 0 ? 0 : byte - 1, text.size());
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(end - line_start + 1);
}

namespace {

// nlohmann's syntax error as "found X, expected Y": "syntax error while parsing object - unexpected string
// literal; expected '}'" becomes "found string literal, expected '}'".
std::string found_expected(const std::string& what) {
  std::string detail = what;
  if (auto dash = what.find(" - "); dash != std::string::npos)
    detail = what.substr(dash + 3);
  else if (auto bracket = what.find("] "); bracket != std::string::npos)
    detail = what.substr(bracket + 2);
  std::string expected = "a JSON value";
  if (auto at = detail.rfind("; expected "); at != std::string::npos) {
    expected = detail.substr(at + 11);
    detail.resize(at);
  }
  if (detail.starts_with("unexpected ")) detail.erase(0, 11);
  return "found " + detail + ", expected " + expected;
}

}  // namespace

std::string syntax_message(int id, const std::string& token, const std::string& what) {
  if (id == 406) return "found the number " + token + ", expected a number within about \u00b11.8e308";
  return found_expected(what);
}

void reject_nul(const std::string& text, const std::string& file) {
  // nlohmann stops at a NUL as at the end of the text: anything after it would be silently ignored.
  if (std::size_t nul = text.find('\0'); nul != std::string::npos)
    throw InputError(
        {{file, "",
          position_of(text, nul + 1) + ": invalid JSON: found a NUL byte, expected " +
              (nul > 0 && text.find_first_not_of(" \t\r\n") < nul ? "end of input" : "a JSON value")}});
}

}  // namespace spectrum::detail

namespace spectrum {
namespace {

using detail::position_of;

std::string system_error_text(int error) {
  return std::strerror(error);
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw InputError({{path.string(), "", "cannot read: it is a directory"}});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({{path.string(), "", "cannot read: " + system_error_text(errno)}});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError({{path.string(), "", "cannot read: " + system_error_text(errno)}});
  return bytes.str();
}

nlohmann::json parse_json(const std::string& text, const std::string& file) {
  detail::reject_nul(text, file);
  nlohmann::json document;
  // nlohmann reports the position of every error to its SAX handler (a number overflow included,
  // which its exceptions do not locate); the builder remembers it instead of throwing.
  detail::CheckedTreeBuilder builder(document);
  try {
    nlohmann::json::sax_parse(text, &builder, nlohmann::json::input_format_t::json,
                              true);              // strict: nothing after
  } catch (const nlohmann::json::exception& e) {  // anything the parser throws rather than reports
    throw InputError(
        {{file, "", std::string("invalid JSON: ") + detail::syntax_message(e.id, "", e.what())}});
  }
  if (builder.failed)
    throw InputError({{file, "", position_of(text, builder.byte) + ": invalid JSON: " + builder.message}});
  if (!builder.duplicates().empty()) {
    std::vector<Diagnostic> diagnostics;
    for (const std::string& pointer : builder.duplicates()) {
      diagnostics.push_back({file, pointer, "member given twice; the first would be silently lost"});
    }
    throw InputError(std::move(diagnostics));
  }
  return document;
}

std::string format_of(const nlohmann::json& document) {
  if (!document.is_object()) return "";
  auto it = document.find("format");
  return it != document.end() && it->is_string() ? it->get<std::string>() : "";
}

void write_file_atomic(const std::filesystem::path& path, const std::string& content) {
  StagedOutputs staged;
  staged.stage(path, content);
  staged.commit();
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("SHA-256 failed (OpenSSL EVP_Digest)");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0x0f];
  }
  return hex;
}

}  // namespace spectrum
