// Charts to scenes: which shapes, in which colours, in which order (see chart_model.h).
#include <spectrum/reports/chart_model.h>

#include <cmath>

namespace spectrum::reports {
namespace {

constexpr double kScoreDot = 4.5;     // radar vertex
constexpr double kScoreMarker = 7.5;  // bar marker
constexpr double kRespondentDot = 3.2;
constexpr double kTargetSize = 6;
constexpr double kLegendGap = 22;    // between legend entries
constexpr double kCharWidth = 0.58;  // estimated advance of a character, in font sizes

class SceneBuilder {
 public:
  SceneBuilder(Scene& scene, const ChartStyle& style) : scene_(scene), style_(style) {}

  Shape& add(Shape::Kind kind) {
    scene_.shapes.push_back({});
    scene_.shapes.back().kind = kind;
    return scene_.shapes.back();
  }
  void line(Point a, Point b, const std::string& colour, double width, bool dashed = false) {
    Shape& s = add(Shape::Kind::line);
    s.points = {a, b};
    s.stroke = colour;
    s.stroke_width = width;
    s.dashed = dashed;
  }
  Shape& circle(Point centre, double radius, const std::string& fill, const std::string& stroke,
                double width) {
    Shape& s = add(Shape::Kind::circle);
    s.at = centre;
    s.radius = radius;
    s.fill = fill;
    s.stroke = stroke;
    s.stroke_width = width;
    return s;
  }
  Shape& polygon(std::vector<Point> points, const std::string& fill, const std::string& stroke,
                 double width) {
    Shape& s = add(Shape::Kind::polygon);
    s.points = std::move(points);
    s.fill = fill;
    s.stroke = stroke;
    s.stroke_width = width;
    return s;
  }
  Shape& rect(Point top_left, double width, double height, const std::string& fill) {
    Shape& s = add(Shape::Kind::rect);
    s.at = top_left;
    s.width = width;
    s.height = height;
    s.fill = fill;
    return s;
  }
  void text(const TextLine& line, bool bold = false) {
    Shape& s = add(Shape::Kind::text);
    s.text = line.text;
    s.at = line.at;
    s.align = line.align;
    s.font_size = line.small ? style_.small_size : style_.label_size;
    s.fill = line.small ? style_.muted : style_.text;
    s.bold = bold;
  }
  void texts(const std::vector<TextLine>& lines, bool bold_first = false) {
    for (std::size_t i = 0; i < lines.size(); ++i) text(lines[i], bold_first && !lines[i].small);
  }

  // Marks shared by the bars and their legend.
  void score_marker(Point at, bool uncertain) {
    if (uncertain)
      circle(at, kScoreMarker, "#ffffff", style_.uncertain, 3);
    else
      circle(at, kScoreMarker, style_.score, "#ffffff", 1.5);
  }
  void target_marker(double x, double top, double bottom) {
    line({x, top - 3}, {x, bottom + 3}, style_.target, 2.5);
    polygon(
        {{x - kTargetSize, top - 3 - kTargetSize}, {x + kTargetSize, top - 3 - kTargetSize}, {x, top - 3}},
        style_.target, "", 0);
  }
  void range_marker(double x0, double x1, double y, double half_height) {
    line({x0, y}, {x1, y}, style_.spread, 2);
    line({x0, y - half_height}, {x0, y + half_height}, style_.spread, 2);
    line({x1, y - half_height}, {x1, y + half_height}, style_.spread, 2);
  }
  void iqr_marker(double x0, double x1, double y, double half_height) {
    Shape& s = rect({x0, y - half_height}, x1 - x0, 2 * half_height, style_.iqr);
    s.fill_opacity = 0.75;
    s.stroke = style_.spread;
    s.stroke_width = 1;
  }
  void respondent_marker(Point at) { circle(at, kRespondentDot, style_.respondent, style_.spread, 1.2); }

 private:
  Scene& scene_;
  const ChartStyle& style_;
};

Scene empty_scene(double width, double height, const ChartStyle& style) {
  Scene scene;
  scene.width = width;
  scene.height = height;
  scene.font_family = style.font_family;
  return scene;
}

double text_width(const std::string& text, double size) {
  return kCharWidth * size * static_cast<double>(text.size());
}

}  // namespace

Scene to_scene(const RadarChart& chart, const ChartStyle& style) {
  Scene scene = empty_scene(chart.width, chart.height, style);
  SceneBuilder b(scene, style);

  for (int level = 5; level >= 1; --level)
    b.circle(chart.centre, chart.ring_radii[level], level == 5 ? "#ffffff" : "", style.grid,
             level == 5 ? 1.5 : 0.8);
  for (const auto& axis : chart.axes) b.line(chart.centre, axis.end, style.axis, 1);
  for (const auto& label : chart.ring_labels) b.text(label);

  if (!chart.target_polygon.empty()) {
    Shape& t = b.polygon(chart.target_polygon, "", style.target, 2);
    t.dashed = true;
  }
  if (chart.score_polygon.size() >= 2) {
    Shape& p = b.polygon(chart.score_polygon, style.score_fill, style.score, 2.5);
    p.fill_opacity = style.score_fill_opacity;
  }
  for (const auto& axis : chart.axes) {
    if (axis.target) {
      const Point t = *axis.target;
      b.polygon({{t.x, t.y - kTargetSize},
                 {t.x + kTargetSize, t.y},
                 {t.x, t.y + kTargetSize},
                 {t.x - kTargetSize, t.y}},
                style.target, "#ffffff", 1);
    }
    if (axis.score) {
      if (axis.uncertain)
        b.circle(*axis.score, kScoreDot + 1, "#ffffff", style.uncertain, 2.5);
      else
        b.circle(*axis.score, kScoreDot, style.score, "#ffffff", 1);
    }
    b.texts(axis.label, true);
  }

  // Legend: the score polygon and the targets.
  const double y = chart.legend_y;
  double x = chart.centre.x - 140;
  Shape& swatch = b.rect({x, y - 10}, 22, 12, style.score_fill);
  swatch.fill_opacity = style.score_fill_opacity;
  swatch.stroke = style.score;
  swatch.stroke_width = 2;
  const auto& [score, target, uncertain] = chart.legend;
  b.text({score, {x + 30, y}, Align::start, true});
  x += 30 + text_width(score, style.small_size) + kLegendGap;
  b.line({x, y - 4}, {x + 24, y - 4}, style.target, 2, true);
  b.text({target, {x + 32, y}, Align::start, true});
  x += 32 + text_width(target, style.small_size) + kLegendGap;
  b.circle({x + 6, y - 4}, kScoreDot + 1, "#ffffff", style.uncertain, 2.5);
  b.text({uncertain, {x + 18, y}, Align::start, true});
  return scene;
}

Scene to_scene(const SpectrumBar& bar, const ChartStyle& style) {
  Scene scene = empty_scene(bar.width, bar.height, style);
  SceneBuilder b(scene, style);
  b.texts(bar.title, true);
  for (const auto& band : bar.bands)
    b.rect({band.x0, bar.bar_y}, band.x1 - band.x0, bar.bar_height, style.level_colours[band.level]);
  const double bottom = bar.bar_y + bar.bar_height;
  for (double x : bar.ticks) b.line({x, bar.bar_y}, {x, bottom + 5}, style.axis, 1);
  {
    Shape& frame = b.rect({bar.scale_x0, bar.bar_y}, bar.scale_x1 - bar.scale_x0, bar.bar_height, "");
    frame.stroke = style.axis;
    frame.stroke_width = 1;
  }
  for (const auto& label : bar.tick_labels) b.text(label);

  const double mid = bar.bar_y + bar.bar_height / 2;
  if (bar.min_x && bar.max_x) b.range_marker(*bar.min_x, *bar.max_x, mid, bar.bar_height * 0.3);
  if (bar.q1_x && bar.q3_x) b.iqr_marker(*bar.q1_x, *bar.q3_x, mid, bar.bar_height * 0.18);
  for (double x : bar.respondent_x) b.respondent_marker({x, mid});
  if (bar.target_x) b.target_marker(*bar.target_x, bar.bar_y, bottom);
  if (bar.score_x) b.score_marker({*bar.score_x, mid}, bar.uncertain);
  return scene;
}

Scene bar_legend_scene(const ChartLabels& labels, const ChartStyle& style) {
  constexpr double kWidth = 680, kRow = 24, kMargin = 8;
  Scene scene = empty_scene(kWidth, kRow + 8, style);
  SceneBuilder b(scene, style);
  double x = kMargin, mid = 14;
  // One entry: a mark `mark_width` wide drawn by draw(x, mid), then its words; wraps to a new row.
  auto entry = [&](double mark_width, const std::string& text, auto draw) {
    const double width = mark_width + 8 + text_width(text, style.small_size);
    if (x > kMargin && x + width > kWidth - kMargin) {
      x = kMargin;
      mid += kRow;
      scene.height += kRow;
    }
    draw(x, mid);
    b.text({text, {x + mark_width + 8, mid + 4}, Align::start, true});
    x += width + kLegendGap;
  };
  entry(16, labels.score, [&](double at, double y) { b.score_marker({at + 8, y}, false); });
  entry(16, labels.uncertain, [&](double at, double y) { b.score_marker({at + 8, y}, true); });
  entry(12, labels.target, [&](double at, double y) { b.target_marker(at + 6, y - 4, y + 6); });
  entry(30, labels.range, [&](double at, double y) { b.range_marker(at, at + 30, y, 6); });
  entry(24, labels.iqr, [&](double at, double y) { b.iqr_marker(at, at + 24, y, 4); });
  entry(8, labels.respondents, [&](double at, double y) { b.respondent_marker({at + 4, y}); });
  return scene;
}

}  // namespace spectrum::reports
