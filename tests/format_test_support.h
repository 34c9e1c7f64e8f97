// Helpers for the file-format tests: fixture paths and the diagnostics a loader reports.
#ifndef SPECTRUM_FORMAT_TEST_SUPPORT_H
#define SPECTRUM_FORMAT_TEST_SUPPORT_H

#include <spectrum/diagnostics.h>
#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace format_test {

inline std::string fixture(const std::string& name) {
  return std::string(SPECTRUM_FIXTURES) + "/files/" + name;
}

// The diagnostics of the InputError that load() throws; fails the test when it throws none.
template <typename Load>
std::vector<spectrum::Diagnostic> diagnostics_of(Load load) {
  try {
    load();
  } catch (const spectrum::InputError& error) {
    return error.diagnostics();
  }
  FAIL("expected an InputError, but the file loaded");
  return {};
}

// The messages reported at exactly this pointer, joined by " | "; "<none>" when there is none.
inline std::string messages_at(const std::vector<spectrum::Diagnostic>& diagnostics,
                               const std::string& pointer) {
  std::string messages;
  for (const spectrum::Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.pointer != pointer) continue;
    if (!messages.empty()) messages += " | ";
    messages += diagnostic.message;
  }
  return messages.empty() ? "<none>" : messages;
}

// The ```json examples of docs/file-formats.md whose "format" is format, in order.
inline std::vector<nlohmann::json> documented_examples(const std::string& format) {
  std::string text = spectrum::read_file(std::string(SPECTRUM_SOURCE_DIR) + "/docs/file-formats.md");
  std::vector<nlohmann::json> examples;
  const std::string open = "```json\n", close = "```";
  for (std::size_t start = text.find(open); start != std::string::npos; start = text.find(open, start)) {
    start += open.size();
    std::size_t end = text.find(close, start);
    REQUIRE(end != std::string::npos);
    nlohmann::json example = spectrum::parse_json(text.substr(start, end - start), "docs/file-formats.md");
    if (spectrum::format_of(example) == format) examples.push_back(std::move(example));
    start = end + close.size();
  }
  return examples;
}

inline spectrum::model::Questionnaire mini_questionnaire() {
  return spectrum::load_questionnaire(fixture("mini_questionnaire.json"));
}

// The mini questionnaire, loaded, as the set of questionnaires a loader checks against.
struct MiniLoaded {
  spectrum::model::Questionnaire questionnaire = mini_questionnaire();
  spectrum::QuestionnaireSet set() const { return {&questionnaire}; }
};

}  // namespace format_test

#endif  // SPECTRUM_FORMAT_TEST_SUPPORT_H
