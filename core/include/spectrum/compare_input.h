// What a comparison reads: a profile file as it is, or an assessment file scored on the spot. The
// studio's compare view reads its files through these functions; `spectrum compare` scores assessments
// through score_compare_input too, and reads profiles with compared_profile (spectrum/profile.h), the
// selective parse of the same reader that keeps only what the comparison shows.
#ifndef SPECTRUM_COMPARE_INPUT_H
#define SPECTRUM_COMPARE_INPUT_H

#include <spectrum/pipeline.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace spectrum {

// A parsed file given to a comparison: exactly one of the two is set.
struct CompareInput {
  std::optional<Profile> profile;            // a profile, read (source set to the file)
  std::optional<nlohmann::json> assessment;  // an assessment, still to score (score_compare_input)
};

// Sorts a parsed document by its format and reads a profile. Throws InputError naming the file and
// /format when it is neither a profile nor an assessment, and as profile_from_json does for a bad
// profile. Needs no registry: it may run on any thread.
CompareInput read_compare_input(nlohmann::json document, const std::string& file);

// Scores an assessment read by read_compare_input with the registry's plugins, without gates (no
// comparison shows them; AssessOptions::gates); the profile's source is
// the file. Throws InputError for an invalid assessment.
Profile score_compare_input(const nlohmann::json& assessment, const std::string& file,
                            const Registry& registry, const AssessOptions& options = {});

}  // namespace spectrum

#endif  // SPECTRUM_COMPARE_INPUT_H
