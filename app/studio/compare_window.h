// View > Compare profiles: several profiles (profile files, or assessments scored on the spot, read as
// `spectrum compare` reads them: spectrum/compare_input.h) side by side, through the regulators'
// comparison model (spectrum/compare.h) and the comparison report's charts: the overlaid radar and
// palette of spectrum/reports/compare_charts.h, and a table of scores, levels, ranks and percentiles.
// Profiles from different instruments are refused unless the user chooses to compare them anyway,
// marked.
#ifndef SPECTRUM_STUDIO_COMPARE_WINDOW_H
#define SPECTRUM_STUDIO_COMPARE_WINDOW_H

#include <spectrum/compare.h>
#include <spectrum/profile.h>
#include <spectrum/registry.h>

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace spectrum::studio {

class ChartView;
class Prompts;

// A profile file, or an assessment scored with the registry (plugins isolated). Throws InputError for
// a bad file.
Profile profile_of_file(const QString& path, const Registry& registry);

class CompareWindow : public QDialog {
  Q_OBJECT

 public:
  CompareWindow(const Registry& registry, Prompts& prompts, QWidget* parent = nullptr);

  void add_profile(Profile profile, const QString& name);
  // Adds files; returns how many loaded (problems are shown).
  int add_files(const QStringList& paths);
  const std::optional<Comparison>& comparison() const { return comparison_; }
  QTableWidget* table() const { return table_; }
  const ChartView* radar() const { return radar_; }
  QString problem() const;

 private:
  void choose_files();
  void remove_selected();
  void recompute();
  void fill_table();

  const Registry& registry_;
  Prompts& prompts_;
  std::vector<Profile> profiles_;
  std::optional<Comparison> comparison_;
  QListWidget* list_;
  QCheckBox* allow_mixed_;
  QLabel* problem_;
  ChartView* radar_;
  QTableWidget* table_;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_COMPARE_WINDOW_H
