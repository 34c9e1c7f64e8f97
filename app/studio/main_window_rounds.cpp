// MainWindow's File → Create Round-2 Forms…: one form per respondent for the next Delphi round, each
// showing the last round's distribution beside the respondent's own answer to every item. The forms'
// responses come back through File → Import Responses… as that round's revisions.
#include "main_window.h"

#include "prompts.h"
#include "round_feedback.h"

#include <spectrum/collect/form.h>
#include <spectrum/consensus.h>
#include <spectrum/response.h>
#include <spectrum/staged_output.h>

#include <QDir>
#include <QStatusBar>

namespace spectrum::studio {

bool MainWindow::create_round2_forms() {
  const QString folder = prompts_.choose_folder(this, tr("Create round-2 forms in"));
  if (folder.isEmpty()) return false;
  return create_round2_forms_in(folder);
}

bool MainWindow::create_round2_forms_in(const QString& folder) {
  const model::Assessment& assessment = document_.assessment();
  if (document_.is_empty() || assessment.area.name.empty()) {
    show_error(tr("No round-2 forms"),
               tr("Round-2 forms need an assessment with respondents, an area and a period."));
    return false;
  }
  const int round = round_count(assessment) + 1;
  std::vector<std::pair<std::string, std::string>> files;  // name, content
  try {
    for (int r = 0; r < static_cast<int>(assessment.respondents.size()); ++r) {
      collect::FormSpec spec;
      spec.area = assessment.area;
      spec.period = assessment.period;
      spec.questionnaires = document_.questionnaires();
      spec.feedback = round_feedback(assessment, spec.questionnaires, r);
      std::string name = response_file_name(assessment.area, assessment.respondents[r].id);
      name = name.substr(0, name.size() - std::string(".response.json").size()) + "-round" +
             std::to_string(round);
      // Each respondent gets both: the facilitator sends whichever they used in round 1.
      files.emplace_back(name + ".html", collect::render_html_form(spec));
      files.emplace_back(name + ".xlsx", collect::render_workbook_form(spec));
    }
    // All or nothing: every form is written, or none.
    StagedOutputs staged;
    for (const auto& [name, content] : files)
      staged.stage(QDir(folder).filePath(QString::fromStdString(name)).toStdString(), content);
    staged.commit();
  } catch (const std::exception& e) {
    show_error(tr("Could not create the round-%1 forms").arg(round), error_text(e));
    return false;
  }
  statusBar()->showMessage(
      tr("Wrote %n round-%1 form(s) in %2", "", static_cast<int>(files.size())).arg(round).arg(folder), 6000);
  prompts_.information(
      this, tr("Round-%1 forms created").arg(round),
      tr("Send each respondent their own form (the file name ends with their respondent id). "
         "Each shows how the partners answered round %1 beside their own answer, starts from "
         "their answers, and saves a response when they are done. Import the responses with "
         "File → Import Responses…: they become round %2.")
          .arg(round - 1)
          .arg(round));
  return true;
}

}  // namespace spectrum::studio
