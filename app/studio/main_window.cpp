#include "main_window.h"

#include "answer_form.h"
#include "compare_window.h"
#include "navigator.h"
#include "plugins_dialog.h"
#include "profile_view.h"
#include "prompts.h"

#include <spectrum/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace spectrum::studio {

MainWindow::MainWindow(const Registry& registry, Prompts* prompts, QWidget* parent)
    : QMainWindow(parent),
      registry_(registry),
      own_prompts_(prompts == nullptr ? std::make_unique<Prompts>() : nullptr),
      prompts_(prompts == nullptr ? *own_prompts_ : *prompts),
      document_(registry),
      autosaver_(document_),
      scorer_(document_),
      agreed_scorer_(document_, ScoreBasis::agreed) {
  setObjectName(QStringLiteral("main_window"));
  setAccessibleName(tr("Spectrum Studio"));
  auto* splitter = new QSplitter(this);
  splitter->setChildrenCollapsible(false);
  navigator_ = new Navigator(document_, prompts_, splitter);
  form_ = new AnswerForm(document_, splitter);
  profile_view_ = new ProfileView(splitter);
  splitter->addWidget(navigator_);
  splitter->addWidget(form_);
  splitter->addWidget(profile_view_);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 5);
  splitter->setStretchFactor(2, 4);
  stack_ = new QStackedWidget(this);
  stack_->addWidget(splitter);
  setCentralWidget(stack_);
  build_workshop();
  setTabOrder(navigator_->domain_list(), form_);
  setTabOrder(form_, profile_view_);
  build_menus();
  statusBar()->showMessage(tr("%1 plugins loaded, %2 questionnaires installed")
                               .arg(registry_.plugins().size())
                               .arg(registry_.questionnaires().size()));

  connect(&document_, &Document::reset, this, [this] {
    navigator_->refresh();
    update_title();
    scorer_.score_now();
  });
  connect(&document_, &Document::modified_changed, this, &MainWindow::update_title);
  connect(&document_, &Document::saved, this, &MainWindow::update_title);
  connect(&document_, &Document::answer_changed, this, [this] {
    navigator_->refresh_progress();
    scorer_.schedule();
  });
  connect(&document_, &Document::respondents_changed, this, [this] { scorer_.schedule(); });
  connect(navigator_, &Navigator::selection_changed, form_, &AnswerForm::show_sheet);
  connect(&scorer_, &LiveScorer::scored, profile_view_, &ProfileView::show_profile);
  connect(&scorer_, &LiveScorer::failed, profile_view_, &ProfileView::show_problem);
  connect(&autosaver_, &Autosaver::written, this,
          [this](const QString& path) { statusBar()->showMessage(tr("Autosaved to %1").arg(path), 4000); });
  connect(&autosaver_, &Autosaver::failed, this,
          [this](const QString& message) { statusBar()->showMessage(message); });
  update_title();
  resize(1400, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::build_menus() {
  build_file_menu();
  QMenu* respondents = menuBar()->addMenu(tr("&Respondent"));
  QAction* add = respondents->addAction(tr("&Add…"), navigator_, &Navigator::add_respondent);
  add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
  QAction* edit = respondents->addAction(tr("&Edit…"), navigator_, &Navigator::edit_respondent);
  edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  respondents->addAction(tr("&Remove…"), navigator_, &Navigator::remove_respondent);

  build_view_menu();

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Plugins…"), this, &MainWindow::show_plugins);
  QAction* about = help->addAction(tr("&About Spectrum Studio"), this, &MainWindow::show_about);
  about->setMenuRole(QAction::AboutRole);
}

void MainWindow::build_view_menu() {
  QMenu* view = menuBar()->addMenu(tr("&View"));
  // Keyboard users jump between the panes: Ctrl+1 to Ctrl+4.
  const std::pair<QString, QWidget*> panes[] = {{tr("Go to &respondents"), navigator_->respondent_list()},
                                                {tr("Go to &domains"), navigator_->domain_list()},
                                                {tr("Go to the &questions"), form_},
                                                {tr("Go to the &profile"), profile_view_}};
  int key = Qt::Key_1;
  for (const auto& [text, pane] : panes) {
    QWidget* target = pane;
    QAction* go = view->addAction(text, this, [this, target] {
      if (target != form_ || !form_->focus_first_item()) target->setFocus(Qt::ShortcutFocusReason);
    });
    go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
  }
  view->addSeparator();
  QAction* compare = view->addAction(tr("&Compare profiles…"), this, &MainWindow::show_compare);
  compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
  view->addSeparator();
  workshop_action_ = view->addAction(tr("&Workshop mode"), this, [this](bool on) {
    if (on) {
      enter_workshop();
    } else {
      leave_workshop();
    }
  });
  workshop_action_->setCheckable(true);
  workshop_action_->setShortcut(QKeySequence(Qt::Key_F11));
  view->addAction(tr("Workshop &details…"), this, &MainWindow::edit_workshop_details);
  view->addSeparator();
  QAction* rescore = view->addAction(tr("Re&fresh profile"), &scorer_, &LiveScorer::score_now);
  rescore->setShortcut(QKeySequence::Refresh);
}

void MainWindow::update_title() {
  setWindowTitle(tr("%1[*] — Spectrum Studio").arg(display_name(document_.file_path())));
  setWindowModified(document_.is_modified());
  const bool has_document = !document_.is_empty();
  save_action_->setEnabled(has_document);
  save_as_action_->setEnabled(has_document);
  export_action_->setEnabled(has_document);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (maybe_keep_work()) {
    event->accept();
  } else {
    event->ignore();
  }
}

void MainWindow::show_compare() {
  auto* window = new CompareWindow(registry_, prompts_, this);
  window->setAttribute(Qt::WA_DeleteOnClose);
  if (scorer_.profile()) window->add_profile(*scorer_.profile(), display_name(document_.file_path()));
  window->show();
}

void MainWindow::show_plugins() {
  PluginsDialog dialog(registry_, this);
  dialog.exec();
}

void MainWindow::show_about() {
  QMessageBox::about(
      this, tr("About Spectrum Studio"),
      tr("<p><b>Spectrum Studio %1</b></p><p>Self-assessment of how far health and care partners "
         "have integrated, on the integration spectrum from separate (0) to integrated "
         "provision (5).</p><p>Works offline; nothing leaves this computer.</p>")
          .arg(QStringLiteral(SPECTRUM_VERSION)));
}

void MainWindow::show_error(const QString& title, const QString& text) {
  prompts_.error(this, title, text);
}

}  // namespace spectrum::studio
