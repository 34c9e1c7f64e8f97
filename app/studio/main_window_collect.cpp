// MainWindow's collection: File → Create respondent forms… and File → Import responses…, which run
// the same form writer and the same merge as `spectrum form` and `spectrum merge`.
#include "main_window.h"

#include "prompts.h"

#include <spectrum/collect/form.h>
#include <spectrum/collect/response_inputs.h>
#include <spectrum/merge.h>

#include <QFileInfo>
#include <QStatusBar>

#include <algorithm>

namespace spectrum::studio {

namespace {

QString responses_filter() {
  return QObject::tr("Responses (*.json);;All files (*)");
}

QString forms_filter() {
  return QObject::tr("Respondent forms (*.html)");
}

QString entry_lines(const std::vector<MergeReport::Entry>& entries, bool replaced) {
  QStringList lines;
  for (const auto& e : entries) {
    QString line = QStringLiteral("%1 (%2) from %3")
                       .arg(QString::fromStdString(e.respondent_id), QString::fromStdString(e.organisation),
                            QFileInfo(QString::fromStdString(e.file)).fileName());
    if (replaced)
      line += QObject::tr(", replacing the answers from %1").arg(QString::fromStdString(e.replaced_from));
    lines << QStringLiteral("  ") + line;
  }
  return lines.join(QLatin1Char('\n'));
}

// Whether every refusal is of a respondent already present (which --replace would take).
bool only_repeats(const MergeReport& report) {
  return std::all_of(report.refused.begin(), report.refused.end(),
                     [](const Diagnostic& d) { return d.pointer == "/respondent/id"; });
}

}  // namespace

bool MainWindow::create_forms() {
  const model::Assessment& assessment = document_.assessment();
  QString stem =
      QString::fromStdString(assessment.area.code.empty() ? assessment.area.name : assessment.area.code);
  stem = stem.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
  QString path = prompts_.save_file(this, tr("Create respondent forms"), stem + QStringLiteral("-form.html"),
                                    forms_filter());
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".html");
  return create_forms_to(path);
}

bool MainWindow::create_forms_to(const QString& path) {
  const model::Assessment& assessment = document_.assessment();
  collect::FormSpec spec;
  spec.area = assessment.area;
  spec.period = assessment.period;
  spec.questionnaires = document_.questionnaires();
  if (spec.questionnaires.empty()) spec.questionnaires = registry_.questionnaires();
  const bool workbook = QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
  try {
    write_file_atomic(path.toStdString(),
                      workbook ? collect::render_workbook_form(spec) : collect::render_html_form(spec));
  } catch (const std::exception& e) {
    show_error(tr("Could not create %1").arg(display_name(path)), error_text(e));
    return false;
  }
  statusBar()->showMessage(tr("Wrote the respondent form %1").arg(path), 6000);
  prompts_.information(
      this, tr("Respondent form created"),
      workbook
          ? tr("Send %1 to every respondent. Each fills it in with Excel or LibreOffice, saves it under a "
               "name of their own and sends it back. Then choose File → Import Responses… to add their "
               "answers here.")
                .arg(QFileInfo(path).fileName())
          : tr("Send %1 to every respondent. Each opens it in a browser, answers, and chooses \"Save "
               "answers\"; they send back the file it saves. Then choose File → Import Responses… to add "
               "their answers here.")
                .arg(QFileInfo(path).fileName()));
  return true;
}

bool MainWindow::import_responses() {
  const QStringList paths = prompts_.open_files(this, tr("Import responses"), responses_filter());
  if (paths.isEmpty()) return false;
  return import_responses_from(paths);
}

bool MainWindow::import_responses_from(const QStringList& paths) {
  std::vector<std::filesystem::path> files;
  for (const QString& p : paths) files.emplace_back(p.toStdString());
  // A survey export (.csv) answers the open assessment's area and period.
  collect::ResponseInputOptions options;
  options.columns = true;
  options.area = document_.assessment().area;
  options.period = document_.assessment().period;
  std::vector<Diagnostic> problems;
  std::vector<Response> responses =
      collect::read_responses(files, registry_.questionnaires(), problems, options);
  if (!problems.empty()) {
    show_error(tr("Nothing was imported"), error_text(InputError(problems)));
    return false;
  }
  // An assessment with respondents or an area is merged into; a blank one takes the first response's.
  std::optional<model::Assessment> into;
  const model::Assessment& current = document_.assessment();
  if (!current.respondents.empty() || !current.area.name.empty()) {
    into = current;
    into->path = display_name(document_.file_path()).toStdString();
  }
  MergeResult result = merge_responses(responses, into);
  if (!result.report.ok() && only_repeats(result.report)) {
    QStringList repeats;
    for (const Diagnostic& d : result.report.refused) repeats << QString::fromStdString(d.str());
    if (prompts_.confirm_replace(this, repeats.join(QLatin1Char('\n')))) {
      result = merge_responses(responses, into, {.replace = true});
    }
  }
  if (!result.report.ok()) {
    show_error(tr("Nothing was imported"), error_text(InputError(result.report.refused)));
    return false;
  }
  const QString file = document_.file_path();
  result.assessment.path = current.path;
  document_.replace(std::move(result.assessment), file, true);
  QString summary = tr("Added %n respondent(s)", "", static_cast<int>(result.report.added.size()));
  if (!result.report.added.empty())
    summary += QStringLiteral(":\n") + entry_lines(result.report.added, false);
  if (!result.report.replaced.empty())
    summary += QStringLiteral("\n") +
               tr("Replaced %n respondent(s)", "", static_cast<int>(result.report.replaced.size())) +
               QStringLiteral(":\n") + entry_lines(result.report.replaced, true);
  if (!result.report.revised.empty())
    summary += QStringLiteral("\n") +
               tr("Took %n later-round response(s) as revisions", "",
                  static_cast<int>(result.report.revised.size())) +
               QStringLiteral(":\n") + entry_lines(result.report.revised, false);
  statusBar()->showMessage(tr("Imported %n response(s)", "", static_cast<int>(responses.size())), 6000);
  prompts_.information(this, tr("Responses imported"), summary);
  return true;
}

}  // namespace spectrum::studio
