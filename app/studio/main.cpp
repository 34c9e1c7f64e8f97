// spectrum-studio [FILE]: the desktop app for Health and Wellbeing Boards. Works offline.
#include "main_window.h"

#include <spectrum/registry.h>
#include <spectrum/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <clocale>
#include <cstdio>
#include <string_view>

namespace {

struct Options {
  QCommandLineOption plugin_dir{QStringLiteral("plugin-dir"),
                                QObject::tr("Also load plugins from <dir> (searched first)."),
                                QStringLiteral("dir")};
  QCommandLineOption questionnaire_dir{QStringLiteral("questionnaire-dir"),
                                       QObject::tr("Also load questionnaires from <dir>."),
                                       QStringLiteral("dir")};
  QCommandLineOption screenshot{
      QStringLiteral("screenshot"),
      QObject::tr("Open FILE, write a picture of the window to <png> and quit (for the docs)."),
      QStringLiteral("png")};
  QCommandLineOption self_test{
      QStringLiteral("self-test"),
      QObject::tr("Build and show the main window with the installed plugins, say what it loaded and "
                  "quit (checks an installation; works with QT_QPA_PLATFORM=offscreen).")};

  void add_to(QCommandLineParser& parser) const {
    parser.setApplicationDescription(QObject::tr(
        "Enter a Health and Wellbeing Board's self-assessment, see its integration profile as you go, "
        "save it and export reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(plugin_dir);
    parser.addOption(questionnaire_dir);
    parser.addOption(screenshot);
    parser.addOption(self_test);
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("An assessment to open."),
                                 QStringLiteral("[FILE]"));
  }
};

void name_application() {
  QCoreApplication::setOrganizationName(QStringLiteral("Spectrum"));
  QCoreApplication::setApplicationName(QStringLiteral("Spectrum Studio"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SPECTRUM_VERSION));
}

// --help and --version print and leave: they must work in a terminal with no display.
bool asks_for_information(int argc, char* argv[]) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
      return true;
  }
  return false;
}

}  // namespace

int main(int argc, char* argv[]) {
  const Options options;
  if (asks_for_information(argc, argv)) {
    QCoreApplication core(argc, argv);
    name_application();
    QCommandLineParser parser;
    options.add_to(parser);
    parser.process(core);  // prints and exits
    return 0;
  }
  QApplication app(argc, argv);
  std::setlocale(LC_NUMERIC, "C");  // Qt set the C locale from the environment; numbers stay "2.50"
  name_application();
  QCommandLineParser parser;
  options.add_to(parser);
  parser.process(app);
  const QCommandLineOption& plugin_dir = options.plugin_dir;
  const QCommandLineOption& questionnaire_dir = options.questionnaire_dir;
  const QCommandLineOption& screenshot = options.screenshot;

  spectrum::SearchPaths paths;
  for (const QString& dir : parser.values(plugin_dir)) paths.plugin_dirs.emplace_back(dir.toStdString());
  for (const QString& dir : parser.values(questionnaire_dir))
    paths.questionnaire_dirs.emplace_back(dir.toStdString());
  const spectrum::Registry registry = spectrum::Registry::load(paths);

  spectrum::studio::MainWindow window(registry);
  window.show();
  if (parser.isSet(options.self_test)) {
    QApplication::processEvents();
    const bool shown = window.isVisible();
    std::printf("spectrum-studio %s: main window %s, %zu plugins, %zu questionnaires\n", SPECTRUM_VERSION,
                shown ? "shown" : "not shown", registry.plugins().size(), registry.questionnaires().size());
    return shown && !registry.plugins().empty() ? 0 : 1;
  }
  const QStringList files = parser.positionalArguments();
  if (!files.isEmpty()) {
    if (!window.open_file(QFileInfo(files.first()).absoluteFilePath()) && parser.isSet(screenshot)) return 1;
  } else if (!parser.isSet(screenshot)) {
    window.offer_untitled_recovery();
  }
  if (parser.isSet(screenshot)) {
    // Once the window has been laid out and painted: score, let the profile lay itself out, grab.
    QTimer::singleShot(300, &window, [&] {
      window.scorer().score_now();
      QTimer::singleShot(300, &window, [&] {
        const QString png = parser.value(screenshot);
        const bool saved = window.grab().save(png, "PNG");
        if (!saved) std::fprintf(stderr, "spectrum-studio: could not write %s\n", qPrintable(png));
        QApplication::exit(saved ? 0 : 1);
      });
    });
  }
  return app.exec();
}
