// File > New: the area being assessed (name, code, kind, footprint), the period, and which of the
// installed questionnaires its respondents will answer.
#ifndef SPECTRUM_STUDIO_NEW_ASSESSMENT_DIALOG_H
#define SPECTRUM_STUDIO_NEW_ASSESSMENT_DIALOG_H

#include <spectrum/io.h>
#include <spectrum/model.h>

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace spectrum::studio {

struct NewAssessment {
  model::Area area;
  std::string period;
  QuestionnaireSet questionnaires;
};

// The assessment a NewAssessment describes: blank answers for every chosen questionnaire and one
// respondent to rename. Throws InputError if the details do not make a valid assessment.
model::Assessment make_assessment(const NewAssessment& details, const QuestionnaireSet& installed);

class NewAssessmentDialog : public QDialog {
  Q_OBJECT

 public:
  NewAssessmentDialog(const QuestionnaireSet& available, QWidget* parent = nullptr);
  NewAssessment details() const;

 private:
  void check();

  QuestionnaireSet available_;
  QLineEdit* name_;
  QLineEdit* code_;
  QComboBox* kind_;
  QLineEdit* footprint_;
  QLineEdit* period_;
  QListWidget* questionnaires_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_NEW_ASSESSMENT_DIALOG_H
