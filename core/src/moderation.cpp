// Recording a regulator's moderation in a profile document.
#include "json_checker.h"
#include "profile_consensus_json.h"

#include <spectrum/io.h>
#include <spectrum/moderation.h>

namespace spectrum {

nlohmann::json add_moderation(const nlohmann::json& document, const std::string& file,
                              const std::string& domain, const Moderation& moderation, bool replace) {
  if (format_of(document) == kProfileFormatV1)
    throw InputError({{file, "/format",
                       std::string("expected \"") + kProfileFormat + "\" to record a moderation, found \"" +
                           kProfileFormatV1 + "\" (assess the area again)"}});
  Profile profile = profile_from_json(document, file);  // its shape and its truth
  std::vector<std::string> names;
  std::size_t index = profile.domains.size();
  for (std::size_t i = 0; i < profile.domains.size(); ++i) {
    names.push_back(profile.domains[i].domain);
    if (profile.domains[i].domain == domain) index = i;
  }
  if (index == profile.domains.size())
    throw InputError({{file, "/domains",
                       "expected a domain " + nlohmann::json(domain).dump() + " to moderate, found only " +
                           detail::join_names(names) + detail::did_you_mean(domain, names)}});
  const std::string pointer = detail::child_pointer("/domains", index) + "/moderation";
  if (const Moderation* given =
          profile.domains[index].moderation ? &*profile.domains[index].moderation : nullptr;
      given && !replace)
    throw InputError(
        {{file, pointer,
          "expected no moderation yet, found one by " + given->organisation + " on " + given->date +
              " (level " + std::to_string(given->level) + "); pass --replace to replace it"}});
  nlohmann::json record = detail::moderation_to_json(moderation);
  detail::JsonChecker checker(file);
  detail::read_moderation(checker, record, pointer);  // the same checks as reading it back
  checker.throw_if_errors();
  nlohmann::json moderated = document;
  moderated["domains"][index]["moderation"] = std::move(record);
  profile_from_json(moderated, file);
  return moderated;
}

}  // namespace spectrum
