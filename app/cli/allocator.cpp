// Restarting once with a larger allocation cache (see allocator.h), and, with mimalloc, the operator new
// that keeps out of memory a std::bad_alloc.
#include "allocator.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>

#include <unistd.h>

namespace spectrum::cli {

#if defined(__GLIBC__) && !defined(SPECTRUM_WITH_MIMALLOC)

namespace {

constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr const char* kCacheTunable = "glibc.malloc.tcache_count";
// Blocks kept per size and thread. 1,000 took a third off compare's processor time where 128 took a
// sixth; what the cache holds is freed memory that the next file reuses.
constexpr const char* kCacheSetting = "glibc.malloc.tcache_count=1000";

}  // namespace

void use_larger_allocation_cache(char** argv) {
  const char* found = std::getenv(kTunables);
  if (found != nullptr && std::strstr(found, kCacheTunable) != nullptr)
    return;  // set: restarted, or by the user
  const std::optional<std::string> before = found ? std::optional<std::string>(found) : std::nullopt;
  const std::string value = before && !before->empty() ? *before + ":" + kCacheSetting : kCacheSetting;
  if (::setenv(kTunables, value.c_str(), 1) != 0) return;
  ::execv("/proc/self/exe", argv);  // returns only when the restart failed
  if (before)
    ::setenv(kTunables, before->c_str(), 1);
  else
    ::unsetenv(kTunables);
}

#else

void use_larger_allocation_cache(char** /*argv*/) {}

#endif

}  // namespace spectrum::cli

#if defined(SPECTRUM_WITH_MIMALLOC)
// The command line's operator new. mimalloc's shared library replaces operator new as well as malloc,
// and its operator new, built as C, calls abort() where it should throw std::bad_alloc once the
// new-handler has nothing more to give. Spectrum's promises rest on bad_alloc: a plugin that asks for
// too much loses its domain, and a run out of memory ends with its own message and exit code 4. So
// operator new is defined here, in the executable, which every library and plugin of the process
// binds to first: it allocates with malloc (mimalloc's), calls the new-handler while there is one,
// then throws. operator delete stays mimalloc's, which frees whatever its malloc gave.
namespace {

void* allocate(std::size_t size, std::size_t alignment) noexcept {
  if (size == 0) size = 1;
  if (alignment > __STDCPP_DEFAULT_NEW_ALIGNMENT__) size = (size + alignment - 1) / alignment * alignment;
  for (;;) {
    void* p = alignment > __STDCPP_DEFAULT_NEW_ALIGNMENT__ ? std::aligned_alloc(alignment, size)
                                                           : std::malloc(size);
    if (p != nullptr) return p;
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) return nullptr;
    try {
      handler();
    } catch (...) {  // a handler that throws means: give up
      return nullptr;
    }
  }
}

void* allocate_or_throw(std::size_t size, std::size_t alignment) {
  if (void* p = allocate(size, alignment)) return p;
  throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) {
  return allocate_or_throw(size, 0);
}
void* operator new[](std::size_t size) {
  return allocate_or_throw(size, 0);
}
void* operator new(std::size_t size, std::align_val_t alignment) {
  return allocate_or_throw(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return allocate_or_throw(size, static_cast<std::size_t>(alignment));
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  return allocate(size, 0);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return allocate(size, 0);
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  return allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  return allocate(size, static_cast<std::size_t>(alignment));
}
#endif
