#include "json_reader.hpp"

#include <cstdint>

namespace threshold::detail {

const char* type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer: return "an integer";
    case json::value_t::number_float: return "a number";
  }
  return "an unsupported value";
}

namespace {

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The first `chars` characters of s (never splitting one).
std::string_view utf8_prefix(std::string_view s, size_t chars) {
  size_t at = 0;
  for (size_t seen = 0; at < s.size(); ++at) {
    if ((static_cast<unsigned char>(s[at]) & 0xC0) != 0x80 && seen++ == chars) break;
  }
  return s.substr(0, at);
}

// The last `chars` characters of s.
std::string_view utf8_suffix(std::string_view s, size_t chars) {
  size_t at = s.size();
  for (size_t seen = 0; at > 0 && seen < chars;) {
    --at;
    if ((static_cast<unsigned char>(s[at]) & 0xC0) != 0x80) ++seen;
  }
  return s.substr(at);
}

constexpr size_t max_message_chars = 400;
constexpr std::string_view ellipsis = "\u2026";

// What a message or a pointer repeats of a value or a key: its first max_chars characters, and
// whether anything was cut (then "…" follows). The one place where echoed text is cut.
std::pair<std::string_view, bool> shown_part(std::string_view value, size_t max_chars) {
  std::string_view kept = utf8_prefix(value, max_chars);
  return {kept, kept.size() < value.size()};
}

std::string kilobytes(size_t bytes) {
  return std::to_string((bytes + 1023) / 1024) + " KB";
}

}  // namespace

std::string pointer_segment(std::string_view key) {
  auto [kept, cut] = shown_part(key, max_shown_chars);
  std::string out;
  for (char c : kept) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  if (cut) out += ellipsis;
  return out;
}

std::string shown(std::string_view value, size_t max_chars) {
  auto [kept, cut] = shown_part(value, max_chars);
  return cut ? without_controls(kept) + std::string(ellipsis) : without_controls(kept);
}

void add_problem(std::vector<error>& list, const std::string& code, const std::string& pointer,
                 const std::string& message) {
  if (list.size() < max_listed_errors) {
    // A safety net for messages that repeat long values: keep the start and the advice at the end.
    std::string text = without_controls(message);
    if (utf8_length(text) > max_message_chars)
      text = std::string(utf8_prefix(text, max_message_chars / 2)) + " \u2026 " +
             std::string(utf8_suffix(text, max_message_chars / 4));
    list.push_back({code, pointer, text});
    return;
  }
  // One last entry counts the rest: "<prefix>.too_many_errors", its count first in the message.
  std::string prefix = code.substr(0, code.find('.'));
  size_t unlisted = 1;
  if (list.size() > max_listed_errors && list.back().code.size() > 16 &&
      list.back().code.compare(list.back().code.size() - 16, 16, ".too_many_errors") == 0) {
    // The count this function wrote first in the message, read back by hand: std::stoul's failure path
    // prints to stderr, which brought printf and stdio into the WebAssembly (about 5 KB).
    size_t written = 0;
    for (char c : list.back().message) {
      if (c < '0' || c > '9') break;
      written = written * 10 + static_cast<size_t>(c - '0');
    }
    unlisted = written + 1;
    list.pop_back();
  }
  list.push_back({prefix + ".too_many_errors", "",
                  std::to_string(unlisted) + (unlisted == 1 ? " more problem is" : " more problems are") +
                      " not listed; fix the ones above and check again."});
}

std::optional<json> parse_strict(std::string_view text, const std::string& prefix, std::vector<error>& errors) {
  problems p{errors, prefix};
  size_t limit = prefix == "answers" ? max_answers_bytes : max_pack_bytes;
  if (text.size() > limit) {
    p.add("too_large", "",
          "The " + (prefix == "answers" ? std::string("answers are ") : prefix + " is ") + kilobytes(text.size()) +
              "; the most the engine reads is " + kilobytes(limit) + ".");
    return std::nullopt;
  }
  json_parse_result parsed = parse_json(text);
  if (!parsed.ok) {
    p.add("syntax", "",
          "Not valid JSON at line " + std::to_string(parsed.line) + ", column " + std::to_string(parsed.column) + ": " +
              parsed.message + ".");
    return std::nullopt;
  }
  for (const auto& [pointer, key] : parsed.duplicate_keys)
    p.add("duplicate_key", pointer, "The key \"" + shown(key) + "\" appears twice in the same object; keep one.");
  for (size_t i = 0; i < parsed.duplicate_keys_unlisted; ++i)
    p.add("duplicate_key", "", "");  // counted by the cap, never listed
  if (!parsed.duplicate_keys.empty()) return std::nullopt;
  return std::move(parsed.value);
}

object_reader::object_reader(const json& j, std::string pointer, problems& p, std::string what)
    : pointer_(std::move(pointer)), problems_(p), what_(std::move(what)) {
  if (j.is_object()) {
    object_ = &j;
    known_.assign(j.members().size(), false);
  } else
    problems_.add("wrong_type", pointer_, "Expected " + what_ + " (an object) but found " + type_name(j) + ".");
}

const json* object_reader::get(std::string_view key, bool required) {
  if (!object_) return nullptr;
  // The first member of that name, as json_value::find (a repeated key never gets this far).
  const auto& members = object_->members();
  for (size_t i = 0; i < members.size(); ++i)
    if (members[i].first == key) {
      known_[i] = true;
      return &members[i].second;
    }
  if (required) problems_.add("missing_key", at(key), what_ + " needs \"" + std::string(key) + "\".");
  return nullptr;
}

void object_reader::wrong_type(std::string_view key, const std::string& expected, const json& actual) {
  problems_.add("wrong_type", at(key),
                "\"" + std::string(key) + "\" must be " + expected + ", not " + type_name(actual) + ".");
}

std::string object_reader::within_limit(const json& text, const std::string& pointer) {
  const std::string& value = text.as_string();
  if (value.size() <= problems_.max_text_bytes) return value;
  problems_.add("too_large", pointer,
                "This text is " + kilobytes(value.size()) + "; a text here holds at most " +
                    kilobytes(problems_.max_text_bytes) + ": shorten it, or split it into paragraphs or entries.");
  return "";  // nothing after the loader reads it: the pack is refused
}

std::string object_reader::text(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (!v) return "";
  if (!v->is_string()) {
    wrong_type(key, "a string", *v);
    return "";
  }
  // The pointer only for a problem: building one for every text read was most of a text's cost.
  if (v->as_string().size() <= problems_.max_text_bytes) return v->as_string();
  return within_limit(*v, at(key));
}

std::optional<int> object_reader::integer(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    wrong_type(key, "a whole number", *v);
    return std::nullopt;
  }
  if (v->as_integer() < -1000000000 || v->as_integer() > 1000000000) {
    problems_.add("bad_value", at(key), "\"" + std::string(key) + "\" is too large.");
    return std::nullopt;
  }
  return static_cast<int>(v->as_integer());
}

std::optional<double> object_reader::number(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, "a number", *v);
    return std::nullopt;
  }
  return v->as_number();
}

std::optional<bool> object_reader::boolean(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    wrong_type(key, "true or false", *v);
    return std::nullopt;
  }
  return v->as_bool();
}

std::vector<std::string> object_reader::strings(std::string_view key, bool required) {
  std::vector<std::string> out;
  const json* v = get(key, required);
  if (!v) return out;
  if (!v->is_array()) {
    wrong_type(key, "an array of strings", *v);
    return out;
  }
  for (size_t i = 0; i < v->size(); ++i) {
    if (!(*v)[i].is_string())
      problems_.add("wrong_type", at(key) + "/" + std::to_string(i),
                    "Each entry of \"" + std::string(key) + "\" must be a string, not " + type_name((*v)[i]) + ".");
    else if ((*v)[i].as_string().size() <= problems_.max_text_bytes)
      out.push_back((*v)[i].as_string());
    else
      out.push_back(within_limit((*v)[i], at(key) + "/" + std::to_string(i)));
  }
  return out;
}

std::vector<std::string> object_reader::paragraphs(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (v && v->is_string())
    return {v->as_string().size() <= problems_.max_text_bytes ? v->as_string() : within_limit(*v, at(key))};
  return strings(key, required);
}

void object_reader::finish() {
  if (!object_) return;
  const auto& members = object_->members();
  if (problems_.comments) {
    // Read like any other text (type and length checked), then forgotten; strings() marks it known.
    for (size_t i = 0; i < members.size(); ++i) {
      if (known_[i] || members[i].first != comment_key) continue;
      const json& note = members[i].second;
      known_[i] = true;
      if (note.is_string())
        within_limit(note, at(comment_key));
      else if (note.is_array())
        strings(comment_key);
      else
        wrong_type(comment_key, "a text or an array of texts", note);
    }
  }
  for (size_t i = 0; i < members.size(); ++i)
    if (!known_[i])
      problems_.add("unknown_key", at(members[i].first),
                    "\"" + shown(members[i].first) + "\" is not a field of " + what_ +
                        "; check the spelling against content/SCHEMA.md.");
}

}  // namespace threshold::detail

namespace threshold {

namespace {

// Characters a terminal or a bidi-aware display acts on instead of showing: C0 and DEL, the 8-bit C1
// controls (U+009B is a CSI, as ESC [ is) and the invisible bidi controls that reorder what follows
// (U+202E turns "exe.txt" round).
bool is_hidden_control(std::uint32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x061C || code == 0x200E || code == 0x200F ||
         (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

// The length of the well-formed UTF-8 character at the start of s (RFC 3629's table) and its code,
// or 0 when s does not start with one.
size_t utf8_character(std::string_view s, std::uint32_t& code) {
  auto byte = [&](size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  unsigned lead = byte(0);
  size_t length = 0;
  unsigned low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead < 0x80) {
    code = lead;
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // overlong below U+0800
    if (lead == 0xED) high = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // overlong below U+10000
    if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  for (size_t i = 1; i < length; ++i) {
    unsigned b = byte(i);
    if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF)) return 0;
    code = (code << 6) | (b & 0x3F);
  }
  return length;
}

}  // namespace

std::string without_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const char* hex = "0123456789ABCDEF";
  for (size_t at = 0; at < text.size();) {
    std::uint32_t code = 0;
    size_t length = utf8_character(text.substr(at), code);
    if (length == 0) {
      // Not UTF-8 (a file name can be anything): one replacement character per stray byte, so that a
      // lone 0x9B cannot act as a CSI on a terminal that reads 8-bit controls.
      out += "\uFFFD";
      ++at;
    } else if (is_hidden_control(code)) {
      out += std::string("U+") + hex[(code >> 12) & 0xF] + hex[(code >> 8) & 0xF] + hex[(code >> 4) & 0xF] +
             hex[code & 0xF];
      at += length;
    } else {
      out.append(text.substr(at, length));
      at += length;
    }
  }
  return out;
}

}  // namespace threshold
