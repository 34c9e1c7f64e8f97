#include <spectrum/reports/gui_application.h>

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdlib>
#include <stdexcept>

namespace spectrum::reports {
namespace {

bool set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

}  // namespace

void ensure_gui_application() {
  if (QCoreApplication* app = QCoreApplication::instance()) {
    if (qobject_cast<QGuiApplication*>(app) == nullptr)
      throw std::runtime_error(
          "rendering a report needs a QGuiApplication, but this process runs a QCoreApplication");
    return;
  }
  if (!set("QT_QPA_PLATFORM") && !set("DISPLAY") && !set("WAYLAND_DISPLAY")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  // QGuiApplication keeps references to argc and argv for its whole life.
  static int argc = 1;
  static char name[] = "spectrum";
  static char* argv[] = {name, nullptr};
  new QGuiApplication(argc, argv);  // lives as long as the process: Qt's fonts and painting need it
}

}  // namespace spectrum::reports
