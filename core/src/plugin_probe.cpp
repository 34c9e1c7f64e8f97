#include "plugin_probe.h"

#include "helper_process.h"
#include "sink_channel.h"

#include <cstdlib>

namespace spectrum::detail {

namespace fs = std::filesystem;

namespace {

constexpr std::chrono::milliseconds kDefaultProbeTimeout{10000};

// $SPECTRUM_PROBE_TIMEOUT_MS, or ten seconds: a static initialiser that takes longer has hung.
std::chrono::milliseconds probe_timeout() {
  if (const char* text = std::getenv("SPECTRUM_PROBE_TIMEOUT_MS"); text && *text) {
    char* end = nullptr;
    long value = std::strtol(text, &end, 10);
    if (*end == '\0' && value > 0) return std::chrono::milliseconds(value);
  }
  return kDefaultProbeTimeout;
}

int32_t never_called(const spectrum_input*, const spectrum_sink*, char*, uint32_t) {
  return SPECTRUM_ERROR;
}

const char* c_str(const std::optional<std::string>& s) {
  return s ? s->c_str() : nullptr;
}

ProbedDescriptor read_descriptor(wire::Reader& in) {
  ProbedDescriptor d;
  d.struct_size = in.u32();
  d.abi_version = in.u32();
  d.has_fields = in.u8() != 0;
  if (d.has_fields) {
    for (auto* field : {&d.id, &d.version, &d.domain, &d.title, &d.questionnaire_id, &d.questionnaire_min,
                        &d.questionnaire_below})
      *field = in.str();
    d.has_score = in.u8() != 0;
  }
  in.end();
  return d;
}

}  // namespace

spectrum_plugin_descriptor_v1 ProbedDescriptor::view() const {
  spectrum_plugin_descriptor_v1 d{};
  d.struct_size = struct_size;
  d.abi_version = abi_version;
  d.id = c_str(id);
  d.version = c_str(version);
  d.domain = c_str(domain);
  d.title = c_str(title);
  d.questionnaire_id = c_str(questionnaire_id);
  d.questionnaire_min = c_str(questionnaire_min);
  d.questionnaire_below = c_str(questionnaire_below);
  d.score = has_score ? never_called : nullptr;
  return d;
}

ProbeResult probe_library(const fs::path& path) {
  const std::string file = path.filename().string();
  ProbeResult out;
  HelperRun run = run_helper("probe", path, "", probe_timeout());
  if (!run.start_error.empty()) {
    out.reason = file + ": cannot be probed: " + run.start_error;
    out.cacheable = false;
    return out;
  }
  if (run.timed_out) {
    out.reason = file + ": hung while loading: did not load within " +
                 std::to_string(probe_timeout().count()) + " ms and was stopped";
    out.cacheable = false;
    return out;
  }
  if (run.overflowed) {
    out.reason = file + ": sent too much while loading and was stopped";
    return out;
  }
  if (std::string ended = run.how_it_ended(); !ended.empty()) {
    if (ended.starts_with("crashed: "))
      ended = "crashed while loading: " + ended.substr(9);
    else
      ended = ended + " while loading";
    out.reason = file + ": " + ended;
    return out;
  }
  try {
    auto frames = wire::split_frames(run.result);
    if (frames.size() != 1) {
      out.reason = file + ": exited while loading, before its descriptor was read (did it call exit()?)";
      return out;
    }
    wire::Reader in(frames[0]);
    std::uint8_t tag = in.tag();
    if (tag == wire::kLoadFailed) {
      out.reason = in.text();
      in.end();
    } else if (tag == wire::kDescriptor) {
      if (in.u8() == 0) {
        in.end();
        out.returned_null = true;
      } else {
        out.descriptor = read_descriptor(in);
      }
    } else {
      out.reason = file + ": the probe sent an unknown frame";
    }
  } catch (const wire::WireError& e) {
    out.reason = file + ": the probe sent a malformed result: " + e.what();
  }
  return out;
}

}  // namespace spectrum::detail
