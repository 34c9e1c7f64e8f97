// The workshop's details: its date, method and facilitating organisation, and which of the partners
// took part (organisation, sector and role; a consensus record never holds a person's name).
#ifndef SPECTRUM_STUDIO_WORKSHOP_DIALOG_H
#define SPECTRUM_STUDIO_WORKSHOP_DIALOG_H

#include <spectrum/model.h>

#include <QDialog>

#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace spectrum::studio {

class WorkshopDialog : public QDialog {
  Q_OBJECT

 public:
  // `candidates`: the partners who may have taken part (the respondents' organisations); those in
  // `initial` are ticked.
  WorkshopDialog(const model::Consensus& initial, const std::vector<model::Participant>& candidates,
                 QWidget* parent = nullptr);

  // The details entered (no items).
  model::Consensus details() const;

 private:
  void check();

  model::Consensus initial_;
  std::vector<model::Participant> candidates_;
  QDateEdit* date_;
  QLineEdit* method_;
  QLineEdit* facilitator_;
  QListWidget* participants_;
  QDialogButtonBox* buttons_;
};

// The partners who may take part: the record's participants, then each respondent's organisation,
// sector and role once.
std::vector<model::Participant> participant_candidates(const model::Assessment& assessment,
                                                       const model::Consensus& details);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_WORKSHOP_DIALOG_H
