#include "document.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>

namespace spectrum::studio {

namespace {

const std::map<std::string, model::AnswerValue> kNoAnswers;
const model::AnswerValue kMissing;

}  // namespace

Document::Document(const Registry& registry, QObject* parent) : QObject(parent), registry_(registry) {}

const model::Questionnaire* Document::questionnaire(std::string_view id) const {
  for (const model::Questionnaire* q : questionnaires_)
    if (q->id == id) return q;
  return nullptr;
}

void Document::open(const QString& path) {
  model::Assessment loaded = load_assessment(path.toStdString(), registry_.questionnaires());
  replace(std::move(loaded), path, false);
}

void Document::recover(const QString& path, const QString& autosave) {
  model::Assessment loaded = load_assessment(autosave.toStdString(), registry_.questionnaires());
  loaded.path = path.toStdString();
  replace(std::move(loaded), path, true);
}

void Document::replace(model::Assessment assessment, const QString& path, bool modified) {
  assessment_ = std::move(assessment);
  details_.reset();
  file_path_ = path;
  find_questionnaires();
  modified_ = modified;
  emit reset();
  emit modified_changed(modified_);
}

void Document::find_questionnaires() {
  questionnaires_.clear();
  for (const model::Questionnaire* q : registry_.questionnaires()) {
    bool answered = std::any_of(assessment_.respondents.begin(), assessment_.respondents.end(),
                                [&](const model::Respondent& r) { return r.answers.count(q->id) > 0; });
    if (answered) questionnaires_.push_back(q);
  }
}

std::string Document::serialised() const {
  nlohmann::json json = to_json(assessment_);
  // What is written must load back: check it against the questionnaires before it reaches the disk.
  assessment_from_json(json, file_path_.isEmpty() ? "(unsaved)" : file_path_.toStdString(),
                       registry_.questionnaires());
  return json.dump(2) + "\n";
}

void Document::save_as(const QString& path) {
  write_file_atomic(path.toStdString(), serialised());
  file_path_ = path;
  assessment_.path = path.toStdString();
  set_modified(false);
  emit saved(path);
}

const std::map<std::string, model::AnswerValue>& Document::answers(int respondent,
                                                                   std::string_view questionnaire) const {
  if (respondent < 0 || respondent >= static_cast<int>(assessment_.respondents.size())) return kNoAnswers;
  const auto& by_questionnaire = assessment_.respondents[respondent].answers;
  auto found = by_questionnaire.find(std::string(questionnaire));
  return found == by_questionnaire.end() ? kNoAnswers : found->second;
}

const model::AnswerValue& Document::answer(int respondent, std::string_view questionnaire,
                                           std::string_view item) const {
  const auto& sheet = answers(respondent, questionnaire);
  auto found = sheet.find(std::string(item));
  return found == sheet.end() ? kMissing : found->second;
}

void Document::set_answer(int respondent, const std::string& questionnaire, const std::string& item,
                          model::AnswerValue value) {
  if (respondent < 0 || respondent >= static_cast<int>(assessment_.respondents.size())) return;
  const model::Questionnaire* q = this->questionnaire(questionnaire);
  if (q == nullptr) return;
  auto index = q->find(item);
  if (!index) return;
  value.type = q->items[*index].type;
  model::AnswerValue& slot = assessment_.respondents[respondent].answers[questionnaire][item];
  slot = std::move(value);
  set_modified(true);
  emit answer_changed(respondent, QString::fromStdString(questionnaire), QString::fromStdString(item));
}

std::string Document::unused_respondent_id() const {
  for (int n = static_cast<int>(assessment_.respondents.size()) + 1;; ++n) {
    std::string id = "r" + std::to_string(n);
    bool used = std::any_of(assessment_.respondents.begin(), assessment_.respondents.end(),
                            [&](const model::Respondent& r) { return r.id == id; });
    if (!used) return id;
  }
}

void Document::add_respondent(model::Respondent respondent) {
  if (respondent.id.empty()) respondent.id = unused_respondent_id();
  for (const model::Questionnaire* q : questionnaires_) {
    auto& sheet = respondent.answers[q->id];
    for (const model::Item& item : q->items) sheet[item.id].type = item.type;
  }
  assessment_.respondents.push_back(std::move(respondent));
  set_modified(true);
  emit respondents_changed();
}

void Document::update_respondent(int index, const model::Respondent& details) {
  if (index < 0 || index >= static_cast<int>(assessment_.respondents.size())) return;
  model::Respondent& r = assessment_.respondents[index];
  r.organisation = details.organisation;
  r.sector = details.sector;
  r.role = details.role;
  r.name = details.name;
  set_modified(true);
  emit respondents_changed();
}

void Document::remove_respondent(int index) {
  if (index < 0 || index >= static_cast<int>(assessment_.respondents.size())) return;
  if (assessment_.respondents.size() == 1) return;
  assessment_.respondents.erase(assessment_.respondents.begin() + index);
  set_modified(true);
  emit respondents_changed();
}

const model::AgreedAnswer* Document::agreed(const std::string& questionnaire, const std::string& item) const {
  if (!assessment_.consensus) return nullptr;
  auto sheet = assessment_.consensus->items.find(questionnaire);
  if (sheet == assessment_.consensus->items.end()) return nullptr;
  auto found = sheet->second.find(item);
  return found == sheet->second.end() ? nullptr : &found->second;
}

void Document::set_agreed(const std::string& questionnaire, const std::string& item,
                          std::optional<model::AgreedAnswer> agreed) {
  const model::Questionnaire* q = this->questionnaire(questionnaire);
  if (q == nullptr || !q->find(item)) return;
  if (agreed) {
    agreed->answer.type = q->items[*q->find(item)].type;
    if (!assessment_.consensus) assessment_.consensus = workshop_details();
    assessment_.consensus->items[questionnaire][item] = std::move(*agreed);
  } else {
    if (agreed_answer_count() == 0 || this->agreed(questionnaire, item) == nullptr) return;
    auto& items = assessment_.consensus->items;
    items[questionnaire].erase(item);
    if (items[questionnaire].empty()) items.erase(questionnaire);
    if (items.empty()) {
      details_ = std::move(*assessment_.consensus);
      assessment_.consensus.reset();
    }
  }
  set_modified(true);
  emit consensus_changed();
}

int Document::agreed_answer_count() const {
  int count = 0;
  if (assessment_.consensus)
    for (const auto& [questionnaire, items] : assessment_.consensus->items)
      count += static_cast<int>(items.size());
  return count;
}

model::Consensus Document::workshop_details() const {
  model::Consensus details;
  if (assessment_.consensus) {
    details = *assessment_.consensus;
  } else if (details_) {
    details = *details_;
  } else {
    details.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    details.method = "facilitated workshop";
    for (const model::Respondent& r : assessment_.respondents) {
      bool known = std::any_of(
          details.participants.begin(), details.participants.end(), [&](const model::Participant& p) {
            return p.organisation == r.organisation && p.sector == r.sector && p.role == r.role;
          });
      if (!known) details.participants.push_back({r.organisation, r.sector, r.role});
    }
  }
  details.items.clear();
  return details;
}

void Document::set_workshop_details(const model::Consensus& details) {
  details_ = details;
  details_->items.clear();
  if (assessment_.consensus) {
    auto items = std::move(assessment_.consensus->items);
    assessment_.consensus = *details_;
    assessment_.consensus->items = std::move(items);
  }
  set_modified(true);
  emit consensus_changed();
}

void Document::set_modified(bool modified) {
  if (modified == modified_) return;
  modified_ = modified;
  emit modified_changed(modified_);
}

QString display_name(const QString& path) {
  return path.isEmpty() ? QObject::tr("Untitled") : QFileInfo(path).fileName();
}

}  // namespace spectrum::studio
