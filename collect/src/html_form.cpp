// The HTML respondent form: the page template with its styles, script and data put inline.
#include <spectrum/collect/form.h>

#include "embedded_files.h"

#include <spectrum/markup.h>
#include <spectrum/response.h>

#include <stdexcept>

namespace spectrum::collect {
namespace {

// JSON safe inside <script type="application/json">: no "<" at all, so no "</script>" or "<!--".
std::string script_safe_json(const nlohmann::json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else
      out += c;
  }
  return out;
}

void replace_once(std::string& text, std::string_view placeholder, const std::string& value) {
  auto at = text.find(placeholder);
  if (at == std::string::npos) throw std::logic_error("form template lacks " + std::string(placeholder));
  text.replace(at, placeholder.size(), value);
}

nlohmann::json form_data(const FormSpec& spec) {
  nlohmann::json area = {{"name", spec.area.name}};
  if (!spec.area.code.empty()) area["code"] = spec.area.code;
  if (!spec.area.kind.empty()) area["kind"] = spec.area.kind;
  if (!spec.area.footprint.empty()) area["footprint"] = spec.area.footprint;
  nlohmann::json sectors = nlohmann::json::array();
  for (const SectorNames& sector : kSectorTable)
    sectors.push_back({{"name", sector.name}, {"label", sector.label}});
  nlohmann::json questionnaires = nlohmann::json::array();
  std::string editions;
  for (const model::Questionnaire* q : spec.questionnaires) {
    nlohmann::json json = to_json(*q);
    json["sha256"] = q->sha256;
    questionnaires.push_back(std::move(json));
    editions += q->id + "@" + q->version.str() + ":" + q->sha256 + ";";
  }
  // Answers in the browser's storage are kept per area, period and set of questionnaire editions, so
  // that two forms never read each other's answers.
  std::string key =
      "spectrum-form:" + sha256_hex(area.dump() + "|" + spec.period + "|" + editions).substr(0, 24);
  return {{"area", area},
          {"period", spec.period},
          {"respondent_id", spec.respondent_id},
          {"sectors", sectors},
          {"questionnaires", questionnaires},
          {"storage_key", key}};
}

}  // namespace

void check_form_spec(const FormSpec& spec) {
  std::vector<Diagnostic> problems;
  if (spec.area.name.empty() != spec.period.empty())
    problems.push_back({"", "",
                        spec.area.name.empty()
                            ? "a form for a period needs the area's name too (--area)"
                            : "a form for an area needs the period too (--period), for example 2016/17"});
  if (spec.questionnaires.empty()) problems.push_back({"", "", "a form needs at least one questionnaire"});
  if (!problems.empty()) throw InputError(problems);
}

std::string render_html_form(const FormSpec& spec) {
  check_form_spec(spec);
  std::string page = detail::embedded_file("form.html");
  std::string title = "Integration self-assessment" +
                      (spec.area.name.empty() ? std::string() : ": " + spec.area.name + ", " + spec.period);
  replace_once(page, "{{TITLE}}", xml_escape(title));
  replace_once(page, "{{HEADING}}", xml_escape("Integration self-assessment"));
  replace_once(
      page, "{{FOOTER}}",
      xml_escape("Made with Spectrum" +
                 (spec.area.name.empty() ? std::string() : " for " + spec.area.name + ", " + spec.period) +
                 ". Your answers stay on this computer until you send the saved file."));
  replace_once(page, "{{CSS}}", detail::embedded_file("form.css"));
  replace_once(page, "{{DATA}}", script_safe_json(form_data(spec)));
  replace_once(page, "{{JS}}", detail::embedded_file("form.js"));
  return page;
}

}  // namespace spectrum::collect
