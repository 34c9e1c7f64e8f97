// The consensus records of an assessment: the workshop ("consensus") and the Delphi rounds ("rounds").
#include "consensus_io.h"

#include "answer_io.h"
#include "respondent_io.h"

#include <algorithm>
#include <charconv>

namespace spectrum::detail {
namespace {

std::string quote(std::string_view text) {
  return nlohmann::json(text).dump();
}

int parse_digits(std::string_view text) {
  int value = -1;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

const model::Questionnaire* find_questionnaire(const QuestionnaireSet& questionnaires, std::string_view id) {
  for (const model::Questionnaire* questionnaire : questionnaires)
    if (questionnaire->id == id) return questionnaire;
  return nullptr;
}

std::vector<std::string> questionnaire_ids(const QuestionnaireSet& questionnaires) {
  std::vector<std::string> ids;
  for (const model::Questionnaire* questionnaire : questionnaires) ids.push_back(questionnaire->id);
  return ids;
}

void read_agreed_items(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                       const QuestionnaireSet& questionnaires, model::Consensus& consensus) {
  for (const auto& [id, items] : value.items()) {
    if (is_extension(id)) continue;
    std::string child = child_pointer(pointer, id);
    const model::Questionnaire* questionnaire = find_questionnaire(questionnaires, id);
    if (!questionnaire) {
      std::vector<std::string> known = questionnaire_ids(questionnaires);
      checker.error(child, "unknown questionnaire " + quote(id) +
                               " (known: " + (known.empty() ? std::string("none") : join_names(known)) + ")" +
                               did_you_mean(id, known));
      continue;
    }
    if (!checker.expect_object(items, child, "an object of agreed answers by item id")) continue;
    for (const auto& [item_id, agreed] : items.items()) {
      if (is_extension(item_id)) continue;
      std::string item_pointer = child_pointer(child, item_id);
      auto index = questionnaire->find(item_id);
      if (!index) {
        checker.error(item_pointer, "unknown item " + quote(item_id) + " in questionnaire " + id);
        continue;
      }
      ObjectReader reader(checker, agreed, item_pointer, "an agreed item {answer, rationale}");
      if (!reader.valid()) continue;
      model::AgreedAnswer entry;
      const nlohmann::json* answer = reader.any("answer", true);
      if (answer && answer->is_null()) {
        checker.error(reader.child("answer"), "expected the agreed answer, found null");
      } else if (answer) {
        if (auto read = read_answer(checker, *answer, reader.child("answer"), questionnaire->items[*index]))
          entry.answer = std::move(*read);
      }
      entry.rationale = reader.text("rationale").value_or("");
      entry.extensions = reader.finish();
      consensus.items[id][item_id] = std::move(entry);
    }
  }
}

}  // namespace

model::Participant read_participant(JsonChecker& checker, const nlohmann::json& value,
                                    const std::string& pointer) {
  ObjectReader reader(checker, value, pointer, "a participant object {organisation, sector, role}");
  model::Participant participant;
  if (!reader.valid()) return participant;
  if (reader.any("name", false))
    checker.error(reader.child("name"),
                  "a participant is an organisation, a sector and a role, never a person's name: "
                  "expected no \"name\", found one");
  participant.organisation = reader.text("organisation").value_or("");
  if (auto sector = reader.one_of("sector", true, kSectorNames)) participant.sector = *parse_sector(*sector);
  participant.role = reader.text("role").value_or("");
  participant.extensions = reader.finish();
  return participant;
}

nlohmann::json participant_to_json(const model::Participant& participant) {
  nlohmann::json json =
      participant.extensions.is_object() ? participant.extensions : nlohmann::json::object();
  json["organisation"] = participant.organisation;
  json["sector"] = sector_name(participant.sector);
  json["role"] = participant.role;
  return json;
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int year = parse_digits(text.substr(0, 4)), month = parse_digits(text.substr(5, 2)),
      day = parse_digits(text.substr(8, 2));
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<std::string> read_date(ObjectReader& reader, std::string_view name, bool required) {
  auto text = reader.string(name, required);
  if (text && !is_iso_date(*text)) {
    reader.checker().error(reader.child(name), "expected a date YYYY-MM-DD, found " + quote(*text));
    return std::nullopt;
  }
  return text;
}

model::Consensus read_consensus(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer,
                                const QuestionnaireSet& questionnaires) {
  model::Consensus consensus;
  ObjectReader reader(checker, value, pointer, "a consensus record");
  if (!reader.valid()) return consensus;
  consensus.date = read_date(reader, "date", true).value_or("");
  consensus.method = reader.string("method", false).value_or("");
  consensus.facilitator = reader.string("facilitator", false).value_or("");
  if (const nlohmann::json* participants = reader.array("participants", true)) {
    if (participants->empty())
      checker.error(reader.child("participants"), "expected at least one participant, found an empty array");
    for (std::size_t i = 0; i < participants->size(); ++i)
      consensus.participants.push_back(
          read_participant(checker, (*participants)[i], child_pointer(reader.child("participants"), i)));
  }
  if (const nlohmann::json* items = reader.object("items", true)) {
    std::size_t errors_before = checker.diagnostics().size();
    read_agreed_items(checker, *items, reader.child("items"), questionnaires, consensus);
    if (consensus.items.empty() && checker.diagnostics().size() == errors_before)
      checker.error(reader.child("items"), "expected at least one agreed item, found none");
  }
  consensus.extensions = reader.finish();
  return consensus;
}

std::vector<model::Round> read_rounds(JsonChecker& checker, const nlohmann::json& value,
                                      const std::string& pointer, const QuestionnaireSet& questionnaires,
                                      const std::vector<model::Respondent>& respondents) {
  std::vector<model::Round> rounds;
  if (!checker.expect_array(value, pointer, "an array of rounds (round 2, 3, ...)")) return rounds;
  std::vector<std::string> ids;
  for (const model::Respondent& respondent : respondents) ids.push_back(respondent.id);
  for (std::size_t i = 0; i < value.size(); ++i) {
    std::string round_pointer = child_pointer(pointer, i);
    ObjectReader reader(checker, value[i], round_pointer, "a round object {round, revisions}");
    if (!reader.valid()) continue;
    model::Round round;
    const int expected = static_cast<int>(i) + 2;
    round.number = reader.integer("round", true).value_or(expected);
    if (round.number != expected)
      checker.error(reader.child("round"), "expected round " + std::to_string(expected) +
                                               " (round 1 is the respondents' answers; later rounds follow "
                                               "in order), found " +
                                               std::to_string(round.number));
    round.date = read_date(reader, "date", false).value_or("");
    round.feedback = reader.string("feedback", false).value_or("");
    if (const nlohmann::json* revisions = reader.object("revisions", true)) {
      for (const auto& [id, answers] : revisions->items()) {
        if (is_extension(id)) continue;
        std::string child = child_pointer(reader.child("revisions"), id);
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
          checker.error(child, "unknown respondent " + quote(id) +
                                   "; a round revises the answers of "
                                   "the assessment's respondents" +
                                   did_you_mean(id, ids));
          continue;
        }
        if (!checker.expect_object(answers, child, "an object of revised answers by questionnaire id"))
          continue;
        model::Respondent revised;
        read_respondent_answers(checker, answers, child, questionnaires, revised);
        round.revisions[id] = std::move(revised.answers);
      }
    }
    round.extensions = reader.finish();
    rounds.push_back(std::move(round));
  }
  return rounds;
}

nlohmann::json consensus_to_json(const model::Consensus& consensus) {
  nlohmann::json json = consensus.extensions.is_object() ? consensus.extensions : nlohmann::json::object();
  json["date"] = consensus.date;
  if (!consensus.method.empty()) json["method"] = consensus.method;
  if (!consensus.facilitator.empty()) json["facilitator"] = consensus.facilitator;
  json["participants"] = nlohmann::json::array();
  for (const model::Participant& participant : consensus.participants)
    json["participants"].push_back(participant_to_json(participant));
  nlohmann::json items = nlohmann::json::object();
  for (const auto& [questionnaire, agreed] : consensus.items)
    for (const auto& [item, entry] : agreed) {
      nlohmann::json& written = items[questionnaire][item];
      written = entry.extensions.is_object() ? entry.extensions : nlohmann::json::object();
      written["answer"] = answer_to_json(entry.answer);
      written["rationale"] = entry.rationale;
    }
  json["items"] = std::move(items);
  return json;
}

nlohmann::json rounds_to_json(const std::vector<model::Round>& rounds) {
  nlohmann::json json = nlohmann::json::array();
  for (const model::Round& round : rounds) {
    nlohmann::json entry = round.extensions.is_object() ? round.extensions : nlohmann::json::object();
    entry["round"] = round.number;
    if (!round.date.empty()) entry["date"] = round.date;
    if (!round.feedback.empty()) entry["feedback"] = round.feedback;
    nlohmann::json revisions = nlohmann::json::object();
    for (const auto& [respondent, answers] : round.revisions) {
      model::Respondent holder;
      holder.answers = answers;
      revisions[respondent] = respondent_answers_to_json(holder);
    }
    entry["revisions"] = std::move(revisions);
    json.push_back(std::move(entry));
  }
  return json;
}

}  // namespace spectrum::detail
