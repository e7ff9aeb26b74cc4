#pragma once
// What every fuzz target shares: the real packs (loaded once) and the invariants every answer from
// the engine must keep, whatever the input: valid UTF-8 out, JSON that parses, errors within the cap
// and free of control characters. A broken invariant aborts, which libFuzzer and the replay report.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "json_reader.hpp"
#include "threshold/threshold.hpp"

namespace threshold::fuzz {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string content_dir() {
  return std::string(THRESHOLD_SOURCE_DIR) + "/content";
}

inline const working_day_calendar& calendar() {
  static const working_day_calendar cal = [] {
    auto loaded = load_calendar(read_file(content_dir() + "/calendars/england-and-wales.json"));
    if (!loaded.ok()) std::abort();
    return *loaded.value;
  }();
  return cal;
}

/// Every partnership's pack, in a fixed order.
inline const std::vector<pack>& packs() {
  static const std::vector<pack> all = [] {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir()))
      if (std::filesystem::exists(entry.path() / "pack.json")) files.push_back((entry.path() / "pack.json").string());
    std::sort(files.begin(), files.end());
    std::vector<pack> loaded;
    for (const auto& f : files) {
      auto p = load_pack(read_file(f), calendar());
      if (!p.ok()) std::abort();
      loaded.push_back(std::move(*p.value));
    }
    if (loaded.empty()) std::abort();
    return loaded;
  }();
  return all;
}

#define FUZZ_CHECK(condition)                                                                \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

inline bool valid_utf8(const std::string& s) {
  // The same strict table the reader enforces, checked independently by nlohmann's serializer.
  try {
    (void)nlohmann::json(s).dump();
    return true;
  } catch (const nlohmann::json::type_error&) {
    return false;
  }
}

/// Output meant as JSON must parse as JSON (strictly, so invalid UTF-8 fails).
inline void check_json_output(const std::string& text) {
  FUZZ_CHECK(nlohmann::json::accept(text));
}

inline void check_errors(const std::vector<error>& errors) {
  FUZZ_CHECK(errors.size() <= detail::max_listed_errors + 1);
  for (const auto& e : errors) {
    FUZZ_CHECK(!e.code.empty());
    FUZZ_CHECK(e.pointer.empty() || e.pointer[0] == '/');
    FUZZ_CHECK(e.message.size() < 2000);
    for (char c : e.message) FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20);
    FUZZ_CHECK(valid_utf8(e.message) && valid_utf8(e.pointer));
  }
  check_json_output(to_json(errors, -1));
}

}  // namespace threshold::fuzz
