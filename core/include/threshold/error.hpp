#pragma once
// One error type for every failure: a stable code, the JSON Pointer of the offending value and a
// message a content author (or the page) can act on.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace threshold {

struct error {
  std::string code;     ///< stable, e.g. "pack.unknown_reference"
  std::string pointer;  ///< RFC 6901 JSON Pointer, "" for the whole document
  std::string message;  ///< plain English, says what to change
};

/// A value or every problem that prevented it. `ok()` when there are no errors.
template <typename T>
struct result {
  std::optional<T> value;
  std::vector<error> errors;
  bool ok() const { return value.has_value() && errors.empty(); }
};

}  // namespace threshold
