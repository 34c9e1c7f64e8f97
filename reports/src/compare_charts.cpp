// Geometry of the comparison's charts: the distribution rows and the overlaid radar (see compare_charts.h).
#include <spectrum/reports/compare_charts.h>

#include "text_format.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace spectrum::reports {

const std::array<std::string, kHighlightColours> kHighlightPalette = {
    "#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#e8590c", "#0c8599", "#c2255c", "#5c940d"};

namespace {

// Distribution layout, in chart units.
constexpr double kWidth = 720;
constexpr double kTitleX = 8;
constexpr double kScaleX0 = 200, kScaleX1 = 650;
constexpr double kRowHeight = 66;
constexpr double kTop = 8;
constexpr double kHistogramTop = 8, kHistogramHeight = 24;  // within a row
constexpr double kBoxCentre = 42;                           // within a row
constexpr double kBinWidth = 0.2;                           // score units
constexpr std::size_t kTitleWrap = 22;
constexpr double kTickGap = 14, kTickLineHeight = 12;
constexpr std::size_t kTickWrap = 14;
constexpr double kLegendRows = 2, kLegendRowHeight = 20;

// Overlay layout.
constexpr double kOverlayLegendRow = 18;

double clamp_score(double score) {
  return std::clamp(score, 0.0, kMaxLevel);
}

double x_of(double score) {
  return kScaleX0 + (kScaleX1 - kScaleX0) * clamp_score(score) / kMaxLevel;
}

std::vector<HistogramBin> histogram(const std::vector<double>& scores) {
  const auto bins = static_cast<std::size_t>(std::lround(kMaxLevel / kBinWidth));
  std::vector<int> counts(bins, 0);
  for (double s : scores) {
    auto bin = static_cast<std::size_t>(std::floor(clamp_score(s) / kBinWidth + 1e-9));
    ++counts[std::min(bin, bins - 1)];
  }
  const int fullest = *std::max_element(counts.begin(), counts.end());
  std::vector<HistogramBin> out;
  for (std::size_t b = 0; b < bins; ++b) {
    if (counts[b] == 0) continue;
    const double from = kBinWidth * static_cast<double>(b);
    out.push_back({x_of(from), x_of(from + kBinWidth), static_cast<double>(counts[b]) / fullest, counts[b]});
  }
  return out;
}

}  // namespace

std::vector<std::string> highlight_keys(const Comparison& comparison) {
  std::vector<std::string> keys;
  for (const ComparedArea& area : comparison.areas)
    if (area.highlighted && std::find(keys.begin(), keys.end(), area.key) == keys.end())
      keys.push_back(area.key);
  return keys;
}

DistributionChart build_distribution(const Comparison& comparison, const Cohort& cohort,
                                     const ChartLabels& labels) {
  DistributionChart chart;
  chart.width = kWidth;
  chart.scale_x0 = kScaleX0;
  chart.scale_x1 = kScaleX1;
  const std::vector<std::string> keys = highlight_keys(comparison);
  double top = kTop;
  for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
    const Distribution& d = cohort.distribution[c];
    DistributionRow row;
    row.column = comparison.columns[c].id;
    row.top = top;
    row.bottom = top + kRowHeight;
    row.axis_y = top + kHistogramTop + kHistogramHeight;
    row.histogram_height = kHistogramHeight;
    double y = top + 20;
    for (const std::string& line : wrap(comparison.columns[c].title, kTitleWrap)) {
      row.title.push_back({line, {kTitleX, y}, Align::start, false});
      y += 15;
    }
    row.title.push_back(
        {"n " + std::to_string(d.count) + (d.count ? " \u00b7 median " + format_fixed(d.median) : ""),
         {kTitleX, y},
         Align::start,
         true});
    row.empty = d.count == 0;
    if (!row.empty) {
      row.min_x = x_of(d.min);
      row.q1_x = x_of(d.q1);
      row.median_x = x_of(d.median);
      row.q3_x = x_of(d.q3);
      row.max_x = x_of(d.max);
      std::vector<double> scores;
      scores.reserve(cohort.areas.size());
      for (std::size_t a : cohort.areas) {
        const CompareCell& cell = comparison.cells[a][c];
        if (!cell.scored) continue;
        scores.push_back(cell.score);
        const ComparedArea& area = comparison.areas[a];
        if (!area.highlighted) continue;
        const auto position =
            static_cast<std::size_t>(std::find(keys.begin(), keys.end(), area.key) - keys.begin());
        row.marks.push_back({x_of(cell.score), static_cast<int>(position + 1), position % kHighlightColours,
                             cell.uncertain, area.mixed});
      }
      row.bins = histogram(scores);
    }
    chart.rows.push_back(std::move(row));
    top += kRowHeight;
  }
  const double tick_y = top + kTickGap;
  for (int level = 0; level <= 5; ++level) {
    const double x = x_of(level);
    chart.ticks.push_back(x);
    const auto lines = wrap(std::to_string(level) + " " + labels.level_names[level], kTickWrap);
    for (std::size_t i = 0; i < lines.size(); ++i)
      chart.tick_labels.push_back(
          {lines[i], {x, tick_y + kTickLineHeight * static_cast<double>(i)}, Align::middle, true});
  }
  const double legend_y = tick_y + 3 * kTickLineHeight + 6;
  chart.legend = {{"areas per 0.2 of score", {kScaleX0, legend_y}, Align::start, true},
                  {"range of areas", {kScaleX0 + 170, legend_y}, Align::start, true},
                  {"middle half (q1 to q3)", {kScaleX0 + 310, legend_y}, Align::start, true},
                  {"median", {kScaleX0 + 20, legend_y + kLegendRowHeight}, Align::start, true},
                  {"highlighted area (number as in the key)",
                   {kScaleX0 + 170, legend_y + kLegendRowHeight},
                   Align::start,
                   true}};
  chart.height = legend_y + kLegendRows * kLegendRowHeight;
  return chart;
}

namespace {

// A profile holding one area's cells on the comparison's domains, for build_radar().
Profile radar_profile(const Comparison& comparison, std::size_t area) {
  Profile profile;
  profile.area = comparison.areas[area].area;
  for (std::size_t c = 0; c + 1 < comparison.columns.size(); ++c) {
    const CompareCell& cell = comparison.cells[area][c];
    DomainProfile domain;
    domain.domain = comparison.columns[c].id;
    domain.title = comparison.columns[c].title;
    domain.status = cell.scored ? DomainProfile::Status::ok : DomainProfile::Status::error;
    domain.score = cell.score;
    domain.level = cell.level;
    domain.uncertain = cell.uncertain;
    profile.domains.push_back(std::move(domain));
  }
  return profile;
}

}  // namespace

RadarOverlay build_radar_overlay(const Comparison& comparison, const std::vector<std::size_t>& areas,
                                 const ChartLabels& labels) {
  RadarOverlay overlay;
  const std::vector<std::string> keys = highlight_keys(comparison);
  const std::size_t shown = std::min(areas.size(), kHighlightColours);
  for (std::size_t i = 0; i < shown; ++i) {
    const std::size_t a = areas[i];
    RadarChart chart = build_radar(radar_profile(comparison, a), labels);
    if (i == 0) overlay.frame = chart;
    const ComparedArea& area = comparison.areas[a];
    const auto found = std::find(keys.begin(), keys.end(), area.key);
    const std::size_t colour = found == keys.end() ? i : static_cast<std::size_t>(found - keys.begin());
    overlay.layers.push_back({area.label() + (area.mixed ? " (mixed)" : ""), std::move(chart.score_polygon),
                              colour % kHighlightColours});
  }
  // The frame names the domains only: each layer's scores are in its own colour.
  for (RadarAxis& axis : overlay.frame.axes) {
    std::erase_if(axis.label, [](const TextLine& line) { return line.small; });
    axis.score.reset();
    axis.target.reset();
  }
  overlay.frame.score_polygon.clear();
  overlay.frame.target_polygon.clear();
  overlay.legend_top = overlay.frame.legend_y - 6;
  overlay.frame.height =
      overlay.legend_top + kOverlayLegendRow * static_cast<double>(overlay.layers.size()) + 8;
  return overlay;
}

}  // namespace spectrum::reports
