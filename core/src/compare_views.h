// Private: the views compare() builds after the table and the cohorts (compare_groups.cpp,
// compare_rollup.cpp, compare_trends.cpp).
#ifndef SPECTRUM_COMPARE_VIEWS_H
#define SPECTRUM_COMPARE_VIEWS_H

#include <spectrum/compare.h>

#include <string>
#include <vector>

namespace spectrum::detail {

// Text without case, for matching names, codes and fields.
std::string lower(std::string_view text);

// The value of an area field named in kGroupFields; "(none)" when empty.
std::string group_value(const model::Area& area, std::string_view field);

// Peer groups by comparison.group_by (nothing when empty); sets each area's group and each cell's
// from_group_median.
void build_groups(Comparison& comparison);

// HWB profiles combined into their footprints (profiles parallel to comparison.areas).
void build_footprints(Comparison& comparison, const std::vector<CompareRow>& profiles);

// Areas followed across periods, and the movers per column.
void build_trends(Comparison& comparison);

// The domain's score in its cell on the basis ranked (rank_by): scored, score, level, uncertain, agreed
// (compare_consensus.cpp).
void fill_ranked_score(CompareCell& cell, const CompareRowDomain& domain, std::string_view rank_by);
// The overall position on the basis ranked: the profile's own when it used that basis, else recombined
// from its domains under its own combination method.
void fill_ranked_overall(CompareCell& cell, const CompareRow& profile, std::string_view rank_by);
// Every cell whose moderated level differs from its level (or that had no level to moderate).
void list_moderation_differences(Comparison& comparison);

}  // namespace spectrum::detail

#endif  // SPECTRUM_COMPARE_VIEWS_H
