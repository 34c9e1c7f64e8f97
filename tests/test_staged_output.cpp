// StagedOutputs and check_outputs: outputs written all or nothing, never over an input.
#include "temp_dir.h"

#include <spectrum/io.h>
#include <spectrum/staged_output.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace spectrum;
using spectrum::test::TempDir;
namespace fs = std::filesystem;

namespace {

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

std::vector<std::string> entries(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("staged outputs appear only at commit, all together", "[files][outputs]") {
  TempDir dir;
  {
    StagedOutputs staged;
    staged.stage(dir.path() / "a.json", "A");
    staged.stage(dir.path() / "b.html", "B");
    CHECK(entries(dir.path()).empty());  // anonymous temporaries: nothing to see, nothing to clean up
    staged.commit();
  }
  CHECK(entries(dir.path()) == std::vector<std::string>{"a.json", "b.html"});
  CHECK(read_file(dir.path() / "a.json") == "A");
}

TEST_CASE("staged outputs dropped without commit leave every target as it was", "[files][outputs]") {
  TempDir dir;
  write_text(dir.path() / "a.json", "old");
  {
    StagedOutputs staged;
    staged.stage(dir.path() / "a.json", "new");
    staged.stage(dir.path() / "b.json", "new");
  }
  CHECK(entries(dir.path()) == std::vector<std::string>{"a.json"});
  CHECK(read_file(dir.path() / "a.json") == "old");
}

TEST_CASE("a commit that fails on one target restores the targets already replaced and removes the new ones",
          "[files][outputs]") {
  TempDir dir;
  write_text(dir.path() / "a.json", "old a");
  fs::create_directories(dir.path() / "b.json" / "inside");  // a folder that no file can replace
  StagedOutputs staged;
  staged.stage(dir.path() / "a.json", "new a");
  staged.stage(dir.path() / "0-new.json", "placed, then taken back");
  staged.stage(dir.path() / "b.json", "new b");
  CHECK_THROWS_WITH(staged.commit(), Catch::Contains("b.json") && Catch::Contains("no output was changed"));
  CHECK(read_file(dir.path() / "a.json") == "old a");
  CHECK(entries(dir.path()) == std::vector<std::string>{"a.json", "b.json"});  // no temporary left
}

TEST_CASE("an output that is an input, by name, symlink or folder, is refused naming both",
          "[files][outputs]") {
  TempDir dir;
  write_text(dir.path() / "a.json", "{}");
  fs::create_symlink(dir.path() / "a.json", dir.path() / "link.json");
  fs::create_directories(dir.path() / "in");
  InputPaths inputs{{dir.path() / "a.json"}, {dir.path() / "in"}};
  auto problems =
      check_outputs({dir.path() / "link.json", dir.path() / "in" / "x.json", dir.path() / "ok.json"}, inputs);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].message.find("is the input " + (dir.path() / "a.json").string()) != std::string::npos);
  CHECK(problems[1].message.find("lies inside the input folder") != std::string::npos);
}

TEST_CASE("a temporary whose owner is gone is removed by the next check of its folder", "[files][outputs]") {
  TempDir dir;
  write_text(dir.path() / ".p.json.spectrum-tmp-999999999-5-0", "stale");
  write_text(dir.path() / ".notes.txt", "kept");
  CHECK(check_outputs({dir.path() / "p.json"}, {}).empty());
  CHECK(entries(dir.path()) == std::vector<std::string>{".notes.txt"});
}

TEST_CASE("an output named twice, by the same or another name, is refused once for its second naming",
          "[files][outputs]") {
  TempDir dir;
  write_text(dir.path() / "old.json", "{}");
  fs::create_symlink(dir.path() / "old.json", dir.path() / "alias.json");
  fs::create_directories(dir.path() / "sub");
  const auto problems =
      check_outputs({dir.path() / "p.json", "-", dir.path() / "sub" / ".." / "p.json",
                     dir.path() / "old.json", dir.path() / "alias.json", "-", dir.path() / "q.json"},
                    {});
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].file == (dir.path() / "sub" / ".." / "p.json").string());
  CHECK(problems[1].file == (dir.path() / "alias.json").string());
  CHECK(problems[2].file == "-");
  for (const Diagnostic& d : problems)
    CHECK(d.message == "is named as an output twice, expected each output once");
}

TEST_CASE("an output that is a folder, or in a missing folder, is refused; its folder is checked once",
          "[files][outputs]") {
  TempDir dir;
  fs::create_directories(dir.path() / "folder");
  const auto problems = check_outputs({dir.path() / "folder", dir.path() / "missing" / "a.json",
                                       dir.path() / "missing" / "b.json", dir.path() / "fine.json"},
                                      {});
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].message == "is a folder, expected a file name");
  CHECK(problems[1].message == "no such folder: " + (dir.path() / "missing").string());
  CHECK(problems[2].file == (dir.path() / "missing" / "b.json").string());
  CHECK(problems[2].message == problems[1].message);
}

TEST_CASE("many megabytes staged on several threads, flushed as they come, still appear only at commit",
          "[files][outputs]") {
  // Past 32 MB staged, a thread starts flushing them to disk while more are staged; commit and a
  // discard both stop it, and neither outcome changes.
  TempDir dir;
  const std::string megabyte(std::size_t{1} << 20, 'x');
  for (const bool commit : {true, false}) {
    const fs::path folder = dir.path() / (commit ? "kept" : "dropped");
    fs::create_directories(folder);
    {
      StagedOutputs staged;
      std::vector<std::thread> threads;
      for (int t = 0; t < 2; ++t)
        threads.emplace_back([&, t] {
          for (int i = 0; i < 36; ++i)
            staged.stage(folder / ("f" + std::to_string(t) + "_" + std::to_string(i)),
                         megabyte + std::to_string(i));
        });
      for (std::thread& thread : threads) thread.join();
      CHECK(entries(folder).empty());
      if (commit) staged.commit();
    }
    CHECK(entries(folder).size() == (commit ? 72u : 0u));
  }
  CHECK(read_file(dir.path() / "kept" / "f1_35") == megabyte + "35");
}
