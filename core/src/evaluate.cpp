#include "threshold/evaluate.hpp"

#include <algorithm>
#include <set>

#include "condition.hpp"

namespace threshold {

namespace {

using detail::facts;
using detail::holds;
using detail::truth;

std::string join(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const auto& p : paragraphs) text += (text.empty() ? "" : " ") + p;
  return text;
}

template <typename T>
std::string pointer_of(const std::vector<T>& items, const T& item, const std::string& list) {
  return list + "/" + std::to_string(&item - items.data());
}

std::optional<date> due_date(const working_day_calendar& cal, date start, int amount, time_unit unit) {
  switch (unit) {
    case time_unit::working_days: return cal.add_working_days(start, amount);
    case time_unit::calendar_days: return add_calendar_days(start, amount);
    case time_unit::hours: return add_calendar_days(start, amount / 24);  // N hours from the start of the day
  }
  return std::nullopt;
}

void decide_consent(const pack& p, const answers& a, const std::vector<const indicator*>& concerns, outcome& o) {
  consent_outcome& c = o.consent;
  c.state = a.consent.value_or("not_given");
  if (!o.level) return;
  c.level = o.level;
  const consent_rule* rule = p.find_consent(*o.level);
  if (!rule) return;
  const std::string rule_entry = pointer_of(p.consent, *rule, "/consent");
  auto add = [&](const std::string& id, const std::vector<std::string>& text, const std::string& entry,
                 const citation& source) {
    c.guidance.push_back({id, join(text), entry, format_citation(source)});
  };

  c.required = rule->required;
  add(rule->id, rule->text, rule_entry, rule->source);

  const bool risk_answer = c.state == "would_increase_risk";
  const indicator* risky = nullptr;
  for (const indicator* i : concerns)
    if (i->consent_may_increase_risk) risky = i;
  const bool exception_applies = (risk_answer || risky) && !rule->exceptions.empty();
  if (exception_applies) {
    c.may_proceed_without = std::any_of(rule->exceptions.begin(), rule->exceptions.end(),
                                        [](const consent_exception& e) { return e.may_proceed_without; });
    for (size_t i = 0; i < rule->exceptions.size(); ++i)
      add(rule->exceptions[i].id, rule->exceptions[i].text, rule_entry + "/exceptions/" + std::to_string(i),
          rule->exceptions[i].source);
    if (risky && !risk_answer)
      o.notes.push_back({"consent_exception_indicator",
                         "Seeking consent may increase the risk for a concern you ticked: \"" + risky->text + "\"."});
  }
  if (c.state == "refused" && rule->when_refused) {
    c.may_proceed_without = c.may_proceed_without || rule->may_proceed_when_refused;
    add(rule->when_refused->id, rule->when_refused->text, rule_entry + "/when_refused", rule->when_refused->source);
  }
  if (c.state == "not_yet_sought" && rule->not_yet_sought)
    add(rule->not_yet_sought->id, rule->not_yet_sought->text, rule_entry + "/not_yet_sought",
        rule->not_yet_sought->source);
  if ((exception_applies || c.state == "refused" || c.state == "not_yet_sought") && rule->record)
    add(rule->record->id, rule->record->text, rule_entry + "/record", rule->record->source);
}

}  // namespace

outcome evaluate(const pack& p, const answers& a) {
  outcome o;
  o.pack = p.id;
  o.on = a.on;
  facts f{p, a, {}, std::nullopt, nullptr};

  // 1. Ticked indicators: strengths apart, concerns counted unless they cannot apply to this child.
  std::set<std::string> seen;
  bool age_note = false;
  for (const auto& id : a.indicators) {
    if (!seen.insert(id).second) continue;
    const indicator* i = p.find_indicator(id);
    if (!i) continue;  // parse_answers rejects unknown ids
    const std::string entry = p.indicator_pointer(id);
    if (i->applies_when) {
      truth t = detail::test(*i->applies_when, f);
      if (t == truth::no) {
        o.not_applicable_indicators.push_back(
            {i->id, i->text, "Applies only when " + detail::describe(*i->applies_when) + "."});
        continue;
      }
      if (t == truth::unknown && !age_note) {
        age_note = true;
        o.notes.push_back({"applicability_not_known",
                           "Some concerns you ticked apply only to children of a certain age or mobility, and the "
                           "answers do not say; they have been counted. Check: \"" +
                               i->text + "\"."});
      }
    }
    if (i->strength) {
      o.strengths.push_back({i->id, i->text, entry, format_citation(i->source)});
      continue;
    }
    f.concerns.push_back(i);
    o.reasons.push_back({i->id, "", i->level, i->domain, i->text, entry, format_citation(i->source)});
  }

  // 2. The level: the highest concern, then age-conditional escalation, the agreed level, danger.
  std::optional<int> level;
  for (const indicator* i : f.concerns) level = std::max(level.value_or(i->level), i->level);
  for (const auto& r : p.rules) {
    if (r.kind != rule::type::raise_level || !holds(r.when, f)) continue;
    if (!level || *level < r.level) level = r.level;
    o.reasons.push_back({"", r.id, r.level, "", r.text, pointer_of(p.rules, r, "/rules"), format_citation(r.source)});
  }
  if (a.agreed_level) {
    const threshold::level* agreed = p.find_level(*a.agreed_level);
    if (!level || *level < *a.agreed_level) {
      level = *a.agreed_level;
      o.reasons.push_back({"", "agreed_level", *a.agreed_level, "",
                           "Level " + std::to_string(*a.agreed_level) + " (" + agreed->label +
                               ") agreed with your safeguarding lead: " + join(agreed->definition),
                           "/levels/" + std::to_string(agreed - p.levels.data()), format_citation(agreed->source)});
    } else if (*level > *a.agreed_level) {
      const threshold::level* higher = p.find_level(*level);
      o.advisories.push_back({"agreed_level_lower",
                              "agreed_level",
                              "The level agreed (" + std::to_string(*a.agreed_level) +
                                  ") is lower than the concerns ticked indicate (" + std::to_string(*level) +
                                  "); the higher level is shown. Discuss with your safeguarding lead.",
                              "/levels/" + std::to_string(higher - p.levels.data()),
                              format_citation(higher->source),
                              {}});
    }
  }
  const bool danger_indicator =
      std::any_of(f.concerns.begin(), f.concerns.end(), [](const indicator* i) { return i->immediate_danger; });
  o.immediate_danger = a.immediate_danger.value_or(false) || danger_indicator;
  if (o.immediate_danger) {
    if (!level || *level < p.emergency.level) level = p.emergency.level;
    o.reasons.push_back({"", "immediate_danger", p.emergency.level, "", join(p.emergency.text), "/emergency",
                         format_citation(p.emergency.source)});
  }
  if (!level && p.default_level) {
    level = *p.default_level;
    o.notes.push_back({"no_concerns", "No concerns were ticked, so the level is the pack's starting level."});
  }
  std::stable_sort(o.reasons.begin(), o.reasons.end(),
                   [](const reason& x, const reason& y) { return x.level > y.level; });
  o.level = level;
  f.level = level;
  if (level) {
    const threshold::level* l = p.find_level(*level);
    o.level_label = l->label;
    o.level_summary = l->summary;
    o.route = l->route;
  }
  if (o.immediate_danger) o.route = p.emergency.route;

  // 3. Strategy discussion, consent, advice, deadlines, prompts, checklist, pathways.
  for (const indicator* i : f.concerns)
    if (i->strategy_discussion) {
      o.strategy_discussion = true;
      o.strategy_discussion_reasons.push_back({i->id, i->text, p.indicator_pointer(i->id), format_citation(i->source)});
    }
  for (const auto& r : p.rules) {
    if (r.kind == rule::type::raise_level || !holds(r.when, f)) continue;
    const std::string entry = pointer_of(p.rules, r, "/rules");
    if (r.kind == rule::type::strategy_discussion) {
      o.strategy_discussion = true;
      o.strategy_discussion_reasons.push_back({r.id, r.text, entry, format_citation(r.source)});
    } else {
      o.advisories.push_back({r.advisory, r.id, r.text, entry, format_citation(r.source), r.contacts});
    }
  }
  decide_consent(p, a, f.concerns, o);
  for (const auto& t : p.timescales) {
    if (!t.when || !holds(*t.when, f)) continue;
    deadline d{t.id,
               t.label,
               t.starts,
               t.amount,
               t.unit,
               std::nullopt,
               pointer_of(p.timescales, t, "/timescales"),
               format_citation(t.source)};
    if (a.on) {
      d.due = due_date(p.calendar, *a.on, t.amount, t.unit);
      if (!d.due)
        o.notes.push_back({"date_outside_calendar", "The bank-holiday calendar does not cover the dates needed for \"" +
                                                        t.label + "\", so no due date is given."});
    }
    o.deadlines.push_back(std::move(d));
  }
  for (const auto& pr : p.prompts)
    if (pr.when && holds(*pr.when, f)) o.prompts.push_back(pr.id);
  o.show_checklist = p.referral_checklist && p.referral_checklist->when && holds(*p.referral_checklist->when, f);
  for (const auto& pw : p.pathways)
    if (pw.applies_when && holds(*pw.applies_when, f)) o.pathways.push_back(pw.id);
  return o;
}

}  // namespace threshold
