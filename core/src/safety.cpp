#include "threshold/safety.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "steps.hpp"
#include "threshold/evaluate.hpp"

namespace threshold {

namespace {

// What the pack's conditions read: only these answers can change an outcome, so only these vary.
struct used_facts {
  std::set<std::string> facts, age_groups;
  void add(const condition& c) {
    if (c.kind == condition::type::fact || c.kind == condition::type::given) facts.insert(c.name);
    if (c.kind == condition::type::age_group) age_groups.insert(c.name);
    for (const auto& child : c.children) add(child);
  }
  void add(const std::optional<condition>& c) {
    if (c) add(*c);
  }
};

used_facts facts_used(const pack& p) {
  used_facts u;
  for (const auto& i : p.indicators) u.add(i.applies_when);
  for (const auto& r : p.rules) u.add(r.when);
  for (const auto& c : p.consent)
    for (const auto& e : c.exceptions) u.add(e.when);
  for (const auto& s : p.first_steps) u.add(s.when);
  for (const auto& t : p.timescales) u.add(t.when);
  for (const auto& pr : p.prompts) u.add(pr.when);
  if (p.referral_checklist) u.add(p.referral_checklist->when);
  for (const auto& pw : p.pathways) u.add(pw.applies_when);
  if (p.significant_harm) u.add(p.significant_harm->implied_when);
  return u;
}

// One concern for each kind of concern the engine treats differently: by level and by flag. A pack's
// tags and ids reach the outcome through its rules, which the facts varied below exercise.
std::vector<std::vector<std::string>> concern_sets(const pack& p) {
  std::vector<std::vector<std::string>> sets = {{}};
  std::set<std::tuple<int, bool, bool, bool>> seen;
  for (const auto& i : p.indicators) {
    if (i.strength) continue;
    if (seen.insert({i.level, i.strategy_discussion, i.immediate_danger, i.consent_may_increase_risk}).second)
      sets.push_back({i.id});
  }
  // And each concern that, on its own, already says significant harm (by the pack's implied_when: a
  // protection concern, or one flagged for a strategy discussion).
  if (p.significant_harm && p.significant_harm->implied_when) {
    std::set<int> implied_levels;
    for (const auto& i : p.indicators) {
      if (i.strength) continue;
      answers a;
      a.indicators = {i.id};
      outcome o = evaluate(p, a);
      if (o.significant_harm_implied && implied_levels.insert(i.level).second) sets.push_back({i.id});
    }
  }
  return sets;
}

struct child {
  std::optional<double> years, months;
  std::optional<bool> unborn, non_mobile;
};

std::vector<child> ages(const used_facts& u) {
  std::vector<child> out = {{}};
  const bool any = !u.age_groups.empty() || u.facts.count("age_years") || u.facts.count("age_months") ||
                   u.facts.count("unborn") || u.facts.count("non_mobile");
  if (!any) return out;
  out.push_back({std::nullopt, std::nullopt, true, std::nullopt});  // unborn
  out.push_back({0, 4, false, true});                               // a baby who is not yet mobile
  out.push_back({0, 9, false, false});                              // under one, mobile
  out.push_back({6, 0, false, false});                              // under 13
  out.push_back({15, 0, false, false});                             // a teenager
  return out;
}

struct involvement_case {
  std::optional<std::string> involvement;
  std::optional<double> weeks;
};

std::vector<involvement_case> involvements(const used_facts& u) {
  std::vector<involvement_case> out = {{}};
  if (u.facts.count("involvement"))
    for (const char* v : {"none", "single_agency", "early_help", "child_in_need", "child_protection", "looked_after"})
      out.push_back({v, std::nullopt});
  if (u.facts.count("involvement") || u.facts.count("weeks_since_step_down")) {
    out.push_back({"recently_stepped_down", 6});   // within two months
    out.push_back({"recently_stepped_down", 11});  // within twelve weeks, past two months
    out.push_back({"recently_stepped_down", 52});  // long ago
    out.push_back({"recently_stepped_down", std::nullopt});
  }
  return out;
}

// "immediate danger, consent refused, significant harm not sure, level 3 agreed, aged 6": the case in words.
std::string describe_case(const answers& a, const outcome& o) {
  std::string s = o.immediate_danger ? "immediate danger" : "no immediate danger";
  s += ", level " + (o.level ? std::to_string(*o.level) : std::string("unknown"));
  if (a.agreed_level) s += " (agreed " + std::to_string(*a.agreed_level) + ")";
  if (!a.indicators.empty()) s += ", \"" + a.indicators[0] + "\" ticked";
  s += ", consent " + a.consent.value_or("not answered");
  s += ", significant harm ";
  s += o.significant_harm_implied     ? "implied by what was ticked"
       : a.significant_harm_unknown   ? "not sure"
       : a.significant_harm_suspected ? (*a.significant_harm_suspected ? "suspected" : "not suspected")
                                      : "not answered";
  if (a.involvement) s += ", involvement " + *a.involvement;
  if (a.weeks_since_step_down) s += " " + format_number(*a.weeks_since_step_down) + " weeks ago";
  if (a.unborn == std::optional(true)) s += ", unborn";
  if (a.age_years)
    s += ", aged " + format_number(*a.age_years) + " years " + format_number(a.age_months.value_or(0)) + " months";
  return s;
}

class checker {
 public:
  explicit checker(const pack& p)
      : p_(p), gives_a_number_(std::any_of(p.contacts.begin(), p.contacts.end(), [](const contact& c) {
          return !c.phone.empty() && c.phone != "999";
        })) {}

  void check(const answers& a) {
    ++report.combinations;
    const outcome o = evaluate(p_, a);
    const consent_outcome& c = o.consent;
    const std::string consent_entry = consent_pointer(o.level);
    const std::size_t first = o.immediate_danger ? 1 + (p_.emergency.then_contacts.empty() ? 0 : 1) : 0;

    // Immediate danger: 999 first; never hold the referral back.
    if (o.immediate_danger) {
      if (o.next_steps.empty() || o.next_steps[0].kind != step_kind::call_999)
        fail("/emergency", "999 is not the first step in immediate danger", a, o);
      if (c.verdict == consent_verdict::seek_consent || c.verdict == consent_verdict::seek_advice ||
          c.verdict == consent_verdict::undetermined)
        fail(consent_entry.empty() ? "/consent" : consent_entry + "/exceptions",
             "in immediate danger the consent line holds the referral back (\"" + c.sentence +
                 "\"): add an exception that applies in immediate danger",
             a, o);
    }
    // The way forward never needs the agreement the family refused or that is not to be asked.
    const bool without_family = c.state == "refused" || c.state == "would_increase_risk" ||
                                c.verdict == consent_verdict::proceed_without_consent;
    for (const auto& s : o.next_steps)
      if (s.id.starts_with("route_") && o.route && o.route->needs_consent && without_family && c.state != "given")
        fail(route_pointer(o.route),
             "\"" + o.route->label +
                 "\" needs the family's agreement, but is the way forward "
                 "when " +
                 (c.verdict == consent_verdict::proceed_without_consent ? "the consent line says to go "
                                                                          "ahead without it"
                                                                        : "the family refuse or are not to be asked") +
                 ": give the consent exception that applies a \"route\"",
             a, o);
    // "Go ahead without consent" names a way forward that does without it.
    const bool has_route_step = std::any_of(o.next_steps.begin(), o.next_steps.end(),
                                            [](const next_step& s) { return s.id.starts_with("route_"); });
    if (c.verdict == consent_verdict::proceed_without_consent && !o.immediate_danger && !has_route_step)
      fail(c.exception ? c.exception->entry + "/route" : consent_entry,
           "the consent line says to go ahead without consent (\"" + c.sentence +
               "\"), but no way forward that "
               "does without it is given" +
               (o.route_withheld ? " (\"" + o.route->label + "\" needs it)" : "") +
               ": name the route the source gives for this case",
           a, o);
    // Suspected significant harm: the pack's route for it first, and never "do not refer".
    if (o.significant_harm == std::optional(true) && !o.immediate_danger) {
      if (!p_.significant_harm) {
        fail("", "the pack does not say what suspected significant harm means: add \"significant_harm\"", a, o);
      } else {
        const std::string expected = "route_" + p_.significant_harm->route;
        if (o.next_steps.size() <= first || o.next_steps[first].id != expected)
          fail("/significant_harm/route",
               "with significant harm suspected the first step is \"" +
                   (o.next_steps.size() > first ? o.next_steps[first].text : std::string("nothing")) +
                   "\", not the route for it",
               a, o);
      }
      if (c.verdict == consent_verdict::seek_advice && c.may_proceed_without == std::optional(false))
        fail(consent_entry.empty() ? "/consent" : consent_entry + "/exceptions",
             "with significant harm suspected the consent line says not to refer (\"" + c.sentence +
                 "\"): add the source's exception for significant harm",
             a, o);
    }
    // A number for every step that has the practitioner ring someone, or "none given" and the nearest.
    for (const auto& s : o.next_steps) {
      if (!detail::rings_someone(s) || detail::has_number(s.contacts)) continue;
      if (s.no_number.empty())
        fail(s.entry.empty() ? "/emergency/then_contacts" : s.entry,
             "the step \"" + s.text + "\" gives no telephone number and does not say that none is given", a, o);
      else if (s.nearest.empty() && gives_a_number_)
        fail("/emergency/then_contacts",
             "the step \"" + s.text +
                 "\" gives no telephone number, and the contacts after 999 have none to offer "
                 "instead, though the guidance gives numbers: give \"then_contacts\" one with a phone",
             a, o);
    }
    if (c.verdict == consent_verdict::seek_advice && c.advice_contacts.empty())
      fail(consent_entry.empty() ? "/consent" : consent_entry + "/advice_contacts",
           "the consent line says to ring for advice but names no one: add \"advice_contacts\"", a, o);
    // Nothing asked that the answers already settle.
    if (o.significant_harm && c.ask_significant_harm)
      fail("/significant_harm", "the significant-harm question is asked though the answers already settle it", a, o);
    if (o.significant_harm_implied && c.significant_harm_decides)
      fail("/significant_harm/implied_when",
           "the significant-harm question is shown though what was ticked already says significant harm", a, o);
  }

  safety_report report;

 private:
  const pack& p_;
  bool gives_a_number_;  // any number but 999 anywhere in the guidance
  std::set<std::string> reported_;

  std::string consent_pointer(const std::optional<int>& level) const {
    if (!level) return "";
    for (std::size_t i = 0; i < p_.consent.size(); ++i)
      if (p_.consent[i].level == *level) return "/consent/" + std::to_string(i);
    return "";
  }
  std::string route_pointer(const route* r) const { return "/routes/" + std::to_string(r - p_.routes.data()); }

  // Once per entry and rule: the first case that breaks it is the example.
  void fail(const std::string& pointer, const std::string& what, const answers& a, const outcome& o) {
    if (!reported_.insert(pointer + "|" + what.substr(0, what.find('"'))).second) return;
    report.problems.push_back(
        {"pack.unsafe", pointer, "Unsafe: " + what + " (for example: " + describe_case(a, o) + ")."});
  }
};

}  // namespace

safety_report check_safety(const pack& p) {
  const used_facts used = facts_used(p);
  checker check(p);
  std::vector<std::optional<int>> agreed = {std::nullopt};
  for (const auto& l : p.levels) agreed.push_back(l.number);
  const std::vector<std::optional<std::string>> consents = {std::nullopt, "given", "refused", "not_yet_sought",
                                                            "would_increase_risk"};
  enum class harm { unanswered, yes, no, not_sure };
  for (const auto& concerns : concern_sets(p))
    for (const auto& level : agreed)
      for (const auto& consent : consents)
        for (harm h : {harm::unanswered, harm::yes, harm::no, harm::not_sure})
          for (bool danger : {false, true})
            for (const auto& inv : involvements(used))
              for (const auto& age : ages(used)) {
                answers a;
                a.indicators = concerns;
                a.agreed_level = level;
                a.consent = consent;
                if (h == harm::yes || h == harm::no) a.significant_harm_suspected = h == harm::yes;
                a.significant_harm_unknown = h == harm::not_sure;
                a.immediate_danger = danger;
                a.involvement = inv.involvement;
                a.weeks_since_step_down = inv.weeks;
                a.age_years = age.years;
                a.age_months = age.months;
                a.unborn = age.unborn;
                a.non_mobile = age.non_mobile;
                check.check(a);
              }
  return std::move(check.report);
}

}  // namespace threshold
