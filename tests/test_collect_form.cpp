// The HTML respondent form as written: self-contained, carrying each questionnaire's edition, and safe
// whatever text a questionnaire or an area name holds.
#include "format_test_support.h"

#include <spectrum/collect/form.h>

#include <catch2/catch.hpp>

using namespace spectrum;

namespace {

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the form carries every questionnaire's id, version and SHA-256, and the area and period",
          "[collect][form]") {
  format_test::MiniLoaded loaded;
  collect::FormSpec spec{{"Northshire", "E10000099", "hwb", ""}, "2016/17", loaded.set(), "nhs-3"};
  const std::string page = collect::render_html_form(spec);
  CHECK(page.find(loaded.questionnaire.sha256) != std::string::npos);
  CHECK(page.find("\"version\":\"1.2.0\"") != std::string::npos);
  CHECK(page.find("\"respondent_id\":\"nhs-3\"") != std::string::npos);
  CHECK(page.find("<title>Integration self-assessment: Northshire, 2016/17</title>") != std::string::npos);
  // Nothing is loaded from elsewhere: no src or href to a file or the network, and a policy that forbids it.
  CHECK(page.find(" src=") == std::string::npos);
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);
}

TEST_CASE("text in a questionnaire or an area name cannot end the form's script or inject markup",
          "[collect][form]") {
  format_test::MiniLoaded loaded;
  loaded.questionnaire.items[0].text = "Who chairs it? </script><script>alert(1)</script> <!--";
  collect::FormSpec spec{{"North <b>shire</b> & Vale", "E1", "", ""}, "2016/17", loaded.set(), ""};
  const std::string page = collect::render_html_form(spec);
  CHECK(count(page, "</script>") == 2);               // the data block's and the script's own
  CHECK(page.find("alert(1)") != std::string::npos);  // the text is there, as data
  CHECK(page.find("<!--") == std::string::npos);
  CHECK(page.find("North &lt;b&gt;shire&lt;/b&gt; &amp; Vale") != std::string::npos);
}

TEST_CASE("a form needs a questionnaire, and an area with its period or neither", "[collect][form]") {
  collect::FormSpec spec;
  auto d = format_test::diagnostics_of([&] { collect::render_html_form(spec); });
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].message, Catch::Contains("questionnaire"));
  format_test::MiniLoaded loaded;
  spec.questionnaires = loaded.set();
  spec.area.name = "Northshire";
  d = format_test::diagnostics_of([&] { collect::render_html_form(spec); });
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].message, Catch::Contains("--period"));
  // Neither: the respondent says which area and period.
  spec.area.name.clear();
  CHECK(collect::render_html_form(spec).find("<title>Integration self-assessment</title>") !=
        std::string::npos);
}
