// Private: reading an assessment file straight from its text into the model, with no JSON tree in
// between. A folder run reads tens of thousands of assessments, and building each one's tree and then
// walking it cost more than the parse itself.
#ifndef SPECTRUM_ASSESSMENT_DIRECT_H
#define SPECTRUM_ASSESSMENT_DIRECT_H

#include <spectrum/io.h>
#include <spectrum/model.h>

#include <optional>
#include <string>

namespace spectrum::detail {

// The assessment in text when it has the plain shape: the format, the area, the period, targets and
// respondents with their answers, every one of them valid. Anything else - rounds, a workshop's
// consensus, "x-" extensions, a member given twice, invalid JSON, any value the full reader would
// refuse - gives nullopt, and the caller reads the file with assessment_from_json(), which reports
// each problem with its pointer. This reader therefore never decides that a file is wrong; what it
// returns is exactly what assessment_from_json() returns for the same text.
std::optional<model::Assessment> read_plain_assessment(const std::string& text, const std::string& file,
                                                       const QuestionnaireSet& questionnaires);

}  // namespace spectrum::detail

#endif  // SPECTRUM_ASSESSMENT_DIRECT_H
