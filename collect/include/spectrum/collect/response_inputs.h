// Reading what respondents send back, whatever the channel: response files (.json), filled respondent
// workbooks (.xlsx) and survey-tool exports (.csv), so that `spectrum merge` and the studio's
// *Import responses* read every channel the same way. Whatever the channel, a response is validated
// exactly as a response file is.
#ifndef SPECTRUM_COLLECT_RESPONSE_INPUTS_H
#define SPECTRUM_COLLECT_RESPONSE_INPUTS_H

#include <spectrum/response.h>

#include <filesystem>
#include <vector>

namespace spectrum::collect {

struct ResponseInputOptions {
  bool columns = false;  // .csv files are survey exports, one respondent per row
  // Survey exports do not say which area and period they answer: these do (both required for them).
  model::Area area;
  std::string period;
  // Columns of a survey export to leave out (a survey tool's own, such as "Timestamp"); other
  // columns that name no item are errors.
  std::vector<std::string> skip_columns;
};

// Reads every response in files, in order, by extension: .xlsx a filled workbook (one response),
// .csv with options.columns a survey export (one response per row), anything else a response file.
// A file that cannot be read or is invalid adds its diagnostics to problems (file, then a JSON
// pointer, "Sheet!C7" or "row 3, column LD04", then expected and found) and no responses.
std::vector<Response> read_responses(const std::vector<std::filesystem::path>& files,
                                     const QuestionnaireSet& questionnaires,
                                     std::vector<Diagnostic>& problems,
                                     const ResponseInputOptions& options = {});

}  // namespace spectrum::collect

#endif  // SPECTRUM_COLLECT_RESPONSE_INPUTS_H
