// Enumerations shared by the plugin SDK and the host.
#ifndef SPECTRUM_TYPES_H
#define SPECTRUM_TYPES_H

#include <string_view>

namespace spectrum {

// Mirrors spectrum_item_type in spectrum/abi.h.
enum class ItemType { scale, choice, multi, number, boolean, text };
// Mirrors spectrum_sector in spectrum/abi.h.
enum class Sector { nhs, local_government, housing, voluntary, other };

constexpr int kSectorCount = 5;

// The one table of sectors: the name written in files and the label people read.
struct SectorNames {
  const char* name;   // as written in assessment files: "nhs", "local_government", ...
  const char* label;  // as a report or a form shows it: "NHS", "Local government", ...
};
inline constexpr SectorNames kSectorTable[kSectorCount] = {{"nhs", "NHS"},
                                                           {"local_government", "Local government"},
                                                           {"housing", "Housing"},
                                                           {"voluntary", "Voluntary sector"},
                                                           {"other", "Other"}};

// The sector's name as written in assessment files ("nhs", "local_government", ...).
inline std::string_view sector_name(Sector s) {
  return kSectorTable[static_cast<int>(s)].name;
}
// The sector as people read it ("NHS", "Local government", ...).
inline const char* sector_label(Sector s) {
  return kSectorTable[static_cast<int>(s)].label;
}

// The level names of the integration spectrum, 0..5.
inline std::string_view level_name(int level) {
  constexpr std::string_view names[] = {"Separate",
                                        "Consultation",
                                        "Alignment",
                                        "Joint decision-making",
                                        "Devolved decision-making",
                                        "Integrated provision"};
  return level >= 0 && level <= 5 ? names[level] : "Uncertain";
}

}  // namespace spectrum

#endif  // SPECTRUM_TYPES_H
