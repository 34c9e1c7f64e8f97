// Every question the app asks the user, in one place: message boxes, file choosers and the small
// dialogs. The window asks through a Prompts object so that tests can answer in its place.
#ifndef SPECTRUM_STUDIO_PROMPTS_H
#define SPECTRUM_STUDIO_PROMPTS_H

#include <spectrum/io.h>
#include <spectrum/model.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QWidget;

namespace spectrum::studio {

struct NewAssessment;

enum class UnsavedChoice { save, discard, cancel };

class Prompts {
 public:
  virtual ~Prompts() = default;
  // "The file has unsaved changes": Save, Discard or Cancel.
  virtual UnsavedChoice unsaved_changes(QWidget* parent, const QString& name);
  // An autosave newer than the file was found: use it?
  virtual bool recover_autosave(QWidget* parent, const QString& file, const QString& autosave);
  // A file to open / to save to ("" when cancelled). `filter` as QFileDialog takes it.
  virtual QString open_file(QWidget* parent, const QString& title, const QString& filter);
  virtual QStringList open_files(QWidget* parent, const QString& title, const QString& filter);
  virtual QString save_file(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter);
  // A folder to write into ("" when cancelled).
  virtual QString choose_folder(QWidget* parent, const QString& title);
  // The details of a new assessment; none when cancelled.
  virtual std::optional<NewAssessment> new_assessment(QWidget* parent, const QuestionnaireSet& available);
  // Edits a respondent's details in place; false when cancelled.
  virtual bool edit_respondent(QWidget* parent, model::Respondent& respondent);
  // Asks before removing a respondent and their answers.
  virtual bool confirm_remove(QWidget* parent, const QString& what);
  // Responses name respondents already in the assessment (one per line in `which`): replace them?
  virtual bool confirm_replace(QWidget* parent, const QString& which);
  // The consensus workshop's date, method, facilitator and participants (WorkshopDialog), edited in
  // place; false when cancelled.
  virtual bool workshop_details(QWidget* parent, model::Consensus& details,
                                const std::vector<model::Participant>& candidates);
  virtual void error(QWidget* parent, const QString& title, const QString& text);
  virtual void information(QWidget* parent, const QString& title, const QString& text);
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_PROMPTS_H
