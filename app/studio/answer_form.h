// The questions of one questionnaire for one respondent, section by section. Edits go straight to
// the document; items whose relevance condition stops holding are hidden, and shown again when it
// holds.
#ifndef SPECTRUM_STUDIO_ANSWER_FORM_H
#define SPECTRUM_STUDIO_ANSWER_FORM_H

#include <QScrollArea>

#include <string>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace spectrum::studio {

class Document;
class ItemEditor;

class AnswerForm : public QScrollArea {
  Q_OBJECT

 public:
  explicit AnswerForm(Document& document, QWidget* parent = nullptr);

  // Shows the questionnaire `questionnaire` for respondent `respondent` (an index); nothing when
  // either is unknown.
  void show_sheet(int respondent, const std::string& questionnaire);
  int respondent() const { return respondent_; }
  const std::string& questionnaire() const { return questionnaire_; }
  // The editor of an item on the sheet, or nullptr.
  ItemEditor* editor(const std::string& item_id) const;
  // Puts the keyboard focus on the first shown question's input; false when there is none.
  bool focus_first_item();
  // Re-reads every answer from the document (after the document changed underneath).
  void reload();

 signals:
  void answer_edited();

 private:
  void rebuild();
  void update_relevance();

  Document& document_;
  int respondent_ = -1;
  std::string questionnaire_;
  QWidget* page_ = nullptr;
  QLabel* heading_ = nullptr;
  std::vector<ItemEditor*> editors_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_ANSWER_FORM_H
