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

// A later round's form: the round, the respondent's details and previous answers to start from, and the
// feedback under each question. Its answers are kept in the browser apart from any other form's.
void add_feedback(nlohmann::json& data, const FormSpec& spec) {
  const RoundFeedback& feedback = *spec.feedback;
  Response previous;
  previous.area = spec.area;
  previous.period = spec.period;
  previous.respondent = feedback.respondent;
  previous.respondent.name.clear();  // a response never carries a name
  const nlohmann::json written = to_json(previous);
  nlohmann::json items = nlohmann::json::object();
  for (const auto& [questionnaire, by_item] : feedback.items)
    for (const auto& [item, f] : by_item) {
      nlohmann::json counts = nlohmann::json::array();
      for (const auto& [answer, n] : f.distribution) counts.push_back({answer, n});
      items[questionnaire][item] = {{"distribution", counts}, {"own", f.own}};
    }
  data["round"] = feedback.round;
  data["respondent"] = written.at("respondent");
  data["answers"] = written.value("answers", nlohmann::json::object());
  data["feedback"] = items;
  data["respondent_id"] = feedback.respondent.id;
  data["storage_key"] = data["storage_key"].get<std::string>() + ":round" + std::to_string(feedback.round) +
                        ":" + sha256_hex(feedback.respondent.id).substr(0, 12);
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
  nlohmann::json data = {{"area", area},
                         {"period", spec.period},
                         {"respondent_id", spec.respondent_id},
                         {"sectors", sectors},
                         {"questionnaires", questionnaires},
                         {"storage_key", key}};
  if (spec.feedback) add_feedback(data, spec);
  return data;
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
  if (spec.feedback) {
    if (spec.area.name.empty())
      problems.push_back({"", "", "a later round's form needs the area and period"});
    if (spec.feedback->round < 2) problems.push_back({"", "", "a later round is round 2 or after"});
    if (spec.feedback->respondent.id.empty())
      problems.push_back({"", "", "a later round's form is for one respondent, named by id"});
  }
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
