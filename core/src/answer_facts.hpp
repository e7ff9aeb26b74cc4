#pragma once
// One table of the facts conditions may name: their type, where they come from, and for answers the
// range or values accepted. The pack loader checks conditions against it, the answers reader reads and
// range-checks by it, and conditions look values up through it (docs/API.md lists the ranges).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "threshold/evaluate.hpp"
#include "threshold/pack.hpp"

namespace threshold::detail {

struct fact_info {
  std::string_view name;
  scalar::type type = scalar::type::boolean;
  bool answered = true;     // false: decided by the engine (level, concern_count), never read from answers
  bool whole = false;       // numbers: whole numbers only
  double min = 0, max = 0;  // numbers: the accepted range, inclusive
  std::vector<std::string_view> options = {};  // strings: the accepted values
  bool may_be_unknown = false;                 // booleans that also accept "unknown" (read as no value)
  std::optional<scalar> (*get)(const answers&) = nullptr;
  void (*set)(answers&, const scalar&) = nullptr;
};

/// "between 0 and 25", "one of given, refused, ...", "true, false or \"unknown\"": the accepted values in words.
std::string accepted_values(const fact_info& f);

const std::vector<fact_info>& fact_table();
const fact_info* find_fact(std::string_view name);

}  // namespace threshold::detail
