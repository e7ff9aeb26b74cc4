#pragma once
// Three-valued evaluation of pack conditions (not part of the public API).
#include <optional>
#include <string>
#include <vector>

#include "threshold/evaluate.hpp"
#include "threshold/pack.hpp"
#include "threshold/pathway.hpp"

namespace threshold::detail {

/// `unknown` when the answers do not say (age not given, say): rules fire only on `yes`, an
/// indicator's applies_when excludes it only on `no`.
enum class truth { no, yes, unknown };

struct facts {
  const pack& p;
  const answers& a;
  std::vector<const indicator*> concerns;  // ticked, applicable concerns
  std::optional<int> level;                // set once the level is decided
  const std::vector<pathway_choice>* choices = nullptr;
  std::optional<bool> danger;      // set once immediate danger is decided: stands for immediate_danger
  std::optional<bool> harm;        // set once significant harm is decided (answered or implied): stands for the answer
  std::optional<bool> discussion;  // set once a strategy discussion is decided: the fact strategy_discussion
};

truth test(const condition& c, const facts& f);
inline bool holds(const condition& c, const facts& f) {
  return test(c, f) == truth::yes;
}
/// A short description of a condition for people ("the child is unborn").
std::string describe(const condition& c);

}  // namespace threshold::detail
