// Workshop mode: the studio on a projector while a facilitator takes the partners through the items
// one at a time, in large type. For each item: how the respondents answered it, by sector (counts
// only, never names or organisations), the evidence notes given, and the agreed answer with its
// rationale, written into the assessment's consensus record as it is typed. Beside it the running
// profile: each domain's individual score, its agreed score, and the difference. Everything is on the
// keyboard, and the keys are shown at the foot of the view.
#ifndef SPECTRUM_STUDIO_WORKSHOP_VIEW_H
#define SPECTRUM_STUDIO_WORKSHOP_VIEW_H

#include <spectrum/profile.h>

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace spectrum::studio {

class Document;
class ValueInput;

class WorkshopView : public QWidget {
  Q_OBJECT

 public:
  explicit WorkshopView(Document& document, QWidget* parent = nullptr);

  // Takes the items of the document's questionnaires afresh and shows the current one (the first
  // after the document was replaced); puts the keyboard focus on the agreed answer.
  void start();
  void next();
  void previous();
  // Moves to the next item (after the current one, wrapping round) where partners split; false when
  // there is none.
  bool next_split();

  int position() const { return position_; }  // 0-based
  int item_count() const { return static_cast<int>(items_.size()); }
  const std::string& item_id() const;
  ValueInput* agreed_input() const { return input_; }
  QPlainTextEdit* rationale() const { return rationale_; }
  const QTableWidget* distribution() const { return distribution_; }
  const QTableWidget* scores() const { return scores_; }
  QString evidence_text() const;
  QString status_text() const;

  void show_individual(const Profile& profile);
  void show_agreed(const Profile& profile);
  void clear_individual();
  void clear_agreed();

 signals:
  void leave_requested();
  void details_requested();

 private:
  struct Entry {
    std::string questionnaire;
    std::size_t item;  // index in the questionnaire's items
  };
  void add_shortcuts();
  void show_item();
  void record();
  void update_scores();

  Document& document_;
  std::vector<Entry> items_;
  int position_ = 0;
  bool showing_ = false;
  QLabel* where_ = nullptr;
  QLabel* question_ = nullptr;
  QLabel* spread_ = nullptr;
  QTableWidget* distribution_ = nullptr;
  QLabel* evidence_ = nullptr;
  QVBoxLayout* input_box_ = nullptr;
  ValueInput* input_ = nullptr;
  QPlainTextEdit* rationale_ = nullptr;
  QLabel* status_ = nullptr;
  QTableWidget* scores_ = nullptr;
  std::optional<Profile> individual_, agreed_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_WORKSHOP_VIEW_H
