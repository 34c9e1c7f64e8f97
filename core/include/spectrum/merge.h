// Merging response files into an assessment: what `spectrum merge` and the studio's
// *Import responses* both run. A merge is all or nothing: when any response is refused, the caller
// writes nothing and changes nothing.
#ifndef SPECTRUM_MERGE_H
#define SPECTRUM_MERGE_H

#include <spectrum/response.h>

#include <optional>
#include <string>
#include <vector>

namespace spectrum {

struct MergeOptions {
  // A respondent already present (in the assessment merged into, or in an earlier response) is
  // refused unless replace is set; then the later answers win and the report lists the replacement.
  bool replace = false;
};

struct MergeReport {
  struct Entry {
    std::string respondent_id;
    std::string organisation;
    std::string file;           // the response that was taken
    std::string replaced_from;  // for a replacement: the file (or assessment) whose answers it replaced
  };
  std::vector<Entry> added;
  std::vector<Entry> replaced;
  std::vector<Entry> revised;  // later-round responses ("x-round"), taken as that round's revisions
  // One per refused response, naming both files: another area or period, the same respondent twice.
  std::vector<Diagnostic> refused;
  bool ok() const { return refused.empty(); }
};

struct MergeResult {
  model::Assessment assessment;  // meaningful only when report.ok()
  MergeReport report;
};

// Adds the responses, in order, to `into` (an assessment loaded from its file) or, when it is empty, to
// a new assessment for the first response's area and period. Responses must be loaded (and so
// validated against the installed questionnaires) already. A response marked "x-round": N (2, 3, ...; a
// later round's form writes it) is of a respondent already present: the items it answers differently from
// their answer at round N-1 become their revisions in round N (model::Round, made when it is the next);
// an item it leaves empty keeps the earlier answer. Every
// response is checked against the assessment's area (name and code) and period; answers of a respondent are
// taken whole.
MergeResult merge_responses(const std::vector<Response>& responses, std::optional<model::Assessment> into,
                            const MergeOptions& options = {});

}  // namespace spectrum

#endif  // SPECTRUM_MERGE_H
