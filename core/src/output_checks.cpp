// check_outputs(), stale temporaries and their names.
#include <spectrum/staged_output.h>

#include "temp_names.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <sys/stat.h>
#include <unistd.h>

namespace spectrum {

namespace fs = std::filesystem;

namespace detail {
namespace {

constexpr std::string_view kMarker = ".spectrum-tmp-";

// Field 22 of /proc/<pid>/stat: when the process started, in clock ticks after boot; "" when the
// process does not exist.
std::string start_time_of(const std::string& pid) {
  std::ifstream in("/proc/" + pid + "/stat");
  std::string line;
  if (!std::getline(in, line)) return "";
  std::size_t close = line.rfind(')');  // the command name may hold spaces and parentheses
  if (close == std::string::npos) return "";
  std::istringstream rest(line.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && rest >> field; ++i) {
  }
  return field;
}

const std::string& own_start_time() {
  static const std::string start = start_time_of("self");
  return start;
}

}  // namespace

std::string temporary_name(const fs::path& target, unsigned n) {
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string name = "." + target.filename().string() + std::string(kMarker) + std::to_string(::getpid()) +
                     "-" + own_start_time() + "-" + std::to_string(n);
  return (folder / name).string();
}

bool is_stale_temporary(const std::string& filename) {
  if (filename.empty() || filename[0] != '.') return false;
  std::size_t at = filename.rfind(kMarker);
  if (at == std::string::npos) return false;
  std::string_view rest = std::string_view(filename).substr(at + kMarker.size());
  std::size_t dash = rest.find('-');
  std::size_t dash2 = dash == std::string_view::npos ? dash : rest.find('-', dash + 1);
  if (dash2 == std::string_view::npos) return false;
  std::string pid(rest.substr(0, dash));
  std::string start(rest.substr(dash + 1, dash2 - dash - 1));
  unsigned long value = 0;
  auto [end, error] = std::from_chars(pid.data(), pid.data() + pid.size(), value);
  if (error != std::errc() || end != pid.data() + pid.size()) return false;
  std::string running = start_time_of(pid);
  return running.empty() || running != start;  // gone, or the pid now belongs to another process
}

mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("Umask:")) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  }
  return 022;
}

}  // namespace detail

void remove_stale_temporaries(const fs::path& folder) noexcept {
  try {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (detail::is_stale_temporary(entry.path().filename().string())) fs::remove(entry.path(), ec);
    }
  } catch (...) {  // a folder that cannot be listed holds nothing we could remove
  }
}

namespace {

struct Resolved {
  fs::path path;  // absolute, symlinks resolved where they exist
  bool exists = false;
  dev_t dev = 0;
  ino_t ino = 0;
  mode_t mode = 0;  // of what the path names, links followed
};

void found(Resolved& r, const struct stat& info) {
  r.exists = true, r.dev = info.st_dev, r.ino = info.st_ino, r.mode = info.st_mode;
}

Resolved resolve(const fs::path& p) {
  Resolved r;
  std::error_code ec;
  r.path = fs::weakly_canonical(fs::absolute(p, ec), ec);
  if (ec) r.path = fs::absolute(p, ec);
  struct stat info {};
  if (::stat(p.c_str(), &info) == 0) found(r, info);
  return r;
}

// resolve() for the many files of a folder run: a file that is not a symbolic link resolves to its
// folder, resolved once per folder, and its name; only a link is resolved on its own.
class Resolver {
 public:
  Resolved operator()(const fs::path& p) {
    struct stat info {};
    const bool listed = ::lstat(p.c_str(), &info) == 0;
    if (listed && S_ISLNK(info.st_mode)) return resolve(p);
    std::error_code ec;
    const fs::path absolute = fs::absolute(p, ec);
    if (ec || !absolute.has_filename()) return resolve(p);
    auto folder = folders_.find(absolute.parent_path().native());
    if (folder == folders_.end())
      folder = folders_.emplace(absolute.parent_path().native(), resolve(absolute.parent_path()).path).first;
    Resolved r;
    r.path = folder->second / absolute.filename();
    if (listed) found(r, info);  // not a link: what lstat saw is the file itself
    return r;
  }

 private:
  std::unordered_map<std::string, fs::path> folders_;  // by the folder's absolute path as given
};

// The path as given, and as resolved when that differs.
std::string shown(const fs::path& given, const fs::path& resolved) {
  return given == resolved ? given.string() : given.string() + " (" + resolved.string() + ")";
}

bool inside(const fs::path& path, const fs::path& folder) {
  auto mismatch = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return mismatch.first == folder.end();
}

}  // namespace

std::vector<Diagnostic> check_outputs(const std::vector<fs::path>& outputs, const InputPaths& inputs) {
  std::vector<Diagnostic> problems;
  Resolver resolver;
  // The input files by resolved path and by inode: a folder run checks thousands of outputs against
  // thousands of inputs, each in a lookup, not a scan. Resolved paths are absolute and normal (a
  // resolved folder and a name), so that one file has one text.
  std::unordered_map<std::string, std::pair<const fs::path*, fs::path>> by_path;
  std::map<std::pair<dev_t, ino_t>, std::pair<const fs::path*, fs::path>> by_inode;
  for (const fs::path& f : inputs.files) {
    const Resolved in = resolver(f);
    by_path.try_emplace(in.path.native(), &f, in.path);
    if (in.exists) by_inode.try_emplace({in.dev, in.ino}, &f, in.path);
  }
  std::vector<std::pair<fs::path, Resolved>> folders;
  for (const fs::path& f : inputs.folders) folders.emplace_back(f, resolve(f));
  // What is wrong with writing into each folder ("" when nothing): a folder run's thousands of
  // outputs share one folder, checked (and cleared of stale temporaries) once.
  std::unordered_map<std::string, std::string> folder_problems;
  std::unordered_set<std::string> named;  // the outputs met so far, resolved ("-" as it is)
  for (const fs::path& out : outputs) {
    const std::string name = out.string();
    const Resolved target = out == "-" ? Resolved{out} : resolver(out);
    if (!named.insert(target.path.native()).second) {
      problems.push_back({name, "", "is named as an output twice, expected each output once"});
      continue;
    }
    if (out == "-") continue;
    std::string clash;
    auto same = by_path.find(target.path.native());
    if (same == by_path.end() && target.exists) {
      auto inode = by_inode.find({target.dev, target.ino});
      if (inode != by_inode.end())
        clash = "is the input " + shown(*inode->second.first, inode->second.second);
    } else if (same != by_path.end()) {
      clash = "is the input " + shown(*same->second.first, same->second.second);
    }
    for (const auto& [given, in] : folders)
      if (clash.empty() && inside(target.path, in.path))
        clash = "lies inside the input folder " + shown(given, in.path);
    if (!clash.empty()) {
      problems.push_back(
          {name, "", clash + "; expected an output that is not an input, so no input is overwritten"});
      continue;
    }
    const fs::path folder = target.path.parent_path();
    if (target.exists && S_ISDIR(target.mode)) {
      problems.push_back({name, "", "is a folder, expected a file name"});
    } else if (target.exists && !S_ISREG(target.mode)) {
      // A device, a pipe or a socket: renaming a finished file over it would replace it (as root,
      // /dev/null itself), and writing into it cannot be all or nothing.
      problems.push_back({name, "",
                          "is not a regular file (a device, pipe or socket), expected a file name; "
                          "write to standard output with -o - instead"});
    } else {
      auto [verdict, first] = folder_problems.try_emplace(folder.native());
      if (first) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
          verdict->second = "no such folder: " + folder.string();
        else if (::access(folder.c_str(), W_OK | X_OK) != 0)
          verdict->second = "folder " + folder.string() + " is not writable";
        else
          remove_stale_temporaries(folder);
      }
      if (!verdict->second.empty()) problems.push_back({name, "", verdict->second});
    }
  }
  return problems;
}

}  // namespace spectrum
