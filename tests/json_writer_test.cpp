// The outcome's JSON writer (core/src/json_writer.hpp, not public API): its word-at-a-time scan must
// escape exactly what a byte-by-byte one does, wherever the byte falls in or across a word.
#include "json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace threshold::detail {
namespace {

// The escaping the writer promises, one byte at a time.
std::string quoted_byte_by_byte(const std::string& s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20)
      out += std::string("\\u00") + hex[c >> 4] + hex[c & 15];
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string written(const std::string& s) {
  json_writer w(-1);
  w.value(s);
  return std::move(w).str();
}

TEST(json_writer, escapes_every_special_byte_at_every_position) {
  // The bytes either side of each test's boundary (below 0x20, '"', '\\') and some that pass.
  const std::string bytes = std::string("\x00\x01\x08\x09\x0a\x0d\x1f\x20\x21\x22\x23\x5b\x5c\x5d\x7f\x80\xff", 17);
  for (char filler : {'a', '\x41', '\xc3'})
    for (size_t length = 1; length <= 24; ++length)
      for (size_t at = 0; at < length; ++at)
        for (char b : bytes) {
          std::string s(length, filler);
          s[at] = b;
          ASSERT_EQ(written(s), quoted_byte_by_byte(s)) << "length " << length << ", byte " << int(b) << " at " << at;
        }
}

TEST(json_writer, escapes_runs_of_special_bytes_and_round_trips) {
  std::string s;
  for (int i = 0; i < 300; ++i) s += (i % 7 == 0) ? '"' : (i % 11 == 0) ? '\\' : (i % 13 == 0) ? '\n' : 'x';
  s += "caf\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x91\xb6";
  EXPECT_EQ(written(s), quoted_byte_by_byte(s));
  EXPECT_EQ(nlohmann::json::parse(written(s)).get<std::string>(), s);
  EXPECT_EQ(written(""), "\"\"");
}

TEST(json_writer, writes_a_compact_value_on_one_line_inside_pretty_output) {
  json_writer w(2);
  w.begin_object().key("cite").compact([](json_writer& c) {
    c.begin_object().field("section", "A").key("lines").begin_array().value(1).value(2).end_array().end_object();
  });
  w.field("next", true).end_object();
  EXPECT_EQ(std::move(w).str(), "{\n  \"cite\": {\"section\":\"A\",\"lines\":[1,2]},\n  \"next\": true\n}");
}

}  // namespace
}  // namespace threshold::detail
