#include "plugin_checks.h"

#include "host_sink.h"
#include "json_checker.h"

#include <utility>

namespace spectrum::detail {
namespace {

std::string in_quotes(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

// The first descriptor string that is not valid UTF-8, or nullptr.
const char* invalid_utf8_field(const ProbedDescriptor& d) {
  const std::pair<const char*, const std::optional<std::string>*> fields[] = {
      {"id", &d.id},
      {"version", &d.version},
      {"domain", &d.domain},
      {"title", &d.title},
      {"questionnaire", &d.questionnaire_id},
      {"accepts_from", &d.questionnaire_min},
      {"accepts_below", &d.questionnaire_below}};
  for (const auto& [name, value] : fields) {
    bool repaired = false;
    if (*value) repair_utf8(**value, repaired);
    if (repaired) return name;
  }
  return nullptr;
}

// Collects the descriptor's fields into a LoadedPlugin, stopping at the first failed check.
class DescriptorCheck {
 public:
  DescriptorCheck(const std::filesystem::path& path, const spectrum_plugin_descriptor_v1& d)
      : file_(path.filename().string()), d_(d) {
    plugin_.path = path;
    plugin_.abi_version = d.abi_version;
  }

  bool fail(const std::string& message) {
    if (reason_.empty()) reason_ = file_ + ": " + message;
    return false;
  }

  bool abi() {
    if (d_.abi_version != SPECTRUM_ABI_VERSION)
      return fail("built for SDK ABI " + std::to_string(d_.abi_version) + ", this host speaks ABI " +
                  std::to_string(SPECTRUM_ABI_VERSION));
    if (d_.struct_size < sizeof(spectrum_plugin_descriptor_v1))
      return fail("descriptor struct_size is " + std::to_string(d_.struct_size) + ", expected at least " +
                  std::to_string(sizeof(spectrum_plugin_descriptor_v1)) + " for ABI " +
                  std::to_string(SPECTRUM_ABI_VERSION));
    return true;
  }

  // A string field that must be present and non-empty.
  bool text(const char* field, const char* value, std::string& out, const char* example) {
    if (value == nullptr || *value == '\0')
      return fail(std::string(field) + " is " + (value ? "empty" : "null") + ", expected " + example);
    out = value;
    return true;
  }

  bool identity() {
    plugin_.title = d_.title ? d_.title : "";
    return text("id", d_.id, plugin_.id, "a plugin id such as \"leadership\"") &&
           text("domain", d_.domain, plugin_.domain, "the domain it scores") &&
           text("questionnaire", d_.questionnaire_id, plugin_.questionnaire_id,
                "the id of the questionnaire it scores") &&
           version("version", d_.version, plugin_.version) &&
           version("accepts_from", d_.questionnaire_min, plugin_.accepts_from) &&
           version("accepts_below", d_.questionnaire_below, plugin_.accepts_below) && range() &&
           (d_.score != nullptr || fail("score is null, expected a score function"));
  }

  bool version(const char* field, const char* value, std::string& out) {
    if (!text(field, value, out, "a semantic version MAJOR.MINOR.PATCH")) return false;
    if (!model::Version::parse(out))
      return fail(std::string(field) + " " + in_quotes(out) +
                  " is not a semantic version, expected MAJOR.MINOR.PATCH");
    return true;
  }

  // [accepts_from, accepts_below) must hold at least one version.
  bool range() {
    auto from = *model::Version::parse(plugin_.accepts_from);
    auto below = *model::Version::parse(plugin_.accepts_below);
    if (from < below) return true;
    return fail("accepted questionnaire versions [" + plugin_.accepts_from + ", " + plugin_.accepts_below +
                ") are " + (below < from ? "an inverted" : "an empty") +
                " range, expected accepts_below above accepts_from");
  }

  bool questionnaire(const QuestionnaireLookup& find, const std::vector<std::string>& installed_ids,
                     const model::Questionnaire* built_with) {
    const model::Questionnaire* q = find(plugin_.questionnaire_id);
    if (q == nullptr && built_with != nullptr)
      return fail("questionnaire " + in_quotes(plugin_.questionnaire_id) + " is not the id of " +
                  std::filesystem::path(built_with->path).filename().string() + ", expected its id " +
                  in_quotes(built_with->id));
    if (q == nullptr)
      return fail("questionnaire " + in_quotes(plugin_.questionnaire_id) +
                  " is not installed, expected a questionnaire with that id in a questionnaire folder" +
                  did_you_mean(plugin_.questionnaire_id, installed_ids));
    auto from = *model::Version::parse(plugin_.accepts_from);
    auto below = *model::Version::parse(plugin_.accepts_below);
    if (q->version < from || !(q->version < below))
      return fail("questionnaire " + in_quotes(q->id) + " version " + q->version.str() + " (" + q->path +
                  ") is outside the accepted range, expected >= " + plugin_.accepts_from + " and < " +
                  plugin_.accepts_below);
    if (q->domain != plugin_.domain)
      return fail("domain " + in_quotes(plugin_.domain) + " differs from questionnaire " + in_quotes(q->id) +
                  ", expected its domain " + in_quotes(q->domain));
    plugin_.questionnaire = q;
    return true;
  }

  CheckedPlugin result() && {
    CheckedPlugin out;
    if (reason_.empty()) out.plugin = std::move(plugin_);
    out.reason = std::move(reason_);
    return out;
  }

 private:
  std::string file_;
  const spectrum_plugin_descriptor_v1& d_;
  LoadedPlugin plugin_;
  std::string reason_;
};

}  // namespace

CheckedPlugin check_descriptor(const std::filesystem::path& path,
                               const spectrum_plugin_descriptor_v1* descriptor,
                               const QuestionnaireLookup& find_questionnaire,
                               const std::vector<std::string>& installed_ids,
                               const model::Questionnaire* built_with) {
  if (descriptor == nullptr) {
    CheckedPlugin out;
    out.reason = path.filename().string() + ": " SPECTRUM_DESCRIPTOR_SYMBOL
                                            "() returned null, expected a pointer to its descriptor";
    return out;
  }
  DescriptorCheck check(path, *descriptor);
  (void)(check.abi() && check.identity() &&
         check.questionnaire(find_questionnaire, installed_ids, built_with));
  return std::move(check).result();
}

CheckedPlugin check_probed(const std::filesystem::path& path, const ProbeResult& probed,
                           const QuestionnaireLookup& find_questionnaire,
                           const std::vector<std::string>& installed_ids,
                           const model::Questionnaire* built_with) {
  CheckedPlugin out;
  if (!probed.reason.empty()) {
    out.reason = probed.reason;
    return out;
  }
  if (probed.descriptor)
    if (const char* field = invalid_utf8_field(*probed.descriptor)) {
      out.reason =
          path.filename().string() + ": descriptor " + field + " is not valid UTF-8, expected UTF-8 text";
      return out;
    }
  spectrum_plugin_descriptor_v1 view{};
  if (probed.descriptor) view = probed.descriptor->view();
  return check_descriptor(path, probed.descriptor ? &view : nullptr, find_questionnaire, installed_ids,
                          built_with);
}

}  // namespace spectrum::detail
