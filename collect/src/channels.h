// Private: the channels that turn a file other than a response file into responses.
#ifndef SPECTRUM_COLLECT_CHANNELS_H
#define SPECTRUM_COLLECT_CHANNELS_H

#include <spectrum/collect/response_inputs.h>

#include <filesystem>
#include <vector>

namespace spectrum::collect::detail {

// A filled respondent workbook (spectrum form -o X.xlsx): one response. A workbook made without an area
// takes the area and period its respondent gave on the cover, or else options.area and options.period
// (from merge's --into, or --area and --period). Throws InputError naming the sheet and cell of every
// problem.
Response read_workbook_response(const std::filesystem::path& path, const QuestionnaireSet& installed,
                                const ResponseInputOptions& options);

// A survey tool's CSV export, one respondent per row: the responses of the rows without problems;
// every problem (naming row and column) goes to problems.
std::vector<Response> read_survey_responses(const std::filesystem::path& path,
                                            const QuestionnaireSet& installed,
                                            const ResponseInputOptions& options,
                                            std::vector<Diagnostic>& problems);

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_CHANNELS_H
