#pragma once
// The safety invariants, checked over a pack's whole answer space: every combination of answers
// that can change the outcome is screened, and each outcome is checked as a whole (risk first;
// route, consent line and order following from it).
#include <cstddef>
#include <vector>

#include "threshold/error.hpp"
#include "threshold/pack.hpp"

namespace threshold {

struct safety_report {
  std::size_t combinations = 0;  // screenings checked
  std::vector<error> problems;   // "pack.unsafe", each with the pointer of the entry to fix, once per entry
};

/// Screens every combination of the answers a pack's outcome depends on (each level reached by a
/// concern and each agreed level; each consent state; significant harm yes, no, not sure, unanswered
/// and implied; immediate danger; involvement; the age bands the pack's conditions use) and checks:
///   - no way forward that needs the family's agreement after a refusal, or beside "go ahead without";
///   - suspected significant harm: the pack's route for it is the first step after 999, and the
///     consent line never says not to refer;
///   - immediate danger: 999 first, and the consent line never holds the referral back;
///   - every step that has the practitioner ring someone gives a number, or says none is given and
///     gives the nearest one;
///   - nothing is asked that the answers already settle.
///   auto report = check_safety(p);  // report.problems.empty() for a safe pack
safety_report check_safety(const pack& p);

}  // namespace threshold
