// Adding or editing a respondent: organisation, sector, role and an optional name (never written to
// a profile).
#ifndef SPECTRUM_STUDIO_RESPONDENT_DIALOG_H
#define SPECTRUM_STUDIO_RESPONDENT_DIALOG_H

#include <spectrum/model.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace spectrum::studio {

class RespondentDialog : public QDialog {
  Q_OBJECT

 public:
  explicit RespondentDialog(const model::Respondent& initial, QWidget* parent = nullptr);

  // The details entered (answers and id untouched from the initial respondent).
  model::Respondent respondent() const;
  // Fills the fields (for tests and scripted use).
  void set_fields(const QString& organisation, Sector sector, const QString& role, const QString& name = {});

 private:
  void check();

  model::Respondent initial_;
  QLineEdit* organisation_;
  QComboBox* sector_;
  QComboBox* role_;
  QLineEdit* name_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_RESPONDENT_DIALOG_H
