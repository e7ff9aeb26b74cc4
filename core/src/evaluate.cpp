#include "threshold/evaluate.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "condition.hpp"
#include "stable_order.hpp"
#include "steps.hpp"

namespace threshold {

namespace {

using detail::facts;
using detail::has_number;
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

// "the MASH on 03005552866", "your safeguarding lead": how to name who to ring in a sentence. The
// first contact with a number, else the first contact, saying that the guidance gives no number.
std::string who(const std::vector<const contact*>& contacts) {
  if (contacts.empty()) return "your safeguarding lead";
  for (const contact* c : contacts)
    if (!c->phone.empty()) return c->label + " on " + c->phone;
  return contacts[0]->label + " (the guidance gives no number)";
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
  if (f.harm) return truth::no;  // answered, or implied by what was ticked: nothing left to ask
  facts with = f;
  with.harm = true;
  return holds(*e.when, with) ? truth::unknown : truth::no;
}

outcome evaluate_screening(const pack& p, const answers& a, bool what_if);

// The screening the same child would get with another consent answer (and, if given, another
// answer about significant harm): the whole risk picture again, so its route follows too.
// The same answers with significant harm answered as given (no value: not answered).
answers with_harm(const answers& a, std::optional<bool> harm) {
  answers other = a;
  other.significant_harm_suspected = harm;
  other.significant_harm_unknown = false;
  return other;
}

outcome evaluate_if(const pack& p, const answers& a, const std::string& state,
                    std::optional<bool> harm = std::nullopt) {
  answers other = harm ? with_harm(a, harm) : a;
  other.consent = state;
  return evaluate_screening(p, other, true);
}

// "go ahead without consent": the clause a consent verdict says (with who decides, where the source
// says who), or "" where it holds nothing to do.
std::string go_ahead(const consent_outcome& c) {
  if (c.verdict != consent_verdict::proceed_without_consent) return "";
  if (c.decided)
    return "decide with " + c.decided->by + " whether " + c.decided->test + "; if so, go ahead without " +
           c.decided->without + ", and record why";
  return "go ahead without consent, and record why";
}

// What another screening has the practitioner do, as a clause ("" where it holds nothing to do);
// it names the way forward where that differs from this screening's.
std::string what_to_do(const outcome& other, const outcome& current) {
  const consent_outcome& c = other.consent;
  std::string then;
  if (c.verdict == consent_verdict::proceed_without_consent) then = go_ahead(c);
  if (c.verdict == consent_verdict::proceed_and_inform) then = "go ahead, and keep the family informed";
  if (c.verdict == consent_verdict::seek_advice) then = "ring " + who(c.advice_contacts) + " for advice";
  if (then.empty()) return then;
  if (other.route && other.route != current.route && !other.route_withheld)
    then += has_number(other.route_contacts) ? ": ring " + who(other.route_contacts) : ": " + other.route->label;
  return then;
}

// The pack entry a verdict rests on: the exception that applied, else what the entry says of a
// refusal, else the entry itself.
std::optional<traced> deciding(const consent_outcome& c) {
  if (c.exception) return c.exception;
  if (c.refusal) return c.refusal;
  if (!c.guidance.empty()) return c.guidance.front();
  return std::nullopt;
}

// "Seek consent" must never read as "do not refer until they agree": say what the guidance has the
// practitioner do if the family refuse, and if asking would itself put the child at risk.
std::vector<unless_clause> unless_clauses(const pack& p, const answers& a, const outcome& o,
                                          bool& goes_ahead_if_refused) {
  struct case_ {
    std::string when;
    outcome other;
  };
  std::vector<case_> cases;  // in the order said
  outcome refused = evaluate_if(p, a, "refused");
  goes_ahead_if_refused =
      refused.consent.verdict == consent_verdict::proceed_without_consent && !refused.consent.decided;
  if (refused.consent.ask_significant_harm) {
    cases.push_back({"they refuse and you suspect significant harm", evaluate_if(p, a, "refused", true)});
    cases.push_back({"they refuse and you do not suspect significant harm", evaluate_if(p, a, "refused", false)});
  } else {
    cases.push_back({"they refuse", std::move(refused)});
  }
  cases.push_back({"asking would put the child at risk", evaluate_if(p, a, "would_increase_risk")});
  // Cases that lead to the same thing are said as one, so that the step stays short on a phone.
  std::vector<unless_clause> out;
  std::vector<bool> said(cases.size(), false);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string then = what_to_do(cases[i].other, o);
    if (said[i] || then.empty()) continue;
    unless_clause clause;
    std::string when = cases[i].when;
    for (std::size_t j = i; j < cases.size(); ++j) {
      if (said[j] || what_to_do(cases[j].other, o) != then) continue;
      said[j] = true;
      if (j > i) when += ", or " + cases[j].when;
      if (auto t = deciding(cases[j].other.consent))
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
bool significant_harm_answer_decides(const pack& p, const answers& a) {
  if (!a.significant_harm_suspected && !a.significant_harm_unknown) return false;
  return evaluate_screening(p, with_harm(a, std::nullopt), true).consent.ask_significant_harm;
}

// Would suspected significant harm change this screening (its level, route or consent line)? Then the
// question is worth asking, unless what was ticked already says it or the child is in immediate danger.
bool significant_harm_changes(const pack& p, const answers& a, const outcome& o) {
  if (!p.significant_harm || o.significant_harm_implied || o.immediate_danger) return false;
  const outcome with = evaluate_screening(p, with_harm(a, true), true);
  const outcome without = evaluate_screening(p, with_harm(a, std::nullopt), true);
  return with.level != without.level || with.route != without.route || with.consent.verdict != without.consent.verdict;
}

void decide_consent(const pack& p, const answers& a, const facts& f, outcome& o, bool what_if) {
  consent_outcome& c = o.consent;
  const tracer trace{p};
  c.state = a.consent.value_or("not_given");
  c.level = o.level;

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
  // "Decide with your Designated Safeguarding Lead whether …": where the source names who decides.
  auto go_ahead_sentence = [&](const std::string& opening) {
    if (c.decided)
      return opening + (opening.empty() ? "Decide" : "decide") + " with " + c.decided->by + " whether " +
             c.decided->test + ". If so, go ahead without " + c.decided->without + ", and record why.";
    return opening + (opening.empty() ? "Go" : "go") + " ahead without consent, and record why.";
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
    if (applies->verdict == consent_verdict::seek_advice) {
      c.verdict = consent_verdict::seek_advice;
      c.may_proceed_without = mandatory ? std::optional(false) : std::nullopt;
      c.advice_contacts = advice_from(p, applies->contacts, from, o.level);
      c.sentence = "Do not refer without consent yet: ring " + who(c.advice_contacts) + " for advice.";
    } else {
      c.verdict = consent_verdict::proceed_without_consent;
      c.may_proceed_without = true;
      c.decided = applies->decided;
      record_from(from, applies);
      c.sentence = o.immediate_danger ? "Do not wait for consent: go ahead now, and record why consent was not sought."
                                      : go_ahead_sentence("");
    }
  } else if (undecided && (c.state == "refused" || c.state == "not_yet_sought") && !f.harm &&
             undecided_from->required) {
    cite(undecided_from, undecided);
    c.guidance.push_back(*c.exception);
    c.advice_contacts = advice_from(p, undecided->contacts, undecided_from, o.level);
    if (a.significant_harm_unknown) {
      c.verdict = consent_verdict::seek_advice;
      c.sentence = "You are not sure whether the child is at risk of significant harm: ring " + who(c.advice_contacts) +
                   " for advice now, before deciding about consent.";
    } else {
      c.verdict = consent_verdict::undetermined;
      c.ask_significant_harm = true;
      c.sentence =
          "Cannot tell yet: answer whether you suspect the child is suffering, or likely to suffer, "
          "significant harm.";
    }
  } else if (!o.level) {
    c.verdict = consent_verdict::undetermined;
    c.sentence = "Cannot tell yet: the level is not known. Agree it with your safeguarding lead.";
  } else if (!rule) {
    c.verdict = consent_verdict::not_applicable;
    c.sentence = "The guidance gives no consent rule for this level.";
  } else if (given) {
    c.verdict = consent_verdict::proceed_and_inform;
    c.may_proceed_without = !mandatory;
    c.sentence = "Consent is given: go ahead, and keep the family informed.";
  } else if (!rule->required) {
    c.verdict = consent_verdict::proceed_and_inform;
    c.may_proceed_without = true;
    c.sentence = "Consent is not needed to refer: tell the family that you are making the referral.";
  } else if (c.state == "refused") {
    if (rule->may_proceed_when_refused) {
      c.verdict = consent_verdict::proceed_without_consent;
      c.may_proceed_without = true;
      c.decided = rule->refused_decided;
      record_from(rule, nullptr);
      c.sentence = c.decided ? go_ahead_sentence("Consent is refused: ")
                             : "Consent is refused, and the guidance lets the referral go ahead: go ahead, and "
                               "record why.";
    } else {
      c.verdict = consent_verdict::seek_advice;
      c.may_proceed_without = false;
      c.advice_contacts = advice_from(p, {}, rule, o.level);
      c.sentence = "Do not refer without consent: ring " + who(c.advice_contacts) + " for advice.";
    }
  } else if (c.state == "would_increase_risk") {
    // No exception of this level covers it: never "do not go ahead", ask instead.
    c.verdict = consent_verdict::seek_advice;
    c.may_proceed_without = mandatory ? std::optional(false) : std::nullopt;
    c.advice_contacts = advice_from(p, {}, rule, o.level);
    c.sentence = "Seeking consent may put the child at risk: ring " + who(c.advice_contacts) + " for advice now.";
  } else {
    c.verdict = consent_verdict::seek_consent;
    c.may_proceed_without = mandatory ? std::optional(false) : std::optional(true);
    c.sentence = "Seek the family's consent before you refer.";
    if (!what_if) c.unless = unless_clauses(p, a, o, c.goes_ahead_if_refused);
  }
  // An exception that names the way forward replaces the level's route (a referral to the MASH in
  // place of an Early Help Assessment that needs the consent the exception does without).
  if (applies && !given && !o.immediate_danger && !applies->route.empty())
    if (const route* r = p.find_route(applies->route)) {
      o.route = r;
      o.route_contacts = p.find_contacts(r->contacts);
    }
  // A route that needs the family's agreement is not the way forward once they refused, once asking
  // is not to be done, or when the verdict is to go ahead without them.
  if (o.route && o.route->needs_consent && !given &&
      (c.state == "refused" || c.state == "would_increase_risk" ||
       c.verdict == consent_verdict::proceed_without_consent))
    o.route_withheld = true;
  // What the source says for the answer given, whatever the verdict.
  if (rule && c.state == "refused" && rule->when_refused) {
    c.refusal = trace(rule->when_refused->id, join(rule->when_refused->text), entry_of(rule) + "/when_refused",
                      rule->when_refused->source);
    c.guidance.push_back(*c.refusal);
  }
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
    // From the pack's index: a scan of every indicator here made an evaluation cost what the pack
    // holds, not what was ticked (issue 26).
    o.comparisons.push_back(
        {r.domain, r.level, p.concerns_at(r.domain, r.level + 1), p.concerns_at(r.domain, r.level - 1)});
  }
}

step_kind route_action(const pack& p, const route& r) {
  if (r.action) return *r.action;
  for (const auto& id : r.contacts)
    if (const contact* c = p.find_contact(id); c && !c->phone.empty()) return step_kind::call;
  for (const auto& id : r.contacts)
    if (const contact* c = p.find_contact(id); c && !c->url.empty()) return step_kind::form;
  return step_kind::talk_to_lead;
}

// A step that has the practitioner ring or talk to someone, none of whom has a number in the guidance,
// says so and gives the nearest number it does give: the number children's services answer after 999.
void say_when_no_number(const pack& p, next_step& s) {
  if (!detail::rings_someone(s) || has_number(s.contacts)) return;
  for (const contact* c : p.find_contacts(p.emergency.then_contacts))
    if (!c->phone.empty() && std::find(s.nearest.begin(), s.nearest.end(), c) == s.nearest.end())
      s.nearest.push_back(c);
  s.no_number = s.nearest.empty() ? "The guidance gives no telephone number for this."
                                  : "The guidance gives no telephone number for this; the nearest it gives is " +
                                        who(s.nearest) + ".";
}

void add_next_steps(const pack& p, const facts& f, outcome& o) {
  const tracer trace{p};
  auto step = [&](const std::string& id, step_kind kind, const std::string& text,
                  const std::vector<std::string>& contacts, const std::string& entry, const citation& c,
                  const std::string& detail = {}) {
    traced t = trace(id, text, entry, c);
    next_step s{id, kind, text, p.find_contacts(contacts), std::nullopt, entry, t.source, c, detail, {}, false,
                "", {},   {}};
    say_when_no_number(p, s);
    o.next_steps.push_back(std::move(s));
  };
  const consent_outcome& c = o.consent;
  auto consent_step = [&] {
    if (c.verdict == consent_verdict::not_applicable || c.sentence.empty()) return;
    const traced* from = c.exception ? &*c.exception : c.guidance.empty() ? nullptr : &c.guidance[0];
    if (!from) return;
    next_step s{"consent",    step_kind::consent,
                c.sentence,   c.advice_contacts,
                std::nullopt, from->entry,
                from->source, from->cite,
                "",           c.unless,
                false,        "",
                {},           {}};
    say_when_no_number(p, s);
    o.next_steps.push_back(std::move(s));
  };
  // Protection before consent: in danger, with significant harm suspected (answered or implied) or a
  // strategy discussion indicated, the contact comes first and the consent line follows it.
  const bool protect = o.immediate_danger || o.significant_harm == std::optional(true) || o.strategy_discussion;
  // Consent that holds the referral back (ask for advice, answer a question; seek it, unless protection
  // comes first) is said before the referral; a verdict that lets it go ahead comes after.
  const bool consent_first = c.verdict == consent_verdict::seek_advice || c.verdict == consent_verdict::undetermined ||
                             (!protect && c.verdict == consent_verdict::seek_consent);

  if (o.immediate_danger) {
    // 999 is general advice (decisions.md 12): it cites the guidance only where the guidance says it.
    if (p.emergency.says_999) {
      step("call_999", step_kind::call_999, "Call 999 now: the child is in immediate danger.", {}, "/emergency",
           p.emergency.source);
    } else {
      o.next_steps.push_back({"call_999",
                              step_kind::call_999,
                              "Call 999 now: the child is in immediate danger.",
                              {},
                              std::nullopt,
                              "",
                              "",
                              {},
                              "General advice: this guidance does not mention 999.",
                              {},
                              true,
                              "",
                              {},
                              {}});
    }
    if (!p.emergency.then_contacts.empty())
      step("emergency_then", step_kind::call, "After the call, contact children's services as the guidance says.",
           p.emergency.then_contacts, "/emergency", p.emergency.source, join(p.emergency.text));
  }
  auto first_steps = [&](bool before_route) {
    for (const auto& s : p.first_steps)
      if (s.before_route == before_route && (!s.when || holds(*s.when, f)))
        step(s.id, s.kind, s.label.empty() ? join(s.text) : s.label, s.contacts,
             pointer_of(p.first_steps, s, "/first_steps"), s.source, s.label.empty() ? "" : join(s.text));
  };
  if (!protect) first_steps(true);
  if (consent_first) consent_step();
  // Held back by consent, the referral is a later step: say what it waits for, so that "do not refer
  // yet" is never followed by a bare "refer". Where a refusal would not stop it, it waits for nothing.
  const char* held_back = !consent_first || c.sentence.empty()                                    ? ""
                          : c.verdict == consent_verdict::seek_consent && c.goes_ahead_if_refused ? ""
                          : c.verdict == consent_verdict::seek_consent
                              ? "Once the family consents, or the advice is to refer: "
                          : c.verdict == consent_verdict::seek_advice ? "If the advice is to refer: "
                                                                      : "When the consent question is settled: ";
  if (o.route && !o.immediate_danger && !o.route_withheld)
    if (const route* r = o.route)
      step("route_" + r->id, route_action(p, *r), held_back + r->label, r->contacts,
           pointer_of(p.routes, *r, "/routes"), r->source, join(r->text));
  if (o.strategy_discussion && p.strategy_discussion)
    step("strategy_discussion", step_kind::strategy_discussion, "A strategy discussion is indicated.", {},
         "/strategy_discussion", p.strategy_discussion->source, join(p.strategy_discussion->text));
  if (protect) first_steps(true);
  first_steps(false);
  if (!consent_first) consent_step();
}

// Does `text` use `term` as a word of its own ("MARF" in "a MARF to the MASH", not in "MARFS")?
bool uses_term(const std::string& text, const std::string& term) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(term); at != std::string::npos; at = text.find(term, at + 1)) {
    const std::size_t end = at + term.size();
    if ((at == 0 || !word(text[at - 1])) && (end >= text.size() || !word(text[end]))) return true;
  }
  return false;
}

// The guidance's jargon, explained under the first step that uses it (in what the step says, its
// "if they refuse" lines and the names of whom to ring), once per screening.
void explain_terms(const pack& p, outcome& o) {
  std::vector<bool> said(p.glossary.size(), false);
  for (auto& s : o.next_steps) {
    std::string shown = s.text;
    for (const auto& u : s.unless) shown += "\n" + u.text;
    for (const contact* c : s.contacts) shown += "\n" + c->label;
    for (const contact* c : s.nearest) shown += "\n" + c->label;
    for (std::size_t i = 0; i < p.glossary.size(); ++i)
      if (!said[i] && !p.glossary[i].term.empty() && uses_term(shown, p.glossary[i].term)) {
        said[i] = true;
        s.terms.push_back(&p.glossary[i]);
      }
  }
}

// Is a strategy discussion indicated? By a flagged concern or a rule; with their reasons when asked.
bool strategy_discussion(const pack& p, const facts& f, std::vector<reason>* reasons) {
  bool indicated = false;
  for (const indicator* i : f.concerns)
    if (i->strategy_discussion) {
      indicated = true;
      if (reasons)
        reasons->push_back({i->id, "", i->level, i->domain, i->text, p.indicator_pointer(i->id),
                            cite_for_people(p.about, i->source), i->source});
    }
  for (const auto& r : p.rules) {
    if (r.kind != rule::type::strategy_discussion || !holds(r.when, f)) continue;
    indicated = true;
    if (reasons)
      reasons->push_back(
          {"", r.id, 0, "", r.text, pointer_of(p.rules, r, "/rules"), cite_for_people(p.about, r.source), r.source});
  }
  return indicated;
}

// How the consent line is shown, decided here so that a page never compares guidance text: the whole
// sentence, whether a next step already says it, whether it must not wait, and whether the exception's
// own words already say what to record.
void place_consent_line(consent_outcome& c, const std::vector<next_step>& steps) {
  c.whole_sentence = c.sentence;
  for (const auto& u : c.unless) c.whole_sentence += " " + u.text;
  c.in_steps = std::any_of(steps.begin(), steps.end(), [&](const next_step& s) {
    return s.kind == step_kind::consent || (!c.sentence.empty() && s.text == c.sentence);
  });
  c.do_not_delay =
      c.verdict == consent_verdict::proceed_without_consent || c.verdict == consent_verdict::proceed_and_inform;
  c.record_in_exception = c.record && c.exception && c.exception->text.find(c.record->text) != std::string::npos;
}

outcome evaluate_screening(const pack& p, const answers& a, bool what_if) {
  outcome o;
  o.pack = p.id;
  o.on = a.on;
  o.guidance_overdue = guidance_overdue(p.about, a.on);
  facts f{p, a, {}, std::nullopt, nullptr, std::nullopt, std::nullopt, std::nullopt};

  // 1. Ticked indicators: strengths apart, concerns counted unless they cannot apply to this child.
  std::set<std::string> seen;
  bool age_note = false;
  for (const auto& id : a.indicators) {
    if (!seen.insert(id).second) continue;
    const indicator* i = p.find_indicator(id);
    if (!i) continue;  // parse_answers rejects unknown ids
    if (i->applies_when) {
      truth t = detail::test(*i->applies_when, f);
      if (t == truth::no) {
        if (!what_if)
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
    const std::string entry = what_if ? std::string() : p.indicator_pointer(id);
    if (i->strength) {
      if (!what_if)
        o.strengths.push_back(
            {i->id, "", i->level, i->domain, i->text, entry, cite_for_people(p.about, i->source), i->source});
      continue;
    }
    f.concerns.push_back(i);
    if (!what_if)
      o.reasons.push_back(
          {i->id, "", i->level, i->domain, i->text, entry, cite_for_people(p.about, i->source), i->source});
  }
  auto rule_reason = [&](const std::string& rule, int level, const std::string& text, const std::string& entry,
                         const citation& c) {
    o.reasons.push_back({"", rule, level, "", text, entry, cite_for_people(p.about, c), c});
  };

  // 2. The risk picture, decided before route and consent: the level of the concerns, escalation
  //    rules and the agreed level; immediate danger; then significant harm, answered or implied.
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
  // Significant harm: what was ticked may already say it (a flagged concern, a strategy discussion);
  // then it is not asked, and an answer of "no" does not talk the screening down from it.
  f.level = level;
  f.discussion = strategy_discussion(p, f, nullptr);
  if (const auto& harm = p.significant_harm) {
    o.significant_harm_implied = harm->implied_when && holds(*harm->implied_when, f);
    f.harm = o.significant_harm_implied ? std::optional(true) : a.significant_harm_suspected;
    if (f.harm == std::optional(true) && (!level || *level < harm->level)) {
      level = harm->level;
      rule_reason("significant_harm", harm->level, join(harm->text), "/significant_harm", harm->source);
    }
  } else {
    f.harm = a.significant_harm_suspected;
  }
  o.significant_harm = f.harm;
  if (!level && p.default_level) {
    level = *p.default_level;
    o.no_concerns = true;
    o.notes.push_back(
        {"no_concerns", "No concerns were ticked, so this is the level the guidance gives when there are none."});
  }
  detail::stable_sort_items(o.reasons, [](const reason& x, const reason& y) { return x.level > y.level; });
  if (!what_if) add_comparisons(p, o);
  o.level = level;
  f.level = level;
  if (level) {
    const threshold::level* l = p.find_level(*level);
    o.level_label = l->label;
    o.level_summary = l->summary;
    o.route = p.find_route(l->route);
  }
  if (f.harm == std::optional(true) && p.significant_harm)
    if (const route* r = p.find_route(p.significant_harm->route)) o.route = r;
  if (o.immediate_danger) {
    o.route = p.find_route(p.emergency.route);
    o.emergency = &p.emergency;
    o.emergency_contacts = p.find_contacts(p.emergency.then_contacts);
  }
  if (o.route) o.route_contacts = p.find_contacts(o.route->contacts);

  // 3. Strategy discussion, consent, advice, deadlines, prompts, checklist, pathways, next steps.
  o.strategy_discussion = strategy_discussion(p, f, &o.strategy_discussion_reasons);
  f.discussion = o.strategy_discussion;
  for (const auto& r : p.rules) {
    if (r.kind != rule::type::advisory || !holds(r.when, f)) continue;
    o.advisories.push_back({r.advisory, r.id, r.text, pointer_of(p.rules, r, "/rules"),
                            cite_for_people(p.about, r.source), p.find_contacts(r.contacts), r.source});
  }
  decide_consent(p, a, f, o, what_if);
  if (what_if) return o;
  o.consent.significant_harm_decides =
      o.consent.ask_significant_harm || significant_harm_answer_decides(p, a) || significant_harm_changes(p, a, o);
  o.consent.significant_harm_suspected = a.significant_harm_suspected;
  o.consent.significant_harm_unknown = a.significant_harm_unknown;
  for (const auto& t : p.timescales) {
    if (!t.when || !holds(*t.when, f)) continue;
    deadline d{t.id,
               t.label,
               t.starts,
               t.owner,
               t.amount,
               t.unit,
               std::nullopt,
               pointer_of(p.timescales, t, "/timescales"),
               cite_for_people(p.about, t.source),
               t.source,
               ""};
    if (t.unit == time_unit::hours)
      d.note = "Counted in calendar hours (" + t.starts + "): nights, weekends and bank holidays count.";
    else if (a.on && t.from_screening) {
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
  explain_terms(p, o);
  place_consent_line(o.consent, o.next_steps);
  return o;
}

}  // namespace

outcome evaluate(const pack& p, const answers& a) {
  return evaluate_screening(p, a, false);
}

}  // namespace threshold
