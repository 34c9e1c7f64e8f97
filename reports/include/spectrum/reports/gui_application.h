// Qt's painting and fonts need a QGuiApplication. Report rendering may run in a plain command-line
// process, with or without a display.
#ifndef SPECTRUM_REPORTS_GUI_APPLICATION_H
#define SPECTRUM_REPORTS_GUI_APPLICATION_H

namespace spectrum::reports {

// Makes sure a QGuiApplication exists. When there is none, creates one for the rest of the process
// (never destroyed), first choosing the "offscreen" platform when neither QT_QPA_PLATFORM nor a
// display (DISPLAY, WAYLAND_DISPLAY) is set. Throws std::runtime_error when the process already runs
// a QCoreApplication that is not a QGuiApplication. Call it from the thread that owns Qt.
void ensure_gui_application();

}  // namespace spectrum::reports

#endif  // SPECTRUM_REPORTS_GUI_APPLICATION_H
