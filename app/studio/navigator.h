// The left-hand panel: the respondents (add, edit, remove) with how far each has got, and the domains
// with the chosen respondent's progress in each. Choosing one of each shows their questions.
#ifndef SPECTRUM_STUDIO_NAVIGATOR_H
#define SPECTRUM_STUDIO_NAVIGATOR_H

#include <QWidget>

#include <string>

class QListWidget;
class QPushButton;

namespace spectrum::studio {

class Document;
class Prompts;

class Navigator : public QWidget {
  Q_OBJECT

 public:
  Navigator(Document& document, Prompts& prompts, QWidget* parent = nullptr);

  int respondent() const;             // -1 when none
  std::string questionnaire() const;  // "" when none
  void select(int respondent, const std::string& questionnaire);
  // Re-reads respondents, domains and progress from the document, keeping the selection.
  void refresh();
  // Updates the progress figures only.
  void refresh_progress();
  QListWidget* respondent_list() const { return respondents_; }
  QListWidget* domain_list() const { return domains_; }

  void add_respondent();
  void edit_respondent();
  void remove_respondent();

 signals:
  void selection_changed(int respondent, const std::string& questionnaire);

 private:
  void update_buttons();

  Document& document_;
  Prompts& prompts_;
  QListWidget* respondents_;
  QListWidget* domains_;
  QPushButton* add_;
  QPushButton* edit_;
  QPushButton* remove_;
  bool refreshing_ = false;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_NAVIGATOR_H
