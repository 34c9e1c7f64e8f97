// spectrum_bench_generate N FOLDER [--respondents R] [--questionnaire-dir DIR]: writes N fictional
// assessments (N/2 Health and Wellbeing Boards over two periods, about six boards per STP footprint)
// answering every installed questionnaire, for the benchmark. Each has 3 to 6 respondents, or R with
// --respondents (a large area: one organisation per ten respondents). Each board has its own tendency on the
// spectrum and drifts between periods; respondents scatter around it, and some answer "don't know". The same
// N always gives the same files.
#include <spectrum/io.h>
#include <spectrum/registry.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace spectrum;

constexpr const char* kPeriods[] = {"2015/16", "2016/17"};
constexpr int kBoardsPerFootprint = 6;
constexpr double kDontKnowShare = 0.06;
constexpr Sector kSectors[] = {Sector::nhs, Sector::local_government, Sector::housing, Sector::voluntary,
                               Sector::nhs};
constexpr const char* kRoles[] = {"manager", "front_line", "elected_member", "director"};

class Generator {
 public:
  explicit Generator(unsigned seed) : random_(seed) {}

  double uniform(double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(random_);
  }
  int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(random_); }

  // An answer to the item from a respondent whose view sits at `level` (0..5).
  model::AnswerValue answer(const model::Item& item, double level) {
    model::AnswerValue a;
    a.type = item.type;
    if (uniform(0, 1) < kDontKnowShare) {
      a.state = model::AnswerValue::State::dont_know;
      return a;
    }
    a.state = model::AnswerValue::State::value;
    const double view = std::clamp(level + uniform(-1.2, 1.2), 0.0, 5.0);
    switch (item.type) {
      case ItemType::scale:
        a.number = nearest(item, view).value;
        break;
      case ItemType::choice:
        a.choice = nearest(item, view).name;
        break;
      case ItemType::multi:
        for (const model::Option& o : item.options)
          if (o.value <= view && uniform(0, 1) < 0.7) a.selected.push_back(o.name);
        break;
      case ItemType::number: {
        const double low = item.min.value_or(0), high = item.max.value_or(100);
        a.number = std::round(low + (high - low) * view / 5.0);
        break;
      }
      case ItemType::boolean:
        a.number = view >= 2.5 ? 1 : 0;
        break;
      case ItemType::text:
        a.text = "Generated for the benchmark.";
        break;
    }
    return a;
  }

 private:
  static const model::Option& nearest(const model::Item& item, double view) {
    const model::Option* best = &item.options.front();
    double low = item.options.front().value, high = low;
    for (const model::Option& o : item.options) low = std::min(low, o.value), high = std::max(high, o.value);
    const double target = low + (high - low) * view / 5.0;  // scales may run 1..5 or 0..4: map onto them
    for (const model::Option& o : item.options)
      if (std::abs(o.value - target) < std::abs(best->value - target)) best = &o;
    return *best;
  }

  std::mt19937 random_;
};

model::Assessment board(Generator& gen, const std::vector<const model::Questionnaire*>& questionnaires,
                        int index, int period, double tendency, int respondents) {
  model::Assessment a;
  char code[16];
  std::snprintf(code, sizeof code, "E%08d", index);
  a.area = {"Board " + std::to_string(index), code, "hwb",
            "STP " + std::to_string(index / kBoardsPerFootprint + 1)};
  a.period = kPeriods[period];
  const bool large = respondents > 0;
  if (!large) respondents = 3 + gen.pick(4);
  for (int r = 0; r < respondents; ++r) {
    model::Respondent person;
    person.id = "r" + std::to_string(r + 1);
    person.sector = kSectors[r % 5];
    person.organisation =
        std::string(sector_label(person.sector)) + " partner " + std::to_string((large ? r / 10 : r) + 1);
    person.role = kRoles[gen.pick(4)];
    const double view = std::clamp(tendency + gen.uniform(-0.8, 0.8), 0.0, 5.0);
    for (const model::Questionnaire* q : questionnaires)
      for (const model::Item& item : q->items)
        if (item.type != ItemType::text && !(item.type != ItemType::number && item.options.empty()))
          person.answers[q->id][item.id] = gen.answer(item, view);
    a.respondents.push_back(std::move(person));
  }
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: spectrum_bench_generate N FOLDER [--respondents R] [--questionnaire-dir DIR]\n";
    return 2;
  }
  const int count = std::stoi(argv[1]);
  const fs::path folder = argv[2];
  SearchPaths paths;
  int respondents = 0;  // 3 to 6, drawn per assessment
  for (int i = 3; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--questionnaire-dir") paths.questionnaire_dirs.emplace_back(argv[i + 1]);
    if (std::string(argv[i]) == "--respondents") respondents = std::max(1, std::stoi(argv[i + 1]));
  }
  const Registry registry = Registry::load(paths);
  const auto questionnaires = registry.questionnaires();
  if (questionnaires.empty()) {
    std::cerr
        << "spectrum_bench_generate: no questionnaires found (build them, or pass --questionnaire-dir)\n";
    return 2;
  }
  fs::create_directories(folder);
  Generator gen(20161);
  const int boards = (count + 1) / 2;
  int written = 0;
  for (int b = 0; b < boards && written < count; ++b) {
    double tendency = gen.uniform(0.3, 4.5);
    for (int period = 0; period < 2 && written < count; ++period, ++written) {
      const model::Assessment a = board(gen, questionnaires, b + 1, period, tendency, respondents);
      char name[48];
      std::snprintf(name, sizeof name, "board_%06d_%d.json", b + 1, period);
      write_file_atomic(folder / name, to_json(a).dump(1) + "\n");
      tendency = std::clamp(tendency + gen.uniform(-0.6, 0.9), 0.0, 5.0);
    }
  }
  std::cout << "wrote " << written << " assessments (" << boards << " boards, "
            << (boards + kBoardsPerFootprint - 1) / kBoardsPerFootprint << " footprints, 2 periods) to "
            << folder.string() << "\n";
  return 0;
}
