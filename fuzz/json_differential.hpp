#pragma once
// The project's JSON reader (core/src/json_value.cpp) against nlohmann, the reference: the same texts
// accepted and the same values read. Shared by json_reader_fuzz (whole documents) and json_utf8_fuzz
// (strings, keys and numbers). Differences the reader means to have are excluded: nesting beyond 200
// levels, numbers beyond a double's range either way (nlohmann reads 1e309 as infinity and 1e-400 as
// 0), and a raw NUL (nlohmann's lexer takes it for the end of the input: "1\0garbage" is 1 to it).
#include <cfloat>
#include <cmath>
#include <functional>
#include <string>

#include "fuzz_support.hpp"
#include "json_value.hpp"

namespace threshold::fuzz {

inline bool same_number(double mine, double theirs) {
  if (mine == theirs) return true;
  // Beyond 15 significant digits the reader may be off in the last bits (json_value.cpp says why);
  // below DBL_MIN a double has fewer bits, and each of its steps may round by half of the smallest.
  if (std::fabs(mine - theirs) <= 1e-12 * std::fabs(theirs)) return true;
  return std::fabs(theirs) < DBL_MIN && std::fabs(mine - theirs) <= 64 * DBL_TRUE_MIN;
}

/// Every string and key read is also handed to `each_text` (to check how errors would show it).
inline void same(const detail::json_value& mine, const nlohmann::json& theirs,
                 const std::function<void(const std::string&)>& each_text) {
  using value_t = detail::json_value::value_t;
  switch (mine.type()) {
    case value_t::null: FUZZ_CHECK(theirs.is_null()); break;
    case value_t::boolean: FUZZ_CHECK(theirs.is_boolean() && theirs.get<bool>() == mine.as_bool()); break;
    case value_t::string:
      FUZZ_CHECK(theirs.is_string() && theirs.get<std::string>() == mine.as_string());
      if (each_text) each_text(mine.as_string());
      break;
    case value_t::number_integer:
      // nlohmann reads a non-negative integer as unsigned.
      if (theirs.is_number_unsigned())
        FUZZ_CHECK(mine.as_integer() >= 0 &&
                   theirs.get<std::uint64_t>() == static_cast<std::uint64_t>(mine.as_integer()));
      else
        FUZZ_CHECK(theirs.is_number_integer() && theirs.get<std::int64_t>() == mine.as_integer());
      break;
    case value_t::number_float:
      FUZZ_CHECK(theirs.is_number() && same_number(mine.as_number(), theirs.get<double>()));
      break;
    case value_t::array:
      FUZZ_CHECK(theirs.is_array() && theirs.size() == mine.size());
      for (size_t i = 0; i < mine.size(); ++i) same(mine[i], theirs[i], each_text);
      break;
    case value_t::object:
      FUZZ_CHECK(theirs.is_object());
      for (const auto& [key, value] : mine.members()) {
        if (each_text) each_text(key);
        FUZZ_CHECK(theirs.contains(key));
        // nlohmann keeps the last of repeated keys and the reader the first: compare values only without.
        if (mine.find(key) == &value && theirs.size() == mine.size()) same(value, theirs.at(key), each_text);
      }
      break;
  }
}

/// Reads `text` with both readers and checks that they agree; the reader's result, for further checks.
inline detail::json_parse_result differential(const std::string& text,
                                              const std::function<void(const std::string&)>& each_text = {}) {
  auto mine = detail::parse_json(text);
  nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
  if (!mine.ok) {
    FUZZ_CHECK(mine.line >= 1 && mine.column >= 1);
    for (char c : mine.message)
      FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80);
    const bool intended = mine.message == "nesting is too deep" || mine.message.rfind("number out of range", 0) == 0 ||
                          text.find('\0') != std::string::npos;
    FUZZ_CHECK(theirs.is_discarded() || intended);
    return mine;
  }
  FUZZ_CHECK(!theirs.is_discarded());
  FUZZ_CHECK(text.find('\0') == std::string::npos);  // a NUL can only be escaped inside JSON
  same(mine.value, theirs, each_text);
  return mine;
}

}  // namespace threshold::fuzz
