// Small pieces the dialogs and forms share: the red line that says what is wrong, and OK/Cancel
// buttons that stay disabled while something is.
#ifndef SPECTRUM_STUDIO_FORM_PARTS_H
#define SPECTRUM_STUDIO_FORM_PARTS_H

#include <QString>

class QBoxLayout;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace spectrum::studio {

// A word-wrapped label in the error colour, hidden while empty (set_problem shows it).
QLabel* make_problem_label(QWidget* parent, const QString& accessible_name);
// Shows `problem` in the label (hides it when empty) and, with buttons, enables OK only when empty.
void set_problem(QLabel* label, const QString& problem, QDialogButtonBox* buttons = nullptr);
// OK and Cancel at the bottom of the dialog, wired to accept() and reject().
QDialogButtonBox* add_ok_cancel(QDialog& dialog, QBoxLayout* layout);
// Gives every button under `root` that has no accessible name its visible text as one ("Save", not
// "&Save"), so that screen readers name the standard buttons Qt creates.
void name_buttons(QWidget* root);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_FORM_PARTS_H
