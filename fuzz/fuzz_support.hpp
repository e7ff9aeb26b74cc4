#pragma once
// What every fuzz target shares: the real packs (loaded once) and the invariants every answer from
// the engine must keep, whatever the input: valid UTF-8 out, JSON that parses, errors within the cap
// and free of control characters. A broken invariant aborts, which libFuzzer and the replay report.
#include <algorithm>
#include <cctype>
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

/// No character a terminal or a bidi display acts on (issue 25): C0, DEL, C1 and the bidi controls.
inline bool free_of_controls(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    auto next = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (b < 0x20 || b == 0x7F) return false;
    if (b == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) return false;  // U+0080-U+009F
    if (b == 0xD8 && next(1) == 0x9C) return false;                     // U+061C
    if (b == 0xE2 && next(1) == 0x80 && (next(2) == 0x8E || next(2) == 0x8F || (next(2) >= 0xAA && next(2) <= 0xAE)))
      return false;  // U+200E, U+200F, U+202A-U+202E
    if (b == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) return false;  // U+2066-U+2069
  }
  return true;
}

/// Every segment of an error's pointer is cut like a shown value (issue 25): at most max_shown_chars
/// characters, each at most "~0" or "~1" when escaped, and the ellipsis.
inline bool segments_are_cut(const std::string& pointer) {
  size_t chars = 0;
  for (char c : pointer) {
    if (c == '/') {
      chars = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > 2 * detail::max_shown_chars + 1) {
      return false;
    }
  }
  return true;
}

inline void check_errors(const std::vector<error>& errors) {
  FUZZ_CHECK(errors.size() <= detail::max_listed_errors + 1);
  for (const auto& e : errors) {
    FUZZ_CHECK(!e.code.empty());
    FUZZ_CHECK(e.pointer.empty() || e.pointer[0] == '/');
    FUZZ_CHECK(e.message.size() < 2000);
    FUZZ_CHECK(free_of_controls(e.message));
    FUZZ_CHECK(segments_are_cut(e.pointer));
    FUZZ_CHECK(valid_utf8(e.message) && valid_utf8(e.pointer));
  }
  check_json_output(to_json(errors, -1));
}

/// A pack's text through everything a pack goes through: every problem reported within the cap; a
/// pack that loads can be evaluated with no answers and with all of its indicators ticked, and
/// rendered as the HTML reference, whose links have safe schemes and whose mailto: links carry one
/// plain address (the fuzz targets pack and pack_structure).
inline void check_pack_text(const std::string& text) {
  auto loaded = load_pack(text, calendar());
  check_errors(loaded.errors);
  if (!loaded.ok()) return;
  const pack& p = *loaded.value;
  check_json_output(to_json(p, evaluate(p, answers{}), -1));
  answers everything;
  for (const auto& i : p.indicators) everything.indicators.push_back(i.id);
  check_json_output(to_json(p, evaluate(p, everything), -1));
  std::string html = render(p);
  FUZZ_CHECK(valid_utf8(html));
  // Every link the reference writes has a safe scheme (issue 10, defect 3).
  for (size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
    std::string target = html.substr(at + 6, 8);
    for (auto& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    FUZZ_CHECK(target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0 || target.rfind("mailto:", 0) == 0 ||
               target.rfind("tel:", 0) == 0);
    // A mailto: link is one plain address: no ?bcc=, &cc=, a second address or spaces (issue 25).
    if (target.rfind("mailto:", 0) == 0 && html.compare(at + 6, 7, "mailto:") == 0) {
      std::string address = html.substr(at + 13, html.find('"', at + 13) - (at + 13));
      FUZZ_CHECK(address.find_first_of("?&,; %#") == std::string::npos);
    }
  }
}

}  // namespace threshold::fuzz
