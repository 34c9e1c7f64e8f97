// Profile or assessment: the files a comparison reads (see spectrum/compare_input.h).
#include <spectrum/compare_input.h>
#include <spectrum/diagnostics.h>
#include <spectrum/io.h>

namespace spectrum {

CompareInput read_compare_input(nlohmann::json document, const std::string& file) {
  CompareInput out;
  const std::string format = format_of(document);
  if (is_profile_format(format)) {
    out.profile = profile_from_json(document, file);
    out.profile->source = file;
  } else if (format == kAssessmentFormat) {
    out.assessment = std::move(document);
  } else {
    throw InputError(
        {{file, "/format",
          std::string("expected a profile (\"") + kProfileFormat + "\") or an assessment (\"" +
              kAssessmentFormat + "\"), found " + (format.empty() ? "none" : "\"" + format + "\"")}});
  }
  return out;
}

Profile score_compare_input(const nlohmann::json& assessment, const std::string& file,
                            const Registry& registry, const AssessOptions& options) {
  AssessOptions compared = options;
  compared.gates = false;  // no comparison view shows them
  Profile profile =
      assess(assessment_from_json(assessment, file, registry.questionnaires()), registry, compared);
  profile.source = file;
  return profile;
}

}  // namespace spectrum
