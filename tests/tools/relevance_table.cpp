// spectrum_relevance_table ASSESSMENT QUESTIONNAIRE_DIR: the host's verdict, for every respondent of
// the assessment and every item of the questionnaires it answers, on whether the item is relevant.
// Prints {"respondent id": {"questionnaire id": {"item id": true|false}}} as JSON. The browser
// parity test runs the same cases through the respondent form's evaluator and compares.
#include <spectrum/io.h>
#include <spectrum/registry.h>
#include <spectrum/relevance.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: spectrum_relevance_table ASSESSMENT QUESTIONNAIRE_DIR\n";
    return 2;
  }
  try {
    spectrum::SearchPaths paths;
    paths.questionnaire_dirs.emplace_back(argv[2]);
    paths.use_environment = false;
    paths.use_default = false;
    spectrum::Registry registry = spectrum::Registry::load(paths);
    spectrum::model::Assessment assessment = spectrum::load_assessment(argv[1], registry.questionnaires());
    nlohmann::json table = nlohmann::json::object();
    static const std::map<std::string, spectrum::model::AnswerValue> kNone;
    for (const auto& respondent : assessment.respondents) {
      for (const spectrum::model::Questionnaire* q : registry.questionnaires()) {
        auto found = respondent.answers.find(q->id);
        const auto& answers = found == respondent.answers.end() ? kNone : found->second;
        for (const auto& item : q->items)
          table[respondent.id][q->id][item.id] = spectrum::item_is_relevant(*q, item, answers);
      }
    }
    std::cout << table.dump() << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "spectrum_relevance_table: " << e.what() << "\n";
    return 2;
  }
}
