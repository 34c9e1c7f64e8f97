// spectrum_bench_floor: what any program must pay for the files a benchmark reads and writes, measured
// in the same run on the same files, so that each figure can be read as a ratio to it.
//   spectrum_bench_floor parse PATH...      reads and parses every .json file (PATH a file or a folder)
//                                           with nlohmann::json, on one core, keeping nothing
//   spectrum_bench_floor write OUT LIKE...  writes into folder OUT one file per file in LIKE (files or
//                                           folders) with as many bytes: the same output bytes
// Prints what it did (files, bytes); run.sh times it.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> files_in(char** first, char** last) {
  std::vector<fs::path> out;
  for (char** arg = first; arg != last; ++arg) {
    const fs::path path = *arg;
    if (!fs::is_directory(path)) {
      out.push_back(path);
      continue;
    }
    for (const fs::directory_entry& entry : fs::directory_iterator(path))
      if (entry.path().extension() == ".json" || entry.path().extension() == ".html" ||
          entry.path().extension() == ".csv" || entry.path().extension() == ".xlsx")
        out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int parse(const std::vector<fs::path>& files) {
  std::size_t bytes = 0, values = 0;
  for (const fs::path& file : files) {
    const std::string text = read_bytes(file);
    bytes += text.size();
    const nlohmann::json document = nlohmann::json::parse(text);
    values += document.size();  // keeps the parse from being optimised away
  }
  std::cout << "parsed " << files.size() << " files, " << bytes << " bytes (" << values << " members)\n";
  return 0;
}

int write(const fs::path& folder, const std::vector<fs::path>& like) {
  fs::create_directories(folder);
  std::size_t bytes = 0, n = 0;
  for (const fs::path& model : like) {
    const std::string content(fs::file_size(model), 'x');
    std::FILE* out = std::fopen((folder / ("floor_" + std::to_string(n++))).c_str(), "wb");
    if (out == nullptr || std::fwrite(content.data(), 1, content.size(), out) != content.size() ||
        std::fclose(out) != 0) {
      std::cerr << "spectrum_bench_floor: cannot write into " << folder << "\n";
      return 1;
    }
    bytes += content.size();
  }
  std::cout << "wrote " << n << " files, " << bytes << " bytes\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "parse" && argc > 2) return parse(files_in(argv + 2, argv + argc));
  if (mode == "write" && argc > 3) return write(argv[2], files_in(argv + 3, argv + argc));
  std::cerr << "usage: spectrum_bench_floor parse PATH... | spectrum_bench_floor write OUT LIKE...\n";
  return 2;
}
