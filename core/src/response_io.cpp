// Response files ("spectrum.response/1"): reading (shape, stamps against the installed
// questionnaires, answers), writing, and the file name a form suggests.
#include "area_json.h"
#include "json_checker.h"
#include "respondent_io.h"

#include <spectrum/response.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace spectrum {
namespace {

using detail::child_pointer;
using detail::JsonChecker;
using detail::ObjectReader;

std::string quote(std::string_view text) {
  return nlohmann::json(text).dump();
}

bool is_sha256(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

class ResponseReader {
 public:
  ResponseReader(JsonChecker& checker, const QuestionnaireSet& installed, Response& response)
      : checker_(checker), installed_(installed), response_(response) {}

  void read(const nlohmann::json& document) {
    checker_.require_format(document, kResponseFormat);
    ObjectReader reader(checker_, document, "");
    reader.string("format", true);
    if (const nlohmann::json* area = reader.object("area", true)) {
      response_.area = detail::read_area(checker_, *area, "/area");
    }
    response_.period = reader.text("period").value_or("");
    if (const nlohmann::json* respondent = reader.object("respondent", true)) {
      ObjectReader details(checker_, *respondent, "/respondent", "a respondent object");
      detail::read_respondent_details(details, response_.respondent);
      details.finish();
    }
    if (const nlohmann::json* stamps = reader.array("questionnaires", true)) read_stamps(*stamps);
    if (const nlohmann::json* answers = reader.object("answers", true)) read_answers(*answers);
    response_.saved = reader.string("saved", false).value_or("");
    response_.extensions = reader.finish();
  }

 private:
  void read_stamps(const nlohmann::json& stamps) {
    if (stamps.empty())
      checker_.error("/questionnaires", "expected at least one questionnaire, found an empty array");
    for (std::size_t i = 0; i < stamps.size(); ++i) {
      std::string pointer = child_pointer("/questionnaires", i);
      ObjectReader reader(checker_, stamps[i], pointer, "a questionnaire stamp {id, version, sha256}");
      if (!reader.valid()) continue;
      QuestionnaireStamp stamp;
      stamp.id = reader.text("id").value_or("");
      stamp.version = reader.text("version").value_or("");
      stamp.sha256 = reader.text("sha256").value_or("");
      reader.finish();
      if (!stamp.version.empty() && !model::Version::parse(stamp.version)) {
        checker_.error(reader.child("version"),
                       "expected a version MAJOR.MINOR.PATCH, found " + quote(stamp.version));
        continue;
      }
      if (!stamp.sha256.empty() && !is_sha256(stamp.sha256)) {
        checker_.error(reader.child("sha256"),
                       "expected a SHA-256 (64 lower-case hex digits), found " + quote(stamp.sha256));
        continue;
      }
      if (stamp.id.empty() || stamp.version.empty() || stamp.sha256.empty()) continue;
      auto [first, inserted] = stamp_pointers_.emplace(stamp.id, pointer);
      if (!inserted) {
        checker_.error(reader.child("id"),
                       "questionnaire " + quote(stamp.id) + " is listed twice, first at " + first->second);
        continue;
      }
      if (check_against_installed(stamp, pointer)) matching_.push_back(installed(stamp.id));
      response_.questionnaires.push_back(std::move(stamp));
    }
  }

  // Whether the installed questionnaire is the edition the response was made from.
  bool check_against_installed(const QuestionnaireStamp& stamp, const std::string& pointer) {
    const model::Questionnaire* q = installed(stamp.id);
    if (!q) {
      std::vector<std::string> ids;
      for (const model::Questionnaire* known : installed_) ids.push_back(known->id);
      checker_.error(child_pointer(pointer, "id"),
                     "made from questionnaire " + quote(stamp.id) + ", which is not installed (installed: " +
                         (ids.empty() ? std::string("none") : detail::join_names(ids)) + ")");
      return false;
    }
    if (stamp.version != q->version.str()) {
      checker_.error(child_pointer(pointer, "version"),
                     "made from questionnaire " + stamp.id + " " + stamp.version + ", but the installed " +
                         q->path + " is version " + q->version.str() +
                         "; answers to another version are not comparable");
      return false;
    }
    if (stamp.sha256 != q->sha256) {
      checker_.error(child_pointer(pointer, "sha256"),
                     "made from questionnaire " + stamp.id + " " + stamp.version + " with SHA-256 " +
                         stamp.sha256 + ", but the installed " + q->path + " has SHA-256 " + q->sha256 +
                         ": the questionnaire was changed without a new version");
      return false;
    }
    return true;
  }

  void read_answers(const nlohmann::json& answers) {
    // Answers are read against the questionnaires whose stamps match what is installed. Answers to a
    // questionnaire whose stamp did not match are skipped (the stamp's error says why); answers to one
    // that no stamp lists are refused.
    nlohmann::json checked = nlohmann::json::object();
    for (const auto& [id, value] : answers.items()) {
      if (detail::is_extension(id)) continue;
      if (!stamp_pointers_.contains(id)) {
        checker_.error(child_pointer("/answers", id),
                       "answers questionnaire " + quote(id) + ", which /questionnaires does not list");
      } else if (const std::string& wanted = id; std::any_of(
                     matching_.begin(), matching_.end(), [&](const auto* q) { return q->id == wanted; })) {
        checked[id] = value;
      }
    }
    detail::read_respondent_answers(checker_, checked, "/answers", matching_, response_.respondent);
  }

  const model::Questionnaire* installed(std::string_view id) const {
    for (const model::Questionnaire* q : installed_)
      if (q->id == id) return q;
    return nullptr;
  }

  JsonChecker& checker_;
  const QuestionnaireSet& installed_;
  Response& response_;
  std::map<std::string, std::string> stamp_pointers_;  // questionnaire id -> pointer of its stamp
  QuestionnaireSet matching_;                          // installed questionnaires the stamps match
};

}  // namespace

QuestionnaireStamp stamp_of(const model::Questionnaire& questionnaire) {
  return {questionnaire.id, questionnaire.version.str(), questionnaire.sha256};
}

Response response_from_json(const nlohmann::json& document, const std::string& file,
                            const QuestionnaireSet& questionnaires) {
  JsonChecker checker(file);
  Response response;
  response.path = file;
  ResponseReader(checker, questionnaires, response).read(document);
  checker.throw_if_errors();
  return response;
}

Response load_response(const std::filesystem::path& path, const QuestionnaireSet& questionnaires) {
  return response_from_json(parse_json(read_file(path), path.string()), path.string(), questionnaires);
}

nlohmann::json to_json(const Response& response) {
  nlohmann::json json = response.extensions.is_object() ? response.extensions : nlohmann::json::object();
  json["format"] = kResponseFormat;
  json["area"] = detail::area_to_json(response.area);
  json["period"] = response.period;
  model::Respondent details = response.respondent;
  details.name.clear();  // a response never carries a name
  json["respondent"] = detail::respondent_details_to_json(details);
  json["questionnaires"] = nlohmann::json::array();
  for (const QuestionnaireStamp& stamp : response.questionnaires)
    json["questionnaires"].push_back(
        {{"id", stamp.id}, {"version", stamp.version}, {"sha256", stamp.sha256}});
  json["answers"] = detail::respondent_answers_to_json(response.respondent);
  if (!response.saved.empty()) json["saved"] = response.saved;
  return json;
}

std::string response_file_name(const model::Area& area, const std::string& respondent_id) {
  auto safe = [](std::string text) {
    for (char& c : text)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') c = '_';
    return text;
  };
  std::string code = area.code.empty() ? area.name : area.code;
  return safe(code) + "-" + safe(respondent_id) + ".response.json";
}

}  // namespace spectrum
