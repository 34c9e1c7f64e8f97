#include "compare_radar.h"

#include <array>

namespace spectrum::studio {

namespace {

constexpr double kKeyRow = 20;  // height of a row of the key, in scene units
constexpr double kSwatch = 22;  // length of a key's line
constexpr double kKeyMargin = 16;

}  // namespace

std::string overlay_colour(std::size_t index, const reports::ChartStyle& style) {
  // Clear of the chart style's target (red) and uncertain (amber) marks.
  static const std::array<const char*, 6> kOthers = {"#2a9d8f", "#7b2cbf", "#c05299",
                                                     "#5c946e", "#8d5524", "#52606d"};
  if (index == 0) return style.score;
  return kOthers[(index - 1) % kOthers.size()];
}

Profile on_axes(const Profile& profile, const std::vector<CompareColumn>& columns) {
  Profile out = profile;
  out.domains.clear();
  for (const CompareColumn& column : columns) {
    if (column.id == kOverallColumn) continue;
    const DomainProfile* found = profile.find(column.id);
    DomainProfile domain;
    if (found != nullptr) {
      domain = *found;
    } else {
      domain.domain = column.id;
      domain.title = column.title;
      domain.status = DomainProfile::Status::error;
      domain.error = "not in this profile";
    }
    domain.target.reset();
    domain.gap_to_target.reset();
    out.domains.push_back(std::move(domain));
  }
  return out;
}

reports::Scene overlay_radar(const std::vector<Profile>& profiles, const std::vector<std::string>& names,
                             const std::vector<CompareColumn>& columns, const reports::ChartLabels& labels,
                             const reports::ChartStyle& style) {
  if (profiles.empty()) return {};
  std::vector<reports::RadarChart> charts;
  for (const Profile& p : profiles) charts.push_back(reports::build_radar(on_axes(p, columns), labels));
  reports::Scene scene = reports::to_scene(charts.front(), style);

  // The other profiles' polygons, over the first profile's radar.
  for (std::size_t i = 1; i < charts.size(); ++i) {
    reports::Shape polygon;
    polygon.kind = reports::Shape::Kind::polygon;
    polygon.points = charts[i].score_polygon;
    polygon.stroke = overlay_colour(i, style);
    polygon.stroke_width = 2;
    polygon.fill = overlay_colour(i, style);
    polygon.fill_opacity = style.score_fill_opacity / 2;
    scene.shapes.push_back(std::move(polygon));
    for (const reports::Point& vertex : charts[i].score_polygon) {
      reports::Shape dot;
      dot.kind = reports::Shape::Kind::circle;
      dot.at = vertex;
      dot.radius = 3;
      dot.fill = overlay_colour(i, style);
      scene.shapes.push_back(std::move(dot));
    }
  }

  // The key: a line of each profile's colour and its name, below the chart.
  double y = scene.height + kKeyMargin;
  for (std::size_t i = 0; i < profiles.size() && i < names.size(); ++i) {
    reports::Shape swatch;
    swatch.kind = reports::Shape::Kind::line;
    swatch.points = {{kKeyMargin, y - 4}, {kKeyMargin + kSwatch, y - 4}};
    swatch.stroke = overlay_colour(i, style);
    swatch.stroke_width = 3;
    scene.shapes.push_back(std::move(swatch));
    reports::Shape text;
    text.kind = reports::Shape::Kind::text;
    text.at = {kKeyMargin + kSwatch + 8, y};
    text.text = names[i] + (i == 0 ? " (scores at the axes)" : "");
    text.font_size = style.label_size;
    text.stroke = "";
    text.fill = style.text;
    scene.shapes.push_back(std::move(text));
    y += kKeyRow;
  }
  scene.height = y;
  return scene;
}

}  // namespace spectrum::studio
