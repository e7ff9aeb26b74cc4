#pragma once
// What a page needs to ask and show for one partnership, decided by the engine: which questions apply
// (given the answers so far), each indicator's applicability in words, levels, pathways, contacts, the
// calendar and the steps that hold before any answer.
#include <string>
#include <vector>

#include "threshold/evaluate.hpp"
#include "threshold/pack.hpp"

namespace threshold {

struct question_use {
  std::string id;  // immediate_danger | age | non_mobile | involvement | weeks_since_step_down | indicators |
                   // agreed_level | consent | significant_harm_suspected
  bool ask = false;
  std::string why;
  std::vector<std::string> facts;  // the answer facts it sets; the JSON gives each one's accepted values
};

struct indicator_use {
  const indicator* entry = nullptr;
  std::string applies = "yes";  // yes | no | unknown, for the answers given
  std::string applies_text;     // "" when it always applies
};

struct description {
  std::vector<question_use> questions;
  std::vector<std::pair<const domain*, std::vector<indicator_use>>> domains;
  std::vector<next_step> entry_steps;
  std::optional<bool> guidance_overdue = false;  // on the answers' date (guidance_overdue in pack.hpp)
};

/// describe(p, {}) before any answer; describe(p, a) as the answers change.
description describe(const pack& p, const answers& a);
/// The same, from the outcome of evaluate(p, a) when the caller has it already (no second evaluation).
description describe(const pack& p, const answers& a, const outcome& o);

}  // namespace threshold
