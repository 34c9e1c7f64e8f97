#include "chart_theme.h"

#include <spectrum/reports/templates.h>

#include <exception>
#include <filesystem>
#include <map>

namespace spectrum::studio {

namespace {

struct LoadedTheme {
  ChartTheme theme;
  QString problem;
  std::map<std::string, std::string> sectors;
};

LoadedTheme load_theme() {
  LoadedTheme loaded;
  reports::Templates templates = [&] {
    try {
      return reports::Templates::load();
    } catch (const std::exception& e) {
      loaded.problem = QString::fromStdString(e.what());
      return reports::Templates::load(std::filesystem::path());
    }
  }();
  loaded.theme.labels = templates.chart_labels();
  loaded.theme.style = templates.chart_style();
  for (const std::string& name : kSectorNames) loaded.sectors[name] = templates.sector(name);
  return loaded;
}

const LoadedTheme& loaded_theme() {
  static const LoadedTheme kTheme = load_theme();
  return kTheme;
}

}  // namespace

QString ChartTheme::level_name(int level) const {
  if (level < 0 || level > 5) return QString::fromStdString(labels.uncertain);
  return QString::fromStdString(labels.level_names[level]);
}

QString ChartTheme::sector(const std::string& name) const {
  const auto& sectors = loaded_theme().sectors;
  auto found = sectors.find(name);
  return QString::fromStdString(found == sectors.end() ? name : found->second);
}

const ChartTheme& chart_theme(QString* problem) {
  if (problem != nullptr) *problem = loaded_theme().problem;
  return loaded_theme().theme;
}

}  // namespace spectrum::studio
