// Response files ("spectrum.response/1"): one respondent's answers for one area and period, as a
// respondent form (HTML, workbook) or a survey export produces them, and `spectrum merge` takes them.
// A response names every questionnaire it was made from (id, version, SHA-256 of the file), so that
// answers given to one edition of a questionnaire are never scored against another.
#ifndef SPECTRUM_RESPONSE_H
#define SPECTRUM_RESPONSE_H

#include <spectrum/io.h>

#include <filesystem>
#include <string>
#include <vector>

namespace spectrum {

// The edition of a questionnaire a form was made from.
struct QuestionnaireStamp {
  std::string id;
  std::string version;  // "MAJOR.MINOR.PATCH"
  std::string sha256;   // of the questionnaire file, lower-case hex
};

// The stamp of an installed questionnaire.
QuestionnaireStamp stamp_of(const model::Questionnaire& questionnaire);

struct Response {
  std::string path;  // file it was loaded from, "" when built in memory
  model::Area area;
  std::string period;
  model::Respondent respondent;  // id, organisation, sector, role and answers; never a name
  std::vector<QuestionnaireStamp> questionnaires;
  std::string saved;  // when the respondent saved it (ISO 8601, as the form wrote it), may be empty
  nlohmann::json extensions = nlohmann::json::object();
};

// Loads and validates a response against the installed questionnaires. Besides the shape and every
// answer (as for an assessment), each stamp must name an installed questionnaire of the same version
// and SHA-256: a response made from another edition is refused, naming the installed file. Answers to
// a questionnaire the stamps do not list are refused. Throws InputError listing every problem.
Response response_from_json(const nlohmann::json& document, const std::string& file,
                            const QuestionnaireSet& questionnaires);
Response load_response(const std::filesystem::path& path, const QuestionnaireSet& questionnaires);
nlohmann::json to_json(const Response& response);

// A response file's name as the forms suggest it: "<area code>-<respondent id>.response.json", with
// any character other than letters, digits, '-', '_' and '.' replaced by '_'.
std::string response_file_name(const model::Area& area, const std::string& respondent_id);

}  // namespace spectrum

#endif  // SPECTRUM_RESPONSE_H
