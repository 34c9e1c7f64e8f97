// Writing a set of output files all or nothing, without ever touching an input.
//
// Any command that writes files uses the same three steps:
//   1. check_outputs(outputs, inputs) before anything is read: every output resolved (symlinks
//      included), its folder existing and writable, no output equal to an input file (same path or
//      same inode) or inside an input folder, none named twice;
//   2. StagedOutputs::stage() for each output: the bytes go to an anonymous temporary file in the
//      target's folder (O_TMPFILE), or where the filesystem has none, to a hidden file named
//      ".NAME.spectrum-tmp-PID-START-N" that a later run removes once process PID is gone;
//   3. StagedOutputs::commit() once everything is staged: everything staged is flushed to disk (one
//      syncfs() per folder, not one fsync() per file), then every file is renamed into place; when
//      one rename fails, the targets already replaced get their old content back. A run that stages
//      more than 32 MB (a folder of profiles) also flushes them in 32 MB batches on a thread of its
//      own as it goes, so that the disk writes while the run still works and commit's flush is short.
// Destroying a StagedOutputs that was not committed discards what it staged; a kill -9 leaves at most
// hidden temporaries that remove_stale_temporaries() (called by check_outputs) clears.
#ifndef SPECTRUM_STAGED_OUTPUT_H
#define SPECTRUM_STAGED_OUTPUT_H

#include <spectrum/diagnostics.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum {

// What a run reads: files, and folders whose files it reads (a folder run).
struct InputPaths {
  std::vector<std::filesystem::path> files;
  std::vector<std::filesystem::path> folders;
};

// Problems that would make writing these outputs fail or destroy an input, one Diagnostic per
// output ("out.json: is the input a.json; expected an output that is not an input"), an output named
// before (the same file by another name included) among them. Each output is a file path, or "-"
// (standard output), which is only checked for being named twice. Also removes stale temporaries
// left in the outputs' folders by runs that were killed.
std::vector<Diagnostic> check_outputs(const std::vector<std::filesystem::path>& outputs,
                                      const InputPaths& inputs);

// Removes the hidden temporaries in folder whose owning process has ended. Never throws.
void remove_stale_temporaries(const std::filesystem::path& folder) noexcept;

// Files staged for writing, renamed into place together by commit(). stage() may run on several
// threads at once; commit() and the destructor run once no stage() is running.
class StagedOutputs {
 public:
  StagedOutputs();
  StagedOutputs(const StagedOutputs&) = delete;
  StagedOutputs& operator=(const StagedOutputs&) = delete;
  // Discards everything staged and not committed.
  ~StagedOutputs();

  // Writes bytes to a temporary file beside target (flushed to disk by commit()). A new file gets
  // the mode the umask gave when this StagedOutputs was made; an existing one keeps its own. Throws
  // std::runtime_error naming target on failure (nothing else staged is affected).
  void stage(const std::filesystem::path& target, std::string_view bytes);

  // Flushes every staged file to disk, renames each over its target, then makes the renames
  // durable. Throws std::runtime_error naming the target that failed; every target then has its old
  // content (or, when it did not exist, does not exist) and nothing temporary is left.
  void commit();

  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::filesystem::path target;
    int fd = -1;         // an O_TMPFILE still unnamed, or -1
    std::string temp;    // the named temporary, once it has a name
    std::string backup;  // a hard link to the old target during commit, or ""
  };
  class EarlyFlush;  // starts writing staged files to disk while more are being made (see the .cpp)
  void name_temporary(File& file);
  void discard() noexcept;

  std::mutex mutex_;  // guards files_ while stage() runs on several threads
  std::vector<File> files_;
  std::atomic<unsigned> counter_{0};
  std::atomic<std::size_t> staged_{0};
  unsigned new_file_mode_;  // 0666 less the umask, read once (from /proc: costly for every file)
  std::size_t bytes_ = 0;   // staged so far; guarded by mutex_
  std::unique_ptr<EarlyFlush> early_flush_;  // once many bytes are staged; guarded by mutex_
};

}  // namespace spectrum

#endif  // SPECTRUM_STAGED_OUTPUT_H
