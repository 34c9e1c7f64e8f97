#include "svg_writer.h"

#include "text_format.h"

namespace spectrum::reports {
namespace {

std::string number(double value) {
  return format_compact(value);
}

std::string points(const std::vector<Point>& list) {
  std::string out;
  for (const auto& p : list) {
    if (!out.empty()) out += ' ';
    out += number(p.x) + "," + number(p.y);
  }
  return out;
}

std::string paint(const Shape& shape) {
  std::string out;
  out += " fill=\"" + (shape.fill.empty() ? std::string("none") : xml_escape(shape.fill)) + "\"";
  if (!shape.fill.empty() && shape.fill_opacity < 1)
    out += " fill-opacity=\"" + number(shape.fill_opacity) + "\"";
  if (!shape.stroke.empty()) {
    out += " stroke=\"" + xml_escape(shape.stroke) + "\" stroke-width=\"" + number(shape.stroke_width) + "\"";
    if (shape.dashed) out += " stroke-dasharray=\"6 4\"";
    if (shape.kind == Shape::Kind::polygon || shape.kind == Shape::Kind::polyline)
      out += " stroke-linejoin=\"round\"";
  }
  return out;
}

const char* anchor(Align align) {
  switch (align) {
    case Align::start:
      return "start";
    case Align::middle:
      return "middle";
    case Align::end:
      return "end";
  }
  return "start";
}

void write_shape(std::string& out, const Shape& s) {
  switch (s.kind) {
    case Shape::Kind::line:
      out += "<line x1=\"" + number(s.points[0].x) + "\" y1=\"" + number(s.points[0].y) + "\" x2=\"" +
             number(s.points[1].x) + "\" y2=\"" + number(s.points[1].y) + "\"" + paint(s) + "/>\n";
      break;
    case Shape::Kind::polyline:
    case Shape::Kind::polygon:
      out += std::string(s.kind == Shape::Kind::polygon ? "<polygon" : "<polyline") + " points=\"" +
             points(s.points) + "\"" + paint(s) + "/>\n";
      break;
    case Shape::Kind::circle:
      out += "<circle cx=\"" + number(s.at.x) + "\" cy=\"" + number(s.at.y) + "\" r=\"" + number(s.radius) +
             "\"" + paint(s) + "/>\n";
      break;
    case Shape::Kind::rect:
      out += "<rect x=\"" + number(s.at.x) + "\" y=\"" + number(s.at.y) + "\" width=\"" + number(s.width) +
             "\" height=\"" + number(s.height) + "\"" + paint(s) + "/>\n";
      break;
    case Shape::Kind::text:
      out += "<text x=\"" + number(s.at.x) + "\" y=\"" + number(s.at.y) + "\" font-size=\"" +
             number(s.font_size) + "\" text-anchor=\"" + anchor(s.align) + "\" fill=\"" + xml_escape(s.fill) +
             "\"" + (s.bold ? " font-weight=\"bold\"" : "") + ">" + xml_escape(s.text) + "</text>\n";
      break;
  }
}

}  // namespace

std::string to_svg(const Scene& scene, const SvgLabel& label) {
  const std::string id = xml_escape(label.id);
  std::string out = "<svg viewBox=\"0 0 " + number(scene.width) + " " + number(scene.height) + "\" width=\"" +
                    number(scene.width) + "\" height=\"" + number(scene.height) +
                    "\" role=\"img\" aria-label=\"" + xml_escape(label.title) + "\" aria-labelledby=\"" + id +
                    "-title\" aria-describedby=\"" + id + "-desc\" font-family=\"" +
                    xml_escape(scene.font_family) + "\">\n";
  out += "<title id=\"" + id + "-title\">" + xml_escape(label.title) + "</title>\n";
  out += "<desc id=\"" + id + "-desc\">" + xml_escape(label.description) + "</desc>\n";
  for (const auto& shape : scene.shapes) write_shape(out, shape);
  out += "</svg>";
  return out;
}

}  // namespace spectrum::reports
