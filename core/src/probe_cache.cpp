// ProbeCache: probe results by path, checked against size, modification time and SHA-256.
#include "plugin_probe.h"

#include <spectrum/io.h>
#include <spectrum/version.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace spectrum::detail {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Results of another host version are not trusted: the helper or the checks may have changed.
const std::string kCacheVersion =
    std::string("spectrum ") + SPECTRUM_VERSION + " abi " + std::to_string(SPECTRUM_ABI_VERSION);

fs::path cache_folder() {
  if (const char* dir = std::getenv("SPECTRUM_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "spectrum";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "spectrum";
  return {};
}

json text_or_null(const std::optional<std::string>& s) {
  return s ? json(*s) : json();
}
std::optional<std::string> null_or_text(const json& j) {
  return j.is_null() ? std::nullopt : std::optional<std::string>(j.get<std::string>());
}

json to_json(const ProbeResult& r) {
  json j{{"null", r.returned_null}, {"reason", r.reason}};
  if (r.descriptor) {
    const ProbedDescriptor& d = *r.descriptor;
    j["descriptor"] = {{"struct_size", d.struct_size},
                       {"abi", d.abi_version},
                       {"fields", d.has_fields},
                       {"id", text_or_null(d.id)},
                       {"version", text_or_null(d.version)},
                       {"domain", text_or_null(d.domain)},
                       {"title", text_or_null(d.title)},
                       {"questionnaire", text_or_null(d.questionnaire_id)},
                       {"min", text_or_null(d.questionnaire_min)},
                       {"below", text_or_null(d.questionnaire_below)},
                       {"score", d.has_score}};
  }
  return j;
}

ProbeResult from_json(const json& j) {
  ProbeResult r;
  r.returned_null = j.at("null").get<bool>();
  r.reason = j.at("reason").get<std::string>();
  if (j.contains("descriptor")) {
    const json& d = j.at("descriptor");
    ProbedDescriptor p;
    p.struct_size = d.at("struct_size").get<std::uint32_t>();
    p.abi_version = d.at("abi").get<std::uint32_t>();
    p.has_fields = d.at("fields").get<bool>();
    p.id = null_or_text(d.at("id"));
    p.version = null_or_text(d.at("version"));
    p.domain = null_or_text(d.at("domain"));
    p.title = null_or_text(d.at("title"));
    p.questionnaire_id = null_or_text(d.at("questionnaire"));
    p.questionnaire_min = null_or_text(d.at("min"));
    p.questionnaire_below = null_or_text(d.at("below"));
    p.has_score = d.at("score").get<bool>();
    r.descriptor = std::move(p);
  }
  return r;
}

// Size and modification time (nanoseconds) of the file, as one string.
std::string stamp_of(const fs::path& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  auto time = fs::last_write_time(path, ec).time_since_epoch().count();
  return std::to_string(size) + ":" + std::to_string(time);
}

}  // namespace

ProbeCache::ProbeCache() {
  fs::path folder = cache_folder();
  if (folder.empty()) return;
  file_ = folder / "plugin-probes.json";
  try {
    std::ifstream in(file_);
    if (!in) return;
    json all = json::parse(in);
    if (all.at("version").get<std::string>() != kCacheVersion) return;
    for (const auto& [path, entry] : all.at("entries").items()) entries_[path] = entry.dump();
  } catch (...) {  // a damaged cache is rebuilt
    entries_.clear();
  }
}

ProbeResult ProbeCache::probe(const fs::path& path, const std::string& sha256) {
  const std::string key = fs::absolute(path).lexically_normal().string();
  const std::string stamp = stamp_of(path);
  if (auto it = entries_.find(key); it != entries_.end()) {
    try {
      json entry = json::parse(it->second);
      if (entry.at("stamp") == stamp && entry.at("sha256") == sha256) return from_json(entry.at("result"));
    } catch (...) {  // probe again
    }
  }
  ProbeResult fresh = probe_library(path);
  if (fresh.cacheable && !file_.empty()) {
    json entry{{"stamp", stamp}, {"sha256", sha256}, {"result", to_json(fresh)}};
    entries_[key] = entry.dump(-1, ' ', false, json::error_handler_t::replace);
    changed_ = true;
  }
  return fresh;
}

void ProbeCache::save() noexcept {
  if (!changed_ || file_.empty()) return;
  try {
    json all{{"version", kCacheVersion}, {"entries", json::object()}};
    for (const auto& [path, entry] : entries_) all["entries"][path] = json::parse(entry);
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    write_file_atomic(file_, all.dump(1, ' ', false, json::error_handler_t::replace) + "\n");
    changed_ = false;
  } catch (...) {  // a cache that cannot be written only costs the next start-up its probes
  }
}

}  // namespace spectrum::detail
