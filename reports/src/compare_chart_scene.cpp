// The comparison's charts as scenes: shapes, colours and drawing order (see compare_charts.h).
#include <spectrum/reports/compare_charts.h>

#include <string>

namespace spectrum::reports {
namespace {

constexpr double kBoxHalf = 6;
constexpr double kWhiskerHalf = 5;
constexpr double kMarkRadius = 7;
constexpr double kLayerOpacity = 0.10;

class Shapes {
 public:
  Shapes(Scene& scene, const ChartStyle& style) : scene_(scene), style_(style) {}

  Shape& add(Shape::Kind kind, const std::string& fill, const std::string& stroke, double width) {
    Shape& s = scene_.shapes.emplace_back();
    s.kind = kind;
    s.fill = fill;
    s.stroke = stroke;
    s.stroke_width = width;
    return s;
  }
  void line(Point a, Point b, const std::string& colour, double width) {
    add(Shape::Kind::line, "", colour, width).points = {a, b};
  }
  Shape& rect(double x0, double y0, double x1, double y1, const std::string& fill) {
    Shape& s = add(Shape::Kind::rect, fill, "", 0);
    s.at = {x0, y0};
    s.width = x1 - x0;
    s.height = y1 - y0;
    return s;
  }
  Shape& circle(Point at, double radius, const std::string& fill, const std::string& stroke, double width) {
    Shape& s = add(Shape::Kind::circle, fill, stroke, width);
    s.at = at;
    s.radius = radius;
    return s;
  }
  void text(const TextLine& line, bool bold = false, const std::string& colour = "") {
    Shape& s =
        add(Shape::Kind::text, colour.empty() ? (line.small ? style_.muted : style_.text) : colour, "", 0);
    s.text = line.text;
    s.at = line.at;
    s.align = line.align;
    s.font_size = line.small ? style_.small_size : style_.label_size;
    s.bold = bold;
  }
  // The marks of a distribution row, shared with the legend.
  void whiskers(double x0, double x1, double y) {
    line({x0, y}, {x1, y}, style_.spread, 1.5);
    line({x0, y - kWhiskerHalf}, {x0, y + kWhiskerHalf}, style_.spread, 1.5);
    line({x1, y - kWhiskerHalf}, {x1, y + kWhiskerHalf}, style_.spread, 1.5);
  }
  void box(double x0, double x1, double y) {
    Shape& s = rect(x0, y - kBoxHalf, x1, y + kBoxHalf, style_.iqr);
    s.stroke = style_.spread;
    s.stroke_width = 1;
  }
  void median(double x, double y) { line({x, y - kBoxHalf - 2}, {x, y + kBoxHalf + 2}, style_.score, 3); }
  void mark(Point at, const HighlightMark& m) {
    const std::string& colour = kHighlightPalette[m.colour];
    if (m.uncertain)
      circle(at, kMarkRadius, "#ffffff", colour, 2.5);
    else
      circle(at, kMarkRadius, colour, "#ffffff", 1);
    Shape& t = add(Shape::Kind::text, m.uncertain ? colour : "#ffffff", "", 0);
    t.text = std::to_string(m.number) + (m.mixed ? "*" : "");
    t.at = {at.x, at.y + 3.5};
    t.align = Align::middle;
    t.font_size = style_.small_size;
    t.bold = true;
  }

 private:
  Scene& scene_;
  const ChartStyle& style_;
};

}  // namespace

Scene to_scene(const DistributionChart& chart, const ChartStyle& style) {
  Scene scene{chart.width, chart.height, style.font_family, {}};
  Shapes b(scene, style);
  const double last = chart.rows.empty() ? 0 : chart.rows.back().bottom;
  for (int level = 0; level < 5; ++level)
    b.rect(chart.ticks[level], chart.rows.empty() ? 0 : chart.rows.front().top, chart.ticks[level + 1], last,
           style.level_colours[level])
        .fill_opacity = 0.35;
  for (double x : chart.ticks)
    b.line({x, chart.rows.empty() ? 0 : chart.rows.front().top}, {x, last + 5}, style.grid, 1);
  for (const auto& label : chart.tick_labels) b.text(label);

  for (const DistributionRow& row : chart.rows) {
    b.line({chart.scale_x0, row.bottom}, {chart.scale_x1, row.bottom}, style.grid, 1);
    for (std::size_t i = 0; i < row.title.size(); ++i) b.text(row.title[i], !row.title[i].small);
    if (row.empty) continue;
    for (const HistogramBin& bin : row.bins)
      b.rect(bin.x0 + 0.5, row.axis_y - row.histogram_height * bin.height, bin.x1 - 0.5, row.axis_y,
             style.axis)
          .fill_opacity = 0.55;
    const double y = row.axis_y + 10;
    b.whiskers(row.min_x, row.max_x, y);
    b.box(row.q1_x, row.q3_x, y);
    b.median(row.median_x, y);
    for (const HighlightMark& m : row.marks) {
      b.line({m.x, row.axis_y - row.histogram_height}, {m.x, y}, kHighlightPalette[m.colour], 1.5);
      b.mark({m.x, y + kBoxHalf + kMarkRadius + 2}, m);
    }
  }

  // Key: histogram, range, box / median, highlighted area.
  if (chart.legend.size() == 5) {
    const auto& l = chart.legend;
    const double y0 = l[0].at.y - 4, y1 = l[3].at.y - 4;
    b.rect(l[0].at.x - 16, y0 - 8, l[0].at.x - 6, y0 + 4, style.axis).fill_opacity = 0.55;
    b.whiskers(l[1].at.x - 34, l[1].at.x - 6, y0);
    b.box(l[2].at.x - 30, l[2].at.x - 6, y0);
    b.median(l[3].at.x - 8, y1);
    b.mark({l[4].at.x - 12, y1}, {0, 1, 0, false, false});
    for (const auto& line : l) b.text(line);
  }
  return scene;
}

Scene to_scene(const RadarOverlay& overlay, const ChartStyle& style) {
  const RadarChart& frame = overlay.frame;
  Scene scene{frame.width, frame.height, style.font_family, {}};
  Shapes b(scene, style);
  for (int level = 5; level >= 1; --level)
    b.circle(frame.centre, frame.ring_radii[level], level == 5 ? "#ffffff" : "", style.grid,
             level == 5 ? 1.5 : 0.8);
  for (const RadarAxis& axis : frame.axes) b.line(frame.centre, axis.end, style.axis, 1);
  for (const TextLine& label : frame.ring_labels) b.text(label);
  for (const RadarLayer& layer : overlay.layers) {
    const std::string& colour = kHighlightPalette[layer.colour];
    Shape& p =
        b.add(layer.polygon.size() >= 3 ? Shape::Kind::polygon : Shape::Kind::polyline, colour, colour, 2.5);
    p.points = layer.polygon;
    p.fill_opacity = kLayerOpacity;
    for (const Point& vertex : layer.polygon) b.circle(vertex, 3.5, colour, "#ffffff", 1);
  }
  for (const RadarAxis& axis : frame.axes)
    for (std::size_t i = 0; i < axis.label.size(); ++i) b.text(axis.label[i], true);
  double y = overlay.legend_top;
  for (const RadarLayer& layer : overlay.layers) {
    b.rect(frame.centre.x - 150, y - 10, frame.centre.x - 128, y + 2, kHighlightPalette[layer.colour]);
    b.text({layer.label, {frame.centre.x - 120, y}, Align::start, false});
    y += 18;
  }
  return scene;
}

}  // namespace spectrum::reports
