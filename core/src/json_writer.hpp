#pragma once
// A small streaming JSON writer for the engine's output. nlohmann's value-building is convenient but
// costs tens of kilobytes of WebAssembly; output needs only appends, escaping and indentation.
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
  void quoted(std::string_view s) {
    out_ += '"';
    // Runs of characters that need no escape are appended whole: char by char, writing was a third of
    // an evaluation with every concern ticked in WebAssembly.
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
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
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  std::string out_;
  int indent_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace threshold::detail
