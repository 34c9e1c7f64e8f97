// Not scored is shown as not scored: no overall level when no domain scored, a failed domain with its
// reason and no level name, a plugin that failed to load named with its reason, in every report; the
// gate table shows the plugin's own item scores and thresholds.
#include "report_test_support.h"

#include <catch2/catch.hpp>

#include <string>

using namespace spectrum;
using namespace spectrum::test;

namespace {

// Every domain failed or had nothing counted; a plugin failed to load.
Profile nothing_scored() {
  Profile p = sample_profile();
  for (DomainProfile& d : p.domains) {
    if (d.status == DomainProfile::Status::ok) {
      d.nothing_counted = true;
      d.uncertain = true;
      d.uncertain_reasons = {"no answer counted: every answer was don't know, not applicable or missing"};
    }
  }
  p.overall.domains = 0;
  p.overall.score = 0;
  p.overall.level = 0;
  p.perception_gaps.clear();
  p.plugin_failures = {{"workforce.so", "workforce.so: built for SDK ABI 2, this host speaks ABI 1"}};
  return p;
}

}  // namespace

TEST_CASE("with no domain scored, no report shows an overall level", "[reports][not_scored]") {
  const Profile p = nothing_scored();
  const std::string html = render_format(p, "html");
  CHECK(html.find("No domain was scored, so the area has no overall position.") != std::string::npos);
  CHECK(html.find("sits at level") == std::string::npos);
  CHECK(html.find("Level 0, Separate") == std::string::npos);
  const std::string md = render_format(p, "md");
  CHECK(md.find("No domain was scored") != std::string::npos);
  CHECK(md.find("sits at level") == std::string::npos);
  CHECK(md.find("Level 0") == std::string::npos);
  const auto rows = parse_csv(render_format(p, "csv"));
  REQUIRE(rows.size() > 2);
  CHECK(rows[1][0] == "overall");
  CHECK(rows[1][6] == "not_scored");
  CHECK(rows[1][7].empty());  // score
  CHECK(rows[1][8].empty());  // level
  for (const auto& row : rows)
    if (row[0] == "domain") CHECK(row[9].empty());  // no level_name for what was not scored
  CHECK(to_json(p)["overall"].contains("level") == false);
}

TEST_CASE("a failed domain is shown with its reason and without a level name", "[reports][not_scored]") {
  const Profile p = sample_profile();  // digital failed
  const std::string md = render_format(p, "md");
  CHECK(md.find("| Digital and information sharing | not scored | - |") != std::string::npos);
  CHECK(md.find("digital.so: the plugin crashed (signal 11)") != std::string::npos);
  const auto rows = parse_csv(render_format(p, "csv"));
  bool seen = false;
  for (const auto& row : rows)
    if (row[0] == "domain" && row[4] == "digital") {
      seen = true;
      CHECK(row[6] == "error");
      CHECK(row[7].empty());
      CHECK(row[8].empty());
      CHECK(row[9].empty());
      CHECK(row[24] == "digital.so: the plugin crashed (signal 11)");
    }
  CHECK(seen);
  const nlohmann::json json = to_json(p);
  CHECK_FALSE(json["domains"][3].contains("level_name"));
  CHECK(json["domains"][3]["error"] == "digital.so: the plugin crashed (signal 11)");
}

TEST_CASE("the reason a plugin failed to load reaches every report", "[reports][not_scored]") {
  const Profile p = nothing_scored();
  const std::string reason = "built for SDK ABI 2, this host speaks ABI 1";
  for (const char* format : {"html", "md", "csv"}) {
    INFO(format);
    CHECK(render_format(p, format).find(reason) != std::string::npos);
  }
  CHECK(to_json(p)["plugin_failures"][0]["reason"] == "workforce.so: " + reason);
}

TEST_CASE("the gate table shows the plugin's item score and threshold", "[reports][html]") {
  const std::string html = render_format(sample_profile(), "html");
  CHECK(html.find("Item score / needed") != std::string::npos);
  CHECK(html.find(">3.50 / 2.00<") != std::string::npos);
}
