// --isolate: each plugin scores in spectrum-plugin-host; its sink calls come back framed and are
// replayed into the host's own checked sink. Several plugins may score at once (IsolatedRun).
#include "plugin_run.h"

#include "input_codec.h"
#include "sink_channel.h"

#include <exception>

namespace spectrum {

namespace {

PluginOutput failure(const LoadedPlugin& plugin, const std::string& why) {
  PluginOutput o;
  o.error = plugin.id + " " + why;
  return o;
}

}  // namespace

PluginOutput run_plugin_isolated(const LoadedPlugin& plugin, const spectrum_input* input,
                                 std::chrono::milliseconds timeout) {
  return IsolatedRun(plugin, input, timeout).finish(input);
}

IsolatedRun::IsolatedRun(const LoadedPlugin& plugin, const spectrum_input* input,
                         std::chrono::milliseconds timeout)
    : plugin_(&plugin), timeout_(timeout) {
  std::string request;
  try {
    request = wire::encode_input(*input);
  } catch (const std::exception& e) {
    encode_error_ = e.what();
    return;
  }
  // On a thread of its own; run by finish() on the calling thread when no thread can be had.
  helper_ = std::async(std::launch::async | std::launch::deferred,
                       [path = plugin.path, request = std::move(request), timeout] {
                         return detail::run_helper("score", path, request, timeout);
                       });
}

PluginOutput IsolatedRun::finish(const spectrum_input* input) {
  const LoadedPlugin& plugin = *plugin_;
  if (!encode_error_.empty()) return failure(plugin, "could not be isolated: " + encode_error_);
  detail::HelperRun run = helper_.get();
  if (!run.start_error.empty()) return failure(plugin, "could not be isolated: " + run.start_error);
  if (run.timed_out)
    return failure(plugin,
                   "did not finish within " + std::to_string(timeout_.count()) + " ms and was stopped");
  if (run.overflowed)
    return failure(plugin, "sent more than " + std::to_string(detail::kHelperResultBudget >> 20) +
                               " MiB of results and was stopped");
  if (std::string ended = run.how_it_ended(); !ended.empty()) return failure(plugin, ended);
  HostSink host(*input);
  std::optional<wire::RunEnd> end;
  try {
    end = wire::replay(run.result, *host.sink());
  } catch (const wire::WireError& e) {
    return failure(plugin, std::string("sent a malformed result: ") + e.what());
  } catch (const std::bad_alloc&) {
    return failure(plugin, "sent a result too large for the memory left");
  }
  if (!end) return failure(plugin, "ended before finishing its run (did it call exit()?)");
  return host.finish(plugin.id, end->rc, end->message);
}

}  // namespace spectrum
