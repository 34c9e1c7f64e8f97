// The "Workshop" section's content (workshop_view.h).
#include "workshop_view.h"

#include "text_format.h"

#include <algorithm>

namespace spectrum::reports {
namespace {

std::string level_text(const Templates& t, bool scored, double score, int level) {
  if (!scored) return t.text("/workshop/not_scored");
  return format_fixed(score) + " (" + t.text("/labels/level") + " " + std::to_string(level) + ", " +
         t.level_name(level) + ")";
}

std::string signed_fixed(double value) {
  return (value > 0 ? "+" : "") + format_fixed(value);
}

std::string agreement_text(const Agreement& a) {
  return "rwg " + (a.rwg ? format_fixed(*a.rwg) : std::string("-")) + ", IQR " + format_fixed(a.iqr);
}

std::string participants_text(const WorkshopSummary& w, const Templates& t) {
  std::string out;
  for (const model::Participant& p : w.participants)
    out += (out.empty() ? "" : "; ") + p.organisation + " (" + t.sector(std::string(sector_name(p.sector))) +
           ", " + p.role + ")";
  return out;
}

WorkshopTable agreed_table(const Profile& p, const Templates& t) {
  WorkshopTable table{"",
                      "",
                      {t.text("/labels/domain"), t.text("/workshop/individual"), t.text("/workshop/agreed"),
                       t.text("/labels/difference"), t.text("/workshop/items_agreed")},
                      {false, true, true, true, true},
                      {}};
  for (const DomainProfile& d : p.domains) {
    const std::string individual =
        level_text(t, d.scored(), d.score, d.level) +
        (d.scored() && d.uncertain ? " " + t.text("/workshop/uncertain_mark") : "");
    if (!d.agreed) {
      table.rows.push_back({d.title, individual, t.text("/workshop/not_discussed"), "-", "0"});
      continue;
    }
    const AgreedScore& a = *d.agreed;
    std::string agreed = a.ok ? level_text(t, a.scored(), a.score, a.level) : a.error;
    table.rows.push_back(
        {d.title, individual, agreed, a.difference ? signed_fixed(*a.difference) : "-",
         std::to_string(a.items.size()) + " / " + std::to_string(a.items.size() + a.carried)});
  }
  return table;
}

WorkshopTable rationale_table(const Profile& p, const Templates& t) {
  WorkshopTable table{t.text("/workshop/rationale_heading"),
                      "",
                      {t.text("/labels/domain"), t.text("/workshop/item"), t.text("/workshop/agreed_answer"),
                       t.text("/workshop/rationale")},
                      {false, false, false, false},
                      {}};
  for (const DomainProfile& d : p.domains)
    if (d.agreed)
      for (const AgreedItemSummary& item : d.agreed->items)
        table.rows.push_back({d.title, item.id + ": " + item.text, item.answer, item.rationale});
  return table;
}

WorkshopTable moved_table(const Profile& p, const Templates& t) {
  std::vector<std::pair<const DomainProfile*, const AgreedItemSummary*>> moved;
  for (const DomainProfile& d : p.domains)
    if (d.agreed)
      for (const AgreedItemSummary& item : d.agreed->items)
        if (item.moved && *item.moved > 0) moved.emplace_back(&d, &item);  // an item that moved at all
  std::stable_sort(moved.begin(), moved.end(),
                   [](const auto& a, const auto& b) { return *a.second->moved > *b.second->moved; });
  if (moved.size() > kMovedItemsShown) moved.resize(kMovedItemsShown);
  WorkshopTable table{t.text("/workshop/moved_heading"),
                      t.text("/workshop/moved_intro"),
                      {t.text("/labels/domain"), t.text("/workshop/item"), t.text("/workshop/median"),
                       t.text("/workshop/agreed_answer"), t.text("/workshop/moved")},
                      {false, false, true, false, true},
                      {}};
  for (const auto& [d, item] : moved)
    table.rows.push_back({d->title, item->id + ": " + item->text,
                          item->median ? format_fixed(*item->median) : "-", item->answer,
                          format_fixed(*item->moved)});
  return table;
}

WorkshopTable rounds_table(const Profile& p, const Templates& t) {
  WorkshopTable table{t.text("/workshop/rounds_heading"), "", {t.text("/labels/domain")}, {false}, {}};
  std::size_t rounds = 0;
  for (const DomainProfile& d : p.domains)
    if (d.rounds) rounds = std::max(rounds, d.rounds->rounds.size());
  for (std::size_t r = 0; r < rounds; ++r) {
    table.headers.push_back(fill(t.text("/workshop/round"), {{"round", std::to_string(r + 1)}}));
    table.numeric.push_back(true);
  }
  table.headers.push_back(t.text("/workshop/outcome"));
  table.numeric.push_back(false);
  for (const DomainProfile& d : p.domains) {
    if (!d.rounds) continue;
    std::vector<std::string> row = {d.title};
    for (std::size_t r = 0; r < rounds; ++r) {
      if (r >= d.rounds->rounds.size()) {
        row.push_back("-");
        continue;
      }
      const RoundScore& round = d.rounds->rounds[r];
      row.push_back((round.scored ? format_fixed(round.score) : std::string("-")) + "; " +
                    agreement_text(round.agreement));
    }
    row.push_back(d.rounds->outcome);
    table.rows.push_back(std::move(row));
    if (table.intro.empty()) table.intro = fill(t.text("/workshop/rounds_rule"), {{"rule", d.rounds->rule}});
  }
  return table;
}

WorkshopTable moderation_table(const Profile& p, const Templates& t) {
  WorkshopTable table{
      t.text("/workshop/moderation_heading"),
      t.text("/workshop/moderation_intro"),
      {t.text("/labels/domain"), t.text("/workshop/self_assessed"), t.text("/workshop/moderated"),
       t.text("/workshop/moderator"), t.text("/workshop/rationale")},
      {false, false, false, false, false},
      {}};
  for (const DomainProfile& d : p.domains) {
    if (!d.moderation) continue;
    const Moderation& m = *d.moderation;
    table.rows.push_back({d.title,
                          d.scored() ? level_text(t, true, d.score, d.level) : t.text("/workshop/not_scored"),
                          std::to_string(m.level) + ", " + t.level_name(m.level),
                          m.organisation + ", " + m.date, m.rationale});
  }
  return table;
}

}  // namespace

bool has_workshop_section(const Profile& profile) {
  return profile.workshop ||
         std::any_of(profile.domains.begin(), profile.domains.end(),
                     [](const DomainProfile& d) { return d.rounds.has_value() || d.moderation.has_value(); });
}

WorkshopView workshop_view(const Profile& p, const Templates& t) {
  WorkshopView view;
  view.heading = t.text("/headings/workshop");
  if (p.workshop) {
    int agreed = 0;
    for (const DomainProfile& d : p.domains)
      if (d.agreed) agreed += static_cast<int>(d.agreed->items.size());
    const WorkshopSummary& w = *p.workshop;
    view.paragraphs.push_back(
        fill(t.text("/workshop/intro"),
             {{"date", w.date},
              {"method", w.method.empty() ? t.text("/workshop/default_method") : w.method},
              {"participants", participants_text(w, t)},
              {"items", std::to_string(agreed)}}));
    view.paragraphs.push_back(t.text("/workshop/carried"));
    view.paragraphs.push_back(
        fill(t.text("/workshop/basis"),
             {{"basis", p.overall.basis}, {"description", p.overall.basis_description}}));
    view.tables.push_back(agreed_table(p, t));
    view.tables.push_back(rationale_table(p, t));
    if (WorkshopTable moved = moved_table(p, t); !moved.rows.empty()) view.tables.push_back(std::move(moved));
  }
  if (WorkshopTable rounds = rounds_table(p, t); !rounds.rows.empty())
    view.tables.push_back(std::move(rounds));
  if (WorkshopTable moderation = moderation_table(p, t); !moderation.rows.empty())
    view.tables.push_back(std::move(moderation));
  return view;
}

}  // namespace spectrum::reports
