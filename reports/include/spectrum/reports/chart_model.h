// The charts of a report, computed once in abstract coordinates (a box of width x height units, y
// growing downwards) and drawn by two backends: the SVG writer (HTML reports) and the QPainter
// backend (PDF reports, the desktop app). Geometry lives here and nowhere else.
//
// Two charts:
//  - the radar: one axis per domain, clockwise from twelve o'clock; rings for levels 0..5; the
//    polygon of the domains' scores and, where the assessment set them, the targets;
//  - the spectrum bar of one domain: the scale 0..5 in level bands, the score, the spread of the
//    respondents' scores (range, interquartile range, each respondent) and the target.
// A chart becomes a Scene (a flat list of shapes with their colours) through to_scene(); backends draw
// scenes and know nothing about domains.
#ifndef SPECTRUM_REPORTS_CHART_MODEL_H
#define SPECTRUM_REPORTS_CHART_MODEL_H

#include <spectrum/profile.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace spectrum::reports {

struct Point {
  double x = 0, y = 0;
};

enum class Align { start, middle, end };

// One line of text: `at` is the baseline point, aligned by `align`.
struct TextLine {
  std::string text;
  Point at;
  Align align = Align::start;
  bool small = false;  // the chart's small size, muted colour
};

// Words the charts print (from the report templates).
struct ChartLabels {
  std::array<std::string, 6> level_names;
  std::string level = "level";
  std::string uncertain = "uncertain";
  std::string not_scored = "not scored";
  std::string score = "score";
  std::string target = "target";
  std::string range = "range of respondents";
  std::string iqr = "middle half of respondents";
  std::string respondents = "respondents";
};

// Colours (CSS colour strings) and type sizes (abstract units) of the charts.
struct ChartStyle {
  std::string font_family = "DejaVu Sans, sans-serif";
  double label_size = 13;
  double small_size = 10;
  std::array<std::string, 6> level_colours;
  std::string grid, axis, text, muted, score, score_fill, target, spread, iqr, respondent, uncertain;
  double score_fill_opacity = 0.22;
};

constexpr double kMaxLevel = 5.0;

struct RadarAxis {
  std::string domain;
  double angle = 0;             // radians, clockwise from twelve o'clock
  Point end;                    // where the axis meets the level-5 ring
  std::optional<Point> score;   // none when the domain was not scored
  std::optional<Point> target;  // none without a target
  bool uncertain = false;
  std::vector<TextLine> label;  // title (wrapped) and a small line with the score
};

struct RadarChart {
  double width = 640, height = 520;  // the height fits the labels
  Point centre;
  double radius = 0;                   // of level 5
  std::array<double, 6> ring_radii{};  // level 0..5 (level 0 is the centre)
  std::vector<TextLine> ring_labels;   // "1".."5" beside the first axis
  std::vector<RadarAxis> axes;         // in profile order
  std::vector<Point> score_polygon;    // one vertex per axis; unscored domains sit at the centre
  std::vector<Point> target_polygon;   // one vertex per axis, only when every domain has a target
  double legend_y = 0;                 // baseline of the legend row
  std::array<std::string, 3> legend;   // words for the score, the target and the uncertain mark
};

// The radar of a profile's domains. Throws nothing; an empty profile gives a chart with no axes.
RadarChart build_radar(const Profile& profile, const ChartLabels& labels);

struct LevelBand {
  int level = 0;
  double x0 = 0, x1 = 0;  // the band [level, level + 1) on the scale
};

struct SpectrumBar {
  double width = 680, height = 92;
  std::string domain;
  std::vector<TextLine> title;        // the domain's title and its position, above the bar
  double scale_x0 = 0, scale_x1 = 0;  // x of score 0 and score 5
  double bar_y = 0, bar_height = 0;   // the bar's top and height
  std::vector<LevelBand> bands;       // levels 0..4; level 5 is the scale's end
  std::vector<double> ticks;          // x of levels 0..5
  std::vector<TextLine> tick_labels;  // "3 Joint", "decision-making" below each tick
  std::optional<double> score_x;      // none when the domain was not scored
  bool uncertain = false;
  std::optional<double> min_x, max_x;  // spread of respondents' scores
  std::optional<double> q1_x, q3_x;    // interquartile range
  std::vector<double> respondent_x;    // each respondent's score
  std::optional<double> target_x;
};

// x of a score on a bar's scale (scores clamped to 0..5).
double scale_x(const SpectrumBar& bar, double score);

// The spectrum bar of one domain.
SpectrumBar build_spectrum_bar(const DomainProfile& domain, const ChartLabels& labels);

// What a backend draws.
struct Shape {
  enum class Kind { line, polyline, polygon, circle, rect, text };
  Kind kind = Kind::line;
  std::vector<Point> points;     // line (2), polyline, polygon
  Point at;                      // circle centre, rect top-left, text baseline anchor
  double radius = 0;             // circle
  double width = 0, height = 0;  // rect
  std::string fill;              // "" for none
  double fill_opacity = 1;
  std::string stroke;  // "" for none
  double stroke_width = 1;
  bool dashed = false;
  std::string text;
  double font_size = 0;
  bool bold = false;
  Align align = Align::start;
};

struct Scene {
  double width = 0, height = 0;
  std::string font_family;
  std::vector<Shape> shapes;  // in drawing order
};

Scene to_scene(const RadarChart& chart, const ChartStyle& style);
Scene to_scene(const SpectrumBar& bar, const ChartStyle& style);
// The key to the spectrum bars' marks (score, target, range, interquartile range, respondents).
Scene bar_legend_scene(const ChartLabels& labels, const ChartStyle& style);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_CHART_MODEL_H
