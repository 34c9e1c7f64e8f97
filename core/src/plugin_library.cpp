#include "plugin_library.h"

#include <boost/dll/shared_library.hpp>

#include <exception>
#include <map>
#include <mutex>
#include <string_view>
#include <type_traits>
#include <utility>

namespace spectrum::detail {
namespace {

// Every library loaded, by path, kept for the life of the process (a second registry reuses the
// handle). Deliberately leaked: unloading at exit could run a plugin's static destructors after the
// host's objects they refer to are gone.
std::map<std::filesystem::path, boost::dll::shared_library>& loaded_libraries() {
  static auto* libraries = new std::map<std::filesystem::path, boost::dll::shared_library>();
  return *libraries;
}

std::mutex& loaded_libraries_mutex() {
  static auto* mutex = new std::mutex();
  return *mutex;
}

// The dynamic loader's own words from a Boost.DLL error, without Boost's wrapping and without the
// library's path, which the caller names anyway: "undefined symbol: foo".
std::string loader_message(std::string_view what, const std::filesystem::path& path) {
  constexpr std::string_view kMarker = "(dlerror system message: ";
  std::size_t start = what.find(kMarker);
  if (start == std::string_view::npos) return std::string(what);
  start += kMarker.size();
  std::size_t end = what.rfind(')');
  std::string_view text = what.substr(start, end > start ? end - start : std::string_view::npos);
  const std::string prefix = path.string() + ": ";
  if (text.substr(0, prefix.size()) == prefix) text.remove_prefix(prefix.size());
  return std::string(text);
}

}  // namespace

OpenedLibrary open_plugin_library(const std::filesystem::path& path) {
  const std::string file = path.filename().string();
  OpenedLibrary out;
  std::lock_guard lock(loaded_libraries_mutex());
  auto found = loaded_libraries().find(path);
  if (found == loaded_libraries().end()) {
    try {
      // The throwing constructor: its message keeps dlerror()'s text ("undefined symbol: ...").
      boost::dll::shared_library opened(path, boost::dll::load_mode::rtld_now);
      found = loaded_libraries().emplace(path, std::move(opened)).first;
    } catch (const std::exception& e) {
      out.reason = file + ": cannot be loaded: " + loader_message(e.what(), path);
      return out;
    }
  }
  boost::dll::shared_library* library = &found->second;
  try {
    if (!library->has(SPECTRUM_DESCRIPTOR_SYMBOL)) {
      out.reason = file + ": does not export " SPECTRUM_DESCRIPTOR_SYMBOL
                          "(), expected a Spectrum plugin declared with SPECTRUM_PLUGIN";
      return out;
    }
    out.descriptor = &library->get<std::remove_pointer_t<spectrum_descriptor_fn>>(SPECTRUM_DESCRIPTOR_SYMBOL);
  } catch (const std::exception& e) {
    out.reason = file + ": cannot look up " SPECTRUM_DESCRIPTOR_SYMBOL ": " + loader_message(e.what(), path);
  }
  return out;
}

}  // namespace spectrum::detail
