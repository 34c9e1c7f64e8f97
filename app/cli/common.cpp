#include "common.h"
#include "commands.h"

#include <spectrum/io.h>

#include <algorithm>
#include <cctype>
#include <iostream>

namespace spectrum::cli {

namespace fs = std::filesystem;

// One folder per option (repeat the option for more), so that input files may follow it.
void SearchOptions::add_to(CLI::App& command) {
  command.add_option("--plugin-dir", plugin_dirs, "Also load plugins from this folder (searched first)")
      ->type_name("DIR")
      ->allow_extra_args(false);
  command.add_option("--questionnaire-dir", questionnaire_dirs, "Also load questionnaires from this folder")
      ->type_name("DIR")
      ->allow_extra_args(false);
}

Registry SearchOptions::load_registry() const {
  SearchPaths paths;
  for (const std::string& d : plugin_dirs) paths.plugin_dirs.emplace_back(d);
  for (const std::string& d : questionnaire_dirs) paths.questionnaire_dirs.emplace_back(d);
  return Registry::load(paths);
}

std::vector<fs::path> expand_inputs(const std::vector<std::string>& inputs, std::vector<Diagnostic>& problems) {
  std::vector<fs::path> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(input, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      if (found.empty()) problems.push_back({input, "", "expected a folder holding *.json files, found none"});
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(input, ec)) {
      files.emplace_back(input);
    } else {
      problems.push_back({input, "", "no such file or folder"});
    }
  }
  return files;
}

std::string output_format(const std::string& path) {
  if (path == "-") return "json";
  std::string ext = fs::path(path).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

void print_problems(const std::vector<Diagnostic>& problems) {
  for (const Diagnostic& d : problems) std::cerr << d.str() << "\n";
}

void write_output(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    if (!bytes.empty() && bytes.back() != '\n') std::cout << '\n';
    std::cout.flush();
  } else {
    write_file_atomic(path, bytes);
  }
}

}  // namespace spectrum::cli
