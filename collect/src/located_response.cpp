// Responses built from cells, validated by the response loader, with problems told by cell.
#include "located_response.h"

namespace spectrum::collect::detail {

LocatedResponse::LocatedResponse(std::string file, std::string source)
    : file_(std::move(file)), source_(std::move(source)), document_({{"format", kResponseFormat}}) {}

void LocatedResponse::locate(const std::string& pointer, const std::string& where) {
  places_[pointer] = where;
}

void LocatedResponse::error(const std::string& where, const std::string& message) {
  problems_.push_back({file_, where, message});
}

std::string LocatedResponse::where_of(const std::string& pointer) const {
  std::string prefix = pointer;
  while (true) {
    auto found = places_.find(prefix);
    if (found != places_.end()) return found->second;
    auto slash = prefix.rfind('/');
    if (slash == std::string::npos || prefix.empty()) return pointer;
    prefix.resize(slash);
  }
}

Response LocatedResponse::finish(const QuestionnaireSet& installed) const {
  std::vector<Diagnostic> problems = problems_;
  try {
    Response response = response_from_json(document_, file_, installed);
    response.path = source_;
    if (problems.empty()) return response;
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) problems.push_back({file_, where_of(d.pointer), d.message});
  }
  throw InputError(problems);
}

nlohmann::json answer_json(const std::string& status, const nlohmann::json& value,
                           const std::string& evidence) {
  nlohmann::json answer;
  if (!status.empty()) {
    answer = {{"status", status}};
    if (!evidence.empty()) answer["evidence"] = evidence;
  } else if (!evidence.empty()) {
    answer = {{"value", value}, {"evidence", evidence}};
  } else {
    answer = value;
  }
  return answer;
}

}  // namespace spectrum::collect::detail
