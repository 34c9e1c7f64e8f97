// Private: the board report's "Workshop" section as text (paragraphs and tables), rendered the same
// way by the HTML, PDF and Markdown reports: agreed against individual per domain, the rationale of
// each agreed item, the items whose agreed answer moved furthest from the median, the Delphi rounds
// and any regulator's moderation.
#ifndef SPECTRUM_REPORTS_WORKSHOP_VIEW_H
#define SPECTRUM_REPORTS_WORKSHOP_VIEW_H

#include <spectrum/profile.h>
#include <spectrum/reports/templates.h>

#include <string>
#include <vector>

namespace spectrum::reports {

// The most items listed as moved furthest from the median.
constexpr std::size_t kMovedItemsShown = 5;

struct WorkshopTable {
  std::string heading;  // empty: none
  std::string intro;    // a sentence before the table; may be empty
  std::vector<std::string> headers;
  std::vector<bool> numeric;  // per column: right-aligned
  std::vector<std::vector<std::string>> rows;
};

struct WorkshopView {
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<WorkshopTable> tables;
};

// Whether the profile has anything for the section: a workshop, rounds or a moderation.
bool has_workshop_section(const Profile& profile);
WorkshopView workshop_view(const Profile& profile, const Templates& templates);

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_WORKSHOP_VIEW_H
