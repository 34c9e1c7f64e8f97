// Reading and writing Spectrum's files. Every loader validates the whole document and throws
// InputError listing every problem (file, JSON pointer, expected, found). Unknown fields are errors
// unless their name starts with "x-" (extensions, kept).
#ifndef SPECTRUM_IO_H
#define SPECTRUM_IO_H

#include <spectrum/diagnostics.h>
#include <spectrum/model.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

constexpr const char* kQuestionnaireFormat = "spectrum.questionnaire/1";
constexpr const char* kAssessmentFormat = "spectrum.assessment/1";
constexpr const char* kProfileFormat = "spectrum.profile/2";    // what Spectrum writes
constexpr const char* kProfileFormatV1 = "spectrum.profile/1";  // still read
// Whether format names a profile Spectrum reads (/2 or /1).
inline bool is_profile_format(std::string_view format) {
  return format == kProfileFormat || format == kProfileFormatV1;
}
constexpr const char* kResponseFormat = "spectrum.response/1";

// Reads a file's bytes; throws InputError when it cannot be read.
std::string read_file(const std::filesystem::path& path);
// Parses JSON text; throws InputError naming the file, line and column on a syntax error.
nlohmann::json parse_json(const std::string& text, const std::string& file);
// The "format" member of a document, or "" when absent or not a string.
std::string format_of(const nlohmann::json& document);
// The top-level "format" member of JSON text, reading no further than it: "" when absent, not a
// string, or when the text is broken before it (parse_json then says what is wrong).
std::string peek_format(const std::string& text);

// Loads and validates a questionnaire file.
model::Questionnaire load_questionnaire(const std::filesystem::path& path);
model::Questionnaire questionnaire_from_json(const nlohmann::json& document, const std::string& file,
                                             const std::string& sha256);
nlohmann::json to_json(const model::Questionnaire& questionnaire);

// The questionnaires an assessment may answer, by id.
using QuestionnaireSet = std::vector<const model::Questionnaire*>;

// Loads and validates an assessment against the questionnaires it answers: unknown questionnaire or
// item ids, answers of the wrong type or out of range, unknown sectors, duplicate respondent ids,
// missing required fields and unknown fields are all reported.
model::Assessment load_assessment(const std::filesystem::path& path, const QuestionnaireSet& questionnaires);
model::Assessment assessment_from_json(const nlohmann::json& document, const std::string& file,
                                       const QuestionnaireSet& questionnaires);
nlohmann::json to_json(const model::Assessment& assessment);

// A blank assessment over these questionnaires: one example respondent, every answer null.
nlohmann::json blank_assessment(const QuestionnaireSet& questionnaires);

// Writes content to path atomically: a temporary file in the same folder, flushed, then renamed over
// path. Throws std::runtime_error naming the path on failure; path is untouched then.
void write_file_atomic(const std::filesystem::path& path, const std::string& content);

// SHA-256 of bytes, lower-case hex.
std::string sha256_hex(const std::string& bytes);

}  // namespace spectrum

#endif  // SPECTRUM_IO_H
