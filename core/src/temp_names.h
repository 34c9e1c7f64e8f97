// Names of hidden temporaries that say which process owns them, so that a later run can remove those
// whose owner is gone (private to core).
#ifndef SPECTRUM_TEMP_NAMES_H
#define SPECTRUM_TEMP_NAMES_H

#include <filesystem>
#include <string>

#include <sys/types.h>

namespace spectrum::detail {

// "<folder>/.<name>.spectrum-tmp-<pid>-<start>-<n>": pid and start time (in clock ticks since boot,
// from /proc) identify this process even after its pid is reused.
std::string temporary_name(const std::filesystem::path& target, unsigned n);

// Whether a file name is one of ours whose owner has ended.
bool is_stale_temporary(const std::string& filename);

// The process's umask, read from /proc (calling umask() to read it would briefly change it for every
// thread); 022 when /proc does not say.
mode_t current_umask();

}  // namespace spectrum::detail

#endif  // SPECTRUM_TEMP_NAMES_H
