// read_plain_assessment(): nlohmann's SAX parser feeding the model directly (see assessment_direct.h).
// Every rule here is one the full reader (assessment_io.cpp, respondent_io.cpp, answer_io.cpp) checks;
// where this reader is in any doubt it returns false from a SAX call, which stops the parse and hands
// the file to the full reader.
#include "assessment_direct.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_set>

namespace spectrum::detail {
namespace {

using json = nlohmann::json;

// The container being read.
enum class Where { top, area, targets, respondents, respondent, answers, items, answer, multi };

// The members each object of the plain shape may have; a member's place is its bit in Level::seen.
constexpr std::array<std::string_view, 5> kTopMembers = {"format", "area", "period", "targets",
                                                         "respondents"};
constexpr std::array<std::string_view, 4> kAreaMembers = {"name", "code", "kind", "footprint"};
constexpr std::array<std::string_view, 6> kRespondentMembers = {"id",   "organisation", "sector",
                                                                "role", "name",         "answers"};
constexpr std::array<std::string_view, 3> kAnswerMembers = {"status", "value", "evidence"};
enum TopMember { kFormat, kArea, kPeriod, kTargets, kRespondents };
enum AreaMember { kAreaName, kCode, kKind, kFootprint };
enum RespondentMember { kId, kOrganisation, kSector, kRole, kPersonName, kAnswers };
enum AnswerMember { kStatus, kValue, kEvidence };

// A scalar as the parser hands it over.
struct Scalar {
  enum class Kind { null, boolean, number, string } kind;
  bool flag = false;
  double number = 0;
  std::string* text = nullptr;

  bool is_text() const { return kind == Kind::string; }
  bool is_nonempty_text() const { return kind == Kind::string && !text->empty(); }
};

bool has_option(const model::Item& item, std::string_view name) {
  return std::any_of(item.options.begin(), item.options.end(),
                     [&](const model::Option& option) { return option.name == name; });
}

class PlainReader {
 public:
  PlainReader(const QuestionnaireSet& questionnaires, model::Assessment& out)
      : questionnaires_(questionnaires), out_(out) {}

  bool complete() const { return complete_; }

  // The SAX interface (nlohmann::json_sax): false stops the parse.
  bool null() { return scalar({Scalar::Kind::null}); }
  bool boolean(bool value) { return scalar({Scalar::Kind::boolean, value}); }
  bool number_integer(json::number_integer_t value) { return number(static_cast<double>(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return number(static_cast<double>(value)); }
  bool number_float(json::number_float_t value, const std::string&) { return number(value); }
  bool string(std::string& value) { return scalar({Scalar::Kind::string, false, 0, &value}); }
  bool binary(json::binary_t&) { return false; }
  bool start_object(std::size_t);
  bool end_object();
  bool start_array(std::size_t);
  bool end_array();
  bool key(std::string& name);
  template <typename Exception>
  bool parse_error(std::size_t, const std::string&, const Exception&) {
    return false;
  }

 private:
  struct Level {
    Where where;
    int member = -1;    // objects: the member whose value comes next
    unsigned seen = 0;  // objects: a bit per member read
  };

  static bool has(const Level& level, int member) { return ((level.seen >> member) & 1u) != 0; }

  bool push(Where where) {
    if (depth_ == levels_.size()) return false;
    levels_[depth_++] = Level{where};
    return true;
  }
  Level& level() { return levels_[depth_ - 1]; }

  template <std::size_t N>
  bool member(const std::array<std::string_view, N>& names, std::string_view name) {
    Level& current = level();
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end()) return false;  // unknown, or an "x-" extension: the full reader keeps those
    const int index = static_cast<int>(found - names.begin());
    if (has(current, index)) return false;  // given twice
    current.seen |= 1u << index;
    current.member = index;
    return true;
  }

  bool number(double value) { return scalar({Scalar::Kind::number, false, value}); }
  bool scalar(const Scalar& value);
  bool top_value(int member, const Scalar& value);
  bool area_value(int member, const Scalar& value);
  bool respondent_value(int member, const Scalar& value);
  bool answer_member_value(int member, const Scalar& value);
  bool bare(const Scalar& value);
  bool multi_element(const Scalar& value);
  bool questionnaire_key(std::string& id);
  bool item_key(std::string& id);

  const QuestionnaireSet& questionnaires_;
  model::Assessment& out_;
  std::array<Level, 8> levels_{};
  std::size_t depth_ = 0;
  bool complete_ = false;

  std::string target_domain_;                       // targets: the domain whose level comes next
  std::unordered_set<std::string> respondent_ids_;  // respondents read so far
  std::vector<char> questionnaires_seen_;           // this respondent's answers: questionnaires read
  const model::Questionnaire* questionnaire_ = nullptr;
  std::map<std::string, model::AnswerValue>* answers_ = nullptr;
  std::vector<char> items_seen_;  // this questionnaire's answers: items read
  const model::Item* item_ = nullptr;
  model::AnswerValue* answer_ = nullptr;  // the item's answer, in the respondent's answers
};

bool PlainReader::scalar(const Scalar& value) {
  if (depth_ == 0) return false;  // a document that is not an object
  const Level& current = level();
  switch (current.where) {
    case Where::top:
      return top_value(current.member, value);
    case Where::area:
      return area_value(current.member, value);
    case Where::targets:
      // A target level: a number 0 to 5 for a domain the questionnaires measure (checked at its key).
      if (value.kind != Scalar::Kind::number || value.number < 0 || value.number > 5) return false;
      out_.targets[target_domain_] = value.number;
      return true;
    case Where::respondent:
      return respondent_value(current.member, value);
    case Where::items:  // an answer given bare; null: missing
      return value.kind == Scalar::Kind::null || bare(value);
    case Where::answer:
      return answer_member_value(current.member, value);
    case Where::multi:
      return multi_element(value);
    default:
      return false;
  }
}

bool PlainReader::top_value(int member, const Scalar& value) {
  if (member == kFormat) return value.is_text() && *value.text == kAssessmentFormat;
  if (member != kPeriod || !value.is_nonempty_text()) return false;  // area, targets, respondents: containers
  out_.period = std::move(*value.text);
  return true;
}

bool PlainReader::area_value(int member, const Scalar& value) {
  if (!value.is_text()) return false;
  std::string* fields[] = {&out_.area.name, &out_.area.code, &out_.area.kind, &out_.area.footprint};
  if (member == kAreaName && value.text->empty()) return false;
  *fields[member] = std::move(*value.text);
  return true;
}

bool PlainReader::respondent_value(int member, const Scalar& value) {
  model::Respondent& respondent = out_.respondents.back();
  if (!value.is_text() || member == kAnswers) return false;
  if (member == kSector) {
    const std::optional<Sector> sector = parse_sector(*value.text);
    if (!sector) return false;
    respondent.sector = *sector;
    return true;
  }
  if (member != kPersonName && value.text->empty()) return false;  // id, organisation and role: not empty
  std::string* fields[] = {&respondent.id, &respondent.organisation, nullptr, &respondent.role,
                           &respondent.name};
  *fields[member] = std::move(*value.text);
  return true;
}

bool PlainReader::answer_member_value(int member, const Scalar& value) {
  using State = model::AnswerValue::State;
  switch (member) {
    case kStatus:
      if (!value.is_text()) return false;
      if (*value.text == "dont_know") {
        answer_->state = State::dont_know;
      } else if (*value.text == "not_applicable") {
        answer_->state = State::not_applicable;
      } else {
        return false;
      }
      return true;
    case kValue:
      return value.kind == Scalar::Kind::null || bare(value);
    default:  // evidence
      if (!value.is_text()) return false;
      answer_->evidence = std::move(*value.text);
      return true;
  }
}

// A value of the item's own type, as read_bare() reads it (an array for a multi-choice item is read
// element by element instead).
bool PlainReader::bare(const Scalar& value) {
  const model::Item& item = *item_;
  answer_->state = model::AnswerValue::State::value;
  const bool is_number = value.kind == Scalar::Kind::number;
  switch (item.type) {
    case ItemType::scale:
      answer_->number = value.number;
      return is_number && std::any_of(item.options.begin(), item.options.end(),
                                      [&](const model::Option& o) { return o.value == value.number; });
    case ItemType::choice:
      if (!value.is_text() || !has_option(item, *value.text)) return false;
      answer_->choice = std::move(*value.text);
      return true;
    case ItemType::number:
      answer_->number = value.number;
      return is_number && !(item.min && value.number < *item.min) && !(item.max && value.number > *item.max);
    case ItemType::boolean:
      answer_->number = value.flag ? 1 : 0;
      return value.kind == Scalar::Kind::boolean;
    case ItemType::text:
      if (!value.is_text()) return false;
      answer_->text = std::move(*value.text);
      return true;
    case ItemType::multi:
      return false;
  }
  return false;
}

bool PlainReader::multi_element(const Scalar& value) {
  if (!value.is_text() || !has_option(*item_, *value.text)) return false;
  std::vector<std::string>& selected = answer_->selected;
  if (std::find(selected.begin(), selected.end(), *value.text) != selected.end()) return false;  // twice
  selected.push_back(std::move(*value.text));
  return true;
}

bool PlainReader::start_object(std::size_t) {
  if (depth_ == 0) return push(Where::top);
  const Level& current = level();
  switch (current.where) {
    case Where::top:
      if (current.member == kArea) return push(Where::area);
      return current.member == kTargets && push(Where::targets);
    case Where::respondents:
      out_.respondents.emplace_back();
      return push(Where::respondent);
    case Where::respondent:
      if (current.member != kAnswers) return false;
      questionnaires_seen_.assign(questionnaires_.size(), 0);
      return push(Where::answers);
    case Where::answers:
      return push(Where::items);  // the questionnaire was found at its key
    case Where::items:
      return push(Where::answer);  // an answer object: the item was found at its key
    default:
      return false;
  }
}

bool PlainReader::start_array(std::size_t) {
  if (depth_ == 0) return false;
  const Level& current = level();
  if (current.where == Where::top) return current.member == kRespondents && push(Where::respondents);
  const bool answer_value =
      current.where == Where::items || (current.where == Where::answer && current.member == kValue);
  if (!answer_value || item_->type != ItemType::multi) return false;
  answer_->state = model::AnswerValue::State::value;
  return push(Where::multi);
}

bool PlainReader::end_object() {
  const Level closed = levels_[--depth_];
  switch (closed.where) {
    case Where::top:
      complete_ =
          has(closed, kFormat) && has(closed, kArea) && has(closed, kPeriod) && has(closed, kRespondents);
      return complete_;
    case Where::area:
      return has(closed, kAreaName);
    case Where::respondent:
      return has(closed, kId) && has(closed, kOrganisation) && has(closed, kSector) && has(closed, kRole) &&
             respondent_ids_.insert(out_.respondents.back().id).second;
    case Where::answer:  // "value" or "status", never both
      return has(closed, kStatus) != has(closed, kValue);
    default:  // targets, answers, items
      return true;
  }
}

bool PlainReader::end_array() {
  const Level closed = levels_[--depth_];
  if (closed.where == Where::respondents) return !out_.respondents.empty();
  return closed.where == Where::multi;
}

bool PlainReader::key(std::string& name) {
  switch (level().where) {
    case Where::top:
      return member(kTopMembers, name);
    case Where::area:
      return member(kAreaMembers, name);
    case Where::respondent:
      return member(kRespondentMembers, name);
    case Where::answer:
      return member(kAnswerMembers, name);
    case Where::targets: {
      const bool measured = std::any_of(questionnaires_.begin(), questionnaires_.end(),
                                        [&](const model::Questionnaire* q) { return q->domain == name; });
      if (!measured || out_.targets.contains(name))
        return false;  // also "x-" names: the full reader skips them
      target_domain_ = std::move(name);
      return true;
    }
    case Where::answers:
      return questionnaire_key(name);
    case Where::items:
      return item_key(name);
    default:
      return false;
  }
}

bool PlainReader::questionnaire_key(std::string& id) {
  const auto found = std::find_if(questionnaires_.begin(), questionnaires_.end(),
                                  [&](const model::Questionnaire* q) { return q->id == id; });
  if (found == questionnaires_.end()) return false;
  char& seen = questionnaires_seen_[static_cast<std::size_t>(found - questionnaires_.begin())];
  if (seen != 0) return false;
  seen = 1;
  questionnaire_ = *found;
  answers_ = &out_.respondents.back().answers.try_emplace(std::move(id)).first->second;
  items_seen_.assign(questionnaire_->items.size(), 0);
  return true;
}

bool PlainReader::item_key(std::string& id) {
  const std::optional<std::size_t> index = questionnaire_->find(id);
  if (!index || items_seen_[*index] != 0) return false;
  items_seen_[*index] = 1;
  item_ = &questionnaire_->items[*index];
  // Made in place, then filled as its value is read. Items come in any order; in the order written
  // (sorted, as every writer of ours writes them) each goes at the end of the map at once.
  answer_ = &answers_->emplace_hint(answers_->end(), std::move(id), model::AnswerValue{})->second;
  answer_->type = item_->type;
  return true;
}

}  // namespace

std::optional<model::Assessment> read_plain_assessment(const std::string& text, const std::string& file,
                                                       const QuestionnaireSet& questionnaires) {
  // A NUL ends nlohmann's input early; the full reader reports it.
  if (std::memchr(text.data(), '\0', text.size()) != nullptr) return std::nullopt;
  model::Assessment assessment;
  assessment.path = file;
  PlainReader reader(questionnaires, assessment);
  try {
    if (!json::sax_parse(text, &reader, json::input_format_t::json, true) || !reader.complete())
      return std::nullopt;
  } catch (const json::exception&) {
    return std::nullopt;
  }
  return assessment;
}

}  // namespace spectrum::detail
