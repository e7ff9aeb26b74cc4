#pragma once
// A small JSON document model and strict parser for reading packs and answers. Why not nlohmann here:
// its parser was a third of the WebAssembly engine's code; this one keeps object members in order,
// reports duplicate keys with their pointer, and never throws.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace threshold::detail {

class json_value {
 public:
  enum class value_t { null, boolean, number_integer, number_float, string, array, object };

  value_t type() const { return type_; }
  bool is_null() const { return type_ == value_t::null; }
  bool is_boolean() const { return type_ == value_t::boolean; }
  bool is_number_integer() const { return type_ == value_t::number_integer; }
  bool is_number() const { return type_ == value_t::number_integer || type_ == value_t::number_float; }
  bool is_string() const { return type_ == value_t::string; }
  bool is_array() const { return type_ == value_t::array; }
  bool is_object() const { return type_ == value_t::object; }

  bool as_bool() const { return boolean_; }
  std::int64_t as_integer() const { return integer_; }
  double as_number() const { return type_ == value_t::number_integer ? static_cast<double>(integer_) : number_; }
  const std::string& as_string() const { return text_; }

  /// Elements of an array, or the number of members of an object.
  size_t size() const { return type_ == value_t::object ? members_.size() : items_.size(); }
  bool empty() const { return size() == 0; }
  const json_value& operator[](size_t i) const { return items_[i]; }
  const std::vector<json_value>& items() const { return items_; }
  const std::vector<std::pair<std::string, json_value>>& members() const { return members_; }
  /// The member named `key` (the first, if the text repeated it), or null.
  const json_value* find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }

 private:
  friend class json_parser;
  value_t type_ = value_t::null;
  bool boolean_ = false;
  std::int64_t integer_ = 0;
  double number_ = 0;
  std::string text_;
  std::vector<json_value> items_;
  std::vector<std::pair<std::string, json_value>> members_;
};

struct json_parse_result {
  bool ok = false;
  json_value value;
  std::string message;          // why the text is not JSON
  size_t line = 0, column = 0;  // where, from 1; the column counts characters, not bytes
  std::vector<std::pair<std::string, std::string>> duplicate_keys;  // (pointer, key), the first few
  size_t duplicate_keys_unlisted = 0;                               // how many more there were
};

/// Duplicate keys listed with their pointer; the rest are only counted, so that hostile input cannot
/// make the list (each pointer as long as the path to it) grow without bound.
inline constexpr size_t max_listed_duplicate_keys = 20;

/// Parses RFC 8259 JSON (nesting up to 200 levels) in time linear in the text: strings must be valid
/// UTF-8 (no overlong forms, surrogates or code points beyond U+10FFFF); a leading byte-order mark is
/// skipped. Pointers are built only for the duplicate keys it reports.
json_parse_result parse_json(std::string_view text);

}  // namespace threshold::detail
