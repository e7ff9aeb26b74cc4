// The project's JSON reader (core/src/json_value.cpp) against nlohmann, where readers most often
// differ: UTF-8 and escapes inside strings and keys, and numbers. json_reader_fuzz feeds whole
// documents, most of which stop at the first byte; here the first byte says where the rest goes:
//   0: a string value "<bytes>"   1: an object key {"<bytes>": 0}   2: a number, the bytes as they are
//   3: the bytes as a whole document.
// Both readers must accept the same texts and read the same values, apart from what the reader means
// to do differently (json_differential.hpp lists it). Every string read, and the raw bytes too, must
// come out of the helpers that show text in errors (without_controls, shown, pointer_segment) as
// valid UTF-8, cut to length and free of controls; without_controls must change exactly the texts
// that nlohmann finds invalid or that hold a control character, so its UTF-8 decoder is checked
// against nlohmann's too.
#include "json_differential.hpp"

namespace {

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
  threshold::fuzz::differential(text, check_shown);
  return 0;
}
