// The wording, colours and type sizes of the reports. They live in reports/templates/ (report.json,
// report.html, report.css, pdf.css), are compiled into the library, and a consultant may replace any
// of them: a file of the same name in the folder named by SPECTRUM_REPORT_TEMPLATES takes the place of
// the built-in one, except report.json, which is merged over the built-in one (RFC 7386 merge patch)
// so that an override need only hold what it changes.
#ifndef SPECTRUM_REPORTS_TEMPLATES_H
#define SPECTRUM_REPORTS_TEMPLATES_H

#include <spectrum/reports/chart_model.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace spectrum::reports {

constexpr const char* kTemplatesEnv = "SPECTRUM_REPORT_TEMPLATES";

class Templates {
 public:
  // The built-in templates with the overrides in $SPECTRUM_REPORT_TEMPLATES, if set.
  static Templates load();
  // The built-in templates with the overrides in `folder` (none when empty). Throws InputError naming
  // the file when an override cannot be read or report.json is not valid JSON; throws InputError
  // naming the variable when the folder does not exist.
  static Templates load(const std::filesystem::path& folder);

  // A template file's text ("report.css"); throws std::out_of_range for an unknown name.
  const std::string& file(std::string_view name) const;
  // A string in report.json by JSON pointer ("/headings/summary"). Throws InputError naming
  // report.json and the pointer when it is missing or not a string.
  std::string text(std::string_view pointer) const;
  // A number in report.json by JSON pointer, with the same errors.
  double number(std::string_view pointer) const;

  std::string level_name(int level) const;  // "Uncertain" outside 0..5
  std::string level_description(int level) const;
  // "NHS" for "nhs" (the sector table of spectrum/types.h, unless report.json overrides it under
  // "sectors"); the name itself when unknown.
  std::string sector(std::string_view name) const;
  std::string verdict(std::string_view verdict) const;
  ChartLabels chart_labels() const;
  ChartStyle chart_style() const;

 private:
  // The value at pointer, which must be a string (or else a number); throws InputError otherwise.
  const nlohmann::json& at(std::string_view pointer, bool string) const;

  std::map<std::string, std::string, std::less<>> files_;
  nlohmann::json wording_;      // report.json, overrides merged
  std::string wording_source_;  // file name used in error messages
};

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_TEMPLATES_H
