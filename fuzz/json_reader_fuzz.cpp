// The strict JSON reader against nlohmann (the reference): the same texts accepted, the same values
// read. Differences the reader means to have are excluded: nesting beyond 200 levels and numbers
// beyond the range of a double either way (1e309, and 1e-400, which nlohmann reads as 0), which it refuses.
#include <cmath>

#include "fuzz_support.hpp"
#include "json_value.hpp"

namespace {

using threshold::detail::json_value;

void same(const json_value& mine, const nlohmann::json& theirs) {
  switch (mine.type()) {
    case json_value::value_t::null: FUZZ_CHECK(theirs.is_null()); break;
    case json_value::value_t::boolean: FUZZ_CHECK(theirs.is_boolean() && theirs.get<bool>() == mine.as_bool()); break;
    case json_value::value_t::string:
      FUZZ_CHECK(theirs.is_string() && theirs.get<std::string>() == mine.as_string());
      break;
    case json_value::value_t::number_integer:
      FUZZ_CHECK(theirs.is_number());
      if (theirs.is_number_integer()) FUZZ_CHECK(theirs.get<std::int64_t>() == mine.as_integer());
      break;
    case json_value::value_t::number_float: {
      FUZZ_CHECK(theirs.is_number());
      double a = mine.as_number(), b = theirs.get<double>();
      // Beyond 15 significant digits the reader may be off in the last bits (json_value.cpp says why).
      FUZZ_CHECK(a == b || std::fabs(a - b) <= 1e-12 * std::fabs(b));
      break;
    }
    case json_value::value_t::array:
      FUZZ_CHECK(theirs.is_array() && theirs.size() == mine.size());
      for (size_t i = 0; i < mine.size(); ++i) same(mine[i], theirs[i]);
      break;
    case json_value::value_t::object:
      // nlohmann keeps the last of repeated keys and the reader the first: compare key sets only then.
      FUZZ_CHECK(theirs.is_object());
      for (const auto& [key, value] : mine.members()) {
        FUZZ_CHECK(theirs.contains(key));
        if (mine.find(key) == &value && theirs.size() == mine.size()) same(value, theirs.at(key));
      }
      break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto mine = threshold::detail::parse_json(text);
  nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
  if (!mine.ok) {
    FUZZ_CHECK(mine.line >= 1 && mine.column >= 1);
    for (char c : mine.message)
      FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80);
    // nlohmann's lexer takes a NUL byte for the end of the input (found by this target: "1\0garbage"
    // is 1 to nlohmann); the reader refuses it, as RFC 8259 asks.
    bool intended = mine.message == "nesting is too deep" || mine.message.rfind("number out of range", 0) == 0 ||
                    text.find('\0') != std::string::npos;
    FUZZ_CHECK(theirs.is_discarded() || intended);
    return 0;
  }
  FUZZ_CHECK(!theirs.is_discarded());
  FUZZ_CHECK(text.find('\0') == std::string::npos);  // a NUL can only be escaped inside JSON
  FUZZ_CHECK(mine.duplicate_keys.size() <= threshold::detail::max_listed_duplicate_keys);
  same(mine.value, theirs);
  return 0;
}
