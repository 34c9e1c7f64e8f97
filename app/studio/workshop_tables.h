// What the workshop view shows of the respondents and the scores, as plain data: the distribution of
// one item's answers by sector (counts only: no names, no organisations), the evidence notes given
// (with their sector only), and the individual and agreed score of each domain side by side.
#ifndef SPECTRUM_STUDIO_WORKSHOP_TABLES_H
#define SPECTRUM_STUDIO_WORKSHOP_TABLES_H

#include <spectrum/consensus.h>
#include <spectrum/model.h>
#include <spectrum/profile.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTableWidget;

namespace spectrum::studio {

// How many respondents gave each answer, by sector.
struct Distribution {
  std::vector<Sector> sectors;           // the sectors of the respondents, in the order of spectrum::Sector
  QStringList answers;                   // one row per answer: the item's options, then don't know, ...
  std::vector<std::vector<int>> counts;  // [answer][sector]
  ItemSpread spread;
  QStringList evidence;      // "NHS: the note", one per note given
  int total(int row) const;  // respondents of every sector in the row
};

// The distribution of the respondents' answers to `item` (of questionnaire `questionnaire`).
Distribution distribute(const std::vector<model::Respondent>& respondents, const std::string& questionnaire,
                        const model::Item& item);

// One answer as the distribution names it ("4  Shared budget", "Don't know"; options joined by ", "
// for a multi-select item; a text answer's own words).
QString answer_label(const model::Item& item, const model::AnswerValue& answer);

// Fills `table` with the distribution: a row per answer, a column per sector and one for everyone.
void show_distribution(QTableWidget* table, const Distribution& distribution);

// "Median 3 · IQR 1.5 · agreement (rwg) 0.42: partners split" for the item.
QString spread_text(const ItemSpread& spread);

// Fills `table` with a row per domain: individual score and level, agreed score and level, and the
// difference (agreed - individual). Either profile may be missing.
void show_domain_scores(QTableWidget* table, const std::optional<Profile>& individual,
                        const std::optional<Profile>& agreed);

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_WORKSHOP_TABLES_H
