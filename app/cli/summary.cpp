#include "summary.h"

#include <spectrum/model.h>
#include <spectrum/numbers.h>
#include <spectrum/types.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace spectrum::cli {

namespace {

std::string pad(const std::string& s, std::size_t width) {
  // Pads by characters, not bytes, so that UTF-8 text lines up.
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return chars >= width ? s : s + std::string(width - chars, ' ');
}

std::string sector_title(const std::string& name) {
  auto sector = parse_sector(name);
  return sector ? sector_label(*sector) : name;
}

std::string level_cell(const DomainProfile& d) {
  if (d.status == DomainProfile::Status::error) return "ERROR";
  if (!d.scored()) return "not scored";
  if (d.uncertain) return "? Uncertain";
  return std::to_string(d.level) + " " + std::string(level_name(d.level));
}

// Agreed beside individual scores, the rounds' outcome and any moderation, one line per domain.
void print_consensus(std::ostream& out, const Profile& p) {
  bool any = false;
  for (const DomainProfile& d : p.domains) {
    if (!d.agreed && !d.rounds && !d.moderation) continue;
    if (!any) out << "\nWorkshop, rounds and moderation (individual | agreed | difference):\n", any = true;
    out << "  " << pad(d.domain, 22)
        << pad(d.scored() ? format_fixed(d.score) + " L" + std::to_string(d.level) : "-", 10);
    if (d.agreed && d.agreed->scored())
      out << pad(format_fixed(d.agreed->score) + " L" + std::to_string(d.agreed->level), 10)
          << pad(d.agreed->difference
                     ? (*d.agreed->difference > 0 ? "+" : "") + format_fixed(*d.agreed->difference)
                     : "-",
                 8);
    else
      out << pad(d.agreed ? "not scored" : "-", 10) << pad("", 8);
    if (d.rounds) out << "rounds: " << d.rounds->outcome << "  ";
    if (d.moderation) out << "moderated to " << d.moderation->level << " by " << d.moderation->organisation;
    out << "\n";
  }
}

}  // namespace

std::string score_bar(double score, int width) {
  static const char* const kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  double cells = std::clamp(score, 0.0, 5.0) / 5.0 * width;
  int full = static_cast<int>(cells);
  int eighth = static_cast<int>((cells - full) * 8);
  std::string bar;
  for (int i = 0; i < full; ++i) bar += "█";
  int used = full;
  if (full < width && eighth > 0) bar += kEighths[eighth], ++used;
  bar += std::string(width - used, ' ');
  return bar;
}

void print_summary(std::ostream& out, const Profile& p) {
  std::map<std::string, int> by_sector;
  for (const RespondentSummary& r : p.respondents) ++by_sector[r.sector];
  out << p.area.name;
  if (!p.area.kind.empty()) out << " (" << p.area.kind << ")";
  out << ", " << p.period << " — " << p.respondents.size() << " respondents:";
  bool first = true;
  for (const auto& [sector, n] : by_sector)
    out << (first ? " " : ", ") << n << " " << sector_title(sector), first = false;
  out << "\n\n";
  out << pad("Domain", 22) << pad("Level", 27) << pad("Score", 7) << pad("", 22) << pad("Agreement", 15)
      << "Target\n";
  for (const DomainProfile& d : p.domains) {
    out << pad(d.domain, 22) << pad(level_cell(d), 27);
    if (d.status == DomainProfile::Status::error) {
      out << d.error << "\n";
      continue;
    }
    if (!d.scored()) {
      out << (d.uncertain_reasons.empty() ? "no answer counted" : d.uncertain_reasons.front()) << "\n";
      continue;
    }
    out << pad(format_fixed(d.score), 7) << "▕" << score_bar(d.score, 20) << "▏";
    std::string agreement = d.agreement.verdict;
    if (d.agreement.rwg) agreement += " " + format_fixed(*d.agreement.rwg);
    out << pad(agreement, 15);
    if (d.target) {
      out << format_fixed(*d.target, 1);
      if (d.gap_to_target && *d.gap_to_target > 0)
        out << " (gap " << format_fixed(*d.gap_to_target) << ")";
      else
        out << " (met)";
    }
    out << "\n";
    for (const std::string& why : d.uncertain_reasons) out << pad("", 24) << "uncertain: " << why << "\n";
  }
  out << "\nOverall: ";
  if (p.overall.domains == 0)
    out << "no domain scored";
  else
    out << p.overall.level << " " << level_name(p.overall.level) << " (" << format_fixed(p.overall.score)
        << ")";
  out << " — " << p.overall.description << "\n";
  if (p.workshop || p.overall.basis != kBasisIndividual)
    out << "Basis: " << p.overall.basis << " — " << p.overall.basis_description << "\n";
  print_consensus(out, p);
  for (const PluginFailure& f : p.plugin_failures)
    out << "A plugin failed to load and scored nothing: " << f.file << ": " << f.reason << "\n";
  if (!p.perception_gaps.empty()) {
    out << "\nPerception gaps (a level or more between sectors):\n";
    for (const PerceptionGap& g : p.perception_gaps)
      out << "  " << pad(g.domain, 20) << sector_title(g.higher) << " " << format_fixed(g.higher_score)
          << " vs " << sector_title(g.lower) << " " << format_fixed(g.lower_score) << " ("
          << format_fixed(g.difference) << " levels)\n";
  }
  bool steps = false;
  for (const DomainProfile& d : p.domains) {
    if (!d.gap_to_target || *d.gap_to_target <= 0) continue;
    for (const Finding& f : d.findings) {
      if (f.kind != Finding::Kind::next_step) continue;
      if (!steps) out << "\nNext steps toward targets:\n", steps = true;
      out << "  " << pad(d.domain, 20) << f.text << "\n";
      break;
    }
  }
}

}  // namespace spectrum::cli
