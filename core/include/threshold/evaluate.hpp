#pragma once
// Screening: answers in, a traced outcome out.
#include <optional>
#include <string>
#include <vector>

#include "threshold/calendar.hpp"
#include "threshold/pack.hpp"

namespace threshold {

/// Answers version 1 (every field optional), as in the design brief.
struct answers {
  std::optional<date> on;  // "date": the day of the screening, the start of every deadline
  std::optional<bool> immediate_danger, unborn, non_mobile;
  std::optional<double> age_years, age_months, weeks_since_step_down;
  std::optional<int> agreed_level;
  std::vector<std::string> indicators;
  std::optional<std::string> consent;              // given | refused | not_yet_sought | would_increase_risk
  std::optional<std::string> involvement;          // none | single_agency | ... | recently_stepped_down
  std::optional<bool> significant_harm_suspected;  // no value: not answered, or answered "unknown"
  bool significant_harm_unknown = false;           // answered "unknown"
};

/// One traced statement: what was said, which pack entry said it, where the source says it.
struct traced {
  std::string id;  // indicator id, rule id, advisory id ...
  std::string text;
  std::string entry;   // JSON Pointer into the pack
  std::string source;  // formatted citation
};

struct reason {
  std::string indicator;  // empty for a rule
  std::string rule;       // empty for an indicator
  int level = 0;
  std::string domain;
  std::string text, entry, source;
};

struct advisory {
  std::string id, rule, text, entry, source;
  std::vector<std::string> contacts;
};

struct deadline {
  std::string id, label, starts;
  int amount = 0;
  time_unit unit = time_unit::working_days;
  std::optional<date> due;
  std::string entry, source;
};

struct consent_outcome {
  std::optional<int> level;
  std::string state = "not_given";
  bool required = false;
  bool may_proceed_without = false;
  std::vector<traced> guidance;
};

struct not_applicable {
  std::string indicator, text, why;
};

struct note {
  std::string id, text;
};

struct outcome {
  std::string pack;
  std::optional<date> on;
  std::optional<int> level;
  std::string level_label, level_summary;
  bool immediate_danger = false;
  std::optional<std::string> route;  // route id
  bool strategy_discussion = false;
  std::vector<traced> strategy_discussion_reasons;
  consent_outcome consent;
  std::vector<reason> reasons;
  std::vector<traced> strengths;
  std::vector<not_applicable> not_applicable_indicators;
  std::vector<note> notes;
  std::vector<advisory> advisories;
  std::vector<deadline> deadlines;
  std::vector<std::string> prompts;  // prompt ids
  bool show_checklist = false;
  std::vector<std::string> pathways;  // pathway ids that apply
};

/// Evaluates validated answers against a pack. Never fails: malformed answers are rejected earlier
/// by parse_answers.
///   auto o = evaluate(p, a);  // o.level == 4, o.strategy_discussion, o.reasons ...
outcome evaluate(const pack& p, const answers& a);

}  // namespace threshold
