// Scenes as inline SVG: the HTML report's backend for the chart model.
#ifndef SPECTRUM_REPORTS_SVG_WRITER_H
#define SPECTRUM_REPORTS_SVG_WRITER_H

#include <spectrum/reports/chart_model.h>

#include <string>

namespace spectrum::reports {

// What assistive technology reads for a chart.
struct SvgLabel {
  std::string id;           // unique in the document; the <title> and <desc> ids derive from it
  std::string title;        // short name, also the aria-label
  std::string description;  // one or two sentences saying what the chart shows
};

// An <svg> element (no XML declaration, no namespace attributes: it is meant to sit inside an HTML
// document) with role="img", aria-label, <title> and <desc>, and a viewBox of the scene's size.
std::string to_svg(const Scene& scene, const SvgLabel& label);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_SVG_WRITER_H
