#include "condition.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "answer_facts.hpp"

namespace threshold::detail {

namespace {

truth from_bool(bool b) {
  return b ? truth::yes : truth::no;
}

std::optional<scalar> fact_value(const std::string& name, const facts& f) {
  auto number = [](double v) { return scalar{scalar::type::number, false, v, ""}; };
  auto boolean = [](bool v) { return scalar{scalar::type::boolean, v, 0, ""}; };
  if (name == "concern_count") return number(static_cast<double>(f.concerns.size()));
  if (name == "level") return f.level ? std::optional(number(*f.level)) : std::nullopt;
  if (name == "consent_risk_indicator")
    return boolean(std::any_of(f.concerns.begin(), f.concerns.end(),
                               [](const indicator* i) { return i->consent_may_increase_risk; }));
  if (name == "immediate_danger" && f.danger) return boolean(*f.danger);
  if (name == "significant_harm_suspected" && f.harm) return boolean(*f.harm);
  if (name == "strategy_discussion") return f.discussion ? std::optional(boolean(*f.discussion)) : std::nullopt;
  const fact_info* fact = find_fact(name);
  return fact && fact->get ? fact->get(f.a) : std::nullopt;
}

int compare(const scalar& x, const scalar& y) {
  if (x.kind == scalar::type::number) return x.number < y.number ? -1 : x.number > y.number ? 1 : 0;
  if (x.kind == scalar::type::string) return x.text.compare(y.text) < 0 ? -1 : x.text == y.text ? 0 : 1;
  return static_cast<int>(x.boolean) - static_cast<int>(y.boolean);
}

truth compare_fact(const condition& c, const facts& f) {
  auto value = fact_value(c.name, f);
  if (!value) return truth::unknown;
  if (c.op == comparison::in)
    return from_bool(std::any_of(c.values.begin(), c.values.end(),
                                 [&](const scalar& v) { return v.kind == value->kind && compare(*value, v) == 0; }));
  if (c.values.empty() || c.values[0].kind != value->kind) return truth::no;
  int order = compare(*value, c.values[0]);
  switch (c.op) {
    case comparison::eq: return from_bool(order == 0);
    case comparison::ne: return from_bool(order != 0);
    case comparison::lt: return from_bool(order < 0);
    case comparison::le: return from_bool(order <= 0);
    case comparison::gt: return from_bool(order > 0);
    case comparison::ge: return from_bool(order >= 0);
    case comparison::in: break;
  }
  return truth::no;
}

bool born(const answers& a) {
  return !a.unborn.value_or(false);
}
bool age_given(const answers& a) {
  return a.age_years.has_value() || a.age_months.has_value();
}

// Age in whole months when the answers give it (years and months may both be given: 1 year 3 months).
std::optional<double> age_in_months(const answers& a) {
  if (!age_given(a)) return std::nullopt;
  return a.age_years.value_or(0) * 12 + a.age_months.value_or(0);
}

truth age_group(const std::string& group, const answers& a) {
  if (group == "non_mobile") return a.non_mobile ? from_bool(*a.non_mobile) : truth::unknown;
  if (group == "unborn") {
    if (a.unborn) return from_bool(*a.unborn);
    return age_given(a) ? truth::no : truth::unknown;
  }
  if (!born(a)) return truth::no;
  auto months = age_in_months(a);
  if (!months) return truth::unknown;
  if (group == "under_one") return from_bool(*months < 12);
  if (group == "under_13") return from_bool(*months < 13 * 12);
  return truth::no;
}

truth count(const condition& c, const facts& f) {
  std::set<std::string> domains;
  int n = 0;
  for (const indicator* i : f.concerns) {
    if (i->level != c.level) continue;
    ++n;
    domains.insert(i->domain);
  }
  int counted = c.distinct_domains ? static_cast<int>(domains.size()) : n;
  return from_bool(counted >= c.min);
}

}  // namespace

truth test(const condition& c, const facts& f) {
  switch (c.kind) {
    case condition::type::always: return truth::yes;
    case condition::type::all: {
      truth result = truth::yes;
      for (const auto& child : c.children) {
        truth t = test(child, f);
        if (t == truth::no) return truth::no;
        if (t == truth::unknown) result = truth::unknown;
      }
      return result;
    }
    case condition::type::any: {
      truth result = truth::no;
      for (const auto& child : c.children) {
        truth t = test(child, f);
        if (t == truth::yes) return truth::yes;
        if (t == truth::unknown) result = truth::unknown;
      }
      return result;
    }
    case condition::type::negation: {
      truth t = c.children.empty() ? truth::unknown : test(c.children[0], f);
      return t == truth::unknown ? t : from_bool(t == truth::no);
    }
    case condition::type::indicator: {
      bool concern =
          std::any_of(f.concerns.begin(), f.concerns.end(), [&](const indicator* i) { return i->id == c.name; });
      const indicator* ticked = f.p.find_indicator(c.name);
      bool strength = ticked && ticked->strength &&
                      std::find(f.a.indicators.begin(), f.a.indicators.end(), c.name) != f.a.indicators.end();
      return from_bool(concern || strength);
    }
    case condition::type::tag:
      return from_bool(std::any_of(f.concerns.begin(), f.concerns.end(), [&](const indicator* i) {
        return std::find(i->tags.begin(), i->tags.end(), c.name) != i->tags.end();
      }));
    case condition::type::age_group: return age_group(c.name, f.a);
    case condition::type::count: return count(c, f);
    case condition::type::fact: return compare_fact(c, f);
    case condition::type::given: return from_bool(fact_value(c.name, f).has_value());
    case condition::type::answer:
      if (!f.choices) return truth::no;
      return from_bool(std::any_of(f.choices->begin(), f.choices->end(),
                                   [&](const pathway_choice& s) { return s.node == c.name && s.choice == c.option; }));
  }
  return truth::no;
}

namespace {
std::string describe_value(const scalar& v) {
  if (v.kind == scalar::type::string) return v.text;
  if (v.kind == scalar::type::boolean) return v.boolean ? "yes" : "no";
  return format_number(v.number);
}
std::string join(const std::vector<condition>& items, const std::string& word) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) text += (i ? " " + word + " " : "") + describe(items[i]);
  return text;
}
}  // namespace

std::string describe(const condition& c) {
  switch (c.kind) {
    case condition::type::always: return "always";
    case condition::type::all: return join(c.children, "and");
    case condition::type::any: return join(c.children, "or");
    case condition::type::negation: return "not (" + (c.children.empty() ? "" : describe(c.children[0])) + ")";
    case condition::type::indicator: return "indicator " + c.name + " is ticked";
    case condition::type::tag: return "a concern tagged " + c.name + " is ticked";
    case condition::type::age_group:
      if (c.name == "unborn") return "the child is unborn";
      if (c.name == "under_one") return "the child is under one";
      if (c.name == "under_13") return "the child is under 13";
      if (c.name == "non_mobile") return "the child is not yet mobile";
      return c.name;
    case condition::type::count:
      return "at least " + std::to_string(c.min) + " level " + std::to_string(c.level) + " concerns" +
             (c.distinct_domains ? " in different areas" : "");
    case condition::type::fact: {
      std::string op;
      switch (c.op) {
        case comparison::eq: op = "is"; break;
        case comparison::ne: op = "is not"; break;
        case comparison::lt: op = "is under"; break;
        case comparison::le: op = "is at most"; break;
        case comparison::gt: op = "is over"; break;
        case comparison::ge: op = "is at least"; break;
        case comparison::in: op = "is one of"; break;
      }
      std::string values;
      for (size_t i = 0; i < c.values.size(); ++i) values += (i ? ", " : "") + describe_value(c.values[i]);
      std::string name = c.name;
      std::replace(name.begin(), name.end(), '_', ' ');
      return name + " " + op + " " + values;
    }
    case condition::type::given: {
      std::string name = c.name;
      std::replace(name.begin(), name.end(), '_', ' ');
      return name + " is answered";
    }
    case condition::type::answer: return "the answer to " + c.name + " is " + c.option;
  }
  return "";
}

}  // namespace threshold::detail
