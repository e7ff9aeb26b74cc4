#pragma once
// One error type for every failure: a stable code, the JSON Pointer of the offending value and a
// message a content author (or the page) can act on.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace threshold {

struct error {
  std::string code;     ///< stable, e.g. "pack.unknown_reference"
  std::string pointer;  ///< RFC 6901 JSON Pointer, "" for the whole document
  std::string message;  ///< plain English, says what to change
};

/// Text as a terminal or page may show it: control characters (ESC, BEL, NUL..., the C1 controls such as
/// the 8-bit CSI U+009B, and the bidi controls U+061C, U+200E/F, U+202A-E, U+2066-9) as "U+001B", so that
/// a value from a file cannot retitle, clear, reorder or otherwise drive what prints an error. A byte
/// that is not UTF-8 becomes U+FFFD: the result is always valid UTF-8.
std::string without_controls(std::string_view text);

/// A value or every problem that prevented it. `ok()` when there are no errors.
template <typename T>
struct result {
  std::optional<T> value;
  std::vector<error> errors;
  bool ok() const { return value.has_value() && errors.empty(); }
};

}  // namespace threshold
