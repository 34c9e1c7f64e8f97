// The chart model: the geometry both backends draw, checked in abstract coordinates.
#include "report_test_support.h"

#include <spectrum/reports/chart_model.h>
#include <spectrum/reports/gui_application.h>
#include <spectrum/reports/painter_backend.h>
#include <spectrum/reports/templates.h>

#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace spectrum;
using namespace spectrum::reports;

namespace {

double distance(Point a, Point b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

ChartLabels labels() {
  return Templates::load("").chart_labels();
}

// A profile with n domains, domain i scoring scores[i], each with a target of target.
Profile profile_with(const std::vector<double>& scores, std::optional<double> target) {
  Profile p;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    DomainProfile d;
    d.domain = "d" + std::to_string(i);
    d.title = "Domain " + std::to_string(i);
    d.score = scores[i];
    d.level = static_cast<int>(scores[i]);
    d.target = target;
    p.domains.push_back(d);
  }
  return p;
}

}  // namespace

TEST_CASE("radar: a level-3 score lies at three fifths of the radius along its axis", "[reports][charts]") {
  const RadarChart chart = build_radar(profile_with({3, 3, 3, 3, 3}, std::nullopt), labels());
  REQUIRE(chart.axes.size() == 5);
  for (const auto& axis : chart.axes) {
    REQUIRE(axis.score);
    CHECK(distance(*axis.score, chart.centre) == Approx(chart.radius * 3 / 5));
    CHECK(distance(axis.end, chart.centre) == Approx(chart.radius));
  }
  CHECK(chart.ring_radii[3] == Approx(chart.radius * 3 / 5));
  CHECK(chart.ring_radii[0] == 0);
  CHECK(chart.ring_radii[5] == Approx(chart.radius));
}

TEST_CASE("radar: axes are evenly spaced clockwise from twelve o'clock", "[reports][charts]") {
  const RadarChart chart = build_radar(profile_with({1, 2, 3, 4}, std::nullopt), labels());
  REQUIRE(chart.axes.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK(chart.axes[i].angle == Approx(std::numbers::pi / 2 * i));
  // First axis straight up, second to the right (clockwise), third straight down.
  CHECK(chart.axes[0].end.x == Approx(chart.centre.x));
  CHECK(chart.axes[0].end.y < chart.centre.y);
  CHECK(chart.axes[1].end.x > chart.centre.x);
  CHECK(chart.axes[1].end.y == Approx(chart.centre.y));
  CHECK(chart.axes[2].end.y > chart.centre.y);
  // The score polygon follows the scores: 2 to the right is two fifths of the radius out.
  REQUIRE(chart.score_polygon.size() == 4);
  CHECK(chart.score_polygon[1].x - chart.centre.x == Approx(chart.radius * 2 / 5));
}

TEST_CASE("radar: the target polygon joins every domain's target, and is absent when one has none",
          "[reports][charts]") {
  const RadarChart with = build_radar(profile_with({1, 2, 3}, 4.0), labels());
  REQUIRE(with.target_polygon.size() == 3);
  for (const auto& vertex : with.target_polygon)
    CHECK(distance(vertex, with.centre) == Approx(with.radius * 4 / 5));

  Profile partial = profile_with({1, 2, 3}, 4.0);
  partial.domains[1].target.reset();
  const RadarChart without = build_radar(partial, labels());
  CHECK(without.target_polygon.empty());
  CHECK(without.axes[0].target);
  CHECK_FALSE(without.axes[1].target);
}

TEST_CASE("radar: a failed domain has no score point and sits at the centre of the polygon",
          "[reports][charts]") {
  Profile p = profile_with({2, 2, 2}, std::nullopt);
  p.domains[2].status = DomainProfile::Status::error;
  const RadarChart chart = build_radar(p, labels());
  CHECK_FALSE(chart.axes[2].score);
  CHECK(distance(chart.score_polygon[2], chart.centre) == Approx(0));
}

TEST_CASE("radar: labels sit outside the level-5 ring, aligned away from the centre", "[reports][charts]") {
  const RadarChart chart = build_radar(profile_with({1, 2, 3, 4}, std::nullopt), labels());
  for (const auto& axis : chart.axes) {
    REQUIRE_FALSE(axis.label.empty());
    CHECK(distance(axis.label.front().at, chart.centre) > chart.radius);
  }
  CHECK(chart.axes[0].label.front().align == Align::middle);
  CHECK(chart.axes[1].label.front().align == Align::start);
  CHECK(chart.axes[3].label.front().align == Align::end);
  CHECK(chart.axes[1].label.back().text == "2.00 \u00b7 " + labels().level + " 2");
}

TEST_CASE("spectrum bar: score, spread, quartiles and target sit where their values put them on the scale",
          "[reports][charts]") {
  const Profile p = test::sample_profile();
  const DomainProfile& lead = p.domains[0];  // score 3.4, respondents 3.0 .. 3.8, target 4
  const SpectrumBar bar = build_spectrum_bar(lead, labels());
  const double unit = (bar.scale_x1 - bar.scale_x0) / 5;
  REQUIRE(bar.score_x);
  CHECK(*bar.score_x == Approx(bar.scale_x0 + 3.4 * unit));
  CHECK(*bar.min_x == Approx(bar.scale_x0 + 3.0 * unit));
  CHECK(*bar.max_x == Approx(bar.scale_x0 + 3.8 * unit));
  CHECK(*bar.target_x == Approx(bar.scale_x0 + 4 * unit));
  // Quartiles of 3.0, 3.2, 3.6, 3.8 by linear interpolation: 3.15 and 3.65.
  CHECK(*bar.q1_x == Approx(bar.scale_x0 + 3.15 * unit));
  CHECK(*bar.q3_x == Approx(bar.scale_x0 + 3.65 * unit));
  CHECK(bar.respondent_x.size() == 4);
  REQUIRE(bar.bands.size() == 5);
  CHECK(bar.bands[3].x0 == Approx(bar.scale_x0 + 3 * unit));
  CHECK(bar.bands[3].x1 == Approx(bar.scale_x0 + 4 * unit));
  CHECK(bar.ticks.size() == 6);
}

TEST_CASE("spectrum bar: scores outside 0..5 are clamped to the scale", "[reports][charts]") {
  DomainProfile d;
  d.score = 7;
  SpectrumBar bar = build_spectrum_bar(d, labels());
  CHECK(*bar.score_x == Approx(bar.scale_x1));
  CHECK(scale_x(bar, -1) == Approx(bar.scale_x0));
}

TEST_CASE("spectrum bar: a failed domain shows the scale and no marks", "[reports][charts]") {
  const SpectrumBar bar = build_spectrum_bar(test::sample_profile().domains[3], labels());
  CHECK_FALSE(bar.score_x);
  CHECK_FALSE(bar.target_x);
  CHECK(bar.respondent_x.empty());
  CHECK(bar.bands.size() == 5);
}

TEST_CASE("painter backend: a scene drawn on an image paints the score colour where the radar puts it",
          "[reports][charts]") {
  ensure_gui_application();
  const Templates templates = Templates::load("");
  const RadarChart chart = build_radar(profile_with({5, 5, 5, 5, 5}, std::nullopt), templates.chart_labels());
  const Scene scene = to_scene(chart, templates.chart_style());
  QImage image(static_cast<int>(scene.width), static_cast<int>(scene.height), QImage::Format_ARGB32);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    paint_scene(painter, scene, QRectF(0, 0, scene.width, scene.height));
  }
  // The score vertex of the first axis (top, level 5) is drawn as a dot in the score colour.
  const Point top = *chart.axes[0].score;
  const QColor pixel = image.pixelColor(static_cast<int>(top.x), static_cast<int>(top.y));
  CHECK(pixel.name().toStdString() == templates.chart_style().score);
  // The centre lies inside the filled score polygon: no longer white.
  CHECK(image.pixelColor(static_cast<int>(chart.centre.x) + 20, static_cast<int>(chart.centre.y) + 20) !=
        QColor(Qt::white));
}
