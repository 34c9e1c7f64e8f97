// Responses into an assessment: the same checks for the CLI and the studio.
#include <spectrum/merge.h>

#include <spectrum/consensus.h>

#include <algorithm>
#include <map>

namespace spectrum {
namespace {

std::string describe_area(const model::Area& area, const std::string& period) {
  std::string text = area.name;
  if (!area.code.empty()) text += " (" + area.code + ")";
  return text + " " + period;
}

bool same_area(const model::Area& a, const model::Area& b) {
  return a.name == b.name && a.code == b.code;
}

bool same_answer(const model::AnswerValue& a, const model::AnswerValue& b) {
  return a.state == b.state && a.evidence == b.evidence &&
         (a.state != model::AnswerValue::State::value ||
          (a.number == b.number && a.choice == b.choice && a.selected == b.selected && a.text == b.text));
}

// A later round's response: what the respondent changed since the round before, as their revisions.
std::optional<Diagnostic> take_round(model::Assessment& assessment, const Response& response, int round,
                                     bool replace) {
  const std::string& id = response.respondent.id;
  const int rounds = round_count(assessment);
  if (round < 2 || round > rounds + 1)
    return Diagnostic{response.path, "/x-round",
                      "round " + std::to_string(round) + " after the assessment's " + std::to_string(rounds) +
                          " round(s): expected 2 to " + std::to_string(rounds + 1)};
  const auto before = respondents_at_round(assessment, round - 1);
  auto previous =
      std::find_if(before.begin(), before.end(), [&](const model::Respondent& r) { return r.id == id; });
  if (previous == before.end())
    return Diagnostic{response.path, "/respondent/id",
                      "a round " + std::to_string(round) + " response from respondent \"" + id +
                          "\", who is not in the assessment: only respondents of round 1 revise"};
  if (round == rounds + 1) {
    model::Round next;
    next.number = round;
    assessment.rounds.push_back(std::move(next));
  }
  model::Round& target = assessment.rounds[round - 2];
  if (target.revisions.count(id) > 0 && !replace)
    return Diagnostic{response.path, "/respondent/id",
                      "respondent \"" + id + "\" already revised in round " + std::to_string(round) +
                          " (give --replace to take the later answers)"};
  model::AnswersByQuestionnaire revised;
  static const model::AnswerValue kMissing;
  for (const auto& [questionnaire, items] : response.respondent.answers)
    for (const auto& [item, answer] : items) {
      if (answer.state == model::AnswerValue::State::missing) continue;  // left empty: kept
      const auto& sheet = previous->answers.count(questionnaire)
                              ? previous->answers.at(questionnaire)
                              : std::map<std::string, model::AnswerValue>{};
      auto was = sheet.find(item);
      if (!same_answer(was == sheet.end() ? kMissing : was->second, answer))
        revised[questionnaire][item] = answer;
    }
  target.revisions[id] = std::move(revised);
  return std::nullopt;
}

}  // namespace

MergeResult merge_responses(const std::vector<Response>& responses, std::optional<model::Assessment> into,
                            const MergeOptions& options) {
  MergeResult result;
  MergeReport& report = result.report;
  if (responses.empty()) return result;

  // Where the area and period come from, and which file each respondent came from.
  std::string base_file;
  model::Assessment& assessment = result.assessment;
  std::map<std::string, std::string> source_of;  // respondent id -> file
  if (into) {
    assessment = std::move(*into);
    base_file = assessment.path;
    for (const model::Respondent& r : assessment.respondents) source_of[r.id] = assessment.path;
  } else {
    const Response& first = responses.front();
    assessment.area = first.area;
    assessment.period = first.period;
    base_file = first.path;
  }

  for (const Response& response : responses) {
    if (!same_area(response.area, assessment.area) || response.period != assessment.period) {
      std::string whose = into ? "the assessment " + base_file : base_file;
      report.refused.push_back({response.path, "/area",
                                "made for " + describe_area(response.area, response.period) + ", but " +
                                    whose + " is for " + describe_area(assessment.area, assessment.period)});
      continue;
    }
    if (auto round = response.extensions.find("x-round");
        round != response.extensions.end() && round->is_number_integer()) {
      if (auto refused = take_round(assessment, response, round->get<int>(), options.replace)) {
        report.refused.push_back(*refused);
      } else {
        report.revised.push_back(
            {response.respondent.id, response.respondent.organisation, response.path, ""});
      }
      continue;
    }
    const model::Respondent& incoming = response.respondent;
    auto existing = std::find_if(assessment.respondents.begin(), assessment.respondents.end(),
                                 [&](const model::Respondent& r) { return r.id == incoming.id; });
    MergeReport::Entry entry{incoming.id, incoming.organisation, response.path, ""};
    if (existing == assessment.respondents.end()) {
      assessment.respondents.push_back(incoming);
      report.added.push_back(entry);
    } else if (!options.replace) {
      report.refused.push_back({response.path, "/respondent/id",
                                "respondent \"" + incoming.id + "\" is already in " + source_of[incoming.id] +
                                    " (give --replace to take the later answers)"});
      continue;
    } else {
      entry.replaced_from = source_of[incoming.id];
      std::string name = existing->name;  // a name kept by hand in the assessment stays
      *existing = incoming;
      if (existing->name.empty()) existing->name = name;
      report.replaced.push_back(entry);
    }
    source_of[incoming.id] = response.path;
  }
  return result;
}

}  // namespace spectrum
