// A generated set of profiles for the comparison tests: 12 Health and Wellbeing Boards (E0..E11) in
// three STP footprints (F1: E0 E3 E6 E9, F2: E1 E4 E7 E10, F3: E2 E5 E8 E11) over two periods, plus one
// CCG (E12) in F1 in the later period only: 25 profiles, two domains (leadership, digital). The scores
// are chosen so that ranks, percentiles and the roll-up can be worked out by hand (see test_compare.cpp).
#ifndef SPECTRUM_COMPARE_TEST_DATA_H
#define SPECTRUM_COMPARE_TEST_DATA_H

#include <spectrum/levels.h>
#include <spectrum/profile.h>

#include <string>
#include <vector>

namespace compare_test {

constexpr const char* kEarly = "2015/16";
constexpr const char* kLate = "2016/17";

// leadership and digital scores per area, 2016/17 and 2015/16.
constexpr double kLeadershipLate[] = {3.20, 2.50, 3.20, 1.00, 4.10, 2.00, 3.20, 0.50, 2.75, 3.90, 1.80, 2.25};
constexpr double kLeadershipEarly[] = {2.70, 2.50, 3.50, 0.80, 2.60, 2.40,
                                       3.00, 1.50, 2.00, 3.40, 1.60, 2.25};
constexpr double kDigitalLate[] = {1.50, 2.00, 2.50, 3.00, 3.50, 4.00, 1.00, 0.50, 4.50, 2.20, 2.80, 3.30};
constexpr double kDigitalEarly[] = {1.20, 1.70, 2.20, 2.70, 3.20, 3.70, 0.70, 0.20, 4.20, 1.90, 2.50, 3.00};

inline spectrum::DomainProfile domain(const std::string& id, double score, int respondents,
                                      bool uncertain = false) {
  spectrum::DomainProfile d;
  d.domain = id;
  d.title = id == "leadership" ? "Leadership" : "Digital";
  d.plugin = id;
  d.questionnaire = id;
  d.score = score;
  d.level = spectrum::level_of(score);
  d.uncertain = uncertain;
  d.agreement.respondents = respondents;
  return d;
}

inline spectrum::Profile profile(const std::string& name, const std::string& code, const std::string& kind,
                                 const std::string& footprint, const std::string& period, int respondents,
                                 std::vector<spectrum::DomainProfile> domains) {
  spectrum::Profile p;
  p.source = code + "-" + period.substr(0, 4) + ".json";
  p.area = {name, code, kind, footprint};
  p.period = period;
  for (int r = 0; r < respondents; ++r)
    p.respondents.push_back({"r" + std::to_string(r), "Org", "nhs", "manager"});
  double sum = 0;
  for (const auto& d : domains) {
    if (d.status != spectrum::DomainProfile::Status::ok) continue;
    sum += d.score;
    ++p.overall.domains;
  }
  p.overall.method = "mean";
  p.overall.score = p.overall.domains ? sum / p.overall.domains : 0;
  p.overall.level = spectrum::level_of(p.overall.score);
  p.domains = std::move(domains);
  p.provenance.tool = "spectrum 0.1.0";
  p.provenance.plugins = {{"leadership", "1.2.0", "leadership", "aa", "leadership.so"},
                          {"digital", "1.0.0", "digital", "bb", "digital.so"}};
  p.provenance.questionnaires = {{"leadership", "1.1.0", "cc"}, {"digital", "1.0.0", "dd"}};
  return p;
}

// The 25 profiles, later period first (E0..E11, then E12), then the earlier period (E0..E11).
// Departures from the plain pattern: E3's leadership counted 3 respondents, not 5; E9's leadership and
// E7's and E10's digital are uncertain in 2016/17; E6's digital failed in 2015/16.
inline std::vector<spectrum::Profile> generated_profiles() {
  std::vector<spectrum::Profile> out;
  const char* footprints[] = {"F1", "F2", "F3"};
  for (int pass = 0; pass < 2; ++pass) {
    const bool late = pass == 0;
    for (int i = 0; i < 12; ++i) {
      const int respondents = 2 + i % 4;
      const int leadership_respondents = i == 3 ? 3 : respondents;
      auto lead = domain("leadership", late ? kLeadershipLate[i] : kLeadershipEarly[i],
                         leadership_respondents, late && i == 9);
      auto digital = domain("digital", late ? kDigitalLate[i] : kDigitalEarly[i], respondents,
                            late && (i == 7 || i == 10));
      if (!late && i == 6) {
        digital.status = spectrum::DomainProfile::Status::error;
        digital.error = "plugin crashed";
      }
      out.push_back(profile("Area " + std::to_string(i), "E" + std::to_string(i), "hwb", footprints[i % 3],
                            late ? kLate : kEarly, respondents, {lead, digital}));
    }
    if (late) {
      out.push_back(profile("Moorland CCG", "E12", "ccg", "F1", kLate, 6,
                            {domain("leadership", 5.0, 6), domain("digital", 5.0, 6)}));
    }
  }
  return out;
}

// `copies` copies of generated_profiles(), copy k's areas coded "E4-k" and named "Area 4 copy k".
inline std::vector<spectrum::Profile> many_profiles(int copies) {
  std::vector<spectrum::Profile> out;
  const auto base = generated_profiles();
  out.reserve(base.size() * static_cast<std::size_t>(copies));
  for (int copy = 0; copy < copies; ++copy) {
    for (spectrum::Profile p : base) {
      p.area.code += "-" + std::to_string(copy);
      p.area.name += " copy " + std::to_string(copy);
      out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace compare_test

#endif  // SPECTRUM_COMPARE_TEST_DATA_H
