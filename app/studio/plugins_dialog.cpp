#include "plugins_dialog.h"

#include "form_parts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spectrum::studio {

namespace {

QTableWidget* make_table(const QStringList& headers, const QString& name, QWidget* parent) {
  auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
  table->setHorizontalHeaderLabels(headers);
  table->setAccessibleName(name);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setTabKeyNavigation(false);
  table->setWordWrap(true);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  return table;
}

void add_row(QTableWidget* table, const QStringList& cells) {
  const int row = table->rowCount();
  table->insertRow(row);
  for (int column = 0; column < cells.size(); ++column) {
    auto* cell = new QTableWidgetItem(cells[column]);
    cell->setToolTip(cells[column]);
    table->setItem(row, column, cell);
  }
}

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

}  // namespace

PluginsDialog::PluginsDialog(const Registry& registry, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Plugins"));
  setAccessibleName(windowTitle());
  auto* layout = new QVBoxLayout(this);

  auto* loaded_label = new QLabel(tr("&Loaded plugins (%1)").arg(registry.plugins().size()), this);
  loaded_ = make_table({tr("Plugin"), tr("Version"), tr("Domain"), tr("Questionnaire"),
                        tr("Accepts versions"), tr("SDK ABI"), tr("File")},
                       tr("Loaded plugins"), this);
  loaded_label->setBuddy(loaded_);
  for (const LoadedPlugin& p : registry.plugins()) {
    QString questionnaire = q(p.questionnaire_id);
    if (p.questionnaire == nullptr) questionnaire += tr(" (not installed)");
    add_row(loaded_, {q(p.id), q(p.version), q(p.title.empty() ? p.domain : p.title), questionnaire,
                      QStringLiteral("≥ %1, < %2").arg(q(p.accepts_from), q(p.accepts_below)),
                      QString::number(p.abi_version), q(p.path.string())});
  }
  loaded_->resizeColumnsToContents();
  layout->addWidget(loaded_label);
  layout->addWidget(loaded_, 1);

  const std::size_t broken_count = registry.broken_plugins().size() + registry.broken_questionnaires().size();
  auto* broken_label = new QLabel(tr("&Not loaded (%1)").arg(broken_count), this);
  broken_ =
      make_table({tr("Kind"), tr("File"), tr("Reason")}, tr("Plugins and questionnaires not loaded"), this);
  broken_label->setBuddy(broken_);
  for (const BrokenPlugin& b : registry.broken_plugins())
    add_row(broken_, {tr("plugin"), q(b.path.filename().string()), q(b.reason)});
  for (const BrokenQuestionnaire& b : registry.broken_questionnaires())
    add_row(broken_, {tr("questionnaire"), q(b.path.filename().string()), q(b.reason)});
  broken_->resizeColumnsToContents();
  broken_->resizeRowsToContents();
  layout->addWidget(broken_label);
  layout->addWidget(broken_, 1);
  if (broken_count == 0) {
    broken_->hide();
    broken_label->setText(tr("Every plugin and questionnaire found loaded."));
  }

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  name_buttons(this);
  layout->addWidget(buttons);
  resize(960, 520);
}

}  // namespace spectrum::studio
