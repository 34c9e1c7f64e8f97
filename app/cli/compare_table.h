// The terminal table of a comparison: per period, the areas by overall rank with every domain's
// score and level (U for uncertain), cut to the top and bottom when the period is long.
#ifndef SPECTRUM_CLI_COMPARE_TABLE_H
#define SPECTRUM_CLI_COMPARE_TABLE_H

#include <spectrum/compare.h>

#include <cstddef>
#include <ostream>

namespace spectrum::cli {

void print_comparison(std::ostream& out, const Comparison& comparison, std::size_t top);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_COMPARE_TABLE_H
