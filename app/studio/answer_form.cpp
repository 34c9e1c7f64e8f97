#include "answer_form.h"

#include "document.h"
#include "item_editor.h"

#include <spectrum/relevance.h>

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace spectrum::studio {

AnswerForm::AnswerForm(Document& document, QWidget* parent) : QScrollArea(parent), document_(document) {
  setWidgetResizable(true);
  setObjectName(QStringLiteral("answer_form"));
  setAccessibleName(tr("Questions"));
  rebuild();
}

void AnswerForm::show_sheet(int respondent, const std::string& questionnaire) {
  respondent_ = respondent;
  questionnaire_ = questionnaire;
  rebuild();
}

ItemEditor* AnswerForm::editor(const std::string& item_id) const {
  for (ItemEditor* e : editors_)
    if (e->item().id == item_id) return e;
  return nullptr;
}

void AnswerForm::rebuild() {
  editors_.clear();
  page_ = new QWidget;
  auto* layout = new QVBoxLayout(page_);
  heading_ = new QLabel(page_);
  heading_->setWordWrap(true);
  layout->addWidget(heading_);

  const model::Questionnaire* q = document_.questionnaire(questionnaire_);
  const auto& respondents = document_.assessment().respondents;
  if (q == nullptr || respondent_ < 0 || respondent_ >= static_cast<int>(respondents.size())) {
    heading_->setText(tr("Choose a respondent and a domain to answer its questions."));
    layout->addStretch();
    setWidget(page_);
    return;
  }
  const model::Respondent& r = respondents[respondent_];
  heading_->setText(tr("<h2>%1</h2><p>Answers of <b>%2</b> (%3, %4). Items marked * are required.</p>")
                        .arg(QString::fromStdString(q->title).toHtmlEscaped(),
                             QString::fromStdString(r.organisation).toHtmlEscaped(),
                             QString(sector_label(r.sector)),
                             QString::fromStdString(r.role).toHtmlEscaped()));
  if (!q->description.empty()) {
    auto* description = new QLabel(QString::fromStdString(q->description), page_);
    description->setWordWrap(true);
    layout->addWidget(description);
  }
  int number = 0;
  for (const model::Section& section : q->sections) {
    auto* box = new QGroupBox(QString::fromStdString(section.title), page_);
    box->setAccessibleName(tr("Section: %1").arg(QString::fromStdString(section.title)));
    auto* box_layout = new QVBoxLayout(box);
    for (std::size_t index : section.items) {
      const model::Item& item = q->items[index];
      auto* editor = new ItemEditor(item, ++number, box);
      editor->show_answer(document_.answer(respondent_, q->id, item.id));
      connect(editor, &ItemEditor::edited, this, [this, editor](const model::AnswerValue& answer) {
        document_.set_answer(respondent_, questionnaire_, editor->item().id, answer);
        update_relevance();
        emit answer_edited();
      });
      box_layout->addWidget(editor);
      editors_.push_back(editor);
    }
    layout->addWidget(box);
  }
  layout->addStretch();
  setWidget(page_);
  update_relevance();
}

bool AnswerForm::focus_first_item() {
  for (ItemEditor* e : editors_) {
    if (e->isHidden() || e->first_focus() == nullptr) continue;
    e->first_focus()->setFocus(Qt::ShortcutFocusReason);
    ensureWidgetVisible(e);
    return true;
  }
  return false;
}

void AnswerForm::reload() {
  const model::Questionnaire* q = document_.questionnaire(questionnaire_);
  if (q == nullptr) return;
  for (ItemEditor* e : editors_) e->show_answer(document_.answer(respondent_, q->id, e->item().id));
  update_relevance();
}

void AnswerForm::update_relevance() {
  const model::Questionnaire* q = document_.questionnaire(questionnaire_);
  if (q == nullptr) return;
  const auto& answers = document_.answers(respondent_, questionnaire_);
  for (ItemEditor* e : editors_) {
    // An item whose condition fails is hidden; it counts as not relevant when scored.
    e->setHidden(!item_is_relevant(*q, e->item(), answers));
  }
}

}  // namespace spectrum::studio
