// diff_packs: two versions of a pack compared entry by entry, each difference named as a practitioner
// knows the thing (its wording, the contact's name, the level's name), never by its id alone.
#include "threshold/diff.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace threshold {

namespace {

using group = change_group;
using kind = change_kind;

// Values up to this long (one paragraph) are quoted in the summary; longer ones go on "was:"/"now:" lines.
constexpr size_t inline_chars = 60;

std::string joined(const std::vector<std::string>& items, const std::string& between) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : between) + i;
  return out;
}

std::string paragraphs(const std::vector<std::string>& items) {
  return joined(items, "\n");
}

std::string yes_no(bool b) {
  return b ? "yes" : "no";
}

// The first words of a long text, to name an entry that has no name of its own (a pathway step).
std::string first_words(const std::string& text, size_t chars = inline_chars) {
  if (text.size() <= chars) return text;
  size_t cut = text.rfind(' ', chars);
  if (cut == std::string::npos || cut < chars / 2) cut = chars;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // never inside a character
  return text.substr(0, cut) + "\u2026";
}

std::string quoted(const std::string& s) {
  return "\u201c" + s + "\u201d";
}

std::string unit_words(time_unit u, int amount) {
  switch (u) {
    case time_unit::hours: return amount == 1 ? "hour" : "hours";
    case time_unit::working_days: return amount == 1 ? "working day" : "working days";
    case time_unit::calendar_days: return amount == 1 ? "day" : "days";
  }
  return "";
}

std::string duration(int amount, time_unit u) {
  return std::to_string(amount) + " " + unit_words(u, amount);
}

bool same(const condition& a, const condition& b) {
  if (a.kind != b.kind || a.name != b.name || a.op != b.op || a.values != b.values || a.level != b.level ||
      a.min != b.min || a.distinct_domains != b.distinct_domains || a.option != b.option ||
      a.children.size() != b.children.size())
    return false;
  for (size_t i = 0; i < a.children.size(); ++i)
    if (!same(a.children[i], b.children[i])) return false;
  return true;
}

bool same(const std::optional<condition>& a, const std::optional<condition>& b) {
  return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

std::string fact_words(const std::string& fact) {
  static const std::map<std::string, std::string> words = {
      {"immediate_danger", "the child is in immediate danger"},
      {"unborn", "the child is unborn"},
      {"non_mobile", "the child is not yet mobile"},
      {"significant_harm_suspected", "significant harm is suspected"},
      {"age_years", "the child's age in years"},
      {"age_months", "the baby's age in months"},
      {"weeks_since_step_down", "the weeks since the family was stepped down"},
      {"agreed_level", "the level agreed with the safeguarding lead"},
      {"consent", "the family's consent"},
      {"involvement", "the services involved"},
      {"level", "the level"},
      {"concern_count", "the number of concerns ticked"},
      {"consent_risk_indicator", "a concern is ticked where seeking consent may increase the risk"},
      {"strategy_discussion", "a strategy discussion is indicated"},
  };
  auto it = words.find(fact);
  if (it != words.end()) return it->second;
  std::string out = fact;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string scalar_words(const scalar& s) {
  switch (s.kind) {
    case scalar::type::boolean: return s.boolean ? "true" : "false";
    case scalar::type::number: return format_number(s.number);
    case scalar::type::string: {
      std::string out = s.text;
      std::replace(out.begin(), out.end(), '_', ' ');
      return out;
    }
  }
  return "";
}

// A condition in words, naming indicators by their wording and tags by their label.
std::string words(const pack& p, const condition& c, const pathway* in = nullptr) {
  auto list = [&](const std::string& between) {
    std::vector<std::string> parts;
    for (const auto& child : c.children) {
      std::string w = words(p, child, in);
      parts.push_back(child.children.size() > 1 ? "(" + w + ")" : w);
    }
    return joined(parts, between);
  };
  switch (c.kind) {
    case condition::type::always: return "always";
    case condition::type::all: return list(" and ");
    case condition::type::any: return list(" or ");
    case condition::type::negation: return "not (" + list("") + ")";
    case condition::type::indicator: {
      const indicator* i = p.find_indicator(c.name);
      return quoted(i ? first_words(i->text) : c.name) + " is ticked";
    }
    case condition::type::tag: {
      std::string label = c.name;
      for (const auto& t : p.tags)
        if (t.id == c.name) label = t.label;
      return "a concern about " + quoted(label) + " is ticked";
    }
    case condition::type::age_group: {
      if (c.name == "unborn") return "the child is unborn";
      if (c.name == "under_one") return "the child is under one";
      if (c.name == "under_13") return "the child is under 13";
      if (c.name == "non_mobile") return "the child is not yet mobile";
      return "the child is " + c.name;
    }
    case condition::type::count:
      return "at least " + std::to_string(c.min) + " concerns at level " + std::to_string(c.level) +
             (c.distinct_domains ? " in different areas" : "") + " are ticked";
    case condition::type::fact: {
      static const std::map<comparison, std::string> ops = {
          {comparison::eq, "is"},         {comparison::ne, "is not"},       {comparison::lt, "is less than"},
          {comparison::le, "is at most"}, {comparison::gt, "is more than"}, {comparison::ge, "is at least"},
          {comparison::in, "is one of"}};
      std::vector<std::string> values;
      for (const auto& v : c.values) values.push_back(scalar_words(v));
      if (c.values.size() == 1 && c.values[0].kind == scalar::type::boolean && c.op == comparison::eq)
        return c.values[0].boolean ? fact_words(c.name) : "not: " + fact_words(c.name);
      return fact_words(c.name) + " " + ops.at(c.op) + " " + joined(values, ", ");
    }
    case condition::type::given: return fact_words(c.name) + " is answered";
    case condition::type::answer: {
      const pathway_node* n = in ? in->find(c.name) : nullptr;
      std::string question = n ? (n->text.empty() ? n->title : first_words(n->text.front())) : c.name;
      std::string option = c.option;
      if (n)
        for (const auto& o : n->options)
          if (o.id == c.option) option = o.label;
      return "the answer to " + quoted(question) + " is " + quoted(option);
    }
  }
  return "";
}

std::optional<std::string> words(const pack& p, const std::optional<condition>& c, const pathway* in = nullptr) {
  if (!c) return std::nullopt;
  return words(p, *c, in);
}

std::string level_name(const pack& p, int number) {
  const level* l = p.find_level(number);
  return "level " + std::to_string(number) + (l && !l->label.empty() ? " (" + l->label + ")" : "");
}

std::string contact_names(const pack& p, const std::vector<std::string>& ids) {
  std::vector<std::string> names;
  for (const auto& id : ids) {
    const contact* c = p.find_contact(id);
    names.push_back(c ? c->label : id);
  }
  return joined(names, "; ");
}

std::string route_name(const pack& p, const std::string& id) {
  const route* r = p.find_route(id);
  return r ? r->label : id;
}

std::string domain_name(const pack& p, const std::string& id) {
  const domain* d = p.find_domain(id);
  return d ? d->label : id;
}

std::string tag_names(const pack& p, const std::vector<std::string>& ids) {
  std::vector<std::string> names;
  for (const auto& id : ids) {
    std::string label = id;
    for (const auto& t : p.tags)
      if (t.id == id) label = t.label;
    names.push_back(label);
  }
  return joined(names, "; ");
}

std::string verdict_words(consent_verdict verdict) {
  if (verdict == consent_verdict::seek_advice) return "seek advice";
  if (verdict == consent_verdict::proceed_without_consent) return "go ahead without consent";
  return std::string(to_string(verdict));
}

// "call", "form", ...: the kind of step in words; "" where the pack leaves it to the contacts.
std::string kind_words(std::optional<step_kind> kind) {
  return kind ? std::string(to_string(*kind)) : "";
}

std::string decided_words(const std::optional<override_decision>& d) {
  if (!d) return "";
  return d->by + (d->test.empty() ? "" : ", if " + d->test) +
         (d->without == "consent" ? "" : " (without " + d->without + ")");
}

std::string timescale_words(const std::optional<node_timescale>& t) {
  if (!t) return "";
  std::string out = duration(t->amount, t->unit) + ": " + t->label;
  if (!t->starts.empty()) out += ", from " + t->starts;
  if (t->from) out += " (asks " + quoted(t->from->question) + ")";
  return out;
}

// Where a change belongs and how its entry is named; pointers are the entry's own in each pack.
struct place {
  group in = group::other;
  std::string entry, id, name, old_pointer, new_pointer;
};

class differ {
 public:
  differ(const pack& a, const pack& b) : old_(a), new_(b) {}

  pack_diff run() {
    contacts();
    emergency();
    consent();
    levels();
    routes();
    significant_harm();
    strategy_discussion();
    first_steps();
    rules();
    timescales();
    indicators();
    domains_and_tags();
    partnership();
    glossary();
    prompts();
    checklist();
    escalation();
    pathways();
    std::stable_sort(out_.changes.begin(), out_.changes.end(),
                     [](const pack_change& x, const pack_change& y) { return x.group < y.group; });
    return std::move(out_);
  }

 private:
  const pack& old_;
  const pack& new_;
  pack_diff out_;

  void add(const place& at, kind k, const std::string& field, std::optional<std::string> before,
           std::optional<std::string> after, std::string summary, bool values_in_summary = false) {
    pack_change c;
    c.kind = k;
    c.group = at.in;
    c.entry = at.entry;
    c.id = at.id;
    c.field = field;
    c.old_pointer = at.old_pointer.empty() || field.empty() ? at.old_pointer : at.old_pointer + "/" + field;
    c.new_pointer = at.new_pointer.empty() || field.empty() ? at.new_pointer : at.new_pointer + "/" + field;
    c.before = std::move(before);
    c.after = std::move(after);
    c.summary = std::move(summary);
    c.values_in_summary = values_in_summary;
    out_.changes.push_back(std::move(c));
  }

  void added(const place& at, const std::string& what) {
    add(at, kind::added, "", std::nullopt, what, "New: " + at.name + ".");
  }
  void removed(const place& at, const std::string& what) {
    add(at, kind::removed, "", what, std::nullopt, "Removed: " + at.name + ".");
  }

  // A field whose old and new values are already words. `label` says what the field is ("phone number").
  void text(const place& at, const std::string& field, const std::string& label, const std::string& before,
            const std::string& after, kind k = kind::changed) {
    if (before == after) return;
    const bool short_values = before.size() <= inline_chars && after.size() <= inline_chars &&
                              before.find('\n') == std::string::npos && after.find('\n') == std::string::npos;
    std::string summary;
    if (short_values && before.empty())
      summary = at.name + ": " + label + " added: " + after + ".";
    else if (short_values && after.empty())
      summary = at.name + ": " + label + " removed (was " + before + ").";
    else if (short_values)
      summary = at.name + ": " + label + " changed from " + before + " to " + after + ".";
    else
      summary = at.name + ", " + label + ": " +
                (before.empty()        ? "added."
                 : after.empty()       ? "removed."
                 : k == kind::reworded ? "re-worded."
                                       : "changed.");
    add(at, k, field, before, after, summary, short_values);
  }
  void wording(const place& at, const std::string& field, const std::string& label, const std::string& before,
               const std::string& after) {
    text(at, field, label, before, after, kind::reworded);
  }
  void wording(const place& at, const std::string& field, const std::string& label,
               const std::vector<std::string>& before, const std::vector<std::string>& after) {
    text(at, field, label, paragraphs(before), paragraphs(after), kind::reworded);
  }
  void flag(const place& at, const std::string& field, const std::string& label, bool before, bool after) {
    text(at, field, label, yes_no(before), yes_no(after));
  }
  void when(const place& at, const std::string& field, const std::string& label, const std::optional<condition>& a,
            const std::optional<condition>& b, const pathway* pa = nullptr, const pathway* pb = nullptr) {
    if (same(a, b)) return;
    text(at, field, label, words(old_, a, pa).value_or(""), words(new_, b, pb).value_or(""));
  }
  void cited(const place& at, const std::string& field, const std::string& label, const std::optional<cited_text>& a,
             const std::optional<cited_text>& b) {
    wording(at, field + "/text", label, a ? paragraphs(a->text) : "", b ? paragraphs(b->text) : "");
  }

  // Matches two lists by id: removed entries, then changed ones (in OLD's order), then added ones.
  template <typename T, typename Id, typename Place, typename Compare, typename Describe>
  void match(const std::vector<T>& a, const std::vector<T>& b, const std::string& list_pointer, Id id_of,
             Place place_of, Compare compare, Describe describe) {
    std::map<std::string, size_t> in_new;
    for (size_t j = 0; j < b.size(); ++j) in_new.emplace(id_of(b[j]), j);
    std::set<std::string> in_old;
    for (size_t i = 0; i < a.size(); ++i) {
      in_old.insert(id_of(a[i]));
      auto found = in_new.find(id_of(a[i]));
      const std::string old_pointer = list_pointer + "/" + std::to_string(i);
      if (found == in_new.end()) {
        place at = place_of(a[i], old_, old_pointer, "");
        removed(at, describe(old_, a[i]));
      } else {
        const std::string new_pointer = list_pointer + "/" + std::to_string(found->second);
        place at = place_of(b[found->second], new_, old_pointer, new_pointer);
        compare(at, a[i], b[found->second]);
      }
    }
    for (size_t j = 0; j < b.size(); ++j)
      if (!in_old.count(id_of(b[j])))
        added(place_of(b[j], new_, "", list_pointer + "/" + std::to_string(j)), describe(new_, b[j]));
  }

  static place at(group g, const std::string& entry, const std::string& id, const std::string& name,
                  const std::string& old_pointer, const std::string& new_pointer) {
    return {g, entry, id, name, old_pointer, new_pointer};
  }

  // ---- who to ring, and consent --------------------------------------------------------------------

  void contacts() {
    match(
        old_.contacts, new_.contacts, "/contacts", [](const contact& c) { return c.id; },
        [](const contact& c, const pack&, const std::string& o, const std::string& n) {
          return at(group::contacts_and_consent, "contact", c.id, "Contact " + quoted(c.label), o, n);
        },
        [&](const place& p, const contact& a, const contact& b) {
          text(p, "label", "name", a.label, b.label);
          text(p, "phone", "phone number", a.phone, b.phone);
          text(p, "hours", "hours", a.hours, b.hours);
          text(p, "email", "email", a.email, b.email);
          text(p, "url", "link", a.url, b.url);
          wording(p, "notes", "notes", a.notes, b.notes);
          const out_of_hours none;
          const out_of_hours& x = a.after_hours.value_or(none);
          const out_of_hours& y = b.after_hours.value_or(none);
          text(p, "out_of_hours/phone", "out-of-hours phone number", x.phone, y.phone);
          text(p, "out_of_hours/label", "out-of-hours service", x.label, y.label);
          text(p, "out_of_hours/hours", "out-of-hours times", x.hours, y.hours);
        },
        [](const pack&, const contact& c) {
          std::string s = c.label;
          if (!c.phone.empty()) s += ", " + c.phone;
          if (c.after_hours && !c.after_hours->phone.empty()) s += " (out of hours " + c.after_hours->phone + ")";
          if (!c.email.empty()) s += ", " + c.email;
          if (!c.url.empty()) s += ", " + c.url;
          return s;
        });
  }

  void emergency() {
    place p = at(group::contacts_and_consent, "emergency", "", "What to do when a child is in immediate danger",
                 "/emergency", "/emergency");
    wording(p, "text", "wording", old_.emergency.text, new_.emergency.text);
    if (old_.emergency.then_contacts != new_.emergency.then_contacts)
      text(p, "then_contacts", "who to ring after 999", contact_names(old_, old_.emergency.then_contacts),
           contact_names(new_, new_.emergency.then_contacts));
    if (old_.emergency.route != new_.emergency.route)
      text(p, "route", "way forward", route_name(old_, old_.emergency.route), route_name(new_, new_.emergency.route));
    if (old_.emergency.level != new_.emergency.level)
      text(p, "level", "level", level_name(old_, old_.emergency.level), level_name(new_, new_.emergency.level));
  }

  void consent() {
    match(
        old_.consent, new_.consent, "/consent", [](const consent_rule& c) { return c.id; },
        [](const consent_rule& c, const pack& in, const std::string& o, const std::string& n) {
          return at(group::contacts_and_consent, "consent", c.id, "Consent at " + level_name(in, c.level), o, n);
        },
        [&](const place& p, const consent_rule& a, const consent_rule& b) {
          if (a.level != b.level) text(p, "level", "level", level_name(old_, a.level), level_name(new_, b.level));
          flag(p, "required", "consent must be sought", a.required, b.required);
          wording(p, "text", "wording", a.text, b.text);
          exceptions(p, a, b);
          cited(p, "when_refused", "when the family refuse", a.when_refused, b.when_refused);
          flag(p, "when_refused/may_proceed_without", "a referral may go ahead when the family refuse",
               a.may_proceed_when_refused, b.may_proceed_when_refused);
          text(p, "when_refused/decided_by", "who decides to go ahead after a refusal",
               decided_words(a.refused_decided), decided_words(b.refused_decided));
          cited(p, "not_yet_sought", "before consent is sought", a.not_yet_sought, b.not_yet_sought);
          cited(p, "record", "what to record", a.record, b.record);
          if (a.advice_contacts != b.advice_contacts)
            text(p, "advice_contacts", "who to ask for advice", contact_names(old_, a.advice_contacts),
                 contact_names(new_, b.advice_contacts));
        },
        [](const pack&, const consent_rule& c) {
          return std::string(c.required ? "Consent must be sought. " : "") + paragraphs(c.text);
        });
  }

  void exceptions(const place& rule, const consent_rule& a, const consent_rule& b) {
    match(
        a.exceptions, b.exceptions, rule.old_pointer + "/exceptions", [](const consent_exception& e) { return e.id; },
        [&](const consent_exception& e, const pack&, const std::string& o, const std::string& n) {
          place p = rule;
          p.entry = "consent exception";
          p.id = e.id;
          p.name = rule.name + ", the exception " + quoted(first_words(e.text.empty() ? e.id : e.text.front()));
          // The rule's own pointers may differ between the packs: rebuild each from its own list.
          p.old_pointer = o.empty() ? "" : o;
          p.new_pointer = n.empty() ? "" : rule.new_pointer + "/exceptions" + n.substr(n.rfind('/'));
          return p;
        },
        [&](const place& p, const consent_exception& x, const consent_exception& y) {
          wording(p, "text", "wording", x.text, y.text);
          when(p, "when", "when it applies", x.when, y.when);
          text(p, "verdict", "what the practitioner does", verdict_words(x.verdict), verdict_words(y.verdict));
          if (x.contacts != y.contacts)
            text(p, "contacts", "who to ask", contact_names(old_, x.contacts), contact_names(new_, y.contacts));
          cited(p, "record", "what to record", x.record, y.record);
          if (x.route != y.route)
            text(p, "route", "way forward", x.route.empty() ? "" : route_name(old_, x.route),
                 y.route.empty() ? "" : route_name(new_, y.route));
          text(p, "decided_by", "who decides to go ahead", decided_words(x.decided), decided_words(y.decided));
        },
        [](const pack&, const consent_exception& e) { return verdict_words(e.verdict) + ": " + paragraphs(e.text); });
  }

  // ---- levels, routes and timescales ---------------------------------------------------------------

  void levels() {
    match(
        old_.levels, new_.levels, "/levels", [](const level& l) { return l.id; },
        [](const level& l, const pack&, const std::string& o, const std::string& n) {
          return at(group::levels_routes_timescales, "level", l.id,
                    "Level " + std::to_string(l.number) + " (" + l.label + ")", o, n);
        },
        [&](const place& p, const level& a, const level& b) {
          text(p, "number", "number", std::to_string(a.number), std::to_string(b.number));
          wording(p, "label", "name", a.label, b.label);
          wording(p, "summary", "summary", a.summary, b.summary);
          wording(p, "definition", "definition", a.definition, b.definition);
          wording(p, "response", "response", a.response, b.response);
          wording(p, "assessments", "assessments", a.assessments, b.assessments);
          if (a.route != b.route) text(p, "route", "way forward", route_name(old_, a.route), route_name(new_, b.route));
        },
        [](const pack& in, const level& l) {
          return l.label + ": " + paragraphs(l.definition) + " (" + route_name(in, l.route) + ")";
        });
    auto default_words = [](const pack& in) {
      return in.default_level ? level_name(in, *in.default_level) : std::string("none (the page asks)");
    };
    text(at(group::levels_routes_timescales, "default_level", "", "The level when no concern is ticked",
            "/default_level", "/default_level"),
         "", "level", default_words(old_), default_words(new_));
  }

  void routes() {
    match(
        old_.routes, new_.routes, "/routes", [](const route& r) { return r.id; },
        [](const route& r, const pack&, const std::string& o, const std::string& n) {
          return at(group::levels_routes_timescales, "route", r.id, "Way forward " + quoted(r.label), o, n);
        },
        [&](const place& p, const route& a, const route& b) {
          wording(p, "label", "name", a.label, b.label);
          wording(p, "text", "wording", a.text, b.text);
          if (a.contacts != b.contacts)
            text(p, "contacts", "contacts", contact_names(old_, a.contacts), contact_names(new_, b.contacts));
          text(p, "action", "kind of step", kind_words(a.action), kind_words(b.action));
          flag(p, "needs_consent", "needs the family's agreement", a.needs_consent, b.needs_consent);
        },
        [](const pack& in, const route& r) {
          std::string s = r.label + ": " + paragraphs(r.text);
          if (!r.contacts.empty()) s += " (" + contact_names(in, r.contacts) + ")";
          return s;
        });
  }

  void significant_harm() {
    const auto& a = old_.significant_harm;
    const auto& b = new_.significant_harm;
    place p = at(group::levels_routes_timescales, "significant_harm", "", "What suspected significant harm means",
                 a ? "/significant_harm" : "", b ? "/significant_harm" : "");
    auto describe = [](const pack& in, const significant_harm_rule& h) {
      return level_name(in, h.level) + ", " + route_name(in, h.route) + ": " + paragraphs(h.text);
    };
    if (a && !b) return removed(p, describe(old_, *a));
    if (!a && b) return added(p, describe(new_, *b));
    if (!a) return;
    if (a->level != b->level) text(p, "level", "level", level_name(old_, a->level), level_name(new_, b->level));
    if (a->route != b->route) text(p, "route", "way forward", route_name(old_, a->route), route_name(new_, b->route));
    wording(p, "text", "wording", a->text, b->text);
    when(p, "implied_when", "what already says it", a->implied_when, b->implied_when);
  }

  void strategy_discussion() {
    const auto& a = old_.strategy_discussion;
    const auto& b = new_.strategy_discussion;
    place p = at(group::levels_routes_timescales, "strategy_discussion", "", "The strategy discussion note",
                 a ? "/strategy_discussion" : "", b ? "/strategy_discussion" : "");
    if (a && !b) return removed(p, paragraphs(a->text));
    if (!a && b) return added(p, paragraphs(b->text));
    if (a) wording(p, "text", "wording", a->text, b->text);
  }

  void first_steps() {
    match(
        old_.first_steps, new_.first_steps, "/first_steps", [](const first_step& s) { return s.id; },
        [](const first_step& s, const pack&, const std::string& o, const std::string& n) {
          return at(
              group::levels_routes_timescales, "first_step", s.id,
              "The step " + quoted(s.label.empty() ? first_words(s.text.empty() ? s.id : s.text.front()) : s.label), o,
              n);
        },
        [&](const place& p, const first_step& a, const first_step& b) {
          wording(p, "label", "heading", a.label, b.label);
          wording(p, "text", "wording", a.text, b.text);
          text(p, "kind", "kind of step", kind_words(a.kind), kind_words(b.kind));
          if (a.contacts != b.contacts)
            text(p, "contacts", "contacts", contact_names(old_, a.contacts), contact_names(new_, b.contacts));
          when(p, "when", "when it applies", a.when, b.when);
          flag(p, "before_route", "comes before the way forward", a.before_route, b.before_route);
        },
        [](const pack&, const first_step& s) { return paragraphs(s.text); });
  }

  void rules() {
    match(
        old_.rules, new_.rules, "/rules", [](const rule& r) { return r.id; },
        [](const rule& r, const pack&, const std::string& o, const std::string& n) {
          return at(group::levels_routes_timescales, "rule", r.id, "The rule " + quoted(first_words(r.text)), o, n);
        },
        [&](const place& p, const rule& a, const rule& b) {
          auto kind_words = [](const pack& in, const rule& r) {
            switch (r.kind) {
              case rule::type::raise_level: return "raises the level to " + level_name(in, r.level);
              case rule::type::advisory: return std::string("gives advice");
              case rule::type::strategy_discussion: return std::string("indicates a strategy discussion");
            }
            return std::string();
          };
          if (a.kind != b.kind || a.level != b.level)
            text(p, "kind", "what it does", kind_words(old_, a), kind_words(new_, b));
          wording(p, "text", "wording", a.text, b.text);
          when(p, "when", "when it applies", a.when, b.when);
          if (a.contacts != b.contacts)
            text(p, "contacts", "contacts", contact_names(old_, a.contacts), contact_names(new_, b.contacts));
        },
        [](const pack&, const rule& r) { return r.text; });
  }

  void timescales() {
    match(
        old_.timescales, new_.timescales, "/timescales", [](const timescale& t) { return t.id; },
        [](const timescale& t, const pack&, const std::string& o, const std::string& n) {
          return at(group::levels_routes_timescales, "timescale", t.id, "Timescale " + quoted(t.label), o, n);
        },
        [&](const place& p, const timescale& a, const timescale& b) {
          wording(p, "label", "name", a.label, b.label);
          text(p, "amount", "time", duration(a.amount, a.unit), duration(b.amount, b.unit));
          wording(p, "starts", "what starts the clock", a.starts, b.starts);
          text(p, "owner", "whose deadline", a.owner == "you" ? "the practitioner's" : "the service's",
               b.owner == "you" ? "the practitioner's" : "the service's");
          flag(p, "from_screening", "counts from the day of the screening", a.from_screening, b.from_screening);
          when(p, "when", "when it applies", a.when, b.when);
        },
        [](const pack&, const timescale& t) {
          return t.label + ": " + duration(t.amount, t.unit) + (t.starts.empty() ? "" : " from " + t.starts);
        });
  }

  // ---- indicators ----------------------------------------------------------------------------------

  static std::string where(const pack& in, const indicator& i) {
    return level_name(in, i.level) + ", " + domain_name(in, i.domain);
  }

  void indicator_changes(const place& p, const indicator& a, const indicator& b) {
    const std::string said = quoted(first_words(b.text, 120));
    if (a.level != b.level)
      add(p, kind::moved, "level", level_name(old_, a.level), level_name(new_, b.level),
          "Indicator moved from " + level_name(old_, a.level) + " to " + level_name(new_, b.level) + ": " + said + ".",
          true);
    if (a.domain != b.domain)
      add(p, kind::moved, "domain", domain_name(old_, a.domain), domain_name(new_, b.domain),
          "Indicator moved from " + quoted(domain_name(old_, a.domain)) + " to " + quoted(domain_name(new_, b.domain)) +
              ": " + said + ".",
          true);
    if (a.text != b.text)
      add(p, kind::reworded, "text", a.text, b.text, "Indicator re-worded, " + where(new_, b) + ":");
    place named = p;
    named.name = "Indicator " + said;
    wording(named, "hint", "hint", a.hint, b.hint);
    text(named, "kind", "kind", a.strength ? "a strength" : "a concern", b.strength ? "a strength" : "a concern");
    flag(named, "strategy_discussion", "strategy discussion", a.strategy_discussion, b.strategy_discussion);
    flag(named, "immediate_danger", "immediate danger", a.immediate_danger, b.immediate_danger);
    flag(named, "consent_may_increase_risk", "seeking consent may increase the risk", a.consent_may_increase_risk,
         b.consent_may_increase_risk);
    when(named, "applies_when", "who it applies to", a.applies_when, b.applies_when);
    if (a.tags != b.tags) text(named, "tags", "also about", tag_names(old_, a.tags), tag_names(new_, b.tags));
    text(named, "keywords", "search words", joined(a.keywords, ", "), joined(b.keywords, ", "));
  }

  void indicators() {
    const auto& a = old_.indicators;
    const auto& b = new_.indicators;
    auto place_of = [](const indicator& i, const std::string& o, const std::string& n) {
      return at(group::indicators, "indicator", i.id, "Indicator " + quoted(first_words(i.text, 120)), o, n);
    };
    std::map<std::string, size_t> new_by_id, old_by_id;
    for (size_t j = 0; j < b.size(); ++j) new_by_id.emplace(b[j].id, j);
    for (size_t i = 0; i < a.size(); ++i) old_by_id.emplace(a[i].id, i);
    // An indicator whose id changed (its level is often in the id) is the same indicator when its wording
    // is: match the unmatched by wording before calling them removed and added.
    std::multimap<std::string, size_t> unmatched_new_by_text;
    for (size_t j = 0; j < b.size(); ++j)
      if (!old_by_id.count(b[j].id)) unmatched_new_by_text.emplace(b[j].text, j);
    std::set<size_t> paired_new;
    for (size_t i = 0; i < a.size(); ++i) {
      const std::string o = "/indicators/" + std::to_string(i);
      size_t j = b.size();
      if (auto found = new_by_id.find(a[i].id); found != new_by_id.end()) {
        j = found->second;
      } else if (auto by_text = unmatched_new_by_text.find(a[i].text); by_text != unmatched_new_by_text.end()) {
        j = by_text->second;
        unmatched_new_by_text.erase(by_text);
        paired_new.insert(j);
      }
      if (j == b.size()) {
        add(place_of(a[i], o, ""), kind::removed, "", a[i].text, std::nullopt,
            "Indicator removed from " + where(old_, a[i]) + ": " + quoted(first_words(a[i].text, 120)) + ".");
        continue;
      }
      indicator_changes(place_of(b[j], o, "/indicators/" + std::to_string(j)), a[i], b[j]);
    }
    for (size_t j = 0; j < b.size(); ++j) {
      if (old_by_id.count(b[j].id) || paired_new.count(j)) continue;
      add(place_of(b[j], "", "/indicators/" + std::to_string(j)), kind::added, "", std::nullopt, b[j].text,
          "New " + std::string(b[j].strength ? "strength" : "indicator") + " at " + where(new_, b[j]) + ": " +
              quoted(first_words(b[j].text, 120)) + ".");
    }
  }

  void domains_and_tags() {
    match(
        old_.domains, new_.domains, "/domains", [](const domain& d) { return d.id; },
        [](const domain& d, const pack&, const std::string& o, const std::string& n) {
          return at(group::indicators, "domain", d.id, "The area " + quoted(d.label), o, n);
        },
        [&](const place& p, const domain& a, const domain& b) { wording(p, "label", "name", a.label, b.label); },
        [](const pack&, const domain& d) { return d.label; });
    match(
        old_.tags, new_.tags, "/tags", [](const tag& t) { return t.id; },
        [](const tag& t, const pack&, const std::string& o, const std::string& n) {
          return at(group::indicators, "tag", t.id, "The theme " + quoted(t.label), o, n);
        },
        [&](const place& p, const tag& a, const tag& b) { wording(p, "label", "name", a.label, b.label); },
        [](const pack&, const tag& t) { return t.label; });
  }

  // ---- the rest ------------------------------------------------------------------------------------

  void partnership() {
    const auto& a = old_.about;
    const auto& b = new_.about;
    place p = at(group::other, "partnership", "", "The guidance", "/partnership", "/partnership");
    wording(p, "name", "partnership's name", a.name, b.name);
    wording(p, "area", "area", a.area, b.area);
    wording(p, "document_title", "document title", a.document_title, b.document_title);
    wording(p, "cite_as", "how it is cited", a.cite_as, b.cite_as);
    text(p, "url", "link", a.url, b.url);
    text(p, "published", "publication date", a.published, b.published);
    text(p, "review", "review date", a.review, b.review);
    text(p, "checked", "date checked against the document", a.checked_text, b.checked_text);
    text(p, "review_by", "review-by date", a.review_by_text, b.review_by_text);
    wording(p, "applies_to", "who it applies to", a.applies_to, b.applies_to);
    wording(p, "not_covered", "what it does not cover", a.not_covered, b.not_covered);
    text(p, "search_examples", "search examples", joined(a.search_examples, ", "), joined(b.search_examples, ", "));
    text(at(group::other, "calendar", "", "The bank-holiday calendar", "/calendar", "/calendar"), "", "name",
         old_.calendar.id, new_.calendar.id);
  }

  void glossary() {
    match(
        old_.glossary, new_.glossary, "/glossary", [](const glossary_entry& g) { return g.term; },
        [](const glossary_entry& g, const pack&, const std::string& o, const std::string& n) {
          return at(group::other, "glossary", "", "The term " + quoted(g.term), o, n);
        },
        [&](const place& p, const glossary_entry& a, const glossary_entry& b) {
          wording(p, "meaning", "meaning", a.meaning, b.meaning);
        },
        [](const pack&, const glossary_entry& g) { return g.term + ": " + g.meaning; });
  }

  void prompts() {
    match(
        old_.prompts, new_.prompts, "/prompts", [](const prompt& x) { return x.id; },
        [](const prompt& x, const pack&, const std::string& o, const std::string& n) {
          return at(group::other, "prompt", x.id, "The questions " + quoted(x.label), o, n);
        },
        [&](const place& p, const prompt& a, const prompt& b) {
          wording(p, "label", "heading", a.label, b.label);
          wording(p, "items", "questions", a.items, b.items);
          when(p, "when", "when they are asked", a.when, b.when);
        },
        [](const pack&, const prompt& x) { return x.label + ": " + joined(x.items, "\n"); });
  }

  void checklist() {
    const auto& a = old_.referral_checklist;
    const auto& b = new_.referral_checklist;
    place p = at(group::other, "checklist", "", "What a referral should contain", a ? "/checklist" : "",
                 b ? "/checklist" : "");
    if (a && !b) return removed(p, a->label);
    if (!a && b) return added(p, b->label);
    if (!a) return;
    wording(p, "label", "heading", a->label, b->label);
    when(p, "when", "when it is shown", a->when, b->when);
    match(
        a->groups, b->groups, "/checklist/groups", [](const checklist_group& g) { return g.id; },
        [](const checklist_group& g, const pack&, const std::string& o, const std::string& n) {
          return at(group::other, "checklist group", g.id, "Referral checklist, " + quoted(g.label), o, n);
        },
        [&](const place& q, const checklist_group& x, const checklist_group& y) {
          wording(q, "label", "heading", x.label, y.label);
          wording(q, "items", "items", x.items, y.items);
        },
        [](const pack&, const checklist_group& g) { return g.label + ": " + joined(g.items, "\n"); });
  }

  void escalation() {
    const auto& a = old_.challenge;
    const auto& b = new_.challenge;
    place p =
        at(group::other, "escalation", "", "Professional challenge", a ? "/escalation" : "", b ? "/escalation" : "");
    if (a && !b) return removed(p, a->label);
    if (!a && b) return added(p, b->label);
    if (!a) return;
    wording(p, "label", "heading", a->label, b->label);
    match(
        a->stages, b->stages, "/escalation/stages", [](const escalation_stage& s) { return s.id; },
        [](const escalation_stage& s, const pack&, const std::string& o, const std::string& n) {
          return at(group::other, "escalation stage", s.id, "Professional challenge, " + quoted(s.label), o, n);
        },
        [&](const place& q, const escalation_stage& x, const escalation_stage& y) {
          auto days = [](const escalation_stage& s) {
            if (s.from_day == 0 && s.to_day == 0) return std::string("not given");
            return "day " + std::to_string(s.from_day) + " to " + duration(s.to_day, s.unit);
          };
          wording(q, "label", "heading", x.label, y.label);
          text(q, "to_day", "days", days(x), days(y));
          wording(q, "text", "wording", x.text, y.text);
        },
        [](const pack&, const escalation_stage& s) { return s.label + ": " + paragraphs(s.text); });
  }

  static std::string node_name(const pathway_node& n) {
    if (!n.title.empty()) return n.title;
    if (!n.text.empty()) return first_words(n.text.front());
    return n.id;
  }

  void pathways() {
    match(
        old_.pathways, new_.pathways, "/pathways", [](const pathway& w) { return w.id; },
        [](const pathway& w, const pack&, const std::string& o, const std::string& n) {
          return at(group::other, "pathway", w.id, "Pathway " + quoted(w.title), o, n);
        },
        [&](const place& p, const pathway& a, const pathway& b) {
          wording(p, "title", "title", a.title, b.title);
          wording(p, "summary", "summary", a.summary, b.summary);
          wording(p, "link_text", "link", a.link_text, b.link_text);
          when(p, "applies_when", "when it is offered", a.applies_when, b.applies_when);
          auto start = [](const pathway& w) {
            const pathway_node* n = w.find(w.start);
            return n ? node_name(*n) : w.start;
          };
          if (a.start != b.start) text(p, "start", "first step", start(a), start(b));
          nodes(p, a, b);
        },
        [](const pack&, const pathway& w) { return w.title + (w.summary.empty() ? "" : ": " + w.summary); });
  }

  void nodes(const place& pathway_place, const pathway& a, const pathway& b) {
    auto target = [](const pathway& w, const std::string& id) {
      if (id.empty()) return std::string();
      const pathway_node* n = w.find(id);
      return n ? quoted(node_name(*n)) : id;
    };
    auto type_words = [](pathway_node::type t) {
      switch (t) {
        case pathway_node::type::question: return "a question";
        case pathway_node::type::info: return "information";
        case pathway_node::type::branch: return "a check made for you";
        case pathway_node::type::outcome: return "an outcome";
      }
      return "";
    };
    auto branches = [&](const pack& in, const pathway& w, const pathway_node& n) {
      std::vector<std::string> lines;
      for (const auto& br : n.branches) lines.push_back("if " + words(in, br.when, &w) + ": " + target(w, br.next));
      if (!n.otherwise.empty()) lines.push_back("otherwise: " + target(w, n.otherwise));
      return paragraphs(lines);
    };
    match(
        a.nodes, b.nodes, pathway_place.old_pointer + "/nodes", [](const pathway_node& n) { return n.id; },
        [&](const pathway_node& n, const pack&, const std::string& o, const std::string& nn) {
          place p = pathway_place;
          p.entry = "pathway step";
          p.id = n.id;
          p.name = pathway_place.name + ", step " + quoted(node_name(n));
          p.old_pointer = o;
          p.new_pointer = nn.empty() ? "" : pathway_place.new_pointer + "/nodes" + nn.substr(nn.rfind('/'));
          return p;
        },
        [&](const place& p, const pathway_node& x, const pathway_node& y) {
          text(p, "type", "kind of step", type_words(x.kind), type_words(y.kind));
          wording(p, "title", "title", x.title, y.title);
          wording(p, "text", "wording", x.text, y.text);
          wording(p, "hint", "hint", x.hint, y.hint);
          if (x.next != y.next) text(p, "next", "next step", target(a, x.next), target(b, y.next));
          const bool same_branches = x.otherwise == y.otherwise && x.branches.size() == y.branches.size() &&
                                     std::equal(x.branches.begin(), x.branches.end(), y.branches.begin(),
                                                [](const pathway_branch& m, const pathway_branch& n) {
                                                  return m.next == n.next && same(m.when, n.when);
                                                });
          if (!same_branches) text(p, "branches", "where it leads", branches(old_, a, x), branches(new_, b, y));
          text(p, "timescale", "timescale", timescale_words(x.timescale), timescale_words(y.timescale));
          options(p, a, b, x, y, target);
        },
        [](const pack&, const pathway_node& n) { return node_name(n); });
  }

  template <typename Target>
  void options(const place& node_place, const pathway& a, const pathway& b, const pathway_node& x,
               const pathway_node& y, Target target) {
    match(
        x.options, y.options, node_place.old_pointer + "/options", [](const pathway_option& o) { return o.id; },
        [&](const pathway_option& o, const pack&, const std::string& op, const std::string& np) {
          place p = node_place;
          p.entry = "pathway answer";
          p.id = o.id;
          p.name = node_place.name + ", answer " + quoted(o.label);
          p.old_pointer = op;
          p.new_pointer = np.empty() ? "" : node_place.new_pointer + "/options" + np.substr(np.rfind('/'));
          return p;
        },
        [&](const place& p, const pathway_option& o1, const pathway_option& o2) {
          wording(p, "label", "wording", o1.label, o2.label);
          wording(p, "hint", "hint", o1.hint, o2.hint);
          if (o1.next != o2.next) text(p, "next", "where it leads", target(a, o1.next), target(b, o2.next));
        },
        [&](const pack&, const pathway_option& o) { return o.label; });
  }
};

}  // namespace

std::string to_string(change_group g) {
  switch (g) {
    case change_group::contacts_and_consent: return "contacts_and_consent";
    case change_group::levels_routes_timescales: return "levels_routes_timescales";
    case change_group::indicators: return "indicators";
    case change_group::other: return "other";
  }
  return "";
}

std::string to_string(change_kind k) {
  switch (k) {
    case change_kind::added: return "added";
    case change_kind::removed: return "removed";
    case change_kind::reworded: return "reworded";
    case change_kind::moved: return "moved";
    case change_kind::changed: return "changed";
  }
  return "";
}

std::string heading(change_group g) {
  switch (g) {
    case change_group::contacts_and_consent: return "Phone numbers, contacts and consent";
    case change_group::levels_routes_timescales: return "Levels, ways forward and timescales";
    case change_group::indicators: return "Indicators";
    case change_group::other: return "Pathways, the document and the rest";
  }
  return "";
}

pack_diff diff_packs(const pack& old_pack, const pack& new_pack) {
  return differ(old_pack, new_pack).run();
}

}  // namespace threshold
