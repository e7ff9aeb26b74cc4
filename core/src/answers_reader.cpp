// The answers reader: screening and pathway answers into plain values, each checked against the fact
// table (types, documented ranges, allowed values) and the pack (indicators, levels).
#include <algorithm>
#include <cmath>

#include "answer_facts.hpp"
#include "json_reader.hpp"
#include "threshold/json_io.hpp"

namespace threshold {

using detail::json;
using detail::object_reader;
using detail::problems;

namespace {

// A date answer: absent is no date; anything else, "" included, must be a real YYYY-MM-DD date.
std::optional<date> read_date(object_reader& r, problems& p, const std::string& key) {
  std::string text = r.text(key, false);
  const json* v = r.get(key, false);
  if (!v || !v->is_string()) return std::nullopt;
  auto d = parse_date(text);
  if (!d)
    p.add("bad_date", r.at(key), "\"" + detail::shown(text) + "\" is not a date; use YYYY-MM-DD, e.g. 2026-11-23.");
  return d;
}

// One answer, read by its entry in the fact table: its type, then its range or allowed values.
void read_fact(object_reader& r, problems& p, const detail::fact_info& fact, answers& a) {
  const std::string key(fact.name);
  const json* v = r.get(key, false);
  if (!v) return;
  auto refuse = [&](const std::string& why) {
    p.add("bad_value", r.at(key), why + ": \"" + key + "\" must be " + detail::accepted_values(fact) + ".");
  };
  scalar value;
  value.kind = fact.type;
  switch (fact.type) {
    case scalar::type::boolean:
      if (fact.may_be_unknown && v->is_string() && v->as_string() == "unknown") {
        if (key == "significant_harm_suspected") a.significant_harm_unknown = true;
        return;
      }
      if (!v->is_boolean())
        return r.wrong_type(key, fact.may_be_unknown ? "true, false or \"unknown\"" : "true or false", *v);
      value.boolean = v->as_bool();
      break;
    case scalar::type::number:
      if (!v->is_number()) return r.wrong_type(key, "a number", *v);
      value.number = v->as_number();
      if (fact.whole && !v->is_number_integer()) return r.wrong_type(key, "a whole number", *v);
      if (!(value.number >= fact.min && value.number <= fact.max))
        return refuse(std::abs(value.number) < 1e9 ? format_number(value.number) + " is out of range"
                                                   : "The number is out of range");
      break;
    case scalar::type::string:
      if (!v->is_string()) return r.wrong_type(key, "a string", *v);
      value.text = v->as_string();
      if (std::find(fact.options.begin(), fact.options.end(), value.text) == fact.options.end())
        return refuse("\"" + detail::shown(value.text) + "\" is not a valid " + key);
      break;
  }
  fact.set(a, value);
}

void read_answers(object_reader& r, problems& p, const pack& pk, answers& a) {
  // "version" is optional; a caller that names the format must name the one this engine reads.
  if (auto version = r.integer("version", false); version && *version != 1)
    p.add("bad_value", r.at("version"),
          "Answers version " + std::to_string(*version) + " is not supported: this engine reads version 1.");
  a.on = read_date(r, p, "date");
  for (const auto& fact : detail::fact_table())
    if (fact.answered) read_fact(r, p, fact, a);
  if (a.agreed_level && !pk.find_level(*a.agreed_level)) {
    std::string levels;
    for (const auto& l : pk.levels) levels += (levels.empty() ? "" : ", ") + std::to_string(l.number);
    p.add("bad_value", r.at("agreed_level"),
          "This partnership has no level " + std::to_string(*a.agreed_level) + " (levels: " + levels + ").");
    a.agreed_level.reset();
  }
  a.indicators = r.strings("indicators");
  for (size_t i = 0; i < a.indicators.size(); ++i)
    if (!pk.find_indicator(a.indicators[i]))
      p.add("unknown_indicator", r.at("indicators") + "/" + std::to_string(i),
            "\"" + detail::shown(a.indicators[i]) + "\" is not one of the concerns in the " + pk.about.name +
                " guidance.");
  r.finish();
}

}  // namespace

result<answers> parse_answers(std::string_view json_text, const pack& p) {
  result<answers> out;
  auto root = detail::parse_strict(json_text, "answers", out.errors);
  if (!root) return out;
  problems pr{out.errors, "answers"};
  object_reader r(*root, "", pr, "the answers");
  answers a;
  read_answers(r, pr, p, a);
  if (out.errors.empty()) out.value = std::move(a);
  return out;
}

result<pathway_answers> parse_pathway_answers(std::string_view json_text, const pack& p) {
  result<pathway_answers> out;
  auto root = detail::parse_strict(json_text, "answers", out.errors);
  if (!root) return out;
  problems pr{out.errors, "answers"};
  object_reader r(*root, "", pr, "the pathway answers");
  pathway_answers a;
  a.on = read_date(r, pr, "date");
  if (const json* s = r.get("screening", false)) {
    object_reader sr(*s, "/screening", pr, "the screening answers");
    read_answers(sr, pr, p, a.screening);
  }
  if (!a.screening.on) a.screening.on = a.on;
  if (const json* dates = r.get("dates", false)) {
    if (!dates->is_object()) {
      r.wrong_type("dates", "an object", *dates);
    } else {
      for (const auto& [id, value] : dates->members()) {
        const std::string at = r.at("dates") + "/" + detail::pointer_segment(id);
        auto moment = value.is_string() ? parse_date_time(value.as_string()) : std::nullopt;
        if (!moment) {
          pr.add("bad_date", at, "A date is YYYY-MM-DD, or YYYY-MM-DDTHH:MM with the time, e.g. 2026-11-23T14:30.");
          continue;
        }
        a.dates[id] = *moment;
        a.timed[id] = value.as_string().size() > 10;
      }
    }
  }
  r.each("steps", false, [&](const json& j, const std::string& ptr) {
    object_reader sr(j, ptr, pr, "a pathway step");
    a.steps.push_back({sr.text("node"), sr.text("choice")});
    sr.finish();
  });
  r.finish();
  if (out.errors.empty()) out.value = std::move(a);
  return out;
}

}  // namespace threshold
