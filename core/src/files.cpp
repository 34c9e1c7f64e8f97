// Reading, parsing, hashing and atomically writing files.
#include "json_syntax.h"
#include "selective_json.h"

#include <spectrum/io.h>
#include <spectrum/staged_output.h>

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
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

std::string system_error_text(int error) {
  return std::strerror(error);
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  auto fail = [&path](int why) {
    return InputError({{path.string(), "", "cannot read: " + system_error_text(why)}});
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw errno == EISDIR ? InputError({{path.string(), "", "cannot read: it is a directory"}}) : fail(errno);
  // Read straight into the string: sized from the file's size (one byte more, to see the end without
  // growing), growing only for what is not a regular file or grew meanwhile.
  std::string bytes;
  struct stat info {};
  const bool known = ::fstat(fd, &info) == 0;
  if (known && S_ISDIR(info.st_mode)) {  // a folder opens for reading; it is refused here, not by read()
    ::close(fd);
    throw InputError({{path.string(), "", "cannot read: it is a directory"}});
  }
  if (known && S_ISREG(info.st_mode) && info.st_size > 0)
    bytes.resize(static_cast<std::size_t>(info.st_size) + 1);
  std::size_t used = 0;
  for (;;) {
    if (used == bytes.size()) bytes.resize(std::max<std::size_t>(4096, bytes.size() * 2));
    const ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      const int why = errno;
      ::close(fd);
      throw fail(why);
    }
    if (got == 0) break;
    used += static_cast<std::size_t>(got);
  }
  ::close(fd);
  bytes.resize(used);
  return bytes;
}

nlohmann::json parse_json(const std::string& text, const std::string& file) {
  // The selective parse keeping everything: one SAX handler builds the document and finds members
  // given twice as it goes, with no callback or set of keys per object.
  static const detail::JsonPaths everything{""};
  return detail::parse_json_selected(text, file, everything);
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
