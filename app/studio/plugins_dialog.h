// Help > Plugins: the scoring plugins that loaded, and the plugins and questionnaires that did not,
// each with its reason.
#ifndef SPECTRUM_STUDIO_PLUGINS_DIALOG_H
#define SPECTRUM_STUDIO_PLUGINS_DIALOG_H

#include <spectrum/registry.h>

#include <QDialog>

class QTableWidget;

namespace spectrum::studio {

class PluginsDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PluginsDialog(const Registry& registry, QWidget* parent = nullptr);

  QTableWidget* loaded_table() const { return loaded_; }
  QTableWidget* broken_table() const { return broken_; }

 private:
  QTableWidget* loaded_;
  QTableWidget* broken_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_PLUGINS_DIALOG_H
