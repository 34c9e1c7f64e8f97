// The comparison's charts, added to the chart model (chart_model.h): same abstract coordinates, same
// Scene, drawn by the same backends.
//
//  - the distribution of one period's scores, one row per column (domains, then the overall
//    position): a histogram of the areas' scores in bins of 0.2, the range (whiskers), the middle half
//    (box from q1 to q3), the median, and a numbered mark for each highlighted area. Its size does not
//    grow with the number of areas;
//  - the overlaid radar of the highlighted areas: the radar geometry of build_radar(), one polygon per
//    area in its own colour (at most kHighlightColours areas).
#ifndef SPECTRUM_REPORTS_COMPARE_CHARTS_H
#define SPECTRUM_REPORTS_COMPARE_CHARTS_H

#include <spectrum/compare.h>
#include <spectrum/reports/chart_model.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace spectrum::reports {

// Colours of highlighted areas, in the order the areas are first highlighted.
constexpr std::size_t kHighlightColours = 8;
extern const std::array<std::string, kHighlightColours> kHighlightPalette;

// The highlighted areas' trend keys in order of first appearance; an area's colour is its position
// here modulo kHighlightColours, and its mark's number is its position + 1.
std::vector<std::string> highlight_keys(const Comparison& comparison);

struct HistogramBin {
  double x0 = 0, x1 = 0;
  double height = 0;  // share of the row's histogram height, 0..1 (the fullest bin is 1)
  int count = 0;
};

struct HighlightMark {
  double x = 0;
  int number = 0;          // 1-based, as in the legend
  std::size_t colour = 0;  // index into kHighlightPalette
  bool uncertain = false;
  bool mixed = false;
};

struct DistributionRow {
  std::string column;
  std::vector<TextLine> title;  // the column's title and a small line "n 13 · median 2.75"
  double top = 0, bottom = 0;   // the row's band
  double axis_y = 0;            // baseline of the histogram, centre of the box
  double histogram_height = 0;
  bool empty = true;  // no area scored in this column
  double min_x = 0, q1_x = 0, median_x = 0, q3_x = 0, max_x = 0;
  std::vector<HistogramBin> bins;
  std::vector<HighlightMark> marks;
};

struct DistributionChart {
  double width = 0, height = 0;
  double scale_x0 = 0, scale_x1 = 0;  // x of score 0 and score 5
  std::vector<double> ticks;          // x of levels 0..5
  std::vector<TextLine> tick_labels;  // "0".."5" under the last row
  std::vector<DistributionRow> rows;
  std::vector<TextLine> legend;  // words of the key, drawn beside their marks by to_scene
};

// The distribution of the cohort's scores in every column of the comparison.
DistributionChart build_distribution(const Comparison& comparison, const Cohort& cohort,
                                     const ChartLabels& labels);

struct RadarLayer {
  std::string label;           // ComparedArea::label(), "(mixed)" appended when mixed
  std::vector<Point> polygon;  // one vertex per axis; an unscored domain sits at the centre
  std::size_t colour = 0;      // index into kHighlightPalette
};

struct RadarOverlay {
  RadarChart frame;  // rings, axes and the domains' titles (no scores)
  std::vector<RadarLayer> layers;
  double legend_top = 0;  // first legend row; one row per layer
};

// The radars of these areas (indexes into comparison.areas, the first kHighlightColours used) laid
// over each other on the comparison's domains.
RadarOverlay build_radar_overlay(const Comparison& comparison, const std::vector<std::size_t>& areas,
                                 const ChartLabels& labels);

Scene to_scene(const DistributionChart& chart, const ChartStyle& style);
Scene to_scene(const RadarOverlay& overlay, const ChartStyle& style);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_COMPARE_CHARTS_H
