// Hostile input is normal input (issue 10): size limits, a capped error list, short and printable
// messages. The limits themselves are documented in docs/API.md, "Limits".
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "json_reader.hpp"
#include "support.hpp"

namespace threshold {
namespace {

using testing::describe;
using testing::has_error;
using testing::mini;
using json = nlohmann::json;

bool printable(const std::string& s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
  return true;
}

TEST(limits, answers_beyond_the_size_limit_are_refused_before_parsing) {
  // Issue 10, defect 2: a 50 MB [0,0,...] answers file once ran for 45 s and took 8.5 GB.
  std::string text = "[0";
  while (text.size() <= detail::max_answers_bytes) text += ",0";
  text += "]";
  auto r = parse_answers(text, mini());
  ASSERT_EQ(r.errors.size(), 1u) << describe(r.errors);
  EXPECT_EQ(r.errors[0].code, "answers.too_large");
  EXPECT_TRUE(has_error(parse_pathway_answers(text, mini()).errors, "answers.too_large", ""));
  // Just inside the limit, the same shape is read (and refused as the wrong type, once).
  std::string inside = "[0";
  while (inside.size() + 3 <= detail::max_answers_bytes) inside += ",0";
  inside += "]";
  auto within = parse_answers(inside, mini());
  EXPECT_EQ(within.errors.size(), 1u);
  EXPECT_TRUE(has_error(within.errors, "answers.wrong_type", "")) << describe(within.errors);
}

TEST(limits, packs_have_their_own_generous_limit) {
  std::string big(detail::max_pack_bytes + 1, ' ');
  big[0] = '{';
  big.back() = '}';
  EXPECT_TRUE(has_error(load_pack(big, testing::calendar()).errors, "pack.too_large", ""));
  EXPECT_TRUE(has_error(load_calendar(big).errors, "calendar.too_large", ""));
  EXPECT_GT(detail::max_pack_bytes, 20 * testing::read("content/dudley/pack.json").size());
}

TEST(limits, errors_stop_at_the_cap_with_a_count_of_the_rest) {
  // Issue 10, defect 2: 200,000 unknown keys gave 200,000 error lines.
  std::string text = "{";
  for (int i = 0; i < 5000; ++i) text += std::string(i ? "," : "") + "\"k" + std::to_string(i) + "\":0";
  text += "}";
  auto r = parse_answers(text, mini());
  ASSERT_EQ(r.errors.size(), detail::max_listed_errors + 1) << describe(r.errors);
  EXPECT_EQ(r.errors[0].code, "answers.unknown_key");
  EXPECT_EQ(r.errors.back().code, "answers.too_many_errors");
  EXPECT_EQ(r.errors.back().pointer, "");
  EXPECT_EQ(r.errors.back().message.rfind("4980 more problems are not listed", 0), 0u) << r.errors.back().message;
}

TEST(limits, duplicate_keys_beyond_the_cap_are_counted) {
  std::string text = "{\"a\":{";
  for (int i = 0; i < 3000; ++i) text += std::string(i ? "," : "") + "\"x\":0";
  text += "}}";
  auto r = parse_answers(text, mini());
  ASSERT_EQ(r.errors.size(), detail::max_listed_errors + 1) << describe(r.errors);
  EXPECT_TRUE(has_error(r.errors, "answers.duplicate_key", "/a/x"));
  EXPECT_EQ(r.errors.back().message.rfind("2979 more problems", 0), 0u) << r.errors.back().message;
}

TEST(limits, messages_repeat_only_the_start_of_a_long_value) {
  // Issue 10, defect 2: a 5 MB date string was echoed whole into the message.
  std::string long_date(60000, '9');
  auto r = parse_answers("{\"date\": \"" + long_date + "\"}", mini());
  ASSERT_TRUE(has_error(r.errors, "answers.bad_date", "/date")) << describe(r.errors).substr(0, 300);
  EXPECT_LT(r.errors[0].message.size(), 500u);
  EXPECT_NE(r.errors[0].message.find("YYYY-MM-DD"), std::string::npos) << r.errors[0].message;
}

TEST(limits, a_long_key_is_cut_in_the_pointer_as_in_the_message) {
  // Issue 25, defect 1: a 60 KB unknown key gave a 60 KB stderr line (and the WASM reply held it twice,
  // in `path`): the pointer's segment is cut like a shown value.
  std::string long_key(60000, 'q');
  auto k = parse_answers("{\"" + long_key + "\": 1}", mini());
  ASSERT_EQ(k.errors.size(), 1u);
  EXPECT_EQ(k.errors[0].code, "answers.unknown_key");
  EXPECT_LT(k.errors[0].message.size(), 500u);
  EXPECT_EQ(k.errors[0].pointer, "/" + long_key.substr(0, detail::max_shown_chars) + "\u2026");
  // Repeated under a long key, nested: each segment is cut, and "/" and "~" are still escaped.
  auto d = parse_answers("{\"" + std::string(100, '/') + "\": {\"x\": 1, \"x\": 2}}", mini());
  std::string escaped;
  for (size_t i = 0; i < detail::max_shown_chars; ++i) escaped += "~1";
  EXPECT_TRUE(has_error(d.errors, "answers.duplicate_key", "/" + escaped + "\u2026/x")) << describe(d.errors);
  // In a pack, a key of 7 MB (issue 25: a 7 MB line from validate, render, search and the site build).
  std::string text = testing::read("tests/fixtures/mini_pack.json");
  text.insert(text.find('{') + 1, "\"" + std::string(7 * 1024 * 1024, 'k') + "\": 1, ");
  auto r = load_pack(text, testing::calendar());
  ASSERT_TRUE(has_error(r.errors, "pack.unknown_key", "/" + std::string(detail::max_shown_chars, 'k') + "\u2026"))
      << describe(r.errors).substr(0, 300);
  for (const auto& e : r.errors) EXPECT_LT(e.pointer.size() + e.message.size(), 1000u);
  // A key just at the limit is kept whole.
  EXPECT_EQ(detail::pointer_segment(std::string(detail::max_shown_chars, 'a')),
            std::string(detail::max_shown_chars, 'a'));
  EXPECT_EQ(detail::pointer_segment("a/b~c"), "a~1b~0c");
}

TEST(limits, a_pack_text_has_a_generous_length_limit) {
  // Issue 25, defect 3: one 7 MB indicator text took 10.8 s to validate and 16.6 s to load in the
  // page's worker (each word costs every search, and the loader searches for each search example).
  json base = json::parse(testing::read("tests/fixtures/mini_pack.json"));
  json j = base;
  j["indicators"][0]["text"] = std::string(7 * 1024 * 1024, 'w');
  auto r = load_pack(j.dump(), testing::calendar());
  ASSERT_TRUE(has_error(r.errors, "pack.too_large", "/indicators/0/text")) << describe(r.errors).substr(0, 300);
  for (const auto& e : r.errors)
    if (e.code == "pack.too_large")
      EXPECT_EQ(e.message,
                "This text is 7168 KB; a text here holds at most 8 KB: shorten it, or split it into paragraphs or "
                "entries.");
  // In a list of paragraphs or of keywords, the entry is named.
  j = base;
  j["levels"][0]["definition"] = {"short", std::string(detail::max_text_bytes + 1, 'w')};
  j["indicators"][0]["keywords"] = {std::string(detail::max_text_bytes + 1, 'w')};
  r = load_pack(j.dump(), testing::calendar());
  EXPECT_TRUE(has_error(r.errors, "pack.too_large", "/levels/0/definition/1")) << describe(r.errors).substr(0, 300);
  EXPECT_TRUE(has_error(r.errors, "pack.too_large", "/indicators/0/keywords/0")) << describe(r.errors).substr(0, 300);
  // At the limit, a text is read.
  j = base;
  j["indicators"][0]["hint"] = std::string(detail::max_text_bytes, 'w');
  EXPECT_TRUE(load_pack(j.dump(), testing::calendar()).ok());
  // Generous: the longest text in any partnership's pack is far below it.
  for (const char* name : {"dudley", "medway", "walsall", "luton", "gloucestershire"}) {
    std::function<size_t(const json&)> longest = [&](const json& v) -> size_t {
      if (v.is_string()) return v.get<std::string>().size();
      size_t most = 0;
      if (v.is_structured())
        for (const auto& item : v) most = std::max(most, longest(item));
      return most;
    };
    EXPECT_LT(4 * longest(json::parse(testing::read(std::string("content/") + name + "/pack.json"))),
              detail::max_text_bytes)
        << name;
  }
}

TEST(limits, search_reads_a_bounded_number_of_words_of_each_indicator) {
  // Issue 25, defect 3: every word of an indicator cost every search; a list of 800,000 keywords
  // made each search take a second in the page.
  json j = json::parse(testing::read("tests/fixtures/mini_pack.json"));
  std::vector<std::string> keywords(100000, "filler");
  keywords.push_back("zebra");
  j["indicators"][0]["keywords"] = keywords;
  auto loaded = load_pack(j.dump(), testing::calendar());
  ASSERT_TRUE(loaded.ok()) << describe(loaded.errors);
  EXPECT_TRUE(search(*loaded.value, "zebra").empty()) << "a word past max_search_words_per_indicator is not read";
  j["indicators"][0]["keywords"] = {"zebra"};
  loaded = load_pack(j.dump(), testing::calendar());
  ASSERT_TRUE(loaded.ok());
  ASSERT_FALSE(search(*loaded.value, "zebra").empty());
  // Every partnership's indicators are well within it.
  for (const char* name : {"dudley", "medway", "luton"}) {
    auto p = load_pack(testing::read(std::string("content/") + name + "/pack.json"), testing::calendar());
    ASSERT_TRUE(p.ok()) << name;
    for (const auto& i : p.value->indicators) {
      size_t words = 0;
      for (char c : i.text + " " + i.hint) words += c == ' ';
      for (const auto& k : i.keywords) words += 1 + static_cast<size_t>(std::count(k.begin(), k.end(), ' '));
      EXPECT_LT(4 * words, max_search_words_per_indicator) << name << " " << i.id;
    }
  }
}

TEST(limits, c1_and_bidi_controls_are_shown_by_their_code) {
  // Issue 25, defect 2: U+009B (an 8-bit CSI) and the bidi controls reached stderr raw.
  EXPECT_EQ(without_controls("a\u009B31mb"), "aU+009B31mb");
  EXPECT_EQ(without_controls("\u0080\u009F\u061C\u200E\u200F"), "U+0080U+009FU+061CU+200EU+200F");
  EXPECT_EQ(without_controls("\u202A\u202B\u202C\u202D\u202E"), "U+202AU+202BU+202CU+202DU+202E");
  EXPECT_EQ(without_controls("\u2066\u2067\u2068\u2069"), "U+2066U+2067U+2068U+2069");
  // Letters around them, and their neighbours, are kept: é, U+00A0, U+200D (a joiner in emoji), U+2070.
  EXPECT_EQ(without_controls("caf\u00E9\u00A0\u200D\u2070\U0001F600"), "caf\u00E9\u00A0\u200D\u2070\U0001F600");
  // A byte that is not UTF-8 (a file name can hold one) cannot act as a control either.
  EXPECT_EQ(without_controls("x\x9By\xC2"), "x\uFFFDy\uFFFD");
  auto r = parse_answers("{\"consent\": \"\u009B31m\u202Eexe.txt\"}", mini());
  ASSERT_TRUE(has_error(r.errors, "answers.bad_value", "/consent")) << describe(r.errors);
  EXPECT_NE(r.errors[0].message.find("U+009B31mU+202Eexe.txt"), std::string::npos) << r.errors[0].message;
}

TEST(limits, messages_never_carry_control_characters) {
  // Issue 10, defect 2: ESC, BEL and NUL in a value reached the terminal raw.
  auto r = parse_answers(R"({"consent":"\u001b]0;owned\u0007\u001b[2J", "date": "\u0000x"})", mini());
  ASSERT_TRUE(has_error(r.errors, "answers.bad_value", "/consent")) << describe(r.errors);
  for (const auto& e : r.errors) EXPECT_TRUE(printable(e.message)) << e.message;
  bool shown_by_code = false;
  for (const auto& e : r.errors) shown_by_code |= e.message.find("U+001B]0;owned") != std::string::npos;
  EXPECT_TRUE(shown_by_code) << describe(r.errors);
}

TEST(limits, shown_cuts_at_a_character_boundary) {
  std::string accents;
  for (int i = 0; i < 100; ++i) accents += "\xC3\xA9";
  std::string cut = detail::shown(accents, 10);
  EXPECT_EQ(cut, accents.substr(0, 20) + "\xE2\x80\xA6");
  EXPECT_EQ(detail::shown("a\tb"), "aU+0009b");
}

TEST(limits, a_pack_with_invalid_utf8_is_refused_with_line_and_column) {
  // Issue 10, defect 5: a pack with an overlong sequence validated, and evaluate wrote invalid UTF-8.
  std::string text = testing::read("tests/fixtures/mini_pack.json");
  auto at = text.find("My family has debts");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 2, "\xC0\xAF");
  auto r = load_pack(text, testing::calendar());
  ASSERT_EQ(r.errors.size(), 1u) << describe(r.errors);
  EXPECT_EQ(r.errors[0].code, "pack.syntax");
  EXPECT_NE(r.errors[0].message.find("invalid UTF-8"), std::string::npos) << r.errors[0].message;
  EXPECT_NE(r.errors[0].message.find("line "), std::string::npos);
  // A byte-order mark in front of a good pack is fine.
  EXPECT_TRUE(load_pack("\xEF\xBB\xBF" + testing::read("tests/fixtures/mini_pack.json"), testing::calendar()).ok());
}

}  // namespace
}  // namespace threshold
