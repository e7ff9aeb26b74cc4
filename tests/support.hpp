#pragma once
// Shared helpers for the core tests: files are read relative to the source tree.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "threshold/threshold.hpp"

namespace threshold::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(THRESHOLD_SOURCE_DIR) + "/" + relative;
}

inline std::string read(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline const working_day_calendar& calendar() {
  static const working_day_calendar cal = *load_calendar(read("content/calendars/england-and-wales.json")).value;
  return cal;
}

inline const pack& mini() {
  static const pack p = [] {
    auto loaded = load_pack(read("tests/fixtures/mini_pack.json"), calendar());
    if (!loaded.ok())
      ADD_FAILURE() << "fixture pack does not load: " << loaded.errors[0].pointer << " " << loaded.errors[0].message;
    return *loaded.value;
  }();
  return p;
}

inline answers parse(const std::string& text, const pack& p = mini()) {
  auto a = parse_answers(text, p);
  if (!a.ok()) {
    ADD_FAILURE() << "answers rejected: " << a.errors[0].code << " " << a.errors[0].pointer << " "
                  << a.errors[0].message;
    return {};
  }
  return *a.value;
}

inline outcome screen(const std::string& answers_text, const pack& p = mini()) {
  return evaluate(p, parse(answers_text, p));
}

inline bool has_error(const std::vector<error>& errors, const std::string& code, const std::string& pointer) {
  for (const auto& e : errors)
    if (e.code == code && e.pointer == pointer) return true;
  return false;
}

inline std::string describe(const std::vector<error>& errors) {
  std::string s;
  for (const auto& e : errors) s += e.code + " " + e.pointer + ": " + e.message + "\n";
  return s;
}

}  // namespace threshold::testing
