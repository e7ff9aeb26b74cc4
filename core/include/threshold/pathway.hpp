#pragma once
// Walking a pathway: the route taken so far and the next question, or the outcome.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "threshold/error.hpp"
#include "threshold/evaluate.hpp"
#include "threshold/pack.hpp"

namespace threshold {

struct pathway_choice {
  std::string node, choice;
};

struct pathway_answers {
  std::optional<date> on;
  answers screening;
  std::vector<pathway_choice> steps;
  std::map<std::string, date_time> dates;  // "dates": {"meeting_held": "2026-11-23"}: the events timescales count from
  std::map<std::string, bool> timed;       // which of them gave a time of day
};

struct step_timescale {
  node_timescale timescale;
  std::optional<date> due;
  std::string due_time;       // hours, when the start's time of day is known: "14:30"
  std::optional<date> start;  // the day it counts from
  bool start_given = false;   // the answers gave the event's date (else the pathway's date, or none)
  std::string note;           // calendar hours, a due day that is not a working day
};

/// A date the walk asks for, because a timescale counts from it.
struct date_question {
  std::string id, question, node;
  bool answered = false;
};

struct route_entry {
  const pathway_node* node = nullptr;
  std::string choice;  // questions: the option chosen
  std::optional<step_timescale> timescale;
};

struct pathway_step {
  const pathway* walked = nullptr;
  std::vector<route_entry> route;
  const pathway_node* current = nullptr;            // the open question, or null at an outcome
  std::optional<step_timescale> current_timescale;  // the open question's own timescale, if any
  const pathway_node* end = nullptr;                // the outcome, or null
  std::optional<step_timescale> end_timescale;
  std::vector<date_question> date_questions;
  std::vector<error> errors;  // a step that does not fit the walk
};

/// Walks `pathway_id` with the choices made so far.
///   auto s = walk(p, "step_down_from_cin", {.on = today, .steps = {{"consent", "given"}}});
pathway_step walk(const pack& p, const std::string& pathway_id, const pathway_answers& a);

}  // namespace threshold
