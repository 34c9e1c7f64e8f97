// The memory allocator's settings for commands that read many files.
#ifndef SPECTRUM_CLI_ALLOCATOR_H
#define SPECTRUM_CLI_ALLOCATOR_H

namespace spectrum::cli {

// glibc's malloc keeps, per thread and per block size, a cache of freed blocks that it hands back
// without locking or searching its bins: 7 blocks by default. A command over a folder builds and drops
// thousands of small objects per file (JSON trees, assessments, profiles), far beyond 7 of a size, and
// spent about a third of its processor time in the allocator's slow paths (measured on `compare` and
// `assess` of 10,000 generated assessments; see bench/README.md). The cache's size is a glibc tunable
// that is read only when a process starts, so this sets it in GLIBC_TUNABLES and starts the same
// program again in this process (execv of /proc/self/exe with the same arguments), once: the restarted
// program finds the tunable set and returns at once. It must be called first in main, before anything
// is read or written. Anything that stops the restart (no /proc, not glibc, GLIBC_TUNABLES naming the
// cache already) leaves the program running as it is, with the environment it had. A build that links
// mimalloc (SPECTRUM_MIMALLOC, the default) does not use glibc's malloc at all: there this does nothing.
void use_larger_allocation_cache(char** argv);

}  // namespace spectrum::cli

#endif  // SPECTRUM_CLI_ALLOCATOR_H
