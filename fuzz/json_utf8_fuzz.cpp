// The project's JSON reader (core/src/json_value.cpp) against nlohmann, where readers most often
// differ: UTF-8 and escapes inside strings and keys, and numbers. json_reader_fuzz feeds whole
// documents, most of which stop at the first byte; here the first byte says where the rest goes:
//   0: a string value "<bytes>"   1: an object key {"<bytes>": 0}   2: a number, the bytes as they are
//   3: the bytes as a whole document.
// Both readers must accept the same texts and read the same values, apart from what the reader means
// to do differently (json_reader_fuzz.cpp lists it). Every string read, and the raw bytes too, must
// come out of the helpers that show text in errors (without_controls, shown, pointer_segment) as
// valid UTF-8, cut to length and free of controls; without_controls must change exactly the texts
// that nlohmann finds invalid or that hold a control character, so its UTF-8 decoder is checked
// against nlohmann's too.
#include <cfloat>
#include <cmath>

#include "fuzz_support.hpp"
#include "json_value.hpp"

namespace {

using threshold::detail::json_value;
using threshold::fuzz::free_of_controls;
using threshold::fuzz::valid_utf8;

size_t utf8_characters(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// What error messages and pointers make of a text (issue 25, defects 1 and 2).
void check_shown(const std::string& text) {
  std::string plain = threshold::without_controls(text);
  FUZZ_CHECK(valid_utf8(plain) && free_of_controls(plain));
  FUZZ_CHECK((plain == text) == (valid_utf8(text) && free_of_controls(text)));
  std::string cut = threshold::detail::shown(text);
  FUZZ_CHECK(valid_utf8(cut) && free_of_controls(cut));
  // Cut to length: shown counts characters, so the promise is for UTF-8 (all the engine passes it,
  // the reader having refused anything else); stray continuation bytes count with the character
  // before them (found by this target).
  if (valid_utf8(text)) {
    FUZZ_CHECK(utf8_characters(cut) <= 6 * threshold::detail::max_shown_chars + 1);  // "U+009B" is 6 for 1
    std::string segment = threshold::detail::pointer_segment(text);
    FUZZ_CHECK(valid_utf8(segment) && threshold::fuzz::segments_are_cut("/" + segment));
  }
}

bool same_number(double mine, double theirs) {
  if (mine == theirs) return true;
  // Beyond 15 significant digits the reader may be off in the last bits (json_value.cpp says why);
  // below DBL_MIN a double has fewer bits, and each of its steps may round by half of the smallest.
  if (std::fabs(mine - theirs) <= 1e-12 * std::fabs(theirs)) return true;
  return std::fabs(theirs) < DBL_MIN && std::fabs(mine - theirs) <= 64 * DBL_TRUE_MIN;
}

void same(const json_value& mine, const nlohmann::json& theirs) {
  switch (mine.type()) {
    case json_value::value_t::null: FUZZ_CHECK(theirs.is_null()); break;
    case json_value::value_t::boolean: FUZZ_CHECK(theirs.is_boolean() && theirs.get<bool>() == mine.as_bool()); break;
    case json_value::value_t::string:
      FUZZ_CHECK(theirs.is_string() && theirs.get<std::string>() == mine.as_string());
      check_shown(mine.as_string());
      break;
    case json_value::value_t::number_integer:
      // nlohmann reads a non-negative integer as unsigned.
      if (theirs.is_number_unsigned())
        FUZZ_CHECK(mine.as_integer() >= 0 &&
                   theirs.get<std::uint64_t>() == static_cast<std::uint64_t>(mine.as_integer()));
      else
        FUZZ_CHECK(theirs.is_number_integer() && theirs.get<std::int64_t>() == mine.as_integer());
      break;
    case json_value::value_t::number_float:
      FUZZ_CHECK(theirs.is_number() && same_number(mine.as_number(), theirs.get<double>()));
      break;
    case json_value::value_t::array:
      FUZZ_CHECK(theirs.is_array() && theirs.size() == mine.size());
      for (size_t i = 0; i < mine.size(); ++i) same(mine[i], theirs[i]);
      break;
    case json_value::value_t::object:
      FUZZ_CHECK(theirs.is_object());
      for (const auto& [key, value] : mine.members()) {
        check_shown(key);
        FUZZ_CHECK(theirs.contains(key));
        // nlohmann keeps the last of repeated keys and the reader the first: compare values only without.
        if (mine.find(key) == &value && theirs.size() == mine.size()) same(value, theirs.at(key));
      }
      break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string text;
  switch (data[0] % 4) {
    case 0: text = "\"" + bytes + "\""; break;
    case 1: text = "{\"" + bytes + "\": 0}"; break;
    default: text = bytes; break;  // a number (the seeds for 2 are numbers) or any document
  }
  check_shown(bytes);
  auto mine = threshold::detail::parse_json(text);
  nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
  if (!mine.ok) {
    FUZZ_CHECK(mine.line >= 1 && mine.column >= 1);
    for (char c : mine.message)
      FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80);
    // Refused on purpose: nesting beyond 200 levels, a number a double cannot hold either way (nlohmann
    // reads 1e309 as infinity and 1e-400 as 0), and a raw NUL (nlohmann stops reading at one).
    bool intended = mine.message == "nesting is too deep" || mine.message.rfind("number out of range", 0) == 0 ||
                    text.find('\0') != std::string::npos;
    FUZZ_CHECK(theirs.is_discarded() || intended);
    return 0;
  }
  FUZZ_CHECK(!theirs.is_discarded());
  FUZZ_CHECK(text.find('\0') == std::string::npos);
  same(mine.value, theirs);
  return 0;
}
