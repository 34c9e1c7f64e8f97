// The assessment being edited: its data, the file it came from, and whether it has unsaved changes.
// Every edit goes through here, so the window title, the autosave and the live profile all hear of it.
#ifndef SPECTRUM_STUDIO_DOCUMENT_H
#define SPECTRUM_STUDIO_DOCUMENT_H

#include <spectrum/io.h>
#include <spectrum/model.h>
#include <spectrum/registry.h>

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace spectrum::studio {

class Document : public QObject {
  Q_OBJECT

 public:
  // The registry supplies the installed questionnaires; it must outlive the document.
  explicit Document(const Registry& registry, QObject* parent = nullptr);

  const Registry& registry() const { return registry_; }
  const model::Assessment& assessment() const { return assessment_; }
  bool is_empty() const { return assessment_.respondents.empty(); }
  // The questionnaires this assessment answers, in the registry's order.
  const QuestionnaireSet& questionnaires() const { return questionnaires_; }
  const model::Questionnaire* questionnaire(std::string_view id) const;
  // The file it is saved in; empty for a new assessment never saved.
  const QString& file_path() const { return file_path_; }
  bool is_modified() const { return modified_; }

  // Loads and validates the file (throws InputError listing every problem).
  void open(const QString& path);
  // Loads `autosave` (throws InputError) but keeps `path` as the document's file, unsaved.
  void recover(const QString& path, const QString& autosave);
  // Takes a new assessment (a new file not yet saved when path is empty).
  void replace(model::Assessment assessment, const QString& path, bool modified);
  // The assessment as its file holds it. Throws InputError when the data would not load back.
  std::string serialised() const;
  // Writes the file atomically (write_file_atomic). Throws on failure; nothing changes then.
  void save_as(const QString& path);

  // One respondent's answers to one questionnaire (empty when none).
  const std::map<std::string, model::AnswerValue>& answers(int respondent,
                                                           std::string_view questionnaire) const;
  // An answer; a missing one when the item has none.
  const model::AnswerValue& answer(int respondent, std::string_view questionnaire,
                                   std::string_view item) const;
  void set_answer(int respondent, const std::string& questionnaire, const std::string& item,
                  model::AnswerValue value);

  // Adds a respondent (id assigned when empty) with an empty answer sheet for every questionnaire.
  void add_respondent(model::Respondent respondent);
  // Changes a respondent's organisation, sector, role and name; the answers stay.
  void update_respondent(int index, const model::Respondent& details);
  // Removes a respondent; the last one cannot be removed (an assessment needs one).
  void remove_respondent(int index);
  std::string unused_respondent_id() const;

  // The workshop's agreed answers (the assessment's consensus record).
  const model::AgreedAnswer* agreed(const std::string& questionnaire, const std::string& item) const;
  // Records the agreed answer to an item, or drops it when `agreed` is empty. The first agreed answer
  // starts the record with workshop_details(); dropping the last one drops the record (a consensus
  // record lists at least one item), keeping its details for the next.
  void set_agreed(const std::string& questionnaire, const std::string& item,
                  std::optional<model::AgreedAnswer> agreed);
  // When and with whom the workshop is held (items empty): the record's when there is one, otherwise
  // today with every respondent's organisation, sector and role taking part.
  model::Consensus workshop_details() const;
  int agreed_answer_count() const;
  void set_workshop_details(const model::Consensus& details);

 signals:
  void reset();  // the whole content was replaced
  void respondents_changed();
  void consensus_changed();
  void answer_changed(int respondent, const QString& questionnaire, const QString& item);
  void modified_changed(bool modified);
  void saved(const QString& path);

 private:
  void set_modified(bool modified);
  void find_questionnaires();

  const Registry& registry_;
  model::Assessment assessment_;
  QuestionnaireSet questionnaires_;
  QString file_path_;
  bool modified_ = false;
  std::optional<model::Consensus> details_;  // set by set_workshop_details, kept without a record
};

// "north.json" for "/data/north.json"; "Untitled" for an empty path.
QString display_name(const QString& path);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_DOCUMENT_H
