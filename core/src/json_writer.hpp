#pragma once
// A small streaming JSON writer for the engine's output. nlohmann's value-building is convenient but
// costs tens of kilobytes of WebAssembly; output needs only appends, escaping and indentation.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "threshold/pack.hpp"

namespace threshold::detail {

class json_writer {
 public:
  explicit json_writer(int indent) : indent_(indent) {}

  json_writer& begin_object() { return open('{'); }
  json_writer& end_object() { return close('}'); }
  json_writer& begin_array() { return open('['); }
  json_writer& end_array() { return close(']'); }

  json_writer& key(std::string_view k) {
    separate();
    quoted(k);
    out_ += indent_ >= 0 ? ": " : ":";
    after_key_ = true;
    return *this;
  }
  json_writer& value(std::string_view s) {
    // A text with nothing to escape, in an array or object of compact output (an outcome's
    // indicator ids: most of a large pack's outcome): comma, quotes and text in one append. Piece by
    // piece, each a call in WebAssembly at -Oz, it was a fifth of an evaluation.
    if (indent_ < 0 && !after_key_ && !first_.empty() && plain(s)) {
      const bool comma = !first_.back();
      first_.back() = false;
      const size_t at = out_.size();
      out_.resize(at + s.size() + (comma ? 3 : 2));
      char* to = out_.data() + at;
      if (comma) *to++ = ',';
      *to++ = '"';
      std::memcpy(to, s.data(), s.size());
      to[s.size()] = '"';
      return *this;
    }
    separate();
    quoted(s);
    return *this;
  }
  json_writer& value(const char* s) { return value(std::string_view(s)); }
  json_writer& value(const std::string& s) { return value(std::string_view(s)); }
  json_writer& value(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  json_writer& value(int n) {
    separate();
    out_ += std::to_string(n);
    return *this;
  }
  json_writer& value(double d) {
    separate();
    out_ += format_number(d);
    return *this;
  }
  json_writer& null() {
    separate();
    out_ += "null";
    return *this;
  }
  /// Text that is already JSON.
  json_writer& raw(std::string_view json) {
    separate();
    out_ += json;
    return *this;
  }
  /// A value written by `write(*this)` on one line, whatever the indent (citations, in pretty output).
  template <typename F>
  json_writer& compact(F write) {
    const int saved = indent_;
    indent_ = -1;
    write(*this);
    indent_ = saved;
    return *this;
  }
  template <typename T>
  json_writer& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  json_writer& null_field(std::string_view k) {
    key(k);
    return null();
  }
  json_writer& strings(std::string_view k, const std::vector<std::string>& items) {
    key(k).begin_array();
    for (const auto& i : items) value(i);
    return end_array();
  }
  std::string str() && { return std::move(out_); }

 private:
  json_writer& open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
    return *this;
  }
  json_writer& close(char c) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += c;
    return *this;
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
  }
  void newline() {
    if (indent_ < 0) return;
    out_ += '\n';
    out_.append(first_.size() * static_cast<size_t>(indent_), ' ');
  }
  // True if no byte of `s` needs an escape.
  static bool plain(std::string_view s) {
    const char* p = s.data();
    const char* const end = p + s.size();
    while (end - p >= 8 && plain8(p)) p += 8;
    for (; p != end; ++p) {
      auto c = static_cast<unsigned char>(*p);
      if (c < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
  }
  // True if none of the 8 bytes at `p` needs an escape: no control character, quote or backslash (bytes
  // from 0x80 up are UTF-8 and pass). Word-at-a-time tests for a byte below n or equal to n.
  static bool plain8(const char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    std::uint64_t v = 0;
    std::memcpy(&v, p, sizeof v);
    auto has_zero = [](std::uint64_t x) { return ((x - ones) & ~x & highs) != 0; };
    return ((v - ones * 0x20) & ~v & highs) == 0 && !has_zero(v ^ (ones * '"')) && !has_zero(v ^ (ones * '\\'));
  }
  void quoted(std::string_view s) {
    out_ += '"';
    // Runs of characters that need no escape are appended whole, found eight bytes at a time with
    // pointers: writing and then scanning char by char was a third of an evaluation with every concern
    // ticked in WebAssembly (at -Oz, s[i] and s.size() stay calls there).
    const char* run = s.data();
    const char* const end = run + s.size();
    for (const char* p = run; p != end; ++p) {
      while (end - p >= 8 && plain8(p)) p += 8;
      if (p == end) break;
      auto c = static_cast<unsigned char>(*p);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(run, static_cast<size_t>(p - run));
      run = p + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          static const char hex[] = "0123456789abcdef";
          const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
          out_.append(escaped, sizeof escaped);
        }
      }
    }
    out_.append(run, static_cast<size_t>(end - run));
    out_ += '"';
  }

  std::string out_;
  int indent_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace threshold::detail
