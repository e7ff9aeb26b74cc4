#include "threshold/evaluate.hpp"

#include <algorithm>
#include <set>

#include "condition.hpp"
#include "stable_order.hpp"

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
    case time_unit::hours: return std::nullopt;  // hours keep their unit: no time of day, no end to show
  }
  return std::nullopt;
}

// Builds traced statements with both citations (the practitioner's words and the data).
struct tracer {
  const pack& p;
  traced operator()(const std::string& id, const std::string& text, const std::string& entry, const citation& c) const {
    return {id, text, entry, cite_for_people(p.about, c), c};
  }
};

// Who to ask: the given ids, else the consent entry's advice contacts, else the level's route contacts.
std::vector<const contact*> advice_from(const pack& p, const std::vector<std::string>& own, const consent_rule* rule,
                                        const std::optional<int>& level) {
  if (!own.empty()) return p.find_contacts(own);
  if (rule && !rule->advice_contacts.empty()) return p.find_contacts(rule->advice_contacts);
  if (level)
    if (const threshold::level* l = p.find_level(*level))
      if (const route* r = p.find_route(l->route)) return p.find_contacts(r->contacts);
  return {};
}

// "the MASH on 03005552866", "your safeguarding lead": how to name the first contact in a sentence.
std::string who(const std::vector<const contact*>& contacts) {
  if (contacts.empty()) return "your safeguarding lead";
  std::string name = contacts[0]->label;
  if (!contacts[0]->phone.empty()) name += " on " + contacts[0]->phone;
  return name;
}

// Does the exception apply (yes), or would it apply if significant harm were suspected (unknown)?
truth exception_applies(const consent_exception& e, const facts& f) {
  if (!e.when) {
    const bool risk = f.a.consent == std::optional<std::string>("would_increase_risk") ||
                      std::any_of(f.concerns.begin(), f.concerns.end(),
                                  [](const indicator* i) { return i->consent_may_increase_risk; });
    return risk ? truth::yes : truth::no;
  }
  if (holds(*e.when, f)) return truth::yes;
  if (f.a.significant_harm_suspected) return truth::no;  // answered: nothing left to ask
  answers suspected = f.a;
  suspected.significant_harm_suspected = true;
  facts with{f.p, suspected, f.concerns, f.level, f.choices, f.danger};
  return holds(*e.when, with) ? truth::unknown : truth::no;
}

void decide_consent(const pack& p, const answers& a, const facts& base, outcome& o);

// The consent verdict the same screening (its level, danger and concerns) would get with other answers.
consent_outcome consent_with(const pack& p, const answers& other, const facts& base, const outcome& o) {
  outcome what_if;
  what_if.level = o.level;
  what_if.immediate_danger = o.immediate_danger;
  facts f{base.p, other, base.concerns, base.level, base.choices, base.danger};
  decide_consent(p, other, f, what_if);
  return what_if.consent;
}

// ... with another consent answer (and, if given, another answer about significant harm).
consent_outcome consent_if(const pack& p, const answers& a, const facts& base, const outcome& o,
                           const std::string& state, std::optional<bool> harm = std::nullopt) {
  answers other = a;
  other.consent = state;
  if (harm) {
    other.significant_harm_suspected = harm;
    other.significant_harm_unknown = false;
  }
  return consent_with(p, other, base, o);
}

// What a verdict has the practitioner do, as a clause ("" where it holds nothing to do).
std::string what_to_do(const consent_outcome& c) {
  if (c.verdict == "proceed_without_consent") return "go ahead without consent, and record why";
  if (c.verdict == "proceed_and_inform") return "go ahead, and keep the family informed";
  if (c.verdict == "seek_advice") return "ring " + who(c.advice_contacts) + " for advice";
  return "";
}

// The pack entry a verdict rests on: the exception that applied, else what the entry says of a
// refusal, else the entry itself.
std::optional<traced> deciding(const consent_outcome& c) {
  if (c.exception) return c.exception;
  for (const auto& g : c.guidance)
    if (g.entry.ends_with("/when_refused")) return g;
  if (!c.guidance.empty()) return c.guidance.front();
  return std::nullopt;
}

// "Seek consent" must never read as "do not refer until they agree": say what the guidance has the
// practitioner do if the family refuse, and if asking would itself put the child at risk.
std::vector<unless_clause> unless_clauses(const pack& p, const answers& a, const facts& base, const outcome& o,
                                          bool& goes_ahead_if_refused) {
  struct case_ {
    std::string when;
    consent_outcome verdict;
  };
  std::vector<case_> cases;  // in the order said
  consent_outcome refused = consent_if(p, a, base, o, "refused");
  goes_ahead_if_refused = refused.verdict == "proceed_without_consent";
  if (refused.ask_significant_harm) {
    cases.push_back({"they refuse and you suspect significant harm", consent_if(p, a, base, o, "refused", true)});
    cases.push_back(
        {"they refuse and you do not suspect significant harm", consent_if(p, a, base, o, "refused", false)});
  } else {
    cases.push_back({"they refuse", std::move(refused)});
  }
  cases.push_back({"asking would put the child at risk", consent_if(p, a, base, o, "would_increase_risk")});
  // Cases that lead to the same thing are said as one, so that the step stays short on a phone.
  std::vector<unless_clause> out;
  std::vector<bool> said(cases.size(), false);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string then = what_to_do(cases[i].verdict);
    if (said[i] || then.empty()) continue;
    unless_clause clause;
    std::string when = cases[i].when;
    for (std::size_t j = i; j < cases.size(); ++j) {
      if (said[j] || what_to_do(cases[j].verdict) != then) continue;
      said[j] = true;
      if (j > i) when += ", or " + cases[j].when;
      if (auto t = deciding(cases[j].verdict))
        if (std::none_of(clause.because.begin(), clause.because.end(),
                         [&](const traced& b) { return b.entry == t->entry; }))
          clause.because.push_back(std::move(*t));
    }
    clause.text = "If " + when + ": " + then + ".";
    out.push_back(std::move(clause));
  }
  return out;
}

// Did the answer to significant_harm_suspected decide the verdict? It did if, unanswered, it
// would have been asked; the page then keeps the question, with its answer, so it can be changed.
bool significant_harm_answer_decides(const pack& p, const answers& a, const facts& base, const outcome& o) {
  if (!a.significant_harm_suspected && !a.significant_harm_unknown) return false;
  answers unanswered = a;
  unanswered.significant_harm_suspected.reset();
  unanswered.significant_harm_unknown = false;
  return consent_with(p, unanswered, base, o).ask_significant_harm;
}

void decide_consent(const pack& p, const answers& a, const facts& base, outcome& o) {
  consent_outcome& c = o.consent;
  const tracer trace{p};
  c.state = a.consent.value_or("not_given");
  c.level = o.level;
  facts f = base;
  f.danger = o.immediate_danger;

  // Which consent entries speak: the level's own, or (no level yet) any whose exception applies.
  const consent_rule* rule = o.level ? p.find_consent(*o.level) : nullptr;
  std::vector<const consent_rule*> candidates;
  if (rule)
    candidates.push_back(rule);
  else if (!o.level)
    for (const auto& r : p.consent) candidates.push_back(&r);

  const consent_rule* from = nullptr;
  const consent_exception* applies = nullptr;
  const consent_exception* undecided = nullptr;  // would apply if significant harm is suspected
  const consent_rule* undecided_from = nullptr;
  for (const consent_rule* r : candidates) {
    for (const auto& e : r->exceptions) {
      truth t = exception_applies(e, f);
      if (t == truth::yes && !applies) {
        applies = &e;
        from = r;
      }
      if (t == truth::unknown && !undecided) {
        undecided = &e;
        undecided_from = r;
      }
    }
  }

  auto entry_of = [&](const consent_rule* r) { return pointer_of(p.consent, *r, "/consent"); };
  auto exception_entry = [&](const consent_rule* r, const consent_exception* e) {
    return entry_of(r) + "/exceptions/" + std::to_string(e - r->exceptions.data());
  };
  auto cite = [&](const consent_rule* r, const consent_exception* e) {
    c.exception = trace(e->id, join(e->text), exception_entry(r, e), e->source);
  };
  auto record_from = [&](const consent_rule* r, const consent_exception* e) {
    if (e && e->record)
      c.record = trace(e->record->id, join(e->record->text), exception_entry(r, e) + "/record", e->record->source);
    else if (r->record)
      c.record = trace(r->record->id, join(r->record->text), entry_of(r) + "/record", r->record->source);
  };

  if (rule) {
    c.required = rule->required;
    c.guidance.push_back(trace(rule->id, join(rule->text), entry_of(rule), rule->source));
  }
  // The source's stance when nothing else applies: may a referral go ahead without consent?
  const bool mandatory = rule && rule->required && !rule->may_proceed_when_refused;
  const bool given = c.state == "given";

  if (applies && !given) {
    cite(from, applies);
    c.guidance.push_back(*c.exception);
    if (applies->verdict == "seek_advice") {
      c.verdict = "seek_advice";
      c.may_proceed_without = mandatory ? std::optional(false) : std::nullopt;
      c.advice_contacts = advice_from(p, applies->contacts, from, o.level);
      c.sentence = "Do not refer without consent yet: ring " + who(c.advice_contacts) + " for advice.";
    } else {
      c.verdict = "proceed_without_consent";
      c.may_proceed_without = true;
      record_from(from, applies);
      c.sentence = o.immediate_danger ? "Do not wait for consent: go ahead now, and record why consent was not sought."
                                      : "Go ahead without consent, and record why.";
    }
  } else if (undecided && (c.state == "refused" || c.state == "not_yet_sought") && !a.significant_harm_suspected &&
             undecided_from->required) {
    cite(undecided_from, undecided);
    c.guidance.push_back(*c.exception);
    c.advice_contacts = advice_from(p, undecided->contacts, undecided_from, o.level);
    if (a.significant_harm_unknown) {
      c.verdict = "seek_advice";
      c.sentence = "You are not sure whether the child is at risk of significant harm: ring " + who(c.advice_contacts) +
                   " for advice now, before deciding about consent.";
    } else {
      c.verdict = "undetermined";
      c.ask_significant_harm = true;
      c.sentence =
          "Cannot tell yet: answer whether you suspect the child is suffering, or likely to suffer, "
          "significant harm.";
    }
  } else if (!o.level) {
    c.verdict = "undetermined";
    c.sentence = "Cannot tell yet: the level is not known. Agree it with your safeguarding lead.";
  } else if (!rule) {
    c.verdict = "not_applicable";
    c.sentence = "The guidance gives no consent rule for this level.";
  } else if (given) {
    c.verdict = "proceed_and_inform";
    c.may_proceed_without = !mandatory;
    c.sentence = "Consent is given: go ahead, and keep the family informed.";
  } else if (!rule->required) {
    c.verdict = "proceed_and_inform";
    c.may_proceed_without = true;
    c.sentence = "Consent is not needed to refer: tell the family that you are making the referral.";
  } else if (c.state == "refused") {
    if (rule->may_proceed_when_refused) {
      c.verdict = "proceed_without_consent";
      c.may_proceed_without = true;
      record_from(rule, nullptr);
      c.sentence = "Consent is refused, and the guidance lets the referral go ahead: go ahead, and record why.";
    } else {
      c.verdict = "seek_advice";
      c.may_proceed_without = false;
      c.advice_contacts = advice_from(p, {}, rule, o.level);
      c.sentence = "Do not refer without consent: ring " + who(c.advice_contacts) + " for advice.";
    }
  } else if (c.state == "would_increase_risk") {
    // No exception of this level covers it: never "do not go ahead", ask instead.
    c.verdict = "seek_advice";
    c.may_proceed_without = mandatory ? std::optional(false) : std::nullopt;
    c.advice_contacts = advice_from(p, {}, rule, o.level);
    c.sentence = "Seeking consent may put the child at risk: ring " + who(c.advice_contacts) + " for advice now.";
  } else {
    c.verdict = "seek_consent";
    c.may_proceed_without = mandatory ? std::optional(false) : std::optional(true);
    c.sentence = "Seek the family's consent before you refer.";
    c.unless = unless_clauses(p, a, base, o, c.goes_ahead_if_refused);
  }
  // What the source says for the answer given, whatever the verdict.
  if (rule && c.state == "refused" && rule->when_refused)
    c.guidance.push_back(trace(rule->when_refused->id, join(rule->when_refused->text), entry_of(rule) + "/when_refused",
                               rule->when_refused->source));
  if (rule && c.state == "not_yet_sought" && rule->not_yet_sought)
    c.guidance.push_back(trace(rule->not_yet_sought->id, join(rule->not_yet_sought->text),
                               entry_of(rule) + "/not_yet_sought", rule->not_yet_sought->source));
  if (c.record) c.guidance.push_back(*c.record);
  if (applies && !given && a.consent != std::optional<std::string>("would_increase_risk"))
    for (const indicator* i : f.concerns)
      if (i->consent_may_increase_risk) {
        o.notes.push_back({"consent_exception_indicator",
                           "Seeking consent may increase the risk for a concern you ticked: \"" + i->text + "\"."});
        break;
      }
}

// For each domain and level the ticked concerns reach: the same domain's concerns one level up and
// one level down, in pack order.
void add_comparisons(const pack& p, outcome& o) {
  for (const reason& r : o.reasons) {
    if (r.indicator.empty()) continue;
    auto same = [&](const level_comparison& c) { return c.domain == r.domain && c.level == r.level; };
    if (std::any_of(o.comparisons.begin(), o.comparisons.end(), same)) continue;
    level_comparison c{r.domain, r.level, {}, {}};
    for (const auto& i : p.indicators) {
      if (i.strength || i.domain != r.domain) continue;
      if (i.level == r.level + 1) c.up.push_back(&i);
      if (i.level == r.level - 1) c.down.push_back(&i);
    }
    o.comparisons.push_back(std::move(c));
  }
}

std::string route_action(const pack& p, const route& r) {
  if (!r.action.empty()) return r.action;
  for (const auto& id : r.contacts)
    if (const contact* c = p.find_contact(id); c && !c->phone.empty()) return "call";
  for (const auto& id : r.contacts)
    if (const contact* c = p.find_contact(id); c && !c->url.empty()) return "form";
  return "talk_to_lead";
}

void add_next_steps(const pack& p, const facts& f, outcome& o) {
  const tracer trace{p};
  auto step = [&](const std::string& id, const std::string& kind, const std::string& text,
                  const std::vector<std::string>& contacts, const std::string& entry, const citation& c,
                  const std::string& detail = {}) {
    traced t = trace(id, text, entry, c);
    o.next_steps.push_back({id, kind, text, p.find_contacts(contacts), std::nullopt, entry, t.source, c, detail, {}});
  };
  // Consent that holds the referral back (seek it, ask for advice, answer a question) comes before the
  // referral itself; a verdict that lets it go ahead comes after.
  const consent_outcome& c = o.consent;
  auto consent_step = [&] {
    if (c.verdict == "not_applicable" || c.sentence.empty()) return;
    const traced* from = c.exception ? &*c.exception : c.guidance.empty() ? nullptr : &c.guidance[0];
    if (from)
      o.next_steps.push_back({"consent", "consent", c.sentence, c.advice_contacts, std::nullopt, from->entry,
                              from->source, from->cite, "", c.unless});
  };
  const bool consent_first = c.verdict == "seek_consent" || c.verdict == "seek_advice" || c.verdict == "undetermined";

  if (o.immediate_danger) {
    step("call_999", "call_999", "Call 999 now: the child is in immediate danger.", {}, "/emergency",
         p.emergency.source);
    if (!p.emergency.then_contacts.empty())
      step("emergency_then", "call", "After the call, contact children's services as the guidance says.",
           p.emergency.then_contacts, "/emergency", p.emergency.source, join(p.emergency.text));
  }
  if (consent_first) consent_step();
  // Held back by consent, the referral is a later step: say what it waits for, so that "do not refer
  // yet" is never followed by a bare "refer". Where a refusal would not stop it, it waits for nothing.
  const char* held_back = !consent_first || c.sentence.empty()                     ? ""
                          : c.verdict == "seek_consent" && c.goes_ahead_if_refused ? ""
                          : c.verdict == "seek_consent" ? "Once the family consents, or the advice is to refer: "
                          : c.verdict == "seek_advice"  ? "If the advice is to refer: "
                                                        : "When the consent question is settled: ";
  if (o.route && !o.immediate_danger)
    if (const route* r = o.route)
      step("route_" + r->id, route_action(p, *r), held_back + r->label, r->contacts,
           pointer_of(p.routes, *r, "/routes"), r->source, join(r->text));
  if (o.strategy_discussion && p.strategy_discussion)
    step("strategy_discussion", "strategy_discussion", "A strategy discussion is indicated.", {},
         "/strategy_discussion", p.strategy_discussion->source, join(p.strategy_discussion->text));
  for (const auto& s : p.first_steps)
    if (!s.when || holds(*s.when, f))
      step(s.id, s.kind, s.label.empty() ? join(s.text) : s.label, s.contacts,
           pointer_of(p.first_steps, s, "/first_steps"), s.source, s.label.empty() ? "" : join(s.text));
  if (!consent_first) consent_step();
}

}  // namespace

outcome evaluate(const pack& p, const answers& a) {
  outcome o;
  o.pack = p.id;
  o.on = a.on;
  facts f{p, a, {}, std::nullopt, nullptr, std::nullopt};

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
      o.strengths.push_back(
          {i->id, "", i->level, i->domain, i->text, entry, cite_for_people(p.about, i->source), i->source});
      continue;
    }
    f.concerns.push_back(i);
    o.reasons.push_back(
        {i->id, "", i->level, i->domain, i->text, entry, cite_for_people(p.about, i->source), i->source});
  }
  auto rule_reason = [&](const std::string& rule, int level, const std::string& text, const std::string& entry,
                         const citation& c) {
    o.reasons.push_back({"", rule, level, "", text, entry, cite_for_people(p.about, c), c});
  };

  // 2. The level: the highest concern, then age-conditional escalation, the agreed level, danger.
  std::optional<int> level;
  for (const indicator* i : f.concerns) level = std::max(level.value_or(i->level), i->level);
  for (const auto& r : p.rules) {
    if (r.kind != rule::type::raise_level || !holds(r.when, f)) continue;
    if (!level || *level < r.level) level = r.level;
    rule_reason(r.id, r.level, r.text, pointer_of(p.rules, r, "/rules"), r.source);
  }
  if (a.agreed_level) {
    const threshold::level* agreed = p.find_level(*a.agreed_level);
    if (!level || *level < *a.agreed_level) {
      level = *a.agreed_level;
      rule_reason("agreed_level", *a.agreed_level,
                  "Level " + std::to_string(*a.agreed_level) + " (" + agreed->label +
                      ") agreed with your safeguarding lead: " + join(agreed->definition),
                  "/levels/" + std::to_string(agreed - p.levels.data()), agreed->source);
    } else if (*level > *a.agreed_level) {
      const threshold::level* higher = p.find_level(*level);
      o.advisories.push_back({"agreed_level_lower",
                              "agreed_level",
                              "The level agreed (" + std::to_string(*a.agreed_level) +
                                  ") is lower than the concerns ticked indicate (" + std::to_string(*level) +
                                  "); the higher level is shown. Discuss with your safeguarding lead.",
                              "/levels/" + std::to_string(higher - p.levels.data()),
                              cite_for_people(p.about, higher->source),
                              {},
                              higher->source});
    }
  }
  const bool danger_indicator =
      std::any_of(f.concerns.begin(), f.concerns.end(), [](const indicator* i) { return i->immediate_danger; });
  o.immediate_danger = a.immediate_danger.value_or(false) || danger_indicator;
  f.danger = o.immediate_danger;  // from here on, conditions on immediate_danger see the engine's decision
  if (o.immediate_danger) {
    if (!level || *level < p.emergency.level) level = p.emergency.level;
    rule_reason("immediate_danger", p.emergency.level, join(p.emergency.text), "/emergency", p.emergency.source);
  }
  if (!level && p.default_level) {
    level = *p.default_level;
    o.notes.push_back(
        {"no_concerns", "No concerns were ticked, so this is the level the guidance gives when there are none."});
  }
  detail::stable_sort_items(o.reasons, [](const reason& x, const reason& y) { return x.level > y.level; });
  add_comparisons(p, o);
  o.level = level;
  f.level = level;
  if (level) {
    const threshold::level* l = p.find_level(*level);
    o.level_label = l->label;
    o.level_summary = l->summary;
    o.route = p.find_route(l->route);
  }
  if (o.immediate_danger) {
    o.route = p.find_route(p.emergency.route);
    o.emergency = &p.emergency;
    o.emergency_contacts = p.find_contacts(p.emergency.then_contacts);
  }
  if (o.route) o.route_contacts = p.find_contacts(o.route->contacts);

  // 3. Strategy discussion, consent, advice, deadlines, prompts, checklist, pathways, next steps.
  for (const indicator* i : f.concerns)
    if (i->strategy_discussion) {
      o.strategy_discussion = true;
      o.strategy_discussion_reasons.push_back({i->id, "", i->level, i->domain, i->text, p.indicator_pointer(i->id),
                                               cite_for_people(p.about, i->source), i->source});
    }
  for (const auto& r : p.rules) {
    if (r.kind == rule::type::raise_level || !holds(r.when, f)) continue;
    const std::string entry = pointer_of(p.rules, r, "/rules");
    if (r.kind == rule::type::strategy_discussion) {
      o.strategy_discussion = true;
      o.strategy_discussion_reasons.push_back(
          {"", r.id, 0, "", r.text, entry, cite_for_people(p.about, r.source), r.source});
    } else {
      o.advisories.push_back(
          {r.advisory, r.id, r.text, entry, cite_for_people(p.about, r.source), p.find_contacts(r.contacts), r.source});
    }
  }
  decide_consent(p, a, f, o);
  o.consent.significant_harm_decides = o.consent.ask_significant_harm || significant_harm_answer_decides(p, a, f, o);
  o.consent.significant_harm_suspected = a.significant_harm_suspected;
  o.consent.significant_harm_unknown = a.significant_harm_unknown;
  for (const auto& t : p.timescales) {
    if (!t.when || !holds(*t.when, f)) continue;
    deadline d{t.id,
               t.label,
               t.starts,
               t.amount,
               t.unit,
               std::nullopt,
               pointer_of(p.timescales, t, "/timescales"),
               cite_for_people(p.about, t.source),
               t.source,
               ""};
    if (t.unit == time_unit::hours)
      d.note = "Counted in calendar hours (" + t.starts + "): nights, weekends and bank holidays count.";
    else if (a.on) {
      d.due = due_date(p.calendar, *a.on, t.amount, t.unit);
      if (!d.due)
        o.notes.push_back({"date_outside_calendar", "The bank-holiday calendar does not cover the dates needed for \"" +
                                                        t.label + "\", so no due date is given."});
    }
    o.deadlines.push_back(std::move(d));
  }
  if (o.strategy_discussion && p.strategy_discussion) o.strategy_discussion_note = &*p.strategy_discussion;
  for (const auto& pr : p.prompts)
    if (pr.when && holds(*pr.when, f)) o.prompts.push_back(&pr);
  if (p.referral_checklist && p.referral_checklist->when && holds(*p.referral_checklist->when, f))
    o.checklist = &*p.referral_checklist;
  for (const auto& pw : p.pathways)
    if (pw.applies_when && holds(*pw.applies_when, f)) o.pathways.push_back(&pw);
  add_next_steps(p, f, o);
  return o;
}

}  // namespace threshold
