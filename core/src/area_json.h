// Private: the "area" object shared by assessments and profiles.
#ifndef SPECTRUM_AREA_JSON_H
#define SPECTRUM_AREA_JSON_H

#include "json_checker.h"

#include <spectrum/model.h>

namespace spectrum::detail {

// Reads {name (required), code, kind, footprint}; problems go to checker.
model::Area read_area(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer);
// Writes name, and the other members when they are not empty.
nlohmann::json area_to_json(const model::Area& area);

}  // namespace spectrum::detail

#endif  // SPECTRUM_AREA_JSON_H
