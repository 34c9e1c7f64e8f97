// The words, colours and sizes of the charts, from the report templates (spectrum/reports/templates.h),
// so the app's charts look like the reports'. Loaded once.
#ifndef SPECTRUM_STUDIO_CHART_THEME_H
#define SPECTRUM_STUDIO_CHART_THEME_H

#include <spectrum/reports/chart_model.h>

#include <QString>

#include <string>

namespace spectrum::studio {

struct ChartTheme {
  reports::ChartLabels labels;
  reports::ChartStyle style;
  QString level_name(int level) const;  // from the templates' wording
  QString sector(const std::string& name) const;
};

// The templates' theme. When the templates cannot be read (a broken override), the built-in ones are
// used and `problem` says why.
const ChartTheme& chart_theme(QString* problem = nullptr);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_CHART_THEME_H
