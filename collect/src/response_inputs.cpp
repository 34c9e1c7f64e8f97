// Every channel's files into responses.
#include <spectrum/collect/response_inputs.h>

namespace spectrum::collect {

std::vector<Response> read_responses(const std::vector<std::filesystem::path>& files,
                                     const QuestionnaireSet& questionnaires, std::vector<Diagnostic>& problems,
                                     const ResponseInputOptions& options) {
  (void)options;
  std::vector<Response> responses;
  for (const std::filesystem::path& file : files) {
    try {
      responses.push_back(load_response(file, questionnaires));
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  return responses;
}

}  // namespace spectrum::collect
