// The area an assessment or a profile is about.
#include "area_json.h"

namespace spectrum::detail {

model::Area read_area(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer) {
  model::Area area;
  ObjectReader reader(checker, value, pointer, "an area object");
  area.name = reader.text("name").value_or("");
  area.code = reader.string("code", false).value_or("");
  area.kind = reader.string("kind", false).value_or("");
  area.footprint = reader.string("footprint", false).value_or("");
  reader.finish();
  return area;
}

nlohmann::json area_to_json(const model::Area& area) {
  nlohmann::json json = {{"name", area.name}};
  if (!area.code.empty()) json["code"] = area.code;
  if (!area.kind.empty()) json["kind"] = area.kind;
  if (!area.footprint.empty()) json["footprint"] = area.footprint;
  return json;
}

}  // namespace spectrum::detail
