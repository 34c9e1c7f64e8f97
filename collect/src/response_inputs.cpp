// Every channel's files into responses.
#include <spectrum/collect/response_inputs.h>

#include "channels.h"

#include <algorithm>
#include <cctype>

namespace spectrum::collect {

namespace {

std::string extension_of(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

}  // namespace

std::vector<Response> read_responses(const std::vector<std::filesystem::path>& files,
                                     const QuestionnaireSet& questionnaires,
                                     std::vector<Diagnostic>& problems, const ResponseInputOptions& options) {
  std::vector<Response> responses;
  for (const std::filesystem::path& file : files) {
    const std::string extension = extension_of(file);
    try {
      if (extension == ".xlsx") {
        responses.push_back(detail::read_workbook_response(file, questionnaires, options));
      } else if (extension == ".csv" && options.columns) {
        std::vector<Response> rows = detail::read_survey_responses(file, questionnaires, options, problems);
        responses.insert(responses.end(), rows.begin(), rows.end());
      } else if (extension == ".csv") {
        problems.push_back(
            {file.string(), "",
             "a CSV file is read as a survey export (one respondent per row) only with --columns"});
      } else {
        responses.push_back(load_response(file, questionnaires));
      }
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  return responses;
}

}  // namespace spectrum::collect
