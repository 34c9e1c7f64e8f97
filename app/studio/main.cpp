// spectrum-studio [FILE]: the desktop app for Health and Wellbeing Boards. Works offline.
#include "main_window.h"

#include <spectrum/registry.h>
#include <spectrum/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Spectrum"));
  QApplication::setApplicationName(QStringLiteral("Spectrum Studio"));
  QApplication::setApplicationVersion(QStringLiteral(SPECTRUM_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QObject::tr("Enter a Health and Wellbeing Board's self-assessment, see its integration profile as you go, "
                  "save it and export reports."));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption plugin_dir(QStringLiteral("plugin-dir"), QObject::tr("Also load plugins from <dir> (searched first)."),
                                QStringLiteral("dir"));
  QCommandLineOption questionnaire_dir(QStringLiteral("questionnaire-dir"),
                                       QObject::tr("Also load questionnaires from <dir>."), QStringLiteral("dir"));
  parser.addOption(plugin_dir);
  parser.addOption(questionnaire_dir);
  parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("An assessment to open."), QStringLiteral("[FILE]"));
  parser.process(app);

  spectrum::SearchPaths paths;
  for (const QString& dir : parser.values(plugin_dir)) paths.plugin_dirs.emplace_back(dir.toStdString());
  for (const QString& dir : parser.values(questionnaire_dir)) paths.questionnaire_dirs.emplace_back(dir.toStdString());
  const spectrum::Registry registry = spectrum::Registry::load(paths);

  spectrum::studio::MainWindow window(registry);
  window.show();
  const QStringList files = parser.positionalArguments();
  if (!files.isEmpty()) window.open_file(QFileInfo(files.first()).absoluteFilePath());
  return app.exec();
}
