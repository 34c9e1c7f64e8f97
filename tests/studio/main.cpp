// The studio tests' main: a QApplication must exist before any widget, and it must not need a display.
// catch_discover_tests runs this binary at build time to list the tests; a QApplication that cannot
// reach a display aborts then, and no test would be registered. So choose the offscreen platform
// before constructing it when neither QT_QPA_PLATFORM nor DISPLAY is set.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

#include <clocale>

#include <cstdlib>

namespace {

bool is_set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

}  // namespace

int main(int argc, char* argv[]) {
  if (!is_set("QT_QPA_PLATFORM") && !is_set("DISPLAY")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  // Settings (recent files) and data (autosaves of new assessments) go to a folder of this run alone,
  // never the user's, and never shared with tests running in parallel.
  QTemporaryDir home;
  if (!home.isValid()) return 2;
  setenv("XDG_CONFIG_HOME", qPrintable(home.filePath(QStringLiteral("config"))), 1);
  setenv("XDG_DATA_HOME", qPrintable(home.filePath(QStringLiteral("data"))), 1);
  QApplication app(argc, argv);
  std::setlocale(LC_NUMERIC, "C");  // as spectrum-studio's main does
  QApplication::setOrganizationName(QStringLiteral("SpectrumTests"));
  QApplication::setApplicationName(QStringLiteral("Spectrum Studio Tests"));
  return Catch::Session().run(argc, argv);
}
