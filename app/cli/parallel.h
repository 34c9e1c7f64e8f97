// Work spread over the machine's cores, for commands that handle many files at once.
#ifndef SPECTRUM_CLI_PARALLEL_H
#define SPECTRUM_CLI_PARALLEL_H

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace spectrum::cli {

// How many threads a run of `count` independent jobs uses: one per core, never more than the jobs.
inline std::size_t worker_count(std::size_t count) {
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<std::size_t>(1, std::min(cores, count));
}

// Calls work(i) once for every i in [0, count), on worker_count(count) threads (the calling thread is
// one of them). Indexes are handed out in increasing order, so a thread holds one job at a time and
// memory follows the number of threads, not of jobs. `work` may run on several threads at once. The
// first exception a job throws stops the handing out and is rethrown here once every thread stopped.
template <typename Work>
void parallel_for(std::size_t count, Work work) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&] {
    for (std::size_t i; (i = next++) < count;) {
      try {
        work(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    for (std::size_t t = 1; t < worker_count(count); ++t) pool.emplace_back(run);
    run();
  }  // the pool joins here
  if (failure) std::rethrow_exception(failure);
}

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_PARALLEL_H
