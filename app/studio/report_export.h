// File > Export report: the live profile rendered by the reports library (HTML or PDF, by the file's
// extension) and written atomically.
#ifndef SPECTRUM_STUDIO_REPORT_EXPORT_H
#define SPECTRUM_STUDIO_REPORT_EXPORT_H

#include <spectrum/io.h>
#include <spectrum/model.h>
#include <spectrum/profile.h>

#include <QString>

namespace spectrum::studio {

// The formats offered, as a QFileDialog filter.
QString report_filter();
// Renders and writes the report; the format is the extension of `path` ("html", "htm" or "pdf").
// Throws std::invalid_argument for another extension and std::runtime_error when writing fails.
void export_report(const Profile& profile, const model::Assessment& assessment,
                   const QuestionnaireSet& questionnaires, const QString& path);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_REPORT_EXPORT_H
