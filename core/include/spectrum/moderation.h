// A regulator's moderation of a self-assessed profile: a moderated level with its rationale, the
// moderator's organisation and the date, recorded per domain beside the self-assessed level (which it
// never replaces). What `spectrum moderate` runs.
#ifndef SPECTRUM_MODERATION_H
#define SPECTRUM_MODERATION_H

#include <spectrum/profile.h>

#include <nlohmann/json.hpp>

#include <string>

namespace spectrum {

// Adds `moderation` to the domain called `domain` of a spectrum.profile/2 document read from `file`,
// leaving everything else in the document as it was, and returns the result. Throws InputError (file,
// JSON pointer, expected, found) when the document is not a valid /2 profile (a /1 profile is refused:
// assess again to moderate it), when no domain has that name, when the moderation is not valid (level
// 0..5, rationale and organisation not empty, date YYYY-MM-DD), or when the domain is moderated already
// and replace is false.
nlohmann::json add_moderation(const nlohmann::json& document, const std::string& file,
                              const std::string& domain, const Moderation& moderation, bool replace);

}  // namespace spectrum

#endif  // SPECTRUM_MODERATION_H
