// Private: a response built from cells rather than read from JSON. The channels (workbook, survey CSV)
// build the same JSON document a response file holds, note where each part came from ("Leadership!C7",
// "row 3, column LD04"), and run the response loader on it, so that every channel is validated exactly
// as a response file is; the loader's JSON pointers are then told as those places.
#ifndef SPECTRUM_COLLECT_LOCATED_RESPONSE_H
#define SPECTRUM_COLLECT_LOCATED_RESPONSE_H

#include <spectrum/response.h>

#include <map>
#include <string>
#include <vector>

namespace spectrum::collect::detail {

class LocatedResponse {
 public:
  // file: as diagnostics name it; source: the response's path (merge reports name it).
  LocatedResponse(std::string file, std::string source);

  // The response document being built ({"format": "spectrum.response/1"} to start with).
  nlohmann::json& document() { return document_; }
  // Problems found under pointer are reported at where instead (the longest matching pointer wins).
  void locate(const std::string& pointer, const std::string& where);
  // A problem found while reading cells, at where ("" for the whole file).
  void error(const std::string& where, const std::string& message);
  bool has_errors() const { return !problems_.empty(); }

  // Runs the response loader on the document; throws InputError with every problem (those of the
  // cells first), each at its place.
  Response finish(const QuestionnaireSet& installed) const;

 private:
  std::string where_of(const std::string& pointer) const;

  std::string file_;
  std::string source_;
  nlohmann::json document_;
  std::map<std::string, std::string> places_;  // JSON pointer -> place
  std::vector<Diagnostic> problems_;
};

// The answer object for a status or value and an evidence note; null when there is nothing at all.
nlohmann::json answer_json(const std::string& status, const nlohmann::json& value,
                           const std::string& evidence);

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_LOCATED_RESPONSE_H
