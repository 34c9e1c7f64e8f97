// MainWindow's workshop mode: the workshop view in place of the three panes, full screen, with a
// second live scorer scoring the agreed answers beside the individual ones.
#include "main_window.h"

#include "answer_form.h"
#include "prompts.h"
#include "workshop_dialog.h"
#include "workshop_view.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>

namespace spectrum::studio {

void MainWindow::build_workshop() {
  workshop_ = new WorkshopView(document_, stack_);
  stack_->addWidget(workshop_);
  connect(workshop_, &WorkshopView::leave_requested, this, &MainWindow::leave_workshop);
  connect(workshop_, &WorkshopView::details_requested, this, &MainWindow::edit_workshop_details);
  connect(&scorer_, &LiveScorer::scored, workshop_, &WorkshopView::show_individual);
  connect(&scorer_, &LiveScorer::failed, workshop_, &WorkshopView::clear_individual);
  connect(&agreed_scorer_, &LiveScorer::scored, workshop_, &WorkshopView::show_agreed);
  connect(&agreed_scorer_, &LiveScorer::failed, workshop_, &WorkshopView::clear_agreed);
  // Items the workshop did not discuss carry the respondents' median: any change can move the scores.
  auto rescore = [this] {
    if (in_workshop()) agreed_scorer_.schedule();
  };
  connect(&document_, &Document::consensus_changed, this, rescore);
  connect(&document_, &Document::answer_changed, this, rescore);
  connect(&document_, &Document::respondents_changed, this, rescore);
  connect(&document_, &Document::reset, this, [this] {
    if (!in_workshop()) return;
    if (document_.is_empty()) {
      leave_workshop();
      return;
    }
    workshop_->start();
    agreed_scorer_.score_now();
  });
}

bool MainWindow::in_workshop() const {
  return stack_->currentWidget() == workshop_;
}

bool MainWindow::enter_workshop() {
  if (document_.is_empty()) {
    workshop_action_->setChecked(false);
    statusBar()->showMessage(tr("Open an assessment with respondents to hold a workshop."), 6000);
    return false;
  }
  if (!in_workshop()) {
    before_workshop_ = windowState();
    stack_->setCurrentWidget(workshop_);
    setWindowState(windowState() | Qt::WindowFullScreen);
  }
  workshop_action_->setChecked(true);
  workshop_->start();
  if (scorer_.profile()) workshop_->show_individual(*scorer_.profile());
  agreed_scorer_.score_now();
  return true;
}

void MainWindow::leave_workshop() {
  workshop_action_->setChecked(false);
  if (!in_workshop()) return;
  stack_->setCurrentIndex(0);
  setWindowState(before_workshop_);
  form_->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::edit_workshop_details() {
  model::Consensus details = document_.workshop_details();
  const auto candidates = participant_candidates(document_.assessment(), details);
  if (!prompts_.workshop_details(this, details, candidates)) return false;
  document_.set_workshop_details(details);
  return true;
}

}  // namespace spectrum::studio
