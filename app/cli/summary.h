// The terminal summary of a profile: one line per domain with its level (or uncertain), score and a
// bar, agreement and gap to target; then the overall position, perception gaps and failures.
#ifndef SPECTRUM_CLI_SUMMARY_H
#define SPECTRUM_CLI_SUMMARY_H

#include <spectrum/profile.h>

#include <ostream>
#include <string>

namespace spectrum::cli {

// A bar of `width` cells for a score 0..5, with eighth-block precision.
std::string score_bar(double score, int width);
void print_summary(std::ostream& out, const Profile& profile);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_SUMMARY_H
