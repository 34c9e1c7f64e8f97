// The loaders' diagnostic collector and object reader.
#include "json_checker.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>

namespace spectrum::detail {
namespace {

constexpr std::size_t kShownStringLength = 60;

// Levenshtein distance, for "did you mean" suggestions on misspelt member names.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string quote_string(std::string_view text) {
  std::string shown(text);
  if (shown.size() > kShownStringLength) {
    std::size_t cut = kShownStringLength;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    shown = shown.substr(0, cut) + "...";
  }
  return nlohmann::json(shown).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string pointer_token(std::string_view name) {
  std::string token;
  for (char c : name) {
    if (c == '~')
      token += "~0";
    else if (c == '/')
      token += "~1";
    else
      token += c;
  }
  return token;
}

std::string child_pointer(const std::string& pointer, std::string_view name) {
  return pointer + "/" + pointer_token(name);
}

std::string child_pointer(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

std::string describe(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::boolean:
      return std::string("a boolean ") + (value.get<bool>() ? "true" : "false");
    case nlohmann::json::value_t::string:
      return "a string " + quote_string(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::array:
      return value.empty() ? "an empty array" : "an array";
    case nlohmann::json::value_t::object:
      return value.empty() ? "an empty object" : "an object";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return "a number " + value.dump();
    default:
      return "a binary value";
  }
}

std::string join_names(const std::vector<std::string>& names, bool quote) {
  std::string text;
  for (const std::string& name : names) {
    if (!text.empty()) text += ", ";
    text += quote ? quote_string(name) : name;
  }
  return text;
}

std::string format_number(double value) {
  std::ostringstream out;
  out.precision(15);
  out << value;
  return out.str();
}

nlohmann::json number_json(double value) {
  constexpr double kLargestExact = 9007199254740992.0;  // 2^53
  if (value == std::floor(value) && std::fabs(value) < kLargestExact) return static_cast<std::int64_t>(value);
  return value;
}

bool is_identifier(std::string_view name) {
  if (name.empty() || name.front() < 'a' || name.front() > 'z') return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void JsonChecker::error(const std::string& pointer, std::string message) {
  diagnostics_.push_back({file_, pointer, std::move(message)});
}

void JsonChecker::throw_if_errors() const {
  if (!diagnostics_.empty()) throw InputError(diagnostics_);
}

void JsonChecker::require_format(const nlohmann::json& document, std::string_view expected) const {
  std::string wanted = "expected format " + quote_string(expected);
  if (!document.is_object()) {
    throw InputError({{file_, "", wanted + " (a JSON object), found " + describe(document)}});
  }
  auto format = document.find("format");
  if (format == document.end()) throw InputError({{file_, "", wanted + ", found no \"format\" member"}});
  if (!format->is_string()) throw InputError({{file_, "/format", wanted + ", found " + describe(*format)}});
  const std::string& found = format->get_ref<const std::string&>();
  if (found != expected) {
    std::string kind(expected.substr(0, expected.find('/') + 1));  // "spectrum.assessment/"
    std::string hint =
        found.starts_with(kind) ? " (another version of this format, which this Spectrum cannot read)" : "";
    throw InputError({{file_, "/format", wanted + ", found " + quote_string(found) + hint}});
  }
}

bool JsonChecker::expect(bool passed, const nlohmann::json& value, const std::string& pointer,
                         std::string_view what) {
  if (!passed) error(pointer, "expected " + std::string(what) + ", found " + describe(value));
  return passed;
}

bool JsonChecker::expect_string(const nlohmann::json& value, const std::string& pointer,
                                std::string_view what) {
  return expect(value.is_string(), value, pointer, what);
}

bool JsonChecker::expect_number(const nlohmann::json& value, const std::string& pointer,
                                std::string_view what) {
  return expect(value.is_number(), value, pointer, what);
}

bool JsonChecker::expect_boolean(const nlohmann::json& value, const std::string& pointer) {
  return expect(value.is_boolean(), value, pointer, "true or false");
}

bool JsonChecker::expect_object(const nlohmann::json& value, const std::string& pointer,
                                std::string_view what) {
  return expect(value.is_object(), value, pointer, what);
}

bool JsonChecker::expect_array(const nlohmann::json& value, const std::string& pointer,
                               std::string_view what) {
  return expect(value.is_array(), value, pointer, what);
}

bool JsonChecker::expect_integer(const nlohmann::json& value, const std::string& pointer) {
  // Whole and within int: 3 and 3.0 pass, 2.5 and 1e12 do not.
  bool whole = value.is_number() && std::trunc(value.get<double>()) == value.get<double>() &&
               std::fabs(value.get<double>()) <= std::numeric_limits<int>::max();
  return expect(whole, value, pointer, "a whole number");
}

ObjectReader::ObjectReader(JsonChecker& checker, const nlohmann::json& value, std::string pointer,
                           std::string_view what)
    : checker_(checker), pointer_(std::move(pointer)) {
  if (checker_.expect_object(value, pointer_, what)) object_ = &value;
}

const nlohmann::json* ObjectReader::member(std::string_view name, bool required) {
  known_.emplace(name);
  if (!object_) return nullptr;
  auto it = object_->find(name);
  if (it == object_->end()) {
    if (required) checker_.error(pointer_, "missing required member " + quote_string(name));
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::string(std::string_view name, bool required) {
  const nlohmann::json* value = member(name, required);
  if (!value || !checker_.expect_string(*value, child(name))) return std::nullopt;
  return value->get<std::string>();
}

std::optional<std::string> ObjectReader::text(std::string_view name) {
  auto value = string(name, true);
  if (value && value->empty()) {
    checker_.error(child(name), "expected a non-empty string, found an empty string");
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> ObjectReader::identifier(std::string_view name, bool required) {
  auto text = string(name, required);
  if (text && !is_identifier(*text)) {
    checker_.error(child(name),
                   "expected an id of lower-case letters, digits and underscores, starting with a "
                   "letter, found " +
                       quote_string(*text));
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> ObjectReader::one_of(std::string_view name, bool required,
                                                const std::vector<std::string>& allowed) {
  auto text = string(name, required);
  if (text && std::find(allowed.begin(), allowed.end(), *text) == allowed.end()) {
    checker_.error(child(name), quote_string(*text) + " is not one of " + join_names(allowed));
    return std::nullopt;
  }
  return text;
}

std::optional<double> ObjectReader::number(std::string_view name, bool required) {
  const nlohmann::json* value = member(name, required);
  if (!value || !checker_.expect_number(*value, child(name))) return std::nullopt;
  return value->get<double>();
}

std::optional<int> ObjectReader::integer(std::string_view name, bool required) {
  const nlohmann::json* value = member(name, required);
  if (!value || !checker_.expect_integer(*value, child(name))) return std::nullopt;
  return static_cast<int>(value->get<double>());
}

std::optional<bool> ObjectReader::boolean(std::string_view name, bool required) {
  const nlohmann::json* value = member(name, required);
  if (!value || !checker_.expect_boolean(*value, child(name))) return std::nullopt;
  return value->get<bool>();
}

const nlohmann::json* ObjectReader::object(std::string_view name, bool required) {
  const nlohmann::json* value = member(name, required);
  return value && checker_.expect_object(*value, child(name)) ? value : nullptr;
}

const nlohmann::json* ObjectReader::array(std::string_view name, bool required) {
  const nlohmann::json* value = member(name, required);
  return value && checker_.expect_array(*value, child(name)) ? value : nullptr;
}

const nlohmann::json* ObjectReader::any(std::string_view name, bool required) {
  return member(name, required);
}

nlohmann::json ObjectReader::finish() {
  nlohmann::json extensions = nlohmann::json::object();
  if (!object_) return extensions;
  for (const auto& [name, value] : object_->items()) {
    if (known_.contains(name)) continue;
    if (is_extension(name)) {
      extensions[name] = value;
      continue;
    }
    std::string message = "unknown member " + quote_string(name);
    const std::string* closest = nullptr;
    std::size_t best = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const std::string& candidate : known_) {
      std::size_t distance = edit_distance(name, candidate);
      if (distance < best) {
        best = distance;
        closest = &candidate;
      }
    }
    if (closest) message += "; did you mean " + quote_string(*closest) + "?";
    checker_.error(child(name), message + " (extensions must start with \"x-\")");
  }
  return extensions;
}

}  // namespace spectrum::detail
