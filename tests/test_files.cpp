// Reading, parsing, hashing and atomically writing files.
#include "format_test_support.h"
#include "temp_dir.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

using namespace spectrum;
namespace fs = std::filesystem;

using spectrum::test::TempDir;

TEST_CASE("sha256_hex gives the standard digests", "[formats][files]") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("write_file_atomic writes the content and leaves no temporary file", "[formats][files]") {
  TempDir dir;
  fs::path target = dir.path() / "profile.json";
  write_file_atomic(target, "first");
  CHECK(read_file(target) == "first");
  write_file_atomic(target, "second, longer content");
  CHECK(read_file(target) == "second, longer content");
  CHECK(dir.names() == std::vector<std::string>{"profile.json"});
  CHECK((fs::status(target).permissions() & fs::perms::owner_read) != fs::perms::none);
}

TEST_CASE("write_file_atomic gives a new file the umask's mode and keeps an existing file's mode",
          "[formats][files]") {
  TempDir dir;
  fs::path target = dir.path() / "report.md";
  mode_t previous = ::umask(027);
  write_file_atomic(target, "new");
  ::umask(previous);
  CHECK(fs::status(target).permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  write_file_atomic(target, "replaced");
  CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(read_file(target) == "replaced");
}

TEST_CASE("write_file_atomic fails naming the path and leaves the target untouched", "[formats][files]") {
  TempDir dir;
  fs::path missing_dir = dir.path() / "no-such-folder" / "out.json";
  CHECK_THROWS_WITH(write_file_atomic(missing_dir, "x"), Catch::Contains(missing_dir.string()));
  CHECK_FALSE(fs::exists(missing_dir.parent_path()));

  // The target is a directory: the rename fails, the temporary file is removed, the directory stays.
  fs::path target = dir.path() / "taken";
  fs::create_directories(target / "inside");
  CHECK_THROWS_WITH(write_file_atomic(target, "x"), Catch::Contains(target.string()));
  CHECK(fs::is_directory(target / "inside"));
  CHECK(dir.names() == std::vector<std::string>{"taken"});
}

TEST_CASE("read_file names a file it cannot read", "[formats][files]") {
  auto d = format_test::diagnostics_of([] { read_file(format_test::fixture("no_such_file.json")); });
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == format_test::fixture("no_such_file.json"));
  CHECK(d[0].message == "cannot read: No such file or directory");
}

TEST_CASE("read_file reads every byte, NULs included, whether or not the file's size is known",
          "[formats][files]") {
  TempDir dir;
  std::string bytes;
  for (int i = 0; i < 100000; ++i) bytes += static_cast<char>(i % 251);  // NULs and bytes above 127
  const fs::path big = dir.path() / "big.bin";
  std::ofstream(big, std::ios::binary) << bytes;
  CHECK(read_file(big) == bytes);
  const fs::path empty = dir.path() / "empty.json";
  std::ofstream{empty};
  CHECK(read_file(empty).empty());
  // /proc files report a size of 0 and still have content: read to their end.
  CHECK(read_file("/proc/self/status").find("Name:") != std::string::npos);
  CHECK(format_test::diagnostics_of([&] { read_file(dir.path()); }).at(0).message ==
        "cannot read: it is a directory");
}

TEST_CASE("parse_json reports line and column of a syntax error", "[formats][files]") {
  auto d = format_test::diagnostics_of([] { parse_json("{\n  \"a\": 1,\n  \"b\": tru\n}", "doc.json"); });
  REQUIRE(d.size() == 1);
  CHECK(d[0].str().starts_with("doc.json: line 3, column"));
  CHECK(d[0].message.find("invalid JSON: found invalid literal") != std::string::npos);
  CHECK(d[0].message.find("expected") != std::string::npos);
  CHECK(parse_json("{\"a\": [1, 2]}", "ok.json") == nlohmann::json{{"a", {1, 2}}});
}

TEST_CASE("parse_json names every member given twice by its pointer", "[formats][files]") {
  auto d = format_test::diagnostics_of([] {
    parse_json(R"({"a": [{"x": 1}, {"y": 1, "y": 2}], "b/c": {"k": 1, "k": 2}, "a": 3})", "doc.json");
  });
  REQUIRE(d.size() == 3);
  CHECK(d[0].pointer == "/a/1/y");
  CHECK(d[1].pointer == "/b~1c/k");
  CHECK(d[2].pointer == "/a");
}

TEST_CASE("format_of reads the format member or gives an empty string", "[formats][files]") {
  CHECK(format_of(nlohmann::json{{"format", "spectrum.profile/1"}}) == "spectrum.profile/1");
  CHECK(format_of(nlohmann::json{{"format", 1}}).empty());
  CHECK(format_of(nlohmann::json::array()).empty());
}

TEST_CASE("a diagnostic prints as file, pointer and message", "[formats][files]") {
  CHECK(Diagnostic{"a.json", "/respondents/2/sector", "bad"}.str() == "a.json: /respondents/2/sector: bad");
  CHECK(Diagnostic{"a.json", "", "bad"}.str() == "a.json: bad");
  InputError error({{"a.json", "/x", "one"}, {"a.json", "/y", "two"}});
  CHECK(std::string(error.what()) == "a.json: /x: one\na.json: /y: two");
  CHECK(error.diagnostics().size() == 2);
}
