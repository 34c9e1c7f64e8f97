// StagedOutputs: anonymous temporaries (O_TMPFILE) named only at commit, renamed into place together.
#include <spectrum/staged_output.h>

#include "temp_names.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spectrum {

namespace fs = std::filesystem;

namespace {

// More unnamed temporaries than this are given names as they are staged, so that a folder run of
// thousands of assessments does not run out of file descriptors.
constexpr std::size_t kMaxOpenTemporaries = 128;

[[noreturn]] void fail(const fs::path& target, const std::string& what, int error) {
  throw std::runtime_error("cannot write " + target.string() + ": " + what + ": " + std::strerror(error));
}

fs::path folder_of(const fs::path& target) {
  return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

// The existing target's mode, or new_file_mode when there is none.
mode_t mode_for(const fs::path& target, mode_t new_file_mode) {
  struct stat info {};
  if (::stat(target.c_str(), &info) == 0) return info.st_mode & 07777;
  return new_file_mode;
}

bool write_all(int fd, std::string_view bytes) {
  for (std::size_t done = 0; done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Flushes every file of the folder's filesystem to disk: one call for all the files staged there,
// where an fsync per file costs a disk round trip each (about a millisecond apiece on a plain disk,
// ten seconds for ten thousand profiles). Throws, naming target, when the flush fails.
void sync_filesystem(const fs::path& folder, const fs::path& target) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(target, "cannot open " + folder.string() + " to flush it to disk", errno);
  const int result = ::syncfs(fd);
  const int error = errno;
  ::close(fd);
  if (result != 0) fail(target, "cannot flush to disk", error);
}

void sync_folder(const fs::path& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the renames happened; durability is best effort here
  ::fsync(fd);
  ::close(fd);
}

// Staged bytes after which a run starts writing them to disk as it goes (a folder run's profiles).
constexpr std::size_t kEarlyFlushBatch = std::size_t{32} << 20;

}  // namespace

// A thread that flushes the filesystem (syncfs) each time another kEarlyFlushBatch bytes have been
// staged. commit() must flush everything staged before renaming, and one flush of a folder run's
// hundreds of megabytes at the end kept both cores idle while the disk wrote; flushed in batches as
// the run goes, the disk writes while the cores still work, and commit's flush has only the last
// batch left. Nothing here decides durability: commit() still flushes, and reports, at the end.
class StagedOutputs::EarlyFlush {
 public:
  explicit EarlyFlush(int folder) : folder_(folder), thread_([this] { run(); }) {}
  ~EarlyFlush() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
    ::close(folder_);
  }
  EarlyFlush(const EarlyFlush&) = delete;
  EarlyFlush& operator=(const EarlyFlush&) = delete;

  void staged(std::size_t bytes) {
    if (pending_.fetch_add(bytes) + bytes >= kEarlyFlushBatch)
      wake_.notify_one();  // a wake lost: the next wakes
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [this] { return stopping_ || pending_.load() >= kEarlyFlushBatch; });
      if (stopping_) return;
      pending_ = 0;
      lock.unlock();
      ::syncfs(folder_);  // an error shows again at commit's own flush, which reports it
      lock.lock();
    }
  }

  int folder_;
  std::atomic<std::size_t> pending_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

StagedOutputs::StagedOutputs() : new_file_mode_(0666 & ~detail::current_umask()) {}

StagedOutputs::~StagedOutputs() {
  discard();
}

void StagedOutputs::discard() noexcept {
  early_flush_.reset();
  for (File& f : files_) {
    if (f.fd >= 0) ::close(f.fd);
    if (!f.temp.empty()) ::unlink(f.temp.c_str());
    if (!f.backup.empty()) ::unlink(f.backup.c_str());
  }
  files_.clear();
}

void StagedOutputs::name_temporary(File& file) {
  if (file.fd < 0) return;
  std::string name = detail::temporary_name(file.target, counter_++);
  std::string proc = "/proc/self/fd/" + std::to_string(file.fd);
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0)
    fail(file.target, "cannot name the temporary file " + name, errno);
  ::close(file.fd);
  file.fd = -1;
  file.temp = std::move(name);
}

void StagedOutputs::stage(const fs::path& target, std::string_view bytes) {
  const fs::path folder = folder_of(target);
  const mode_t mode = mode_for(target, static_cast<mode_t>(new_file_mode_));
  File file{target, -1, "", ""};
  file.fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (file.fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // No O_TMPFILE here: a named temporary that a later run recognises and removes.
    file.temp = detail::temporary_name(target, counter_++);
    file.fd = ::open(file.temp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (file.fd < 0) file.temp.clear();
  }
  if (file.fd < 0) fail(target, "cannot create a temporary file in " + folder.string(), errno);
  const char* step = nullptr;
  if (!write_all(file.fd, bytes))
    step = "write failed";
  else if (::fchmod(file.fd, mode) != 0)
    step = "cannot set permissions";
  if (step != nullptr) {
    int error = errno;
    ::close(file.fd);
    if (!file.temp.empty()) ::unlink(file.temp.c_str());
    fail(target, step, error);
  }
  if (!file.temp.empty()) {
    if (::close(file.fd) != 0) {
      int error = errno;
      ::unlink(file.temp.c_str());
      fail(target, "cannot close", error);
    }
    file.fd = -1;
  }
  if (staged_++ >= kMaxOpenTemporaries) {
    try {
      name_temporary(file);
    } catch (...) {
      if (file.fd >= 0) ::close(file.fd);
      throw;
    }
  }
  std::lock_guard lock(mutex_);
  files_.push_back(std::move(file));
  bytes_ += bytes.size();
  if (!early_flush_ && bytes_ >= kEarlyFlushBatch) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // without it, commit flushes it all
    early_flush_ = std::make_unique<EarlyFlush>(fd);
    early_flush_->staged(bytes_);  // the first batch: everything staged so far
  } else if (early_flush_) {
    early_flush_->staged(bytes.size());
  }
}

void StagedOutputs::commit() {
  early_flush_.reset();  // the flush below covers whatever it had not flushed yet
  // Every temporary gets its name first: a failure here touches no target.
  for (File& f : files_) name_temporary(f);
  std::vector<fs::path> folders;
  for (const File& f : files_) {
    fs::path folder = folder_of(f.target);
    if (std::find(folders.begin(), folders.end(), folder) == folders.end()) {
      sync_filesystem(folder, f.target);  // the content is on disk before any name points at it
      folders.push_back(std::move(folder));
    }
  }
  std::size_t placed = 0;
  std::string failure;
  for (; placed < files_.size(); ++placed) {
    File& f = files_[placed];
    // A new target is placed without a backup (one call: nothing of it to keep); an existing one, or
    // a filesystem without RENAME_NOREPLACE, takes the way below.
    if (::renameat2(AT_FDCWD, f.temp.c_str(), AT_FDCWD, f.target.c_str(), RENAME_NOREPLACE) == 0) {
      f.temp.clear();
      continue;
    }
    // Keep the old content reachable until every file is in place.
    std::string backup = detail::temporary_name(f.target, counter_++);
    if (::link(f.target.c_str(), backup.c_str()) == 0) f.backup = std::move(backup);
    if (::rename(f.temp.c_str(), f.target.c_str()) != 0) {
      failure = "cannot rename the temporary file into place: " + std::string(std::strerror(errno));
      break;
    }
    f.temp.clear();
  }
  if (!failure.empty()) {
    const fs::path target = files_[placed].target;
    for (std::size_t i = 0; i < placed; ++i) {
      File& f = files_[i];
      if (!f.backup.empty() && ::rename(f.backup.c_str(), f.target.c_str()) == 0)
        f.backup.clear();
      else if (f.backup.empty())
        ::unlink(f.target.c_str());
    }
    discard();
    throw std::runtime_error("cannot write " + target.string() + ": " + failure + "; no output was changed");
  }
  discard();  // removes the backups
  for (const fs::path& folder : folders) sync_folder(folder);
}

}  // namespace spectrum
