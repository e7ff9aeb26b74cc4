#pragma once
// Strict reading of JSON objects: every key must be known, types must match, and every problem is
// recorded with its JSON Pointer instead of stopping at the first.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "json_value.hpp"
#include "threshold/error.hpp"

namespace threshold::detail {

using json = json_value;

/// One JSON Pointer segment naming `key` (RFC 6901: "~" as "~0", "/" as "~1"), cut like a shown value
/// past max_shown_chars characters with "…": a pointer in an error is for a reader, and a key of
/// megabytes made every error line as long (issue 25).
std::string pointer_segment(std::string_view key);

// Limits on hostile input (docs/API.md, "Limits"). Answers are a few kilobytes; packs are generously
// above the largest partnership's guidance (about 180 KB).
inline constexpr size_t max_answers_bytes = 64 * 1024;
inline constexpr size_t max_pack_bytes = 8 * 1024 * 1024;
/// Problems listed per document; the rest are counted in one last `<prefix>.too_many_errors`.
inline constexpr size_t max_listed_errors = 20;
/// Characters of a value a message repeats ("\"2026-13-45\" is not a date").
inline constexpr size_t max_shown_chars = 60;
/// Bytes in one text of a pack (a label, a paragraph, a keyword): the longest in the partnerships'
/// guidance is 1,014 (a rule's text). Each word of a pack's text costs search and loading
/// time: one 7 MB indicator text took 10.8 s to validate and 16.6 s to load in the page's worker.
inline constexpr size_t max_text_bytes = 8 * 1024;

/// Parses text, reporting an oversized document as `<prefix>.too_large`, syntax errors (with line
/// and column) and duplicate keys (with their pointer) as `<prefix>.syntax` and `<prefix>.duplicate_key`.
/// "answers" documents get max_answers_bytes, the others max_pack_bytes.
std::optional<json> parse_strict(std::string_view text, const std::string& prefix, std::vector<error>& errors);

/// A value as a message may repeat it: control characters shown by their code (U+001B), anything
/// past max_shown_chars characters cut with "…". Always valid UTF-8 when the input is.
std::string shown(std::string_view value, size_t max_chars = max_shown_chars);

/// Adds an error, keeping the list within max_listed_errors and every message free of control
/// characters and within a few hundred characters.
void add_problem(std::vector<error>& list, const std::string& code, const std::string& pointer,
                 const std::string& message);

struct problems {
  std::vector<error>& list;
  std::string prefix;  // "pack", "answers", "calendar"
  /// Longer texts are `<prefix>.too_large` at their pointer (packs: max_text_bytes; answers have their
  /// own, smaller, limit on the whole document).
  size_t max_text_bytes = static_cast<size_t>(-1);
  /// Packs: every object read by name may carry `comment_key`, a note for authors (a text or an array
  /// of texts) that the reader checks and then drops: nothing the engine writes ever holds it.
  bool comments = false;
  void add(const std::string& code, const std::string& pointer, const std::string& message) {
    add_problem(list, prefix + "." + code, pointer, message);
  }
};

const char* type_name(const json& j);

/// The key of an author's note in a pack ("$comment", as JSON Schema names its own notes).
inline constexpr const char* comment_key = "$comment";

class object_reader {
 public:
  object_reader(const json& j, std::string pointer, problems& p, std::string what);
  bool valid() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string at(std::string_view key) const { return pointer_ + "/" + pointer_segment(key); }

  /// The raw value of `key` (marks the key as known), or null when absent.
  const json* get(std::string_view key, bool required);
  /// A string value as the document's limits allow it: "" (and a too_large problem) past max_text_bytes.
  std::string within_limit(const json& text, const std::string& pointer);
  std::string text(std::string_view key, bool required = true);
  std::optional<int> integer(std::string_view key, bool required = true);
  std::optional<double> number(std::string_view key, bool required = false);
  std::optional<bool> boolean(std::string_view key, bool required = false);
  /// An array of strings; a single string is accepted as one paragraph.
  std::vector<std::string> paragraphs(std::string_view key, bool required = false);
  std::vector<std::string> strings(std::string_view key, bool required = false);
  /// Calls f(element, pointer) for each element of an array.
  template <typename F>
  void each(std::string_view key, bool required, F f) {
    const json* a = get(key, required);
    if (!a) return;
    if (!a->is_array()) {
      wrong_type(key, "an array", *a);
      return;
    }
    for (size_t i = 0; i < a->size(); ++i) f((*a)[i], at(key) + "/" + std::to_string(i));
  }
  /// Reports every key that was never asked for.
  void finish();
  void wrong_type(std::string_view key, const std::string& expected, const json& actual);

 private:
  const json* object_ = nullptr;
  std::string pointer_;
  problems& problems_;
  std::string what_;
  // Which members were asked for, by position: a set of their names cost an allocation per key read
  // (a third of loading a 5,000-indicator pack went to allocating and freeing).
  std::vector<bool> known_;
};

}  // namespace threshold::detail
