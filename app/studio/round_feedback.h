// Delphi feedback for a later round: for one respondent, each item's distribution of answers in the
// round just held (everyone together, never by name or sector) and their own answer then.
#ifndef SPECTRUM_STUDIO_ROUND_FEEDBACK_H
#define SPECTRUM_STUDIO_ROUND_FEEDBACK_H

#include <spectrum/collect/form.h>
#include <spectrum/io.h>
#include <spectrum/model.h>

namespace spectrum::studio {

// The feedback for `respondent` (an index into the assessment's respondents): round round_count() + 1,
// their details and last-round answers, and every item's feedback.
collect::RoundFeedback round_feedback(const model::Assessment& assessment,
                                      const QuestionnaireSet& questionnaires, int respondent);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_ROUND_FEEDBACK_H
