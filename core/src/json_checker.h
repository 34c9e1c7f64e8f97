// Private helpers for the loaders: collect every problem in a document as a Diagnostic while reading
// it, so that one run reports all of a file's errors, each with its JSON pointer.
#ifndef SPECTRUM_JSON_CHECKER_H
#define SPECTRUM_JSON_CHECKER_H

#include <spectrum/diagnostics.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum::detail {

// A member name or index as a JSON pointer token ("~" becomes "~0", "/" becomes "~1").
std::string pointer_token(std::string_view name);
// pointer + "/" + escaped token.
std::string child_pointer(const std::string& pointer, std::string_view name);
std::string child_pointer(const std::string& pointer, std::size_t index);
// A value as a message shows it: `a number 3`, `a string "NHS"`, `an object`, `null`.
std::string describe(const nlohmann::json& value);
// "nhs, local_government, housing" (quote = false) or "\"a\", \"b\"" (quote = true).
std::string join_names(const std::vector<std::string>& names, bool quote = false);
// A number as messages and option names show it: 3, 2.5, 0.125.
std::string format_number(double value);
// A number as JSON, written as an integer when it is whole (3, not 3.0).
nlohmann::json number_json(double value);
// Whether name matches [a-z][a-z0-9_]* (questionnaire, domain and section ids).
bool is_identifier(std::string_view name);
// Extension members are named "x-...".
inline bool is_extension(std::string_view name) {
  return name.starts_with("x-");
}

// Collects the diagnostics of one file.
class JsonChecker {
 public:
  explicit JsonChecker(std::string file) : file_(std::move(file)) {}

  void error(const std::string& pointer, std::string message);
  const std::string& file() const { return file_; }
  bool ok() const { return diagnostics_.empty(); }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  // Throws InputError with every diagnostic when there is any.
  void throw_if_errors() const;
  // Checks that document["format"] is the expected format; throws at once if not (a file of another
  // kind would otherwise produce a screenful of irrelevant errors).
  void require_format(const nlohmann::json& document, std::string_view expected) const;

  // Type checks that report "expected <what>, found <describe(value)>" and return whether it passed.
  bool expect_string(const nlohmann::json& value, const std::string& pointer,
                     std::string_view what = "a string");
  bool expect_number(const nlohmann::json& value, const std::string& pointer,
                     std::string_view what = "a number");
  bool expect_boolean(const nlohmann::json& value, const std::string& pointer);
  bool expect_object(const nlohmann::json& value, const std::string& pointer,
                     std::string_view what = "an object");
  bool expect_array(const nlohmann::json& value, const std::string& pointer,
                    std::string_view what = "an array");
  bool expect_integer(const nlohmann::json& value, const std::string& pointer);

 private:
  bool expect(bool passed, const nlohmann::json& value, const std::string& pointer, std::string_view what);

  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

// Reads the members of one JSON object. Every member asked for is "known"; finish() reports the
// members that were never asked for (unless they are x- extensions) and returns the extensions.
// A missing required member is reported at the object's pointer.
class ObjectReader {
 public:
  // Reports an error (and reads nothing) when value is not an object.
  ObjectReader(JsonChecker& checker, const nlohmann::json& value, std::string pointer,
               std::string_view what = "an object");

  bool valid() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string child(std::string_view name) const { return child_pointer(pointer_, name); }
  JsonChecker& checker() { return checker_; }

  std::optional<std::string> string(std::string_view name, bool required);
  // A required string that must not be empty.
  std::optional<std::string> text(std::string_view name);
  // A string of the form [a-z][a-z0-9_]*.
  std::optional<std::string> identifier(std::string_view name, bool required);
  // A string that must be one of allowed: `"NHS" is not one of nhs, local_government, ...`.
  std::optional<std::string> one_of(std::string_view name, bool required,
                                    const std::vector<std::string>& allowed);
  std::optional<double> number(std::string_view name, bool required);
  std::optional<int> integer(std::string_view name, bool required);
  std::optional<bool> boolean(std::string_view name, bool required);
  // The member if present (and of that kind), nullptr otherwise.
  const nlohmann::json* object(std::string_view name, bool required);
  const nlohmann::json* array(std::string_view name, bool required);
  const nlohmann::json* any(std::string_view name, bool required);

  // Reports unknown members and returns the x- extensions (an object).
  nlohmann::json finish();

 private:
  const nlohmann::json* member(std::string_view name, bool required);

  JsonChecker& checker_;
  const nlohmann::json* object_ = nullptr;
  std::string pointer_;
  std::set<std::string, std::less<>> known_;
};

}  // namespace spectrum::detail

#endif  // SPECTRUM_JSON_CHECKER_H
