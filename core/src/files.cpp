// Reading, parsing, hashing and atomically writing files.
#include "duplicate_keys.h"

#include <spectrum/io.h>
#include <spectrum/staged_output.h>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace spectrum {
namespace {

// "line 3, column 5" for a 1-based byte offset as nlohmann reports it (the last byte it read).
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

// nlohmann's message without its "[json.exception...] parse error at ...: " prefix.
std::string syntax_message(const std::string& what) {
  auto start = what.find("syntax error");
  if (start != std::string::npos) return what.substr(start);
  start = what.find("] ");
  return start == std::string::npos ? what : what.substr(start + 2);
}

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
  detail::DuplicateKeyFinder duplicates;
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text, duplicates.callback());
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(
        {{file, "", "invalid JSON at " + position_of(text, e.byte) + ": " + syntax_message(e.what())}});
  } catch (const nlohmann::json::exception& e) {  // e.g. a number too large for a double (found by fuzzing)
    throw InputError({{file, "", std::string("invalid JSON: ") + syntax_message(e.what())}});
  }
  if (!duplicates.found().empty()) {
    std::vector<Diagnostic> diagnostics;
    for (const std::string& pointer : duplicates.found()) {
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
