// Geometry of the radar and the spectrum bar (see chart_model.h).
#include <spectrum/agreement.h>
#include <spectrum/reports/chart_model.h>

#include "text_format.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace spectrum::reports {
namespace {

// Radar layout, in chart units.
constexpr double kRadarWidth = 640;
constexpr double kRadarRadius = 175;
constexpr double kRadarCentreY = 255;
constexpr double kLabelGap = 16;  // between the level-5 ring and a label
constexpr double kLabelLineHeight = 15;
constexpr std::size_t kLabelWrap = 18;   // characters per label line
constexpr double kEdgeTolerance = 0.12;  // |sin| or |cos| below this counts as on the axis
constexpr double kTopMargin = 8, kLegendGap = 36, kBottomMargin = 10;

// Spectrum bar layout.
constexpr double kBarWidth = 680, kBarHeight = 96;
constexpr double kScaleX0 = 56, kScaleX1 = 624;
constexpr double kTitleY = 17;
constexpr double kBarTop = 30, kBarThickness = 24;
constexpr double kTickLabelY = kBarTop + kBarThickness + 18;
constexpr double kTickLineHeight = 12;
constexpr std::size_t kTickWrap = 14;

double clamp_score(double score) {
  return std::clamp(score, 0.0, kMaxLevel);
}

Point on_axis(Point centre, double angle, double distance) {
  return {centre.x + distance * std::sin(angle), centre.y - distance * std::cos(angle)};
}

// The small line under a domain's title: "3.12 · level 3", "2.40 · uncertain", "not scored".
std::string position_line(const DomainProfile& domain, const ChartLabels& labels) {
  if (!domain.scored()) return labels.not_scored;
  const std::string score = format_fixed(domain.score);
  if (domain.uncertain) return score + " \u00b7 " + labels.uncertain;
  return score + " \u00b7 " + labels.level + " " + std::to_string(domain.level);
}

std::string title_of(const DomainProfile& domain) {
  return domain.title.empty() ? domain.domain : domain.title;
}

// Label lines around an axis end: aligned away from the centre, stacked away from it vertically.
std::vector<TextLine> axis_label(const DomainProfile& domain, const ChartLabels& labels, Point centre,
                                 double angle, double distance) {
  std::vector<TextLine> lines;
  for (auto& text : wrap(title_of(domain), kLabelWrap)) lines.push_back({text, {}, Align::middle, false});
  lines.push_back({position_line(domain, labels), {}, Align::middle, true});

  const double s = std::sin(angle), c = std::cos(angle);
  const Align align = s > kEdgeTolerance ? Align::start : s < -kEdgeTolerance ? Align::end : Align::middle;
  const Point anchor = on_axis(centre, angle, distance);
  const double block = kLabelLineHeight * static_cast<double>(lines.size());
  // Baseline of the first line: above the anchor at the top, below it at the bottom, centred at the sides.
  double first = 0;
  if (c > kEdgeTolerance)
    first = anchor.y - block + kLabelLineHeight * 0.8;
  else if (c < -kEdgeTolerance)
    first = anchor.y + kLabelLineHeight * 0.8;
  else
    first = anchor.y - block / 2 + kLabelLineHeight * 0.8;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    lines[i].align = align;
    lines[i].at = {anchor.x, first + kLabelLineHeight * static_cast<double>(i)};
  }
  return lines;
}

// Moves the chart up so that the highest label starts at the top margin, and ends the chart below the
// lowest label with room for the legend.
void fit_height(RadarChart& chart) {
  double top = chart.centre.y - chart.radius, bottom = chart.centre.y + chart.radius;
  for (const auto& axis : chart.axes)
    for (const auto& line : axis.label) {
      top = std::min(top, line.at.y - kLabelLineHeight);
      bottom = std::max(bottom, line.at.y);
    }
  const double shift = kTopMargin - top;
  auto move = [shift](Point& p) { p.y += shift; };
  move(chart.centre);
  for (auto& line : chart.ring_labels) move(line.at);
  for (auto& axis : chart.axes) {
    move(axis.end);
    if (axis.score) move(*axis.score);
    if (axis.target) move(*axis.target);
    for (auto& line : axis.label) move(line.at);
  }
  for (auto& p : chart.score_polygon) move(p);
  chart.legend_y = bottom + shift + kLegendGap;
  chart.height = chart.legend_y + kBottomMargin;
}

}  // namespace

RadarChart build_radar(const Profile& profile, const ChartLabels& labels) {
  RadarChart chart;
  chart.width = kRadarWidth;
  chart.centre = {kRadarWidth / 2, kRadarCentreY};
  chart.radius = kRadarRadius;
  for (int level = 0; level <= 5; ++level) chart.ring_radii[level] = kRadarRadius * level / kMaxLevel;
  for (int level = 1; level <= 5; ++level) {
    chart.ring_labels.push_back({std::to_string(level),
                                 {chart.centre.x + 4, chart.centre.y - chart.ring_radii[level] - 3},
                                 Align::start,
                                 true});
  }
  chart.legend = {labels.score, labels.target, labels.uncertain};

  const auto& domains = profile.domains;
  const double count = static_cast<double>(domains.size());
  bool every_target = !domains.empty();
  for (std::size_t i = 0; i < domains.size(); ++i) {
    const DomainProfile& domain = domains[i];
    RadarAxis axis;
    axis.domain = domain.domain;
    axis.angle = 2 * std::numbers::pi * static_cast<double>(i) / count;
    axis.end = on_axis(chart.centre, axis.angle, chart.radius);
    axis.uncertain = domain.uncertain;
    if (domain.scored())
      axis.score = on_axis(chart.centre, axis.angle, chart.radius * clamp_score(domain.score) / kMaxLevel);
    if (domain.target)
      axis.target = on_axis(chart.centre, axis.angle, chart.radius * clamp_score(*domain.target) / kMaxLevel);
    else
      every_target = false;
    axis.label = axis_label(domain, labels, chart.centre, axis.angle, chart.radius + kLabelGap);
    chart.score_polygon.push_back(axis.score.value_or(chart.centre));
    chart.axes.push_back(std::move(axis));
  }
  fit_height(chart);
  if (every_target)
    for (const auto& axis : chart.axes) chart.target_polygon.push_back(*axis.target);
  return chart;
}

double scale_x(const SpectrumBar& bar, double score) {
  return bar.scale_x0 + (bar.scale_x1 - bar.scale_x0) * clamp_score(score) / kMaxLevel;
}

SpectrumBar build_spectrum_bar(const DomainProfile& domain, const ChartLabels& labels) {
  SpectrumBar bar;
  bar.width = kBarWidth;
  bar.height = kBarHeight;
  bar.domain = domain.domain;
  bar.scale_x0 = kScaleX0;
  bar.scale_x1 = kScaleX1;
  bar.bar_y = kBarTop;
  bar.bar_height = kBarThickness;
  bar.title.push_back({title_of(domain), {kScaleX0, kTitleY}, Align::start, false});
  bar.title.push_back({position_line(domain, labels), {kScaleX1, kTitleY}, Align::end, true});

  for (int level = 0; level < 5; ++level)
    bar.bands.push_back({level, scale_x(bar, level), scale_x(bar, level + 1)});
  for (int level = 0; level <= 5; ++level) {
    const double x = scale_x(bar, level);
    bar.ticks.push_back(x);
    const auto lines = wrap(std::to_string(level) + " " + labels.level_names[level], kTickWrap);
    for (std::size_t i = 0; i < lines.size(); ++i)
      bar.tick_labels.push_back(
          {lines[i], {x, kTickLabelY + kTickLineHeight * static_cast<double>(i)}, Align::middle, true});
  }

  bar.uncertain = domain.uncertain;
  if (!domain.scored()) return bar;
  bar.score_x = scale_x(bar, domain.score);
  if (domain.target) bar.target_x = scale_x(bar, *domain.target);

  std::vector<double> scores;
  for (const auto& [respondent, score] : domain.respondent_scores)
    if (!std::isnan(score)) scores.push_back(score);
  for (double score : scores) bar.respondent_x.push_back(scale_x(bar, score));
  if (domain.agreement.respondents > 0) {
    bar.min_x = scale_x(bar, domain.agreement.min);
    bar.max_x = scale_x(bar, domain.agreement.max);
  }
  if (scores.size() >= 2) {
    bar.q1_x = scale_x(bar, quantile(scores, 0.25));
    bar.q3_x = scale_x(bar, quantile(scores, 0.75));
  }
  return bar;
}

}  // namespace spectrum::reports
