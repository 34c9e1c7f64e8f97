// Several profiles on one radar: the reports' chart model lays out the radar of each profile over the
// same axes (the comparison's columns); the first is drawn in full, the others add their score
// polygons in their own colours, with a key naming each.
#ifndef SPECTRUM_STUDIO_COMPARE_RADAR_H
#define SPECTRUM_STUDIO_COMPARE_RADAR_H

#include <spectrum/compare.h>
#include <spectrum/profile.h>
#include <spectrum/reports/chart_model.h>

#include <string>
#include <vector>

namespace spectrum::studio {

// The colour of the n-th profile on the overlaid radar (the first is the chart style's score colour).
std::string overlay_colour(std::size_t index, const reports::ChartStyle& style);

// The profile with its domains laid on `columns` (a domain it lacks is unscored there; the overall
// column is skipped) and no targets, so that every radar built from such profiles shares its axes.
Profile on_axes(const Profile& profile, const std::vector<CompareColumn>& columns);

// The overlaid radar of the profiles; `names` label them in the key (one per profile).
reports::Scene overlay_radar(const std::vector<Profile>& profiles, const std::vector<std::string>& names,
                             const std::vector<CompareColumn>& columns, const reports::ChartLabels& labels,
                             const reports::ChartStyle& style);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_COMPARE_RADAR_H
