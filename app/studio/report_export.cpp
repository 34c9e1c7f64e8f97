#include "report_export.h"

#include <spectrum/reports/report.h>

#include <QFileInfo>
#include <QObject>

#include <stdexcept>

namespace spectrum::studio {

QString report_filter() {
  return QObject::tr("HTML report (*.html *.htm);;PDF report (*.pdf)");
}

void export_report(const Profile& profile, const model::Assessment& assessment,
                   const QuestionnaireSet& questionnaires, const QString& path) {
  QString format = QFileInfo(path).suffix().toLower();
  if (format == QStringLiteral("htm")) format = QStringLiteral("html");
  if (format != QStringLiteral("html") && format != QStringLiteral("pdf"))
    throw std::invalid_argument(path.toStdString() + ": expected a file ending in .html or .pdf, found \"." +
                                format.toStdString() + "\"");
  reports::ReportInput input;
  input.profile = &profile;
  input.assessment = &assessment;
  input.questionnaires = questionnaires;
  write_file_atomic(path.toStdString(), reports::render(input, format.toStdString()));
}

}  // namespace spectrum::studio
