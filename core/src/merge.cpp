// Responses into an assessment: the same checks for the CLI and the studio.
#include <spectrum/merge.h>

#include <algorithm>
#include <map>

namespace spectrum {
namespace {

std::string describe_area(const model::Area& area, const std::string& period) {
  std::string text = area.name;
  if (!area.code.empty()) text += " (" + area.code + ")";
  return text + " " + period;
}

bool same_area(const model::Area& a, const model::Area& b) {
  return a.name == b.name && a.code == b.code;
}

}  // namespace

MergeResult merge_responses(const std::vector<Response>& responses, std::optional<model::Assessment> into,
                            const MergeOptions& options) {
  MergeResult result;
  MergeReport& report = result.report;
  if (responses.empty()) return result;

  // Where the area and period come from, and which file each respondent came from.
  std::string base_file;
  model::Assessment& assessment = result.assessment;
  std::map<std::string, std::string> source_of;  // respondent id -> file
  if (into) {
    assessment = std::move(*into);
    base_file = assessment.path;
    for (const model::Respondent& r : assessment.respondents) source_of[r.id] = assessment.path;
  } else {
    const Response& first = responses.front();
    assessment.area = first.area;
    assessment.period = first.period;
    base_file = first.path;
  }

  for (const Response& response : responses) {
    if (!same_area(response.area, assessment.area) || response.period != assessment.period) {
      std::string whose = into ? "the assessment " + base_file : base_file;
      report.refused.push_back({response.path, "/area",
                                "made for " + describe_area(response.area, response.period) + ", but " +
                                    whose + " is for " + describe_area(assessment.area, assessment.period)});
      continue;
    }
    const model::Respondent& incoming = response.respondent;
    auto existing = std::find_if(assessment.respondents.begin(), assessment.respondents.end(),
                                 [&](const model::Respondent& r) { return r.id == incoming.id; });
    MergeReport::Entry entry{incoming.id, incoming.organisation, response.path, ""};
    if (existing == assessment.respondents.end()) {
      assessment.respondents.push_back(incoming);
      report.added.push_back(entry);
    } else if (!options.replace) {
      report.refused.push_back({response.path, "/respondent/id",
                                "respondent \"" + incoming.id + "\" is already in " + source_of[incoming.id] +
                                    " (give --replace to take the later answers)"});
      continue;
    } else {
      entry.replaced_from = source_of[incoming.id];
      std::string name = existing->name;  // a name kept by hand in the assessment stays
      *existing = incoming;
      if (existing->name.empty()) existing->name = name;
      report.replaced.push_back(entry);
    }
    source_of[incoming.id] = response.path;
  }
  return result;
}

}  // namespace spectrum
