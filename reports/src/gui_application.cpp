#include <spectrum/reports/gui_application.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>
#include <QtGlobal>

#include <clocale>
#include <cstdlib>
#include <stdexcept>

namespace spectrum::reports {
namespace {

bool set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

QtMessageHandler previous_handler = nullptr;

// A command-line process has no session runtime folder, and Qt says so on every run; that warning
// means nothing to someone writing a report. Everything else goes to the handler that was there.
void quieter(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR"))) return;
  if (previous_handler != nullptr)
    previous_handler(type, context, message);
  else
    qt_message_output(type, context, message);
}

}  // namespace

void ensure_gui_application() {
  if (QCoreApplication* app = QCoreApplication::instance()) {
    if (qobject_cast<QGuiApplication*>(app) == nullptr)
      throw std::runtime_error(
          "rendering a report needs a QGuiApplication, but this process runs a QCoreApplication");
    return;
  }
  if (!set("QT_QPA_PLATFORM") && !set("DISPLAY") && !set("WAYLAND_DISPLAY"))
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
  if (!set("XDG_RUNTIME_DIR")) previous_handler = qInstallMessageHandler(quieter);
  // QGuiApplication keeps references to argc and argv for its whole life.
  static int argc = 1;
  static char name[] = "spectrum";
  static char* argv[] = {name, nullptr};
  new QGuiApplication(argc, argv);  // lives as long as the process: Qt's fonts and painting need it
  // QGuiApplication set the C locale from the environment; numbers must not follow it ("2,50").
  std::setlocale(LC_NUMERIC, "C");
}

}  // namespace spectrum::reports
