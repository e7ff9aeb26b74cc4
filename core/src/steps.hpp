#pragma once
// What makes a next step need a telephone number (not part of the public API): the engine says "none
// given" on such a step (evaluate.cpp), and the safety checks hold it to that (safety.cpp).
#include <algorithm>
#include <vector>

#include "threshold/evaluate.hpp"

namespace threshold::detail {

inline bool has_number(const std::vector<const contact*>& contacts) {
  return std::any_of(contacts.begin(), contacts.end(), [](const contact* c) { return !c->phone.empty(); });
}

/// A step that has the practitioner ring or talk to someone: a call, a talk with the lead, or a
/// consent line that names whom to ask.
inline bool rings_someone(const next_step& s) {
  return s.kind == step_kind::call || s.kind == step_kind::talk_to_lead ||
         (s.kind == step_kind::consent && !s.contacts.empty());
}

}  // namespace threshold::detail
