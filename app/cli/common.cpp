#include "common.h"
#include "commands.h"

#include <spectrum/io.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>

#include <unistd.h>

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

std::vector<fs::path> expand_inputs(const std::vector<std::string>& inputs,
                                    std::vector<Diagnostic>& problems) {
  std::vector<fs::path> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(input, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") found.push_back(entry.path());
      // All in one folder: their texts sort as the paths do, and far faster.
      std::sort(found.begin(), found.end(),
                [](const fs::path& x, const fs::path& y) { return x.native() < y.native(); });
      if (found.empty())
        problems.push_back({input, "", "expected a folder holding *.json files, found none"});
      files.insert(files.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
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

InputPaths input_paths(const std::vector<std::string>& inputs, const std::vector<fs::path>& files) {
  InputPaths paths;
  paths.files = files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) paths.folders.emplace_back(input);
  }
  return paths;
}

std::vector<Diagnostic> RunOutputs::check(const std::vector<std::string>& outputs, const InputPaths& inputs) {
  return check_outputs(std::vector<fs::path>(outputs.begin(), outputs.end()), inputs);
}

void RunOutputs::add(const std::string& path, const std::string& bytes) {
  if (path != "-") return files_.stage(path, bytes);
  std::string text = bytes;
  if (!text.empty() && text.back() != '\n') text += '\n';
  to_stdout_.push_back(std::move(text));
}

void RunOutputs::commit() {
  for (const std::string& text : to_stdout_) write_stdout(text);
  files_.commit();
}

void write_stdout(std::string_view bytes) {
  if (std::string why = stdout_failure(); !why.empty()) throw OutputError(why);
  for (std::size_t done = 0; done < bytes.size();) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      throw OutputError(std::string("cannot write to standard output: ") +
                        std::strerror(n < 0 ? errno : EIO));
    done += static_cast<std::size_t>(n);
  }
}

std::string stdout_failure() {
  std::cout.flush();
  errno = 0;
  if (std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout)
    return std::string("cannot write to standard output: ") + std::strerror(errno != 0 ? errno : EIO);
  return "";
}

}  // namespace spectrum::cli
