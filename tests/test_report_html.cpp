// The HTML report: one well-formed, self-contained page that escapes what it quotes.
#include "report_test_support.h"

#include <QString>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace spectrum;
using namespace spectrum::test;

namespace {

struct ParsedHtml {
  std::string error;                                            // empty when well-formed
  std::vector<std::string> elements;                            // every element name, in document order
  std::vector<std::pair<std::string, std::string>> attributes;  // name, value
  std::string text;                                             // all character data
};

ParsedHtml parse_xhtml(const std::string& html) {
  ParsedHtml parsed;
  QXmlStreamReader reader(QString::fromStdString(html));
  while (!reader.atEnd()) {
    reader.readNext();
    if (reader.isStartElement()) {
      parsed.elements.push_back(reader.name().toString().toStdString());
      for (const auto& a : reader.attributes())
        parsed.attributes.emplace_back(a.name().toString().toStdString(), a.value().toString().toStdString());
    } else if (reader.isCharacters()) {
      parsed.text += reader.text().toString().toStdString();
    }
  }
  if (reader.hasError())
    parsed.error = reader.errorString().toStdString() + " at line " + std::to_string(reader.lineNumber());
  return parsed;
}

int count(const std::vector<std::string>& names, const std::string& name) {
  return static_cast<int>(std::count(names.begin(), names.end(), name));
}

}  // namespace

TEST_CASE("html: the report is well-formed XHTML with inline SVG charts", "[reports][html]") {
  const std::string html = render_format(sample_profile(), "html");
  const ParsedHtml parsed = parse_xhtml(html);
  INFO(parsed.error);
  REQUIRE(parsed.error.empty());
  CHECK(parsed.elements.front() == "html");
  // The radar, the key, one bar per domain in the overview and one per scored domain in the drill-down.
  CHECK(count(parsed.elements, "svg") == 1 + 1 + 4 + 3);
  CHECK(count(parsed.elements, "style") == 1);
}

TEST_CASE("html: nothing is fetched: no scripts, links, external images, fonts or imports",
          "[reports][html]") {
  const std::string html = render_format(sample_profile(), "html");
  const ParsedHtml parsed = parse_xhtml(html);
  REQUIRE(parsed.error.empty());
  for (const char* tag : {"script", "link", "img", "iframe", "object", "embed", "image", "use"}) {
    INFO(tag);
    CHECK(count(parsed.elements, tag) == 0);
  }
  for (const auto& [name, value] : parsed.attributes) {
    INFO(name << "=" << value);
    CHECK(name != "src");
    CHECK(name != "href");
    CHECK(name.rfind("on", 0) != 0);  // no event handlers
  }
  CHECK(html.find("http:") == std::string::npos);
  CHECK(html.find("https:") == std::string::npos);
  CHECK(html.find("//") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@font-face") == std::string::npos);
}

TEST_CASE("html: every chart is labelled for assistive technology and has a data table", "[reports][html]") {
  const std::string html = render_format(sample_profile(), "html");
  const ParsedHtml parsed = parse_xhtml(html);
  REQUIRE(parsed.error.empty());
  const int svgs = count(parsed.elements, "svg");
  CHECK(count(parsed.elements, "title") == svgs + 1);  // plus the page's own title
  CHECK(count(parsed.elements, "desc") == svgs);
  int roles = 0, labels = 0;
  for (const auto& [name, value] : parsed.attributes) {
    roles += name == "role" && value == "img";
    labels += name == "aria-label" && !value.empty();
  }
  CHECK(roles == svgs);
  CHECK(labels == svgs);
  CHECK(count(parsed.elements, "caption") >= 2);  // the radar's and the bars' data tables
  CHECK(parsed.text.find("Data behind the chart") != std::string::npos);
  // ids are unique
  std::set<std::string> ids;
  for (const auto& [name, value] : parsed.attributes)
    if (name == "id") CHECK(ids.insert(value).second);
}

TEST_CASE("html: text from the profile is escaped", "[reports][html]") {
  const std::string html = render_format(sample_profile(), "html");
  CHECK(html.find("Vale & Downs <Test>") == std::string::npos);
  CHECK(html.find("Vale &amp; Downs &lt;Test&gt;") != std::string::npos);
  CHECK(html.find("No decision is delegated &lt;yet&gt; &amp; budgets stay apart.") != std::string::npos);
  const ParsedHtml parsed = parse_xhtml(html);
  CHECK(parsed.text.find("Vale & Downs <Test>") != std::string::npos);
}

TEST_CASE("html: the report tells the whole story of the profile", "[reports][html]") {
  const ParsedHtml parsed = parse_xhtml(render_format(sample_profile(), "html"));
  REQUIRE(parsed.error.empty());
  for (const char* words : {
           "2016/17",                                      // period
           "NHS 2",                                        // respondents by sector
           "capped-mean",                                  // combination method, named
           "never more than one level above the weakest",  // and described
           "Leadership and governance",                    // domains
           "Respondents split: rwg 0.31 is below 0.5.",    // uncertain reasons
           "digital.so: the plugin crashed (signal 11)",   // failed domain
           "A vision owned by every partner",              // gates
           "Decisions delegated to a place body",
           "All partners together",                               // the answers behind a gate
           "The council chairs a joint committee with the CCG.",  // strengths
           "Delegate commissioning of intermediate care",         // next steps
           "strong agreement",                                    // verdict
           "Interquartile range0.40",                             // agreement metrics
           "Agreement index (rwg)0.91",
           "Figures from the scoring plugin",  // the plugin's metrics
           "answers_mean3.25",
           "council_seat3",
           "Vale County Council (Local government)",  // organisation and sector, never names
           "spectrum 0.1.0",                          // provenance
           "aaaaaaaaaaaaaaaa",                        // plugin sha256
           "bbbbbbbbbbbbbbbb",                        // questionnaire sha256
       }) {
    INFO(words);
    CHECK(parsed.text.find(words) != std::string::npos);
  }
}

TEST_CASE("html: prints well: a print stylesheet with page breaks before each domain", "[reports][html]") {
  const std::string html = render_format(sample_profile(), "html");
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("page-break-before") != std::string::npos);
  CHECK(std::regex_search(html, std::regex("<section class=\"domain page\">")));
}

TEST_CASE("html: evidence notes appear beside the answers behind a gate only when the profile carries them",
          "[reports][html]") {
  Profile p = sample_profile();
  const std::string note = "Board minutes, 12 May 2016";
  CHECK(render_format(p, "html").find(note) == std::string::npos);
  p.evidence = {{"r1", {{"leadership", {{"LD01", note}}}}}};
  const ParsedHtml parsed = parse_xhtml(render_format(p, "html"));
  REQUIRE(parsed.error.empty());
  CHECK(parsed.text.find("Vale County Council (Local government) \u2014 \u201c" + note + "\u201d") !=
        std::string::npos);
}
