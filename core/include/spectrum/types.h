// Enumerations shared by the plugin SDK and the host.
#ifndef SPECTRUM_TYPES_H
#define SPECTRUM_TYPES_H

#include <string_view>

namespace spectrum {

// Mirrors spectrum_item_type in spectrum/abi.h.
enum class ItemType { scale, choice, multi, number, boolean, text };
// Mirrors spectrum_sector in spectrum/abi.h.
enum class Sector { nhs, local_government, housing, voluntary, other };

// The sector's name as written in assessment files ("nhs", "local_government", ...).
inline std::string_view sector_name(Sector s) {
  constexpr std::string_view names[] = {"nhs", "local_government", "housing", "voluntary", "other"};
  return names[static_cast<int>(s)];
}

// The level names of the integration spectrum, 0..5.
inline std::string_view level_name(int level) {
  constexpr std::string_view names[] = {"Separate",  "Consultation", "Alignment", "Joint decision-making",
                                        "Devolved decision-making", "Integrated provision"};
  return level >= 0 && level <= 5 ? names[level] : "Uncertain";
}

}  // namespace spectrum

#endif  // SPECTRUM_TYPES_H
