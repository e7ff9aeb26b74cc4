// The strict JSON reader behind every loader (core/src/json_value.hpp, not public API).
#include "json_value.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>

namespace threshold::detail {
namespace {

TEST(json_value, reads_every_kind_of_value_in_order) {
  auto r = parse_json(R"( {"b": true, "a": [1, -2.5e1, "x", null, false, {}], "z": -0} )");
  ASSERT_TRUE(r.ok) << r.message;
  ASSERT_EQ(r.value.members().size(), 3u);
  EXPECT_EQ(r.value.members()[0].first, "b");  // order kept
  const json_value& a = *r.value.find("a");
  EXPECT_EQ(a[0].as_integer(), 1);
  EXPECT_TRUE(a[0].is_number_integer());
  EXPECT_DOUBLE_EQ(a[1].as_number(), -25);
  EXPECT_FALSE(a[1].is_number_integer());
  EXPECT_EQ(a[2].as_string(), "x");
  EXPECT_TRUE(a[3].is_null());
  EXPECT_FALSE(a[4].as_bool());
  EXPECT_TRUE(a[5].is_object());
  EXPECT_FALSE(r.value.contains("c"));
}

TEST(json_value, reads_numbers_exactly_where_packs_need_them) {
  // Integers: exact across the whole int64 range, then decimals.
  for (const char* text : {"0", "-0", "7", "-15", "9223372036854775807", "-9223372036854775808"}) {
    auto r = parse_json(text);
    ASSERT_TRUE(r.ok && r.value.is_number_integer()) << text;
    EXPECT_EQ(r.value.as_integer(), std::strtoll(text, nullptr, 10)) << text;
  }
  for (const char* text : {"9223372036854775808", "12345678901234567890123", "1e2"}) {
    auto r = parse_json(text);
    ASSERT_TRUE(r.ok && !r.value.is_number_integer()) << text;
    EXPECT_DOUBLE_EQ(r.value.as_number(), std::strtod(text, nullptr)) << text;
  }
  // Correctly rounded, bit for bit, on the fast path (up to 15 digits, powers of ten within 22).
  for (const char* text : {"0.1", "0.5", "-2.5", "1.25", "0.000123", "3.14159265358979", "123456789012345e-22",
                           "1.7976931348623e22", "0.0", "-0.0", "2.5E+3", "7e-1", "100.000"}) {
    auto r = parse_json(text);
    ASSERT_TRUE(r.ok) << text;
    EXPECT_EQ(r.value.as_number(), std::strtod(text, nullptr)) << text;
  }
  // Beyond it, within a few units in the last place; out of range is an error.
  for (const char* text : {"1.7976931348623157e308", "4.9e-300", "1234567890123456789.5e-40", "6.02214076e23"}) {
    auto r = parse_json(text);
    ASSERT_TRUE(r.ok) << text;
    EXPECT_DOUBLE_EQ(r.value.as_number(), std::strtod(text, nullptr)) << text;
  }
  EXPECT_FALSE(parse_json("1.8e308").ok);
  EXPECT_FALSE(parse_json("-1e400").ok);
}

TEST(json_value, refuses_a_nonzero_number_too_small_to_tell_from_zero) {
  // Issue 25, defect 5: "age_years": 1e-400 read as 0 while 1e309 was refused. A number is refused
  // either way the double cannot hold it; a zero written with any exponent is still zero.
  for (const char* text : {"1e-400", "-1e-400", "1e-500", "0.000001e-999", "12345678901234567890e-420"}) {
    auto r = parse_json(text);
    EXPECT_FALSE(r.ok) << text;
    EXPECT_EQ(r.message, "number out of range: too close to 0 to be read as anything but 0") << text;
  }
  for (const char* text : {"0e-400", "-0.0e-999", "0.000e5"}) {
    auto r = parse_json(text);
    ASSERT_TRUE(r.ok) << text;
    EXPECT_EQ(r.value.as_number(), 0.0) << text;
  }
  auto smallest = parse_json("2.2250738585072014e-308");
  ASSERT_TRUE(smallest.ok);
  EXPECT_DOUBLE_EQ(smallest.value.as_number(), std::strtod("2.2250738585072014e-308", nullptr));
}

TEST(json_value, decodes_escapes_and_surrogate_pairs_to_utf8) {
  auto r = parse_json(R"(["a\"b\\c\/d\n\t", "\u00e9\u2013", "\ud83d\ude00", "caf\u00E9"])");
  ASSERT_TRUE(r.ok) << r.message;
  EXPECT_EQ(r.value[0].as_string(), "a\"b\\c/d\n\t");
  EXPECT_EQ(r.value[1].as_string(), "\xc3\xa9\xe2\x80\x93");
  EXPECT_EQ(r.value[2].as_string(), "\xf0\x9f\x98\x80");
  EXPECT_EQ(r.value[3].as_string(), "caf\xc3\xa9");
}

TEST(json_value, reports_where_the_text_stops_being_json) {
  auto r = parse_json("{\n  \"a\": 1,\n  oops\n}");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.line, 3u);
  EXPECT_EQ(r.column, 3u);
  for (const char* bad : {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "1e", "\"\\x\"", "\"a", "tru", "[1] 2",
                          "\"\\ud800\"", "\"tab\there\"", "{\"a\":1,}", "NaN", "1e999"})
    EXPECT_FALSE(parse_json(bad).ok) << bad;
}

TEST(json_value, finds_duplicate_keys_with_their_pointer) {
  auto r = parse_json(R"({"a": [{"x": 1}, {"x": 1, "x": 2}], "a~/b": 1, "a~/b": 2})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.duplicate_keys.size(), 2u);
  EXPECT_EQ(r.duplicate_keys[0].first, "/a/1/x");
  EXPECT_EQ(r.duplicate_keys[1].first, "/a~0~1b");
}

TEST(json_value, lists_a_few_duplicate_keys_and_counts_the_rest) {
  // Issue 10, defect 1: one long key holding thousands of repeated members once cost seconds and
  // gigabytes, because every member built (and every duplicate kept) the full pointer.
  std::string long_key(20000, 'k');
  std::string text = "{\"" + long_key + "\": {";
  for (int i = 0; i < 30000; ++i) text += std::string(i ? "," : "") + "\"a\":0";
  text += "}}";
  auto r = parse_json(text);
  ASSERT_TRUE(r.ok) << r.message;
  ASSERT_EQ(r.duplicate_keys.size(), max_listed_duplicate_keys);
  EXPECT_EQ(r.duplicate_keys_unlisted, 30000u - 1 - max_listed_duplicate_keys);
  // The long key's segment is cut like a shown value (issue 25, defect 1).
  EXPECT_EQ(r.duplicate_keys[0].first, "/" + long_key.substr(0, 60) + "\u2026/a");
}

TEST(json_value, accepts_only_well_formed_utf8_and_says_where) {
  // Issue 10, defect 5: overlong forms, surrogates, code points past U+10FFFF, stray continuation
  // bytes and cut-off characters once passed into packs and out again.
  for (const char* bad : {"[\"\xC0\xAF\"]", "[\"\xC1\xBF\"]", "[\"\xE0\x80\xAF\"]", "[\"\xED\xA0\x80\"]",
                          "[\"\xF0\x80\x80\xAF\"]", "[\"\xF4\x90\x80\x80\"]", "[\"\xF5\x80\x80\x80\"]", "[\"\x80\"]",
                          "[\"\xE2\x80\"]", "[\"\xE2\x80", "[\"\xFF\"]"}) {
    auto r = parse_json(bad);
    EXPECT_FALSE(r.ok) << bad;
    for (char c : r.message) EXPECT_LT(static_cast<unsigned char>(c), 0x80u) << r.message;
  }
  auto r = parse_json("{\n  \"caf\xC3\xA9\": \"\xE2\x80\x93\xC3\xA9\xC0\xAF\"}");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.line, 2u);
  EXPECT_EQ(r.column, 14u);  // characters, not bytes: each é and the dash count once
  auto fine = parse_json("[\"\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\"]");
  ASSERT_TRUE(fine.ok) << fine.message;
  EXPECT_EQ(fine.value[0].as_string().size(), 2u + 2 + 3 + 3 + 3 + 4 + 4);
}

TEST(json_value, skips_a_byte_order_mark_and_names_stray_bytes_by_their_code) {
  auto r = parse_json("\xEF\xBB\xBF{\"a\": 1}");
  ASSERT_TRUE(r.ok) << r.message;
  EXPECT_EQ(r.value.find("a")->as_integer(), 1);
  auto stray = parse_json("\xEF\xBB{}");
  EXPECT_FALSE(stray.ok);
  EXPECT_NE(stray.message.find("byte 0xEF"), std::string::npos) << stray.message;
  auto bell = parse_json("{\"a\": \"\x07\"}");
  EXPECT_FALSE(bell.ok);
  EXPECT_NE(bell.message.find("U+0007"), std::string::npos) << bell.message;
}

TEST(json_value, refuses_nesting_deep_enough_to_exhaust_the_stack) {
  EXPECT_TRUE(parse_json(std::string(150, '[') + std::string(150, ']')).ok);
  EXPECT_FALSE(parse_json(std::string(100000, '[') + std::string(100000, ']')).ok);
}

TEST(json_value, agrees_with_nlohmann_on_every_content_file) {
  // Differential check on real data: same structure and values as a reference parser.
  std::function<void(const json_value&, const nlohmann::json&, const std::string&)> same =
      [&](const json_value& a, const nlohmann::json& b, const std::string& at) {
        switch (a.type()) {
          case json_value::value_t::object:
            ASSERT_TRUE(b.is_object()) << at;
            ASSERT_EQ(a.size(), b.size()) << at;
            for (const auto& [k, v] : a.members()) same(v, b.at(k), at + "/" + k);
            break;
          case json_value::value_t::array:
            ASSERT_TRUE(b.is_array()) << at;
            ASSERT_EQ(a.size(), b.size()) << at;
            for (size_t i = 0; i < a.size(); ++i) same(a[i], b[i], at + "/" + std::to_string(i));
            break;
          case json_value::value_t::string: EXPECT_EQ(a.as_string(), b.get<std::string>()) << at; break;
          case json_value::value_t::boolean: EXPECT_EQ(a.as_bool(), b.get<bool>()) << at; break;
          case json_value::value_t::null: EXPECT_TRUE(b.is_null()) << at; break;
          default: EXPECT_DOUBLE_EQ(a.as_number(), b.get<double>()) << at;
        }
      };
  std::vector<std::string> files;
  for (const char* folder : {"content", "tests/fixtures"})
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(THRESHOLD_SOURCE_DIR) + "/" + folder))
      if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  ASSERT_GT(files.size(), 10u);
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto mine = parse_json(text);
    ASSERT_TRUE(mine.ok) << file << ": " << mine.message;
    same(mine.value, nlohmann::json::parse(text), file);
  }
}

}  // namespace
}  // namespace threshold::detail
