// Spectrum Studio's window: respondents and domains on the left, the questions in the middle, the
// live profile on the right; the File menu (new, open, recent, save, save as, export, respondent
// forms and imported responses, quit), the
// Respondent menu, the compare view and the plugins dialog.
#ifndef SPECTRUM_STUDIO_MAIN_WINDOW_H
#define SPECTRUM_STUDIO_MAIN_WINDOW_H

#include "autosave.h"
#include "document.h"
#include "live_scorer.h"

#include <spectrum/registry.h>

#include <QMainWindow>

#include <memory>

class QMenu;
class QStackedWidget;

namespace spectrum::studio {

class AnswerForm;
class Navigator;
class ProfileView;
class Prompts;
class WorkshopView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // The registry and the prompts must outlive the window; prompts null means the standard dialogs.
  explicit MainWindow(const Registry& registry, Prompts* prompts = nullptr, QWidget* parent = nullptr);
  ~MainWindow() override;

  // File operations, as the menu runs them. Each returns true when it did what was asked.
  bool new_assessment();
  bool open();                          // asks for a file
  bool open_file(const QString& path);  // offers a newer autosave first
  // At start without a file: offers the autosave of a new assessment never saved, if there is one.
  bool offer_untitled_recovery();
  bool save();     // asks for a file when the assessment has none
  bool save_as();  // asks for a file
  bool save_to(const QString& path);
  bool export_report();  // asks for a file
  bool export_report_to(const QString& path);
  // Collection (main_window_collect.cpp): a respondent form for this area and period, and the
  // responses merged in (all or nothing; a respondent already present is replaced only when the user
  // agrees).
  bool create_forms();  // asks for a file
  bool create_forms_to(const QString& path);
  bool import_responses();  // asks for files
  bool import_responses_from(const QStringList& paths);
  // Workshop mode (main_window_workshop.cpp): one item at a time for the partners on a projector,
  // with the agreed answers written into the assessment's consensus record.
  bool enter_workshop();  // false when there is nothing to discuss (no respondents)
  void leave_workshop();
  bool in_workshop() const;
  bool edit_workshop_details();  // asks; false when cancelled
  // Round-2 forms (main_window_rounds.cpp): one form per respondent, showing the last round's
  // distribution beside their own answer to each item; their responses, imported, become the next round.
  bool create_round2_forms();                          // asks for a folder
  bool create_round2_forms_in(const QString& folder);  // a web page and a workbook per respondent
  // Asks what to do with unsaved changes; true when it is fine to drop the document now.
  bool maybe_keep_work();

  Document& document() { return document_; }
  LiveScorer& scorer() { return scorer_; }
  Autosaver& autosaver() { return autosaver_; }
  Navigator* navigator() const { return navigator_; }
  AnswerForm* form() const { return form_; }
  ProfileView* profile_view() const { return profile_view_; }
  WorkshopView* workshop() const { return workshop_; }
  LiveScorer& agreed_scorer() { return agreed_scorer_; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void build_menus();
  void build_file_menu();
  void update_title();
  void update_recent_menu();
  void remember(const QString& path);
  void show_compare();
  void show_plugins();
  void show_about();
  void show_error(const QString& title, const QString& text);
  void build_view_menu();
  void build_workshop();

  const Registry& registry_;
  std::unique_ptr<Prompts> own_prompts_;
  Prompts& prompts_;
  Document document_;
  Autosaver autosaver_;
  LiveScorer scorer_;
  LiveScorer agreed_scorer_;  // the workshop's agreed answers
  Navigator* navigator_ = nullptr;
  AnswerForm* form_ = nullptr;
  ProfileView* profile_view_ = nullptr;
  WorkshopView* workshop_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QAction* workshop_action_ = nullptr;
  Qt::WindowStates before_workshop_;
  QMenu* recent_menu_ = nullptr;
  QAction* save_action_ = nullptr;
  QAction* save_as_action_ = nullptr;
  QAction* export_action_ = nullptr;
};

// The text of an error thrown while loading or saving: every diagnostic on its own line.
QString error_text(const std::exception& error);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_MAIN_WINDOW_H
