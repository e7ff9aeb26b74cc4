#include "answer_facts.hpp"

namespace threshold::detail {

namespace {

std::optional<scalar> number(std::optional<double> v) {
  if (!v) return std::nullopt;
  scalar s;
  s.kind = scalar::type::number;
  s.number = *v;
  return s;
}
std::optional<scalar> boolean(std::optional<bool> v) {
  if (!v) return std::nullopt;
  scalar s;
  s.kind = scalar::type::boolean;
  s.boolean = *v;
  return s;
}
std::optional<scalar> text(const std::optional<std::string>& v) {
  if (!v) return std::nullopt;
  scalar s;
  s.kind = scalar::type::string;
  s.text = *v;
  return s;
}

using type = scalar::type;

}  // namespace

const std::vector<fact_info>& fact_table() {
  // Ranges: an age up to 25 (care leavers' services run to 25), months 0-11 beside the years, and weeks
  // since a step down up to 25 years of weeks; anything past them is a typing slip, refused with a message.
  static const std::vector<fact_info> table = {
      {.name = "immediate_danger",
       .get = [](const answers& a) { return boolean(a.immediate_danger); },
       .set = [](answers& a, const scalar& v) { a.immediate_danger = v.boolean; }},
      {.name = "unborn",
       .get = [](const answers& a) { return boolean(a.unborn); },
       .set = [](answers& a, const scalar& v) { a.unborn = v.boolean; }},
      {.name = "non_mobile",
       .get = [](const answers& a) { return boolean(a.non_mobile); },
       .set = [](answers& a, const scalar& v) { a.non_mobile = v.boolean; }},
      {.name = "age_years",
       .type = type::number,
       .min = 0,
       .max = 25,
       .get = [](const answers& a) { return number(a.age_years); },
       .set = [](answers& a, const scalar& v) { a.age_years = v.number; }},
      {.name = "age_months",
       .type = type::number,
       .min = 0,
       .max = 11,
       .get = [](const answers& a) { return number(a.age_months); },
       .set = [](answers& a, const scalar& v) { a.age_months = v.number; }},
      {.name = "weeks_since_step_down",
       .type = type::number,
       .min = 0,
       .max = 1300,
       .get = [](const answers& a) { return number(a.weeks_since_step_down); },
       .set = [](answers& a, const scalar& v) { a.weeks_since_step_down = v.number; }},
      {.name = "agreed_level",
       .type = type::number,
       .whole = true,
       .min = 1,
       .max = 9,
       .get =
           [](const answers& a) {
             return number(a.agreed_level ? std::optional<double>(*a.agreed_level) : std::nullopt);
           },
       .set = [](answers& a, const scalar& v) { a.agreed_level = static_cast<int>(v.number); }},
      {.name = "consent",
       .type = type::string,
       .options = {"given", "refused", "not_yet_sought", "would_increase_risk"},
       .get = [](const answers& a) { return text(a.consent); },
       .set = [](answers& a, const scalar& v) { a.consent = v.text; }},
      {.name = "involvement",
       .type = type::string,
       .options = {"none", "single_agency", "early_help", "child_in_need", "child_protection", "looked_after",
                   "recently_stepped_down"},
       .get = [](const answers& a) { return text(a.involvement); },
       .set = [](answers& a, const scalar& v) { a.involvement = v.text; }},
      {.name = "significant_harm_suspected",
       .may_be_unknown = true,
       .get = [](const answers& a) { return boolean(a.significant_harm_suspected); },
       .set = [](answers& a, const scalar& v) { a.significant_harm_suspected = v.boolean; }},
      {.name = "level", .type = type::number, .answered = false},
      {.name = "concern_count", .type = type::number, .answered = false},
      {.name = "consent_risk_indicator", .answered = false},
      {.name = "strategy_discussion", .answered = false},
  };
  return table;
}

std::string accepted_values(const fact_info& f) {
  if (f.type == scalar::type::number) return "between " + format_number(f.min) + " and " + format_number(f.max);
  if (f.type == scalar::type::boolean) return f.may_be_unknown ? "true, false or \"unknown\"" : "true or false";
  std::string list;
  for (const auto& o : f.options) list += std::string(list.empty() ? "" : ", ") + std::string(o);
  return "one of " + list;
}

const fact_info* find_fact(std::string_view name) {
  for (const auto& f : fact_table())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace threshold::detail
