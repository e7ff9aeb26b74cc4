#include "threshold/pathway.hpp"

#include <algorithm>
#include <set>

#include "condition.hpp"
#include "json_reader.hpp"

namespace threshold {

namespace {

const char* weekday_name(date d) {
  static const char* names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return names[weekday(d)];
}

// When a node's timescale ends: counted from the event the source names, never silently from today.
std::optional<step_timescale> timescale_for(const pack& p, const pathway_node& node, const pathway_answers& a,
                                            std::optional<date> on, pathway_step& step) {
  if (!node.timescale) return std::nullopt;
  step_timescale t{*node.timescale, std::nullopt, "", std::nullopt, false, ""};
  std::optional<date_time> start;
  bool timed = false;
  if (const auto& from = t.timescale.from) {
    auto given = a.dates.find(from->id);
    if (given != a.dates.end()) {
      start = given->second;
      timed = a.timed.count(from->id) && a.timed.at(from->id);
      t.start_given = true;
    } else if (from->default_today && on) {
      start = date_time{*on, 0};
    }
    if (std::none_of(step.date_questions.begin(), step.date_questions.end(),
                     [&](const date_question& q) { return q.id == from->id; }))
      step.date_questions.push_back({from->id, from->question, node.id, t.start_given});
  } else if (on) {
    start = date_time{*on, 0};
  }
  if (!start) return t;
  t.start = start->day;
  switch (t.timescale.unit) {
    case time_unit::working_days: t.due = p.calendar.add_working_days(start->day, t.timescale.amount); break;
    case time_unit::calendar_days: t.due = add_calendar_days(start->day, t.timescale.amount); break;
    case time_unit::hours:
      t.note = "Counted in calendar hours: nights, weekends and bank holidays count.";
      if (timed) {
        date_time end = add_hours(*start, t.timescale.amount);
        t.due = end.day;
        t.due_time = format_time(end.minutes);
        if (!p.calendar.is_working_day(end.day))
          t.note += std::string(" It ends on a ") + weekday_name(end.day) + " that is not a working day.";
      } else {
        t.note += " Give the time it started to see when it ends.";
      }
      break;
  }
  if (t.due && t.timescale.unit != time_unit::hours && !p.calendar.covers(*t.due)) t.due.reset();
  return t;
}

}  // namespace

pathway_step walk(const pack& p, const std::string& pathway_id, const pathway_answers& a) {
  pathway_step step;
  step.walked = p.find_pathway(pathway_id);
  if (!step.walked) {
    detail::add_problem(step.errors, "pathway.unknown_pathway", "",
                        "The guidance has no pathway \"" + detail::shown(pathway_id) + "\".");
    return step;
  }
  const pathway& pw = *step.walked;
  std::optional<date> on = a.on ? a.on : a.screening.on;

  // Screening facts for branch conditions: the screening's own evaluation gives level and concerns.
  outcome screened = evaluate(p, a.screening);
  detail::facts f{p,
                  a.screening,
                  {},
                  screened.level,
                  &a.steps,
                  screened.immediate_danger,
                  screened.significant_harm,
                  screened.strategy_discussion};
  for (const auto& r : screened.reasons)
    if (!r.indicator.empty())
      if (const indicator* i = p.find_indicator(r.indicator)) f.concerns.push_back(i);

  size_t next_step = 0;
  std::set<std::string> visited;
  const pathway_node* node = pw.find(pw.start);
  while (node) {
    // Validation guarantees an outcome is reachable from every node; this guards a cycle of branches.
    if (!visited.insert(node->id + "#" + std::to_string(next_step)).second) break;
    route_entry entry{node, "", timescale_for(p, *node, a, on, step)};
    switch (node->kind) {
      case pathway_node::type::outcome:
        step.end = node;
        step.end_timescale = entry.timescale;
        if (next_step < a.steps.size())
          detail::add_problem(step.errors, "pathway.unexpected_step", "/steps/" + std::to_string(next_step) + "/node",
                              "The walk has already reached its outcome \"" + node->id +
                                  "\"; this step and any after it do not belong to the route.");
        return step;
      case pathway_node::type::info:
        step.route.push_back(entry);
        node = pw.find(node->next);
        break;
      case pathway_node::type::branch: {
        std::vector<pathway_choice> so_far(a.steps.begin(), a.steps.begin() + static_cast<long>(next_step));
        detail::facts here = f;
        here.choices = &so_far;
        std::string next = node->otherwise;
        for (const auto& b : node->branches)
          if (detail::holds(b.when, here)) {
            next = b.next;
            break;
          }
        step.route.push_back(entry);
        node = pw.find(next);
        break;
      }
      case pathway_node::type::question: {
        if (next_step == a.steps.size()) {
          step.current = node;
          step.current_timescale = entry.timescale;
          return step;
        }
        const pathway_choice& choice = a.steps[next_step];
        const std::string pointer = "/steps/" + std::to_string(next_step);
        if (choice.node != node->id) {
          detail::add_problem(step.errors, "pathway.unexpected_step", pointer + "/node",
                              "The walk has reached \"" + node->id + "\", but this step answers \"" +
                                  detail::shown(choice.node) +
                                  "\". Steps must follow the route in order; go back by removing the last step.");
          step.current = node;
          return step;
        }
        const pathway_option* chosen = nullptr;
        for (const auto& option : node->options)
          if (option.id == choice.choice) chosen = &option;
        if (!chosen) {
          std::string ids;
          for (const auto& option : node->options) ids += (ids.empty() ? "" : ", ") + option.id;
          detail::add_problem(step.errors, "pathway.unknown_option", pointer + "/choice",
                              "\"" + detail::shown(choice.choice) + "\" is not an option of \"" + node->id +
                                  "\" (options: " + ids + ").");
          step.current = node;
          return step;
        }
        entry.choice = chosen->id;
        step.route.push_back(entry);
        ++next_step;
        node = pw.find(chosen->next);
        break;
      }
    }
  }
  return step;
}

}  // namespace threshold
