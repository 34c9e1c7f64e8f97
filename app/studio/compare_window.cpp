#include "compare_window.h"

#include "chart_theme.h"
#include "chart_view.h"
#include "form_parts.h"
#include "main_window.h"
#include "prompts.h"

#include <spectrum/compare_input.h>
#include <spectrum/io.h>
#include <spectrum/numbers.h>
#include <spectrum/reports/compare_charts.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spectrum::studio {

Profile profile_of_file(const QString& path, const Registry& registry) {
  const std::string file = path.toStdString();
  CompareInput input = read_compare_input(parse_json(read_file(file), file), file);
  if (input.profile) return std::move(*input.profile);
  AssessOptions options;
  options.isolate = true;  // the desktop app always isolates plugins
  return score_compare_input(*input.assessment, file, registry, options);
}

CompareWindow::CompareWindow(const Registry& registry, Prompts& prompts, QWidget* parent)
    : QDialog(parent), registry_(registry), prompts_(prompts) {
  setWindowTitle(tr("Compare profiles"));
  setAccessibleName(windowTitle());
  auto* layout = new QVBoxLayout(this);

  auto* top = new QHBoxLayout;
  auto* list_label = new QLabel(tr("&Profiles compared:"), this);
  list_ = new QListWidget(this);
  list_->setAccessibleName(tr("Profiles compared"));
  list_->setMaximumHeight(list_->fontMetrics().lineSpacing() * 6);
  list_label->setBuddy(list_);
  auto* buttons = new QVBoxLayout;
  auto* add = new QPushButton(tr("&Add files…"), this);
  auto* remove = new QPushButton(tr("&Remove"), this);
  add->setAccessibleName(tr("Add profiles or assessments to compare"));
  remove->setAccessibleName(tr("Remove the chosen profile from the comparison"));
  allow_mixed_ = new QCheckBox(tr("Compare different &instruments anyway (marked)"), this);
  allow_mixed_->setAccessibleName(tr("Compare profiles from different instruments anyway"));
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  auto* list_column = new QVBoxLayout;
  list_column->addWidget(list_label);
  list_column->addWidget(list_);
  list_column->addWidget(allow_mixed_);
  top->addLayout(list_column, 1);
  top->addLayout(buttons);
  layout->addLayout(top);

  problem_ = make_problem_label(this, tr("Comparison problem"));
  layout->addWidget(problem_);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  radar_ = new ChartView(480, splitter);
  radar_->setAccessibleName(tr("Overlaid radar of the profiles"));
  table_ = new QTableWidget(splitter);
  table_->setAccessibleName(tr("Scores of the profiles compared"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setTabKeyNavigation(false);
  splitter->addWidget(radar_);
  splitter->addWidget(table_);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  layout->addWidget(splitter, 1);

  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  layout->addWidget(close);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
  name_buttons(this);
  connect(add, &QPushButton::clicked, this, &CompareWindow::choose_files);
  connect(remove, &QPushButton::clicked, this, &CompareWindow::remove_selected);
  connect(allow_mixed_, &QCheckBox::toggled, this, &CompareWindow::recompute);
  resize(1200, 720);
}

QString CompareWindow::problem() const {
  return problem_->isHidden() ? QString() : problem_->text();
}

void CompareWindow::add_profile(Profile profile, const QString& name) {
  profiles_.push_back(std::move(profile));
  list_->addItem(name);
  recompute();
}

int CompareWindow::add_files(const QStringList& paths) {
  int added = 0;
  QStringList problems;
  for (const QString& path : paths) {
    try {
      Profile profile = profile_of_file(path, registry_);
      profiles_.push_back(std::move(profile));
      list_->addItem(QFileInfo(path).fileName());
      ++added;
    } catch (const std::exception& e) {
      problems << error_text(e);
    }
  }
  recompute();
  if (!problems.isEmpty())
    prompts_.error(this, tr("Could not add every file"), problems.join(QLatin1Char('\n')));
  return added;
}

void CompareWindow::choose_files() {
  QStringList paths = prompts_.open_files(this, tr("Add profiles or assessments"),
                                          tr("Profiles and assessments (*.json);;All files (*)"));
  if (!paths.isEmpty()) add_files(paths);
}

void CompareWindow::remove_selected() {
  const int row = list_->currentRow();
  if (row < 0) return;
  profiles_.erase(profiles_.begin() + row);
  delete list_->takeItem(row);
  recompute();
}

void CompareWindow::recompute() {
  comparison_.reset();
  set_problem(problem_, {});
  CompareOptions options;
  options.allow_mixed = allow_mixed_->isChecked();
  try {
    comparison_ = compare(profiles_, options);
  } catch (const MixedInstrumentsError& e) {
    set_problem(problem_, tr("%1\nTick \"Compare different instruments anyway\" to compare them, marked.")
                              .arg(QString::fromStdString(e.what())));
  } catch (const std::exception& e) {
    set_problem(problem_, QString::fromStdString(e.what()));
  }
  fill_table();
  if (!comparison_ || profiles_.empty()) {
    radar_->set_scene({}, tr("Nothing to compare"));
    return;
  }
  // The comparison report's overlaid radar: the first reports::kHighlightColours profiles, each in its
  // colour of the report's palette.
  std::vector<std::size_t> areas(comparison_->areas.size());
  for (std::size_t i = 0; i < areas.size(); ++i) areas[i] = i;
  const ChartTheme& theme = chart_theme();
  const reports::RadarOverlay overlay = reports::build_radar_overlay(*comparison_, areas, theme.labels);
  radar_->set_scene(reports::to_scene(overlay, theme.style),
                    tr("Radar of %1 of %2 profiles").arg(overlay.layers.size()).arg(profiles_.size()));
}

void CompareWindow::fill_table() {
  table_->clear();
  if (!comparison_) {
    table_->setRowCount(0);
    table_->setColumnCount(0);
    return;
  }
  const Comparison& c = *comparison_;
  QStringList headers;
  for (const CompareColumn& column : c.columns)
    headers << (column.id == kOverallColumn ? tr("Overall") : QString::fromStdString(column.title));
  table_->setColumnCount(static_cast<int>(headers.size()));
  table_->setHorizontalHeaderLabels(headers);
  table_->setRowCount(static_cast<int>(c.areas.size()));
  QStringList rows;
  for (std::size_t a = 0; a < c.areas.size(); ++a) {
    QString label = QString::fromStdString(c.areas[a].label());
    if (c.areas[a].mixed) label += tr(" — mixed: %1").arg(QString::fromStdString(c.areas[a].mixed_reason));
    rows << label;
    for (std::size_t col = 0; col < c.columns.size(); ++col) {
      const CompareCell& cell = c.cells[a][col];
      QString text = tr("not scored");
      QString tip;
      if (cell.scored) {
        text = tr("%1 · level %2%3")
                   .arg(QString::fromStdString(format_fixed(cell.score, 2)))
                   .arg(cell.level)
                   .arg(cell.uncertain ? tr(" (uncertain)") : QString());
        tip = tr("Rank %1 of %2 in %3; percentile %4; %5 from the median")
                  .arg(cell.rank)
                  .arg(cell.cohort_size)
                  .arg(QString::fromStdString(c.areas[a].period),
                       QString::fromStdString(format_fixed(cell.percentile, 1)))
                  .arg(QString::fromStdString(format_fixed(cell.from_median, 2)));
      }
      auto* item = new QTableWidgetItem(text);
      item->setToolTip(tip);
      item->setData(Qt::AccessibleDescriptionRole, tip);
      if (a < reports::kHighlightColours && c.areas.size() > 1)  // the colour of its polygon on the radar
        item->setForeground(QColor(QString::fromStdString(reports::kHighlightPalette[a])));
      table_->setItem(static_cast<int>(a), static_cast<int>(col), item);
    }
  }
  table_->setVerticalHeaderLabels(rows);
  table_->resizeColumnsToContents();
}

}  // namespace spectrum::studio
