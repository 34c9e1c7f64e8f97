#include <spectrum/diagnostics.h>
#include <spectrum/io.h>
#include <spectrum/model.h>
#include <spectrum/reports/templates.h>

#include "embedded_files.h"

#include <cstdlib>
#include <system_error>

namespace spectrum::reports {
namespace {

constexpr const char* kWordingFile = "report.json";

const char* type_name(const nlohmann::json& value) {
  return value.is_null() ? "nothing" : value.type_name();
}

}  // namespace

Templates Templates::load() {
  const char* folder = std::getenv(kTemplatesEnv);
  return load(folder != nullptr ? std::filesystem::path(folder) : std::filesystem::path());
}

Templates Templates::load(const std::filesystem::path& folder) {
  Templates t;
  for (const auto& file : detail::embedded_files())
    t.files_.emplace(file.name, std::string(reinterpret_cast<const char*>(file.data), file.size));
  t.wording_ = parse_json(t.files_.at(kWordingFile), std::string(kWordingFile) + " (built in)");
  t.wording_source_ = kWordingFile;
  if (folder.empty()) return t;

  std::error_code error;
  if (!std::filesystem::is_directory(folder, error))
    throw InputError(
        {{folder.string(), "",
          std::string("expected a folder of report templates (") + kTemplatesEnv + "), found none"}});
  for (auto& [name, text] : t.files_) {
    const std::filesystem::path path = folder / name;
    if (!std::filesystem::is_regular_file(path, error)) continue;
    std::string bytes = read_file(path);
    if (name == kWordingFile) {
      t.wording_.merge_patch(parse_json(bytes, path.string()));
      t.wording_source_ = path.string();
    }
    text = std::move(bytes);
  }
  return t;
}

const std::string& Templates::file(std::string_view name) const {
  const auto found = files_.find(name);
  if (found == files_.end()) throw std::out_of_range("no report template called " + std::string(name));
  return found->second;
}

const nlohmann::json& Templates::at(std::string_view pointer, bool string) const {
  static const nlohmann::json kNothing;
  const nlohmann::json::json_pointer ptr{std::string(pointer)};
  const nlohmann::json& value = wording_.contains(ptr) ? wording_.at(ptr) : kNothing;
  if (string ? !value.is_string() : !value.is_number())
    throw InputError(
        {{wording_source_, std::string(pointer),
          std::string("expected ") + (string ? "a string" : "a number") + ", found " + type_name(value)}});
  return value;
}

std::string Templates::text(std::string_view pointer) const {
  return at(pointer, true).get<std::string>();
}

double Templates::number(std::string_view pointer) const {
  return at(pointer, false).get<double>();
}

std::string Templates::level_name(int level) const {
  if (level < 0 || level > 5) return text("/uncertain/name");
  return text("/levels/" + std::to_string(level) + "/name");
}

std::string Templates::level_description(int level) const {
  if (level < 0 || level > 5) return text("/uncertain/description");
  return text("/levels/" + std::to_string(level) + "/description");
}

std::string Templates::sector(std::string_view name) const {
  const auto& sectors = wording_.value("sectors", nlohmann::json::object());
  const auto found = sectors.find(std::string(name));
  if (found != sectors.end() && found->is_string()) return found->get<std::string>();
  const std::optional<Sector> sector = parse_sector(name);
  return sector ? sector_label(*sector) : std::string(name);
}

std::string Templates::verdict(std::string_view verdict) const {
  const auto& verdicts = wording_.value("verdicts", nlohmann::json::object());
  const auto found = verdicts.find(std::string(verdict));
  return found != verdicts.end() && found->is_string() ? found->get<std::string>() : std::string(verdict);
}

ChartLabels Templates::chart_labels() const {
  ChartLabels labels;
  for (int level = 0; level <= 5; ++level) labels.level_names[level] = level_name(level);
  labels.level = text("/labels/level");
  labels.uncertain = text("/labels/uncertain");
  labels.not_scored = text("/labels/not_scored");
  labels.score = text("/labels/legend_score");
  labels.target = text("/labels/legend_target");
  labels.range = text("/labels/legend_range");
  labels.iqr = text("/labels/legend_iqr");
  labels.respondents = text("/labels/legend_respondents");
  return labels;
}

ChartStyle Templates::chart_style() const {
  ChartStyle style;
  style.font_family = text("/chart/font_family");
  style.label_size = number("/chart/label_size");
  style.small_size = number("/chart/small_size");
  style.score_fill_opacity = number("/chart/score_fill_opacity");
  for (int level = 0; level <= 5; ++level)
    style.level_colours[level] = text("/chart/colours/levels/" + std::to_string(level));
  const auto colour = [this](const char* name) { return text(std::string("/chart/colours/") + name); };
  style.grid = colour("grid");
  style.axis = colour("axis");
  style.text = colour("text");
  style.muted = colour("muted");
  style.score = colour("score");
  style.score_fill = colour("score_fill");
  style.target = colour("target");
  style.spread = colour("spread");
  style.iqr = colour("iqr");
  style.respondent = colour("respondent");
  style.uncertain = colour("uncertain");
  return style;
}

}  // namespace spectrum::reports
