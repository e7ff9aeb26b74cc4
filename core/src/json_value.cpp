#include "json_value.hpp"

#include <cmath>
#include <set>

namespace threshold::detail {

const json_value* json_value::find(std::string_view key) const {
  for (const auto& [name, value] : members_)
    if (name == key) return &value;
  return nullptr;
}

std::string pointer_segment(std::string_view key);

namespace {

// A character as a message can show it: printable ASCII as itself, anything else by its code, so that
// no control character or partial UTF-8 sequence reaches a terminal or a page.
std::string shown_char(char c) {
  auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x20 && byte < 0x7F) return std::string("'") + c + "'";
  const char* hex = "0123456789ABCDEF";
  std::string code = {hex[byte >> 4], hex[byte & 0xF]};
  return byte < 0x80 ? "U+00" + code : "byte 0x" + code;
}

}  // namespace

class json_parser {
 public:
  explicit json_parser(std::string_view text, json_parse_result& out) : text_(text), out_(out) {}

  void run() {
    // A UTF-8 byte-order mark (Windows editors write one) carries no meaning; RFC 8259 lets a reader skip it.
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;
    skip_space();
    if (!value(out_.value, 0)) return;
    skip_space();
    if (at_ < text_.size()) {
      fail("unexpected text after the JSON value");
      return;
    }
    out_.ok = true;
  }

 private:
  static constexpr int max_depth = 200;
  std::string_view text_;
  json_parse_result& out_;
  size_t at_ = 0;
  bool failed_ = false;
  // Where the parser is: one entry per open container, the member's key (which lives in the parent's
  // member list and stays put while its value is read) or the element's index.
  struct step {
    const std::string* key;
    size_t index;
  };
  std::vector<step> path_;

  std::string pointer() const {
    std::string out;
    for (const auto& s : path_) {
      out += '/';
      out += s.key ? pointer_segment(*s.key) : std::to_string(s.index);
    }
    return out;
  }

  bool fail(const std::string& why) {
    if (failed_) return false;
    failed_ = true;
    out_.message = why;
    out_.line = 1;
    out_.column = 1;
    for (size_t i = 0; i < at_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++out_.line;
        out_.column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++out_.column;  // continuation bytes belong to the character before
      }
    }
    return false;
  }
  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r'))
      ++at_;
  }
  bool literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return fail("invalid literal");
    at_ += word.size();
    return true;
  }

  bool value(json_value& v, int depth) {
    if (depth > max_depth) return fail("nesting is too deep");
    if (at_ >= text_.size()) return fail("unexpected end of input; expected a value");
    char c = text_[at_];
    switch (c) {
      case '{': return object(v, depth);
      case '[': return array(v, depth);
      case '"': v.type_ = json_value::value_t::string; return string(v.text_);
      case 't':
        v.type_ = json_value::value_t::boolean;
        v.boolean_ = true;
        return literal("true");
      case 'f': v.type_ = json_value::value_t::boolean; return literal("false");
      case 'n': return literal("null");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number(v);
        return fail("unexpected " + shown_char(c) + "; expected a value");
    }
  }

  bool object(json_value& v, int depth) {
    v.type_ = json_value::value_t::object;
    if (opens_empty('}')) return true;
    // Member indices ordered by key: finds repeats without copying a key. An object of up to
    // few_members compares its keys instead (the set was an allocation per member of every object);
    // past that, the set holds the first of each key, as if it had been filled from the start.
    constexpr size_t few_members = 32;
    auto by_key = [&v](size_t a, size_t b) { return v.members_[a].first < v.members_[b].first; };
    std::set<size_t, decltype(by_key)> seen(by_key);
    auto repeated = [&] {
      const size_t last = v.members_.size() - 1;
      const std::string& key = v.members_[last].first;
      if (last < few_members) {
        for (size_t i = 0; i < last; ++i)
          if (v.members_[i].first == key) return true;
        return false;
      }
      if (seen.empty())
        for (size_t i = 0; i < last; ++i) seen.insert(i);
      return !seen.insert(last).second;
    };
    while (true) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"') return fail("expected a key in double quotes");
      std::string key;
      if (!string(key)) return false;
      skip_space();
      if (at_ >= text_.size() || text_[at_] != ':') return fail("expected ':' after the key");
      ++at_;
      skip_space();
      v.members_.emplace_back(std::move(key), json_value());
      path_.push_back({&v.members_.back().first, 0});
      if (repeated()) {
        if (out_.duplicate_keys.size() < max_listed_duplicate_keys)
          out_.duplicate_keys.push_back({pointer(), v.members_.back().first});
        else
          ++out_.duplicate_keys_unlisted;
      }
      if (!value(v.members_.back().second, depth + 1)) return false;
      path_.pop_back();
      bool more = false;
      if (!separator('}', more)) return false;
      if (!more) return true;
    }
  }

  // Steps over the opening bracket; true when `close` follows at once (an empty container).
  bool opens_empty(char close) {
    ++at_;
    skip_space();
    if (at_ >= text_.size() || text_[at_] != close) return false;
    ++at_;
    return true;
  }

  // After a member or an element: ',' means another follows (more), `close` ends the container.
  bool separator(char close, bool& more) {
    skip_space();
    if (at_ < text_.size() && (text_[at_] == ',' || text_[at_] == close)) {
      more = text_[at_++] == ',';
      return true;
    }
    // The words only for a failure: built for every separator, they were an allocation per member.
    std::string expected = std::string("',' or '") + close + "'";
    if (at_ >= text_.size()) return fail("unexpected end of input; expected " + expected);
    return fail("expected " + expected);
  }

  bool array(json_value& v, int depth) {
    v.type_ = json_value::value_t::array;
    if (opens_empty(']')) return true;
    while (true) {
      skip_space();
      v.items_.emplace_back();
      path_.push_back({nullptr, v.items_.size() - 1});
      if (!value(v.items_.back(), depth + 1)) return false;
      path_.pop_back();
      bool more = false;
      if (!separator(']', more)) return false;
      if (!more) return true;
    }
  }

  // One multi-byte UTF-8 character starting at at_ (RFC 3629's table): copies it to out, or fails at
  // the first byte that cannot belong to it.
  bool utf8_character(std::string& out) {
    auto byte = [&](size_t i) { return at_ + i < text_.size() ? static_cast<unsigned char>(text_[at_ + i]) : 0u; };
    unsigned lead = byte(0);
    size_t length = 0;
    unsigned low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;   // overlong below U+0800
      if (lead == 0xED) high = 0x9F;  // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;   // overlong below U+10000
      if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
    } else {
      return fail("invalid UTF-8: " + shown_char(text_[at_]) + " cannot start a character");
    }
    for (size_t i = 1; i < length; ++i) {
      unsigned b = byte(i);
      unsigned from = i == 1 ? low : 0x80, to = i == 1 ? high : 0xBF;
      if (b < from || b > to) {
        at_ += i;
        return fail("invalid UTF-8: an incomplete or overlong character");
      }
    }
    out.append(text_.substr(at_, length));
    at_ += length;
    return true;
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  bool hex4(unsigned& code) {
    if (at_ + 4 > text_.size()) return fail("incomplete \\u escape");
    code = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[at_++];
      code <<= 4;
      if (c >= '0' && c <= '9')
        code |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        code |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        code |= static_cast<unsigned>(c - 'A' + 10);
      else
        return fail("invalid \\u escape");
    }
    return true;
  }

  bool string(std::string& out) {
    ++at_;  // opening quote
    while (true) {
      // A run of printable ASCII is appended whole, found with pointers: most of a pack's text and all
      // of the answers' ids are such runs, and char by char they were a twentieth of an evaluation.
      const char* const run = text_.data() + at_;
      const char* const end = text_.data() + text_.size();
      const char* p = run;
      while (p != end && static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x80 && *p != '"' &&
             *p != '\\')
        ++p;
      out.append(run, static_cast<size_t>(p - run));
      at_ += static_cast<size_t>(p - run);
      if (at_ >= text_.size()) return fail("unexpected end of input inside a string");
      char c = text_[at_];
      if (static_cast<unsigned char>(c) >= 0x80) {
        if (!utf8_character(out)) return false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20)
        return fail("control character " + shown_char(c) + " inside a string; escape it");
      ++at_;
      if (c == '"') return true;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= text_.size()) return fail("unexpected end of input inside a string");
      char e = text_[at_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned code;
          if (!hex4(code)) return false;
          if (code >= 0xD800 && code <= 0xDBFF) {
            unsigned low;
            if (text_.substr(at_, 2) != "\\u") return fail("a lone surrogate in a \\u escape");
            at_ += 2;
            if (!hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return fail("an invalid surrogate pair in a \\u escape");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          } else if (code >= 0xDC00 && code <= 0xDFFF) {
            return fail("a lone surrogate in a \\u escape");
          }
          append_utf8(out, code);
          break;
        }
        default: return fail("invalid escape: backslash followed by " + shown_char(e));
      }
    }
  }

  // Reads the number by hand: strtod brings 128-bit float arithmetic into the WebAssembly (about 6 KB
  // gzip). Integers are exact; decimals with up to 15 significant digits and a power of ten within 22
  // are correctly rounded (Clinger's fast path); longer ones, which no pack or answers need, may be off
  // in the last bit.
  bool number(json_value& v) {
    bool negative = text_[at_] == '-';
    if (negative) ++at_;
    std::uint64_t significand = 0;
    int significant_digits = 0, exponent = 0;
    auto digits = [&](bool after_point) {
      size_t from = at_;
      for (; at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9'; ++at_) {
        if (significand == 0 && text_[at_] == '0') {
          if (after_point) --exponent;  // leading zeros of 0.000123
        } else if (significant_digits < 19) {
          significand = significand * 10 + static_cast<std::uint64_t>(text_[at_] - '0');
          ++significant_digits;
          if (after_point) --exponent;
        } else if (!after_point) {
          ++exponent;  // digits beyond 19 are dropped, keeping their place
        }
      }
      return at_ > from;
    };
    if (at_ < text_.size() && text_[at_] == '0') {
      ++at_;
    } else if (!digits(false)) {
      return fail("invalid number");
    }
    bool integral = true;
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      integral = false;
      if (!digits(true)) return fail("invalid number: digits expected after '.'");
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      integral = false;
      bool negative_exponent = false;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) negative_exponent = text_[at_++] == '-';
      int written = 0;
      size_t from = at_;
      for (; at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9'; ++at_)
        if (written < 100000) written = written * 10 + (text_[at_] - '0');
      if (at_ == from) return fail("invalid number: digits expected in the exponent");
      exponent += negative_exponent ? -written : written;
    }
    constexpr std::uint64_t int64_limit = std::uint64_t{1} << 63;
    if (integral && exponent == 0 && (significand < int64_limit || (negative && significand == int64_limit))) {
      v.type_ = json_value::value_t::number_integer;
      v.integer_ = negative ? static_cast<std::int64_t>(0 - significand) : static_cast<std::int64_t>(significand);
      return true;
    }
    static constexpr double exact_powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                              1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double value = static_cast<double>(significand);
    if (significand != 0) {
      if (exponent < -400 || significant_digits + exponent > 310) {
        value = exponent < 0 ? 0.0 : HUGE_VAL;
      } else if (significand < (std::uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
        value = exponent < 0 ? value / exact_powers[-exponent] : value * exact_powers[exponent];
      } else {
        for (int e = exponent; e > 0; e -= 22) value *= exact_powers[e > 22 ? 22 : e];
        for (int e = -exponent; e > 0; e -= 22) value /= exact_powers[e > 22 ? 22 : e];
      }
    }
    if (!std::isfinite(value)) return fail("number out of range");
    // A nonzero literal that reads as 0 (1e-400) is refused as 1e309 is, not taken for 0: an age of
    // 1e-400 years is no answer a person gave (issue 25).
    if (significand != 0 && value == 0) return fail("number out of range: too close to 0 to be read as anything but 0");
    v.type_ = json_value::value_t::number_float;
    v.number_ = negative ? -value : value;
    return true;
  }
};

json_parse_result parse_json(std::string_view text) {
  json_parse_result out;
  json_parser(text, out).run();
  return out;
}

}  // namespace threshold::detail
