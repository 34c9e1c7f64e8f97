// The PDF report: A4 pages of readable text with vector charts, made without a display.
#include "report_test_support.h"

#include <spectrum/reports/gui_application.h>

#include <QCoreApplication>
#include <QGuiApplication>

#include <catch2/catch.hpp>

#include <cstdlib>

#include <regex>
#include <sstream>

using namespace spectrum;
using namespace spectrum::test;

namespace {

int word_count(const std::string& text) {
  std::istringstream in(text);
  int words = 0;
  for (std::string word; in >> word;) ++words;
  return words;
}

}  // namespace

TEST_CASE("pdf: the report is a PDF whose text names the area and tells its story", "[reports][pdf]") {
  const std::string pdf = render_format(sample_profile(), "pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  TempDir dir;
  write_bytes(dir.path() / "report.pdf", pdf);
  REQUIRE(run("pdftotext -layout " + (dir.path() / "report.pdf").string() + " " +
              (dir.path() / "report.txt").string()) == 0);
  const std::string text = read_bytes(dir.path() / "report.txt");
  CHECK(text.find("Vale & Downs <Test>") != std::string::npos);
  CHECK(word_count(text) > 100);
  for (const char* words : {"Summary", "Leadership and governance", "capped-mean", "Respondents split",
                            "A vision owned by every partner", "spectrum 0.1.0", "Interquartile range",
                            "Agreement index (rwg)", "Figures from the scoring plugin", "answers_mean"}) {
    INFO(words);
    CHECK(text.find(words) != std::string::npos);
  }
}

TEST_CASE("pdf: pages are A4 and the first one renders to an image", "[reports][pdf]") {
  TempDir dir;
  write_bytes(dir.path() / "report.pdf", render_format(sample_profile(), "pdf"));
  const std::string info = capture("pdfinfo " + (dir.path() / "report.pdf").string());
  CHECK(info.find("595 x 842 pts (A4)") != std::string::npos);
  std::smatch pages;
  REQUIRE(std::regex_search(info, pages, std::regex("Pages:\\s+(\\d+)")));
  CHECK(std::stoi(pages[1]) >= 3);
  REQUIRE(run("pdftoppm -r 40 -f 1 -l 1 -png " + (dir.path() / "report.pdf").string() + " " +
              (dir.path() / "page").string()) == 0);
  const std::string png = read_bytes(dir.path() / "page-1.png");
  CHECK(png.size() > 1000);
  CHECK(png.compare(1, 3, "PNG") == 0);
}

TEST_CASE("pdf: charts are vectors, not images, and fonts are embedded", "[reports][pdf]") {
  TempDir dir;
  write_bytes(dir.path() / "report.pdf", render_format(sample_profile(), "pdf"));
  // pdfimages prints two header lines and one line per image.
  const std::string images = capture("pdfimages -list " + (dir.path() / "report.pdf").string());
  CHECK(std::count(images.begin(), images.end(), '\n') == 2);
  const std::string fonts = capture("pdffonts " + (dir.path() / "report.pdf").string());
  CHECK(fonts.find("DejaVuSans") != std::string::npos);
  CHECK(std::regex_search(fonts, std::regex("TrueType.*\\byes\\b")));
  // The radar's ring numbers and axis labels are drawn as text, so the chart's words are searchable.
  REQUIRE(run("pdftotext " + (dir.path() / "report.pdf").string() + " " +
              (dir.path() / "report.txt").string()) == 0);
  CHECK(read_bytes(dir.path() / "report.txt").find("Integrated") != std::string::npos);
}

TEST_CASE("pdf: rendering needs no display: a QGuiApplication is made on demand, offscreen without one",
          "[reports][pdf]") {
  const bool display = std::getenv("DISPLAY") != nullptr || std::getenv("WAYLAND_DISPLAY") != nullptr;
  const bool chosen = std::getenv("QT_QPA_PLATFORM") != nullptr;
  reports::ensure_gui_application();
  REQUIRE(qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr);
  if (!display) {
    // Without a display the platform is the one chosen in QT_QPA_PLATFORM: "offscreen" unless the
    // environment (or an earlier render in this process) chose it.
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    REQUIRE(platform != nullptr);
    CHECK(QGuiApplication::platformName().toStdString() == platform);
    if (!chosen) CHECK(std::string(platform) == "offscreen");
  }
  reports::ensure_gui_application();  // a second call keeps the same application
  CHECK(render_format(sample_profile(), "pdf").rfind("%PDF-", 0) == 0);
}

TEST_CASE("pdf: a 10 MB evidence note is shortened, saying where the full text is", "[reports][pdf]") {
  Profile p = sample_profile();
  std::string note = "Minutes of the joint committee. ";
  while (note.size() < 10u << 20) note += note;
  p.evidence["r1"]["leadership"]["LD01"] = note;
  const std::string pdf = render_format(p, "pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  TempDir dir;
  write_bytes(dir.path() / "report.pdf", pdf);
  REQUIRE(run("pdftotext " + (dir.path() / "report.pdf").string() + " " +
              (dir.path() / "report.txt").string()) == 0);
  const std::string text = read_bytes(dir.path() / "report.txt");
  std::string flat;  // lines joined: the sentence may wrap
  std::istringstream words(text);
  for (std::string word; words >> word;) flat += word + " ";
  CHECK(flat.find("shortened in the PDF") != std::string::npos);
  CHECK(flat.find("the full note is in the pro") !=
        std::string::npos);  // "profile" may come out as a ligature
  CHECK(flat.find("JSON and the HTML report") != std::string::npos);
  CHECK(text.size() < 200000);  // the note is not all there
}
