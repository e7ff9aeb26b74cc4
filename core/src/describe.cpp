#include "threshold/describe.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "condition.hpp"

namespace threshold {

namespace {

using detail::truth;

// Does the condition (or any part of it) name `fact` as a fact or an age group?
bool mentions(const condition& c, const std::string& fact) {
  if ((c.kind == condition::type::fact || c.kind == condition::type::given) && c.name == fact) return true;
  if (c.kind == condition::type::age_group && c.name == fact) return true;
  return std::any_of(c.children.begin(), c.children.end(), [&](const condition& x) { return mentions(x, fact); });
}

// Does any condition in the pack (rules, indicators, timescales, prompts, checklist, pathways, steps) name it?
bool pack_mentions(const pack& p, const std::vector<std::string>& facts) {
  auto any = [&](const condition& c) {
    return std::any_of(facts.begin(), facts.end(), [&](const std::string& f) { return mentions(c, f); });
  };
  auto maybe = [&](const std::optional<condition>& c) { return c && any(*c); };
  for (const auto& i : p.indicators)
    if (maybe(i.applies_when)) return true;
  for (const auto& r : p.rules)
    if (any(r.when)) return true;
  for (const auto& t : p.timescales)
    if (maybe(t.when)) return true;
  for (const auto& x : p.prompts)
    if (maybe(x.when)) return true;
  for (const auto& s : p.first_steps)
    if (maybe(s.when)) return true;
  for (const auto& c : p.consent)
    for (const auto& e : c.exceptions)
      if (maybe(e.when)) return true;
  if (p.referral_checklist && maybe(p.referral_checklist->when)) return true;
  for (const auto& pw : p.pathways) {
    if (maybe(pw.applies_when)) return true;
    for (const auto& n : pw.nodes)
      for (const auto& b : n.branches)
        if (any(b.when)) return true;
  }
  return false;
}

bool under_one(const answers& a) {
  if (a.unborn.value_or(false)) return false;
  if (!a.age_years && !a.age_months) return false;
  return a.age_years.value_or(0) * 12 + a.age_months.value_or(0) < 12;
}

}  // namespace

description describe(const pack& p, const answers& a) {
  return describe(p, a, evaluate(p, a));
}

description describe(const pack& p, const answers& a, const outcome& o) {
  description d;
  d.guidance_overdue = guidance_overdue(p.about, a.on);
  const bool matrix = !p.indicators.empty();
  const bool ages = pack_mentions(p, {"age_years", "age_months", "unborn", "under_one", "under_13"});
  const bool mobility = pack_mentions(p, {"non_mobile"});
  bool mobility_ticked = false;
  for (const auto& id : a.indicators)
    if (const indicator* i = p.find_indicator(id); i && i->applies_when && mentions(*i->applies_when, "non_mobile"))
      mobility_ticked = true;

  // Each question with the answer facts it sets (answer_facts.cpp holds what each accepts).
  static const std::map<std::string, std::vector<std::string>> sets = {
      {"immediate_danger", {"immediate_danger"}},
      {"age", {"unborn", "age_years", "age_months"}},
      {"non_mobile", {"non_mobile"}},
      {"involvement", {"involvement"}},
      {"weeks_since_step_down", {"weeks_since_step_down"}},
      {"indicators", {}},
      {"agreed_level", {"agreed_level"}},
      {"consent", {"consent"}},
      {"significant_harm_suspected", {"significant_harm_suspected"}},
  };
  auto ask = [&](const std::string& id, bool yes, const std::string& why) {
    d.questions.push_back({id, yes, why, sets.at(id)});
  };
  ask("immediate_danger", true, "Asked first: a child in immediate danger needs 999 before anything else.");
  ask("age", ages,
      ages ? "Some concerns and rules depend on the child's age." : "Nothing in this guidance depends on age.");
  ask("non_mobile", mobility && (under_one(a) || mobility_ticked),
      mobility ? "Asked for a baby under one, or when a concern about an injury to a baby who is not yet mobile is "
                 "ticked."
               : "Nothing in this guidance depends on whether the child is mobile.");
  const bool involvement = pack_mentions(p, {"involvement"});
  ask("involvement", involvement,
      involvement ? "What services are involved changes what the guidance says to do."
                  : "Nothing in this guidance depends on which services are involved.");
  const bool stepped_down = pack_mentions(p, {"weeks_since_step_down"});
  ask("weeks_since_step_down", stepped_down && a.involvement == std::optional<std::string>("recently_stepped_down"),
      stepped_down ? "Asked when the family was recently stepped down: the guidance has a time limit for stepping "
                     "back up."
                   : "Nothing in this guidance depends on when a step down happened.");
  ask("indicators", matrix,
      matrix ? "Tick what you have seen; the level follows from the guidance's own list of concerns."
             : "This guidance has no list of concerns to tick.");
  ask("agreed_level", true,
      matrix ? "Optional: the level you agreed with your safeguarding lead, if you have agreed one."
             : "This guidance has no list of concerns: enter the level you agreed with your safeguarding lead.");
  ask("consent", !p.consent.empty(),
      p.consent.empty() ? "This guidance says nothing about consent."
                        : "What the guidance says about consent depends on it.");
  ask("significant_harm_suspected", o.consent.significant_harm_decides,
      o.consent.significant_harm_decides
          ? "Whether you suspect significant harm changes the level, the way forward or the consent line."
          : "Asked only when it would change the level, the way forward or the consent line, and not when what "
            "you ticked already says it.");

  detail::facts f{p, a, {}, o.level, nullptr, o.immediate_danger, o.significant_harm, o.strategy_discussion};
  for (const auto& dm : p.domains) {
    std::vector<indicator_use> list;
    for (const auto& i : p.indicators) {
      if (i.domain != dm.id) continue;
      indicator_use use{&i, "yes", ""};
      if (i.applies_when) {
        truth t = detail::test(*i.applies_when, f);
        use.applies = t == truth::yes ? "yes" : t == truth::no ? "no" : "unknown";
        use.applies_text = "Applies only when " + detail::describe(*i.applies_when) + ".";
      }
      list.push_back(use);
    }
    d.domains.push_back({&dm, std::move(list)});
  }
  for (const auto& s : p.first_steps)
    if (!s.when || detail::holds(*s.when, f)) {
      const std::string entry = "/first_steps/" + std::to_string(&s - p.first_steps.data());
      std::string text;
      for (const auto& t : s.text) text += (text.empty() ? "" : " ") + t;
      const bool labelled = !s.label.empty();
      d.entry_steps.push_back({s.id,
                               s.kind,
                               labelled ? s.label : text,
                               p.find_contacts(s.contacts),
                               std::nullopt,
                               entry,
                               cite_for_people(p.about, s.source),
                               s.source,
                               labelled ? text : "",
                               {},
                               false,
                               "",
                               {},
                               {}});
    }
  return d;
}

}  // namespace threshold
