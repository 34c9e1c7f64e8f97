// libFuzzer harnesses for the file readers, one binary per reader (FUZZ_READER picks it at build
// time): random bytes go through parse_json and the reader; the only outcome allowed besides a value
// is InputError. A crash, a sanitizer report or any other exception is a finding. The assessment
// harness also reads each input with the direct reader (assessment_direct.h): an input it accepts
// and the full reader refuses, or reads differently, is a finding too.
#include "assessment_direct.h"

#include <spectrum/io.h>
#include <spectrum/profile.h>
#include <spectrum/response.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace spectrum;

// The real questionnaires, loaded once: assessments are checked against them.
[[maybe_unused]] const QuestionnaireSet& questionnaires() {
  static const auto* loaded = [] {
    auto* all = new std::vector<std::unique_ptr<model::Questionnaire>>();
    for (const auto& entry : std::filesystem::directory_iterator(SPECTRUM_SOURCE_DIR "/questionnaires"))
      if (entry.path().extension() == ".json")
        all->push_back(std::make_unique<model::Questionnaire>(load_questionnaire(entry.path())));
    return all;
  }();
  static const QuestionnaireSet set = [] {
    QuestionnaireSet s;
    for (const auto& q : *loaded) s.push_back(q.get());
    return s;
  }();
  return set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
#if defined(FUZZ_ASSESSMENT)
  const std::optional<model::Assessment> plain =
      detail::read_plain_assessment(text, "fuzz.json", questionnaires());
#endif
  try {
    nlohmann::json document = parse_json(text, "fuzz.json");
#if defined(FUZZ_ASSESSMENT)
    model::Assessment a = assessment_from_json(document, "fuzz.json", questionnaires());
    (void)to_json(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    if (plain && to_json(*plain) != to_json(a)) __builtin_trap();  // read differently
#elif defined(FUZZ_QUESTIONNAIRE)
    model::Questionnaire q = questionnaire_from_json(document, "fuzz.json", "");
    (void)to_json(q).dump();
#elif defined(FUZZ_PROFILE)
    Profile p = profile_from_json(document, "fuzz.json");
    (void)to_json(p).dump();
#elif defined(FUZZ_RESPONSE)
    Response r = response_from_json(document, "fuzz.json", questionnaires());
    (void)to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
#endif
  } catch (const InputError&) {  // the expected refusal of a bad file
#if defined(FUZZ_ASSESSMENT)
    if (plain) __builtin_trap();  // the direct reader accepted what the full reader refuses
#endif
  }
  return 0;
}
