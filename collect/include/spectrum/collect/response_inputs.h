// Reading what respondents send back, whatever the channel: response files (.json) today; the
// channels that turn another file into responses (a filled workbook, a survey export) plug in here,
// so that `spectrum merge` and the studio's *Import responses* read every channel the same way.
#ifndef SPECTRUM_COLLECT_RESPONSE_INPUTS_H
#define SPECTRUM_COLLECT_RESPONSE_INPUTS_H

#include <spectrum/response.h>

#include <filesystem>
#include <vector>

namespace spectrum::collect {

struct ResponseInputOptions {
  bool columns = false;  // .csv files are survey exports, one respondent per row
};

// Reads every response in files, in order. A file that cannot be read or is invalid adds its
// diagnostics to problems (file, pointer or sheet!cell, expected, found) and no responses.
std::vector<Response> read_responses(const std::vector<std::filesystem::path>& files,
                                     const QuestionnaireSet& questionnaires, std::vector<Diagnostic>& problems,
                                     const ResponseInputOptions& options = {});

}  // namespace spectrum::collect

#endif  // SPECTRUM_COLLECT_RESPONSE_INPUTS_H
