// Private: a profile's domain written straight as text (JsonWriter), byte for byte as the tree of
// domain_to_json would be written, for the folder run's tens of thousands of profiles.
#ifndef SPECTRUM_PROFILE_TEXT_H
#define SPECTRUM_PROFILE_TEXT_H

#include "json_text.h"

#include <spectrum/profile.h>

namespace spectrum::detail {

// Writes domain as to_json(profile)["domains"][i] would be written, members in nlohmann's (sorted) order.
void write_domain(JsonWriter& writer, const DomainProfile& domain);

// The top-level lists of a profile, as its tree holds them.
void write_respondents(JsonWriter& writer, const std::vector<RespondentSummary>& respondents);
void write_perception_gaps(JsonWriter& writer, const std::vector<PerceptionGap>& gaps);
void write_plugin_failures(JsonWriter& writer, const std::vector<PluginFailure>& failures);
void write_provenance(JsonWriter& writer, const Provenance& provenance);

// How a finding's kind is written: "strength", "gap", "next_step".
const char* finding_kind_name(Finding::Kind kind);

}  // namespace spectrum::detail

#endif  // SPECTRUM_PROFILE_TEXT_H
