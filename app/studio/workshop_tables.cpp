#include "workshop_tables.h"

#include <spectrum/agreement.h>
#include <spectrum/numbers.h>

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <map>

namespace spectrum::studio {

namespace {

QString number_text(double value) {
  return QString::fromStdString(format_compact(value, 2));
}

// The rows an item's answers fall in, before don't know, not applicable and no answer.
QStringList value_rows(const model::Item& item, const std::vector<const model::AnswerValue*>& answers) {
  QStringList rows;
  switch (item.type) {
    case ItemType::scale:
      for (const model::Option& o : item.options)
        rows << number_text(o.value) + QStringLiteral("  ") + QString::fromStdString(o.label);
      break;
    case ItemType::choice:
    case ItemType::multi:
      for (const model::Option& o : item.options) rows << QString::fromStdString(o.label);
      break;
    case ItemType::boolean:
      rows << QObject::tr("Yes") << QObject::tr("No");
      break;
    case ItemType::number: {
      std::vector<double> values;
      for (const model::AnswerValue* a : answers)
        if (a->state == model::AnswerValue::State::value) values.push_back(a->number);
      std::sort(values.begin(), values.end());
      values.erase(std::unique(values.begin(), values.end()), values.end());
      const QString unit =
          item.unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(item.unit);
      for (double v : values) rows << number_text(v) + unit;
      break;
    }
    case ItemType::text:
      rows << QObject::tr("Answered in words");
      break;
  }
  return rows;
}

// The rows one answer counts in: indexes into `values` (value_rows), then kDontKnowRow, ... for states.
constexpr int kDontKnowRow = -1, kNotApplicableRow = -2, kMissingRow = -3;
std::vector<int> rows_of(const model::Item& item, const model::AnswerValue& a, const QStringList& values) {
  using State = model::AnswerValue::State;
  if (a.state == State::dont_know) return {kDontKnowRow};
  if (a.state == State::not_applicable) return {kNotApplicableRow};
  if (a.state == State::missing) return {kMissingRow};
  std::vector<int> found;
  for (int i = 0; i < static_cast<int>(item.options.size()); ++i) {
    const model::Option& o = item.options[i];
    if ((item.type == ItemType::scale && o.value == a.number) ||
        (item.type == ItemType::choice && o.name == a.choice) ||
        (item.type == ItemType::multi &&
         std::find(a.selected.begin(), a.selected.end(), o.name) != a.selected.end()))
      found.push_back(i);
  }
  if (item.type == ItemType::boolean) found.push_back(a.number != 0 ? 0 : 1);
  if (item.type == ItemType::text) found.push_back(0);
  if (item.type == ItemType::number) {
    const QString unit =
        item.unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(item.unit);
    found.push_back(static_cast<int>(values.indexOf(number_text(a.number) + unit)));
  }
  return found;
}

QString state_row(int row) {
  if (row == kDontKnowRow) return QObject::tr("Don't know");
  if (row == kNotApplicableRow) return QObject::tr("Not applicable");
  return QObject::tr("No answer");
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter) {
  auto* c = new QTableWidgetItem(text);
  c->setFlags(Qt::ItemIsEnabled);
  c->setTextAlignment(align);
  return c;
}

void start_table(QTableWidget* table, int rows, const QStringList& headers) {
  table->clear();
  table->setRowCount(rows);
  table->setColumnCount(static_cast<int>(headers.size()));
  table->setHorizontalHeaderLabels(headers);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

}  // namespace

Distribution distribute(const std::vector<model::Respondent>& respondents, const std::string& questionnaire,
                        const model::Item& item) {
  static const model::AnswerValue kMissing;
  Distribution d;
  std::vector<std::pair<Sector, const model::AnswerValue*>> given;
  for (const model::Respondent& r : respondents) {
    auto sheet = r.answers.find(questionnaire);
    if (sheet == r.answers.end()) continue;
    auto found = sheet->second.find(item.id);
    given.emplace_back(r.sector, found == sheet->second.end() ? &kMissing : &found->second);
    if (std::find(d.sectors.begin(), d.sectors.end(), r.sector) == d.sectors.end())
      d.sectors.push_back(r.sector);
  }
  std::sort(d.sectors.begin(), d.sectors.end());
  std::vector<const model::AnswerValue*> answers;
  for (const auto& [sector, answer] : given) answers.push_back(answer);
  const QStringList values = value_rows(item, answers);
  d.answers = values;
  d.answers << state_row(kDontKnowRow) << state_row(kNotApplicableRow) << state_row(kMissingRow);
  d.counts.assign(d.answers.size(), std::vector<int>(d.sectors.size(), 0));
  for (const auto& [sector, answer] : given) {
    const auto column = std::find(d.sectors.begin(), d.sectors.end(), sector) - d.sectors.begin();
    for (int row : rows_of(item, *answer, values)) {
      if (row < 0) row = static_cast<int>(values.size()) - 1 - row;  // the state rows, in order
      if (row >= 0) ++d.counts[row][column];
    }
    if (!answer->evidence.empty())
      d.evidence << QStringLiteral("%1: %2").arg(QString::fromUtf8(sector_label(sector)),
                                                 QString::fromStdString(answer->evidence));
  }
  // Every answer given is counted: "no answer" is a row only when someone gave none.
  if (std::all_of(d.counts.back().begin(), d.counts.back().end(), [](int n) { return n == 0; })) {
    d.counts.pop_back();
    d.answers.removeLast();
  }
  d.spread = item_spread(item, answers);
  return d;
}

QString answer_label(const model::Item& item, const model::AnswerValue& answer) {
  const QStringList values = value_rows(item, {&answer});
  QStringList labels;
  for (int row : rows_of(item, answer, values)) labels << (row < 0 ? state_row(row) : values.value(row));
  if (item.type == ItemType::text && answer.state == model::AnswerValue::State::value)
    return QString::fromStdString(answer.text);
  return labels.join(QStringLiteral(", "));
}

int Distribution::total(int row) const {
  int all = 0;
  for (int n : counts[row]) all += n;
  return all;
}

void show_distribution(QTableWidget* table, const Distribution& d) {
  QStringList headers;
  for (Sector s : d.sectors) headers << QString::fromUtf8(sector_label(s));
  headers << QObject::tr("All");
  start_table(table, static_cast<int>(d.answers.size()), headers);
  table->setVerticalHeaderLabels(d.answers);
  for (int row = 0; row < static_cast<int>(d.answers.size()); ++row) {
    int all = 0;
    for (int column = 0; column < static_cast<int>(d.sectors.size()); ++column) {
      const int n = d.counts[row][column];
      all += n;
      table->setItem(row, column, cell(n == 0 ? QStringLiteral("·") : QString::number(n)));
    }
    table->setItem(row, static_cast<int>(d.sectors.size()), cell(QString::number(all)));
  }
}

QString spread_text(const ItemSpread& spread) {
  if (!spread.median) return QObject::tr("No answer places this item on the spectrum.");
  QString text = QObject::tr("Median %1 · IQR %2").arg(number_text(*spread.median), number_text(spread.iqr));
  if (spread.rwg)
    text += QObject::tr(" · agreement (rwg) %1").arg(QString::fromStdString(format_fixed(*spread.rwg, 2)));
  if (spread.split()) text += QObject::tr(": partners split");
  return text;
}

void show_domain_scores(QTableWidget* table, const std::optional<Profile>& individual,
                        const std::optional<Profile>& agreed) {
  const QStringList headers{QObject::tr("Domain"), QObject::tr("Individual"), QObject::tr("Agreed"),
                            QObject::tr("Difference")};
  const int rows = individual ? static_cast<int>(individual->domains.size()) : 0;
  start_table(table, rows, headers);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  auto score_text = [](const DomainProfile* d) {
    if (d == nullptr || !d->scored()) return QObject::tr("—");
    QString level = d->uncertain ? QObject::tr("uncertain") : QObject::tr("level %1").arg(d->level);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(format_fixed(d->score, 2)), level);
  };
  for (int row = 0; row < rows; ++row) {
    const DomainProfile& mine = individual->domains[row];
    const DomainProfile* ours = agreed ? agreed->find(mine.domain) : nullptr;
    table->setItem(row, 0,
                   cell(QString::fromStdString(mine.title.empty() ? mine.domain : mine.title),
                        Qt::AlignLeft | Qt::AlignVCenter));
    table->setItem(row, 1, cell(score_text(&mine)));
    table->setItem(row, 2, cell(score_text(ours)));
    QString difference = QObject::tr("—");
    if (mine.scored() && ours != nullptr && ours->scored()) {
      const double by = round_score(ours->score) - round_score(mine.score);
      difference = QString::fromStdString((by > 0 ? "+" : "") + format_fixed(by, 2));
    }
    table->setItem(row, 3, cell(difference));
  }
}

}  // namespace spectrum::studio
