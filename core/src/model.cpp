// Names of the model's enumerations, semantic versions, and item look-up.
#include <spectrum/model.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace spectrum {
namespace {

constexpr std::array<const char*, 6> kItemTypeNames = {"scale",  "choice",  "multi",
                                                       "number", "boolean", "text"};

// Parses a decimal number without sign or leading zeros (semantic versioning forbids "01").
std::optional<int> parse_version_part(std::string_view text) {
  if (text.empty() || (text.size() > 1 && text.front() == '0')) return std::nullopt;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

const std::vector<std::string> kSectorNames = [] {
  std::vector<std::string> names;
  for (const SectorNames& s : kSectorTable) names.emplace_back(s.name);
  return names;
}();

const char* item_type_name(ItemType type) {
  return kItemTypeNames.at(static_cast<std::size_t>(type));
}

std::optional<ItemType> parse_item_type(std::string_view name) {
  for (std::size_t i = 0; i < kItemTypeNames.size(); ++i) {
    if (name == kItemTypeNames[i]) return static_cast<ItemType>(i);
  }
  return std::nullopt;
}

std::optional<Sector> parse_sector(std::string_view name) {
  for (std::size_t i = 0; i < kSectorNames.size(); ++i) {
    if (name == kSectorNames[i]) return static_cast<Sector>(i);
  }
  return std::nullopt;
}

namespace model {

std::optional<Version> Version::parse(std::string_view text) {
  std::array<int, 3> parts{};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::size_t dot = i + 1 < parts.size() ? text.find('.') : std::string_view::npos;
    if (i + 1 < parts.size() && dot == std::string_view::npos) return std::nullopt;
    auto part = parse_version_part(text.substr(0, dot));
    if (!part) return std::nullopt;
    parts[i] = *part;
    text = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  }
  return Version{parts[0], parts[1], parts[2]};
}

std::string Version::str() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

std::optional<std::size_t> Questionnaire::find(std::string_view item_id) const {
  // Ids of one questionnaire share a prefix and a length ("DG01" .. "DG14"): the last character tells
  // most apart before the whole id is compared. This runs for every answer of every file a folder run reads.
  if (item_id.empty()) return std::nullopt;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id;
    if (id.size() == item_id.size() && id.back() == item_id.back() && id == item_id) return i;
  }
  return std::nullopt;
}

}  // namespace model
}  // namespace spectrum
