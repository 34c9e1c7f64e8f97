#include "plugin_run.h"

#include "plugin_guard.h"
#include "plugin_library.h"

#include <cstring>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>

namespace spectrum {

namespace {

PluginOutput failed(std::string why) {
  PluginOutput o;
  o.error = std::move(why);
  return o;
}

// The plugin's descriptor, loading its library into this process; null with `why` set on failure.
const spectrum_plugin_descriptor_v1* load_descriptor(const LoadedPlugin& plugin, std::string& why) {
  detail::OpenedLibrary library = detail::open_plugin_library(plugin.path);
  if (!library.descriptor) {
    why = library.reason;
    return nullptr;
  }
  const spectrum_plugin_descriptor_v1* d = library.descriptor();
  if (d == nullptr || d->abi_version != SPECTRUM_ABI_VERSION || d->struct_size < sizeof(*d) ||
      d->id == nullptr || plugin.id != d->id || d->score == nullptr) {
    why = plugin.path.filename().string() + " changed since it was probed; run again";
    return nullptr;
  }
  return d;
}

// One lock per plugin library: a plugin's score() is never entered on two threads at once (a plugin
// may keep state between calls), while different plugins run side by side.
std::mutex& lock_for(const std::filesystem::path& library) {
  static auto* locks = new std::map<std::filesystem::path, std::mutex>();
  static auto* locks_mutex = new std::mutex();
  std::lock_guard lock(*locks_mutex);
  return (*locks)[library];
}

}  // namespace

namespace {

// Runs the plugin holding `serial`, its library's lock (locked here when `wait`, already held otherwise).
PluginOutput run_holding(const LoadedPlugin& plugin, const spectrum_input* input,
                         std::unique_lock<std::mutex>& serial, bool wait) {
  try {
    detail::PluginGuard guard("plugin " + plugin.id + " (" + plugin.path.filename().string() + ")");
    std::string why;
    const spectrum_plugin_descriptor_v1* descriptor = load_descriptor(plugin, why);
    if (descriptor == nullptr) return failed(plugin.id + " could not be loaded: " + why);
    HostSink host(*input);
    if (wait) serial.lock();
    char message[1024] = {0};
    int32_t rc = descriptor->score(input, host.sink(), message, sizeof message);
    message[sizeof message - 1] = '\0';
    return host.finish(plugin.id, rc, std::string_view(message, std::strlen(message)));
  } catch (const std::bad_alloc&) {
    return failed(plugin.id + " ran out of memory");
  } catch (const std::exception& e) {
    return failed(plugin.id + " threw: " + e.what());
  } catch (...) {
    return failed(plugin.id + " threw an unknown exception");
  }
}

}  // namespace

PluginOutput run_plugin(const LoadedPlugin& plugin, const spectrum_input* input) {
  std::unique_lock serial(lock_for(plugin.path), std::defer_lock);
  return run_holding(plugin, input, serial, true);
}

std::optional<PluginOutput> run_plugin_if_free(const LoadedPlugin& plugin, const spectrum_input* input) {
  std::unique_lock serial(lock_for(plugin.path), std::try_to_lock);
  if (!serial.owns_lock()) return std::nullopt;
  return run_holding(plugin, input, serial, false);
}

}  // namespace spectrum
