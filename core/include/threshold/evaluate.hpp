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
  std::string source;  // the practitioner's citation: "<document>, <section>"
  citation cite;       // the same, as data (document, section, page, file, lines)
};

struct reason {
  std::string indicator;  // empty for a rule
  std::string rule;       // empty for an indicator
  int level = 0;
  std::string domain;
  std::string text, entry, source;
  citation cite;
};

/// Where the line between levels is, for a domain and level that ticked concerns reach: the same
/// domain's indicators one level up and one level down, in pack order (pointers into the pack). Once
/// per domain and level, not per reason: with every concern ticked, per-reason lists with their text
/// were 60 % of the outcome. The JSON names them by id; their text is in describe()'s domains.
struct level_comparison {
  std::string domain;
  int level = 0;
  std::vector<const indicator*> up, down;
};

struct advisory {
  std::string id, rule, text, entry, source;
  std::vector<const contact*> contacts;
  citation cite;
};

struct deadline {
  std::string id, label, starts;
  std::string owner;  // "service" | "you"
  int amount = 0;
  time_unit unit = time_unit::working_days;
  std::optional<date> due;  // null for hours: they keep their unit
  std::string entry, source;
  citation cite;
  std::string note;  // hours: that they are calendar hours
};

/// When a step is due: an amount of time from a named event, and its end where the start is known.
struct step_due {
  int amount = 0;
  time_unit unit = time_unit::working_days;
  std::string starts;
  std::optional<date> on;  // the day it falls due
  std::string time;        // hours only: "HH:MM" where the start time is known, else ""
};

/// What to do instead of a step, and when ("If they refuse: …"), with the pack entries that say so.
struct unless_clause {
  std::string text;
  std::vector<traced> because;
};

/// One thing to do now, in order: 999 first in danger, then what the source says, with its contacts.
struct next_step {
  std::string id;
  step_kind kind = step_kind::read;
  std::string text;  // what to do, short enough to read at a glance
  std::vector<const contact*> contacts;
  std::optional<step_due> due;
  std::string entry, source;
  citation cite;
  std::string detail;                        // the guidance's own fuller wording, where text is a heading for it
  std::vector<unless_clause> unless;         // what to do instead, and when ("If they refuse: …"), said under text
  bool general = false;                      // general advice the guidance does not give (999): no pack citation
  std::string no_number;                     // where none of its contacts has a number: says so, and `nearest` has one
  std::vector<const contact*> nearest;       // the nearest number the guidance does give
  std::vector<const glossary_entry*> terms;  // the guidance's jargon this step is the first to use, explained
};

/// The consent verdict, said once: seek_consent | proceed_and_inform | proceed_without_consent |
/// seek_advice | not_applicable | undetermined.
struct consent_outcome {
  std::optional<int> level;
  std::string state = "not_given";
  bool required = false;
  std::optional<bool> may_proceed_without;  // no value: cannot be told yet
  consent_verdict verdict = consent_verdict::undetermined;
  std::string sentence;                            // one plain sentence for the practitioner
  std::optional<override_decision> decided;        // who decides to go ahead without consent, and on what test
  std::optional<traced> exception;                 // the exception that applies, cited
  std::optional<traced> record;                    // what to record, cited
  std::optional<traced> refusal;                   // what the source says to do when the family refuse, cited
  bool ask_significant_harm = false;               // unanswered, significant_harm_suspected would decide the verdict
  bool significant_harm_decides = false;           // asked, or answered and the answer decided the verdict
  std::optional<bool> significant_harm_suspected;  // the answer given (no value: not answered or unknown)
  bool significant_harm_unknown = false;           // answered "not sure"
  bool goes_ahead_if_refused = false;              // seek_consent: a refusal would not stop the referral
  std::vector<unless_clause> unless;               // seek_consent: "If they refuse: …", the sentence's end
  std::string whole_sentence;        // the sentence with its `unless` clauses, for a page showing it alone
  bool in_steps = false;             // a next step already says the verdict
  bool do_not_delay = false;         // the verdict lets the referral go ahead now: shown as a warning
  bool record_in_exception = false;  // the exception's own words already say what to record
  std::vector<const contact*> advice_contacts;
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
  // The guidance's review-by date has passed on `on` (guidance_overdue): the page says it may have
  // been replaced. No value: the pack gives a review-by date but the answers no date.
  std::optional<bool> guidance_overdue = false;
  std::optional<int> level;
  std::string level_label, level_summary;
  bool immediate_danger = false;
  // Suspected significant harm, decided before route and consent: answered (true or false), implied
  // by what was ticked (true, `significant_harm_implied`), or not known (no value).
  std::optional<bool> significant_harm;
  bool significant_harm_implied = false;
  bool no_concerns = false;                 // nothing raised the level: it is the guidance's level for no concerns
  const threshold::route* route = nullptr;  // the route to take, if a level or danger gives one
  bool route_withheld = false;  // the route needs the family's agreement, which is refused or not to be asked
  std::vector<const contact*> route_contacts;      // the route's contacts
  const emergency_action* emergency = nullptr;     // in immediate danger: what the guidance says to do
  std::vector<const contact*> emergency_contacts;  // who to contact after 999
  bool strategy_discussion = false;
  const cited_text* strategy_discussion_note = nullptr;  // the guidance's words, when one is indicated
  std::vector<reason> strategy_discussion_reasons;       // the indicators or rules that indicate one
  consent_outcome consent;
  std::vector<reason> reasons;
  std::vector<level_comparison> comparisons;  // one per domain and level of the concerns in `reasons`
  std::vector<reason> strengths;              // indicator, domain, text and citation
  std::vector<not_applicable> not_applicable_indicators;
  std::vector<note> notes;
  std::vector<advisory> advisories;
  std::vector<deadline> deadlines;
  std::vector<next_step> next_steps;
  std::vector<const prompt*> prompts;
  const threshold::checklist* checklist = nullptr;  // the referral checklist, when it applies
  std::vector<const pathway*> pathways;             // the pathways that apply
};

/// Evaluates validated answers against a pack. Never fails: malformed answers are rejected earlier
/// by parse_answers. The outcome is complete (writing it as JSON decides nothing) and points into
/// the pack for routes, contacts, prompts, the checklist and pathways: keep the pack alive with it.
///   auto o = evaluate(p, a);  // o.level == 4, o.strategy_discussion, o.reasons ...
outcome evaluate(const pack& p, const answers& a);

}  // namespace threshold
