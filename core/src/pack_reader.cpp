// The pack reader: a content pack's JSON into plain values, every structural problem reported with its
// pointer; cross-references are checked afterwards (pack_checks.cpp). Also the bank-holiday calendar.
#include <algorithm>
#include <map>
#include <set>

#include "answer_facts.hpp"
#include "json_reader.hpp"
#include "pack_checks.hpp"
#include "threshold/json_io.hpp"

namespace threshold {

using detail::json;
using detail::object_reader;
using detail::problems;

namespace {

bool good_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::optional<comparison> parse_comparison(const std::string& text) {
  static const std::map<std::string, comparison> ops = {
      {"eq", comparison::eq}, {"ne", comparison::ne}, {"lt", comparison::lt}, {"le", comparison::le},
      {"gt", comparison::gt}, {"ge", comparison::ge}, {"in", comparison::in}};
  auto it = ops.find(text);
  return it == ops.end() ? std::nullopt : std::optional(it->second);
}

std::optional<time_unit> parse_unit(const std::string& text) {
  if (text == "hours") return time_unit::hours;
  if (text == "working_days") return time_unit::working_days;
  if (text == "calendar_days") return time_unit::calendar_days;
  return std::nullopt;
}

class pack_loader {
 public:
  pack_loader(std::vector<error>& errors, bool check_references)
      : problems_{errors, "pack", detail::max_text_bytes, true}, check_references_(check_references) {}

  std::optional<pack> load(const json& root, const working_day_calendar& calendar);

 private:
  problems problems_;
  bool check_references_;
  std::string default_file_;
  std::vector<detail::pack_reference> references_;  // checked once every entry is read
  std::vector<std::string> level_fact_pointers_;    // conditions on "level", to keep them out of raise_level rules

  void refer(const std::string& pointer, const std::string& kind, const std::string& id) {
    if (!id.empty()) references_.push_back({pointer, kind, id});
  }

  std::string id_of(object_reader& r, std::string_view key = "id") {
    std::string id = r.text(key);
    if (r.valid() && !id.empty() && !good_id(id))
      problems_.add("bad_id", r.at(key), "\"" + id + "\" is not a valid id: use lower-case letters, digits and _.");
    return id;
  }

  citation source_of(object_reader& r, std::string_view key = "source") {
    citation c;
    const json* v = r.get(key, false);
    if (!v) {
      if (r.valid())
        problems_.add("missing_source", r.at(key),
                      "Every entry must cite the source document: add \"source\": {\"lines\": [from, to], \"section\": "
                      "\"...\"}.");
      return c;
    }
    object_reader s(*v, r.at(key), problems_, "a source citation");
    c.file = s.text("file", false);
    if (c.file.empty()) c.file = default_file_;
    c.section = s.text("section");
    c.page = s.text("page", false);
    if (const json* lines = s.get("lines", true)) {
      if (lines->is_array() && lines->size() == 2 && (*lines)[0].is_number_integer() &&
          (*lines)[1].is_number_integer()) {
        auto line = [](const json& n) { return static_cast<int>(std::min<std::int64_t>(n.as_integer(), 100000000)); };
        c.line_from = line((*lines)[0]);
        c.line_to = line((*lines)[1]);
        if (c.line_from < 1 || c.line_to < c.line_from)
          problems_.add("bad_source", s.at("lines"),
                        "Line numbers must be positive with from <= to (found [" + std::to_string(c.line_from) + ", " +
                            std::to_string(c.line_to) + "]).");
      } else {
        problems_.add("bad_source", s.at("lines"), "\"lines\" must be [from, to], two whole line numbers.");
      }
    }
    s.finish();
    return c;
  }

  // Contact ids, each checked once every contact is read.
  std::vector<std::string> contacts_of(object_reader& r, const std::string& key) {
    std::vector<std::string> ids = r.strings(key);
    for (size_t i = 0; check_references_ && i < ids.size(); ++i)
      refer(r.at(key) + "/" + std::to_string(i), "contact", ids[i]);
    return ids;
  }

  // An optional word from a fixed list ("" when absent).
  std::optional<step_kind> kind_of(object_reader& r, const std::string& key, const std::vector<step_kind>& allowed,
                                   bool required = false) {
    if (!required && !r.get(key, false)) return std::nullopt;
    std::string name = r.text(key);
    if (name.empty()) return std::nullopt;
    std::optional<step_kind> kind = step_kind_named(name);
    if (!kind || std::find(allowed.begin(), allowed.end(), *kind) == allowed.end()) {
      std::string list;
      for (step_kind a : allowed) list += (list.empty() ? "" : ", ") + std::string(to_string(a));
      problems_.add("bad_value", r.at(key), "\"" + name + "\" is not allowed here: use " + list + ".");
      return std::nullopt;
    }
    return kind;
  }

  // An optional day, "YYYY-MM-DD" and a real calendar date ("" is not one: leave the key out).
  std::optional<date> date_of(object_reader& r, const std::string& key) {
    const json* v = r.get(key, false);
    if (!v || !v->is_string()) {
      if (v) r.text(key, false);  // reports the wrong type
      return std::nullopt;
    }
    const std::string text = r.text(key, false);
    auto d = parse_date(text);
    if (!d)
      problems_.add("bad_date", r.at(key),
                    "\"" + detail::shown(text) +
                        "\" is not a date: write a real day as YYYY-MM-DD, e.g. 2026-12-07 (or leave the key out).");
    return d;
  }

  // A link a page may write into href: https, http, mailto or tel only. The scheme is read as a browser
  // would (leading spaces and control characters dropped, tabs and newlines removed, any case), so
  // " javascript:", "JaVaScRiPt:" and "java<TAB>script:" are all refused.
  std::string link_of(object_reader& r, const std::string& key) {
    std::string url = r.text(key, false);
    if (url.empty()) return url;
    std::string scheme;
    bool has_scheme = false;
    size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
    for (; i < url.size(); ++i) {
      char c = url[i];
      if (c == '\t' || c == '\n' || c == '\r') continue;
      if (c == ':') {
        has_scheme = true;
        break;
      }
      if (c == '/' || c == '?' || c == '#') break;
      scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    static const std::set<std::string> allowed = {"https", "http", "mailto", "tel"};
    bool clean = std::none_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (!has_scheme || !allowed.count(scheme) || !clean)
      problems_.add("bad_link", r.at(key),
                    "A link must start with https:, http:, mailto: or tel: and contain no spaces before it or control "
                    "characters; this one does not.");
    else if (scheme == "mailto" && !plain_email_address(std::string_view(url).substr(url.find(':') + 1)))
      // The same hidden Bcc as in an email (issue 25): mailto:mash@...?bcc=someone@evil.example.
      problems_.add("bad_link", r.at(key),
                    "A mailto: link names one plain address, mailto:name@domain, with nothing after it (no "
                    "\"?bcc=\", \"?subject=\" or second address).");
    return url;
  }

  // An email address the page and the reference write after "mailto:": a plain local@domain only.
  // "mash@x.gov.uk?bcc=someone@evil.example" was accepted and became a silent Bcc in every link
  // (issue 25), so the local part takes letters, digits and . _ - + ' (no ? & % # = , ; spaces or
  // anything else a mailto: URL gives a meaning), and the domain dot-separated labels of letters,
  // digits and hyphens.
  std::string email_of(object_reader& r, const std::string& key) {
    std::string address = r.text(key, false);
    if (address.empty() || plain_email_address(address)) return address;
    problems_.add("bad_value", r.at(key),
                  "\"" + detail::shown(address) +
                      "\" is not a plain email address: write it as name@domain, with no spaces, \"?\", \"&\", "
                      "commas or other addresses.");
    return address;
  }

  // A telephone number the page writes into a tel: link and reads out: digits with spaces, hyphens or
  // brackets between them, "+" only first, at least three digits ("999", "0300 555 0050", "+44 300
  // 555 0050"). A letter O for a zero, or words, would make a link that rings nobody.
  std::string phone_of(object_reader& r, const std::string& key, bool required) {
    std::string number = r.text(key, required);
    if (number.empty() || telephone_number(number)) return number;
    problems_.add("bad_value", r.at(key),
                  "\"" + detail::shown(number) +
                      "\" is not a telephone number: write digits, with spaces between groups (for example "
                      "0300 555 0050), and \"+\" only at the start of an international number.");
    return number;
  }

  static bool telephone_number(std::string_view number) {
    size_t digits = 0;
    for (size_t i = 0; i < number.size(); ++i) {
      char c = number[i];
      if (c >= '0' && c <= '9')
        ++digits;
      else if (!(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0)))
        return false;
    }
    return digits >= 3;
  }

  static bool plain_email_address(std::string_view address) {
    auto is_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    size_t at = address.find('@');
    if (at == std::string_view::npos || at == 0 || address.size() > 254) return false;
    std::string_view local = address.substr(0, at), domain = address.substr(at + 1);
    if (local.size() > 64 || local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
      return false;
    for (char c : local)
      if (!is_alnum(c) && c != '.' && c != '_' && c != '-' && c != '+' && c != '\'') return false;
    size_t labels = 0;
    for (size_t from = 0; from <= domain.size(); ++labels) {
      size_t to = std::min(domain.find('.', from), domain.size());
      std::string_view label = domain.substr(from, to - from);
      if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
      for (char c : label)
        if (!is_alnum(c) && c != '-') return false;
      from = to + 1;
    }
    return labels >= 2;
  }

  template <typename T, typename F>
  std::vector<T> list(object_reader& r, const std::string& key, bool required, F read_one) {
    std::vector<T> items;
    std::map<std::string, size_t> ids;  // each id's first position: its pointer only for a problem
    r.each(key, required, [&](const json& j, const std::string& ptr) {
      T item = read_one(j, ptr);
      if (!item.id.empty()) {
        auto [it, fresh] = ids.emplace(item.id, items.size());
        if (!fresh)
          problems_.add("duplicate_id", ptr + "/id",
                        "The id \"" + item.id + "\" is already used at " + r.at(key) + "/" +
                            std::to_string(it->second) + "; ids must be unique.");
      }
      items.push_back(std::move(item));
    });
    return items;
  }

  condition read_condition(const json& j, const std::string& ptr, bool in_pathway);
  std::optional<condition> optional_condition(object_reader& r, const std::string& key, bool in_pathway = false) {
    const json* v = r.get(key, false);
    if (!v) return std::nullopt;
    return read_condition(*v, r.at(key), in_pathway);
  }
  cited_text read_cited(const json& j, const std::string& ptr, const std::string& what, bool needs_id) {
    object_reader r(j, ptr, problems_, what);
    cited_text t;
    if (needs_id) t.id = id_of(r);
    t.text = r.paragraphs("text", true);
    t.source = source_of(r);
    r.finish();
    return t;
  }
  // {"by": "your Designated Safeguarding Lead", "test": "a referral is necessary to protect the child"}
  std::optional<override_decision> decided_of(object_reader& r) {
    const json* v = r.get("decided_by", false);
    if (!v) return std::nullopt;
    object_reader d(*v, r.at("decided_by"), problems_, "who decides to go ahead without consent");
    override_decision o{d.text("by"), d.text("test"), d.text("without", false)};
    if (o.without.empty()) o.without = "consent";
    d.finish();
    return o;
  }
  std::optional<node_timescale> read_node_timescale(object_reader& r) {
    const json* v = r.get("timescale", false);
    if (!v) return std::nullopt;
    object_reader t(*v, r.at("timescale"), problems_, "a timescale");
    node_timescale ts;
    ts.amount = t.integer("amount").value_or(0);
    ts.unit = unit_of(t, "unit");
    ts.label = t.text("label");
    ts.starts = t.text("starts", false);
    if (const json* f = t.get("from", false)) {
      object_reader from(*f, t.at("from"), problems_, "the event a timescale counts from");
      ts.from = date_from{id_of(from), from.text("question"), from.boolean("default_today").value_or(false)};
      from.finish();
    }
    t.finish();
    return ts;
  }
  time_unit unit_of(object_reader& r, const std::string& key) {
    std::string text = r.text(key);
    auto unit = parse_unit(text);
    if (!unit && !text.empty())
      problems_.add("bad_value", r.at(key),
                    "\"" + text + "\" is not a unit: use hours, working_days or calendar_days.");
    return unit.value_or(time_unit::working_days);
  }

  partnership read_partnership(const json& j, const std::string& ptr);
  level read_level(const json& j, const std::string& ptr);
  indicator read_indicator(const json& j, const std::string& ptr);
  contact read_contact(const json& j, const std::string& ptr);
  consent_rule read_consent(const json& j, const std::string& ptr);
  rule read_rule(const json& j, const std::string& ptr);
  pathway read_pathway(const json& j, const std::string& ptr);
};

condition pack_loader::read_condition(const json& j, const std::string& ptr, bool in_pathway) {
  condition c;
  if (in_pathway && j.is_object() && j.contains("answer")) {
    c.kind = condition::type::answer;
    object_reader r(j, ptr, problems_, "an answer condition");
    c.name = r.text("answer");
    c.option = r.text("is");
    r.finish();
    return c;
  }
  if (j.is_object() && j.contains("fact")) {
    // {"fact": NAME, "op": OP, "value": V}: the one condition with several keys.
    c.kind = condition::type::fact;
    object_reader r(j, ptr, problems_, "a fact condition");
    c.name = r.text("fact");
    const std::string op = r.text("op");
    auto parsed = parse_comparison(op);
    c.op = parsed.value_or(comparison::eq);
    const detail::fact_info* fact = detail::find_fact(c.name);
    if (!c.name.empty() && !fact)
      problems_.add("bad_value", r.at("fact"),
                    "\"" + c.name + "\" is not a fact the engine knows (see content/SCHEMA.md).");
    if (!op.empty() && !parsed)
      problems_.add("bad_value", r.at("op"), "\"" + op + "\" is not an operator: use eq, ne, lt, le, gt, ge or in.");
    if (const json* value = r.get("value", true)) {
      auto to_scalar = [&](const json& x, const std::string& p) {
        scalar s;
        if (x.is_boolean()) {
          s.kind = scalar::type::boolean;
          s.boolean = x.as_bool();
        } else if (x.is_number()) {
          s.kind = scalar::type::number;
          s.number = x.as_number();
        } else if (x.is_string()) {
          s.kind = scalar::type::string;
          s.text = x.as_string();
        } else {
          problems_.add("wrong_type", p, "A fact value must be true/false, a number or a string.");
          return;
        }
        if (fact && s.kind != fact->type)
          problems_.add("wrong_type", p, "\"" + c.name + "\" is compared with a value of the wrong type.");
        c.values.push_back(s);
      };
      if (c.op == comparison::in) {
        if (!value->is_array())
          problems_.add("wrong_type", r.at("value"), "With \"in\", \"value\" must be an array.");
        else
          for (size_t i = 0; i < value->size(); ++i) to_scalar((*value)[i], r.at("value") + "/" + std::to_string(i));
      } else {
        to_scalar(*value, r.at("value"));
      }
    }
    r.finish();
    if (c.name == "level") level_fact_pointers_.push_back(r.at("fact"));
    return c;
  }
  if (!j.is_object() || j.size() != 1) {
    problems_.add("bad_value", ptr,
                  "A condition is an object with one key (always, all, any, not, indicator, tag, age_group, count or "
                  "given), or a "
                  "comparison {\"fact\", \"op\", \"value\"}" +
                      std::string(in_pathway ? ", or {\"answer\", \"is\"}" : "") + ".");
    return c;
  }
  const std::string key = j.members()[0].first;
  const json& v = j.members()[0].second;
  const std::string at = ptr + "/" + detail::pointer_segment(key);
  auto expect_string = [&]() {
    if (v.is_string()) return v.as_string();
    problems_.add("wrong_type", at, "\"" + key + "\" must be a string, not " + detail::type_name(v) + ".");
    return std::string();
  };
  if (key == "given") {
    c.kind = condition::type::given;
    c.name = expect_string();
    if (!c.name.empty() && !detail::find_fact(c.name))
      problems_.add("bad_value", at, "\"" + c.name + "\" is not a fact the engine knows (see content/SCHEMA.md).");
    if (c.name == "level") level_fact_pointers_.push_back(at);
  } else if (key == "always") {
    c.kind = condition::type::always;
    if (!v.is_boolean() || !v.as_bool()) problems_.add("bad_value", at, "Write {\"always\": true}.");
  } else if (key == "all" || key == "any") {
    c.kind = key == "all" ? condition::type::all : condition::type::any;
    if (!v.is_array() || v.empty()) {
      problems_.add("wrong_type", at, "\"" + key + "\" must be a non-empty array of conditions.");
      return c;
    }
    for (size_t i = 0; i < v.size(); ++i)
      c.children.push_back(read_condition(v[i], at + "/" + std::to_string(i), in_pathway));
  } else if (key == "not") {
    c.kind = condition::type::negation;
    c.children.push_back(read_condition(v, at, in_pathway));
  } else if (key == "indicator") {
    c.kind = condition::type::indicator;
    c.name = expect_string();
    refer(at, "indicator", c.name);
  } else if (key == "tag") {
    c.kind = condition::type::tag;
    c.name = expect_string();
    refer(at, "tag", c.name);
  } else if (key == "age_group") {
    c.kind = condition::type::age_group;
    c.name = expect_string();
    static const std::set<std::string> groups = {"unborn", "under_one", "under_13", "non_mobile"};
    if (!c.name.empty() && !groups.count(c.name))
      problems_.add("bad_value", at,
                    "\"" + c.name + "\" is not an age group: use unborn, under_one, under_13 or non_mobile.");
  } else if (key == "count") {
    c.kind = condition::type::count;
    object_reader r(v, at, problems_, "a count condition");
    c.level = r.integer("level").value_or(0);
    c.min = r.integer("min").value_or(0);
    c.distinct_domains = r.boolean("distinct_domains").value_or(false);
    r.finish();
    if (r.valid()) refer(at + "/level", "level", std::to_string(c.level));
  } else {
    problems_.add("bad_value", at, "\"" + detail::shown(key) + "\" is not a kind of condition.");
  }
  return c;
}

namespace {
// A summary line from a long label: its first clause ("Consider: a, b and c" -> "Consider"), where
// that is short enough to stand alone; else the label.
std::string first_clause(const std::string& label) {
  const std::size_t end = label.find_first_of(":.");
  std::string clause = label.substr(0, end);
  while (!clause.empty() && clause.back() == ' ') clause.pop_back();
  return !clause.empty() && clause.size() <= 80 ? clause : label;
}
}  // namespace

namespace {
// The words the page shows about how current the guidance is, said once here (docs/API.md, "Currency").
void resolve_currency(partnership& p) {
  p.checked_text = p.checked ? format_date_for_people(*p.checked) : "";
  p.review_by_text = p.review_by ? format_date_for_people(*p.review_by) : "";
  p.currency_text = p.published.empty() ? "Guidance undated" : "Guidance dated " + p.published;
  p.currency_text += p.checked ? ", checked " + p.checked_text + "." : ".";
  p.overdue_text = p.review_by ? "This guidance was due for review on " + p.review_by_text +
                                     ": it may have been replaced. Check " + p.name + "'s own page."
                               : "";
}
}  // namespace

partnership pack_loader::read_partnership(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "the partnership");
  partnership p;
  p.name = r.text("name");
  p.area = r.text("area");
  p.document_title = r.text("document_title");
  p.published = r.text("published", false);
  p.review = r.text("review", false);
  p.applies_to = r.text("applies_to", false);
  p.source_file = r.text("source_file");
  p.cite_as = r.text("cite_as", false);
  if (p.cite_as.empty()) p.cite_as = p.document_title;
  p.date_text = p.published.empty() ? "undated" : p.published;
  p.checked = date_of(r, "checked");
  p.review_by = date_of(r, "review_by");
  p.indicative_notice = r.text("indicative_notice", false);
  if (p.indicative_notice.empty()) p.indicative_notice = default_indicative_notice;
  p.url = link_of(r, "url");
  resolve_currency(p);
  default_file_ = p.source_file;
  p.not_covered = r.strings("not_covered");
  p.search_examples = r.strings("search_examples");
  p.source = source_of(r);
  r.finish();
  return p;
}

level pack_loader::read_level(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "a level");
  level l;
  l.id = id_of(r);
  l.number = r.integer("number").value_or(0);
  if (r.valid() && l.number < 1) problems_.add("bad_value", r.at("number"), "A level's number must be 1 or more.");
  l.label = r.text("label");
  l.summary = r.text("summary", false);
  l.definition = r.paragraphs("definition", true);
  l.response = r.paragraphs("response");
  l.assessments = r.paragraphs("assessments");
  l.route = r.text("route");
  refer(r.at("route"), "route", l.route);
  l.source = source_of(r);
  r.finish();
  return l;
}

indicator pack_loader::read_indicator(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "an indicator");
  indicator i;
  i.id = id_of(r);
  i.domain = r.text("domain");
  // References are kept (with their pointers) only to be checked: a vouched pack skips both.
  if (check_references_) refer(r.at("domain"), "domain", i.domain);
  i.level = r.integer("level").value_or(0);
  if (check_references_ && r.valid() && r.get("level", false)) refer(r.at("level"), "level", std::to_string(i.level));
  std::string kind = r.text("kind", false);
  if (kind == "strength")
    i.strength = true;
  else if (!kind.empty() && kind != "concern")
    problems_.add("bad_value", r.at("kind"), "\"" + kind + "\" is not a kind: use concern or strength.");
  i.text = r.text("text");
  i.hint = r.text("hint", false);
  i.keywords = r.strings("keywords");
  i.tags = r.strings("tags");
  for (size_t t = 0; check_references_ && t < i.tags.size(); ++t)
    refer(r.at("tags") + "/" + std::to_string(t), "tag", i.tags[t]);
  i.strategy_discussion = r.boolean("strategy_discussion").value_or(false);
  i.immediate_danger = r.boolean("immediate_danger").value_or(false);
  i.consent_may_increase_risk = r.boolean("consent_may_increase_risk").value_or(false);
  i.applies_when = optional_condition(r, "applies_when");
  i.source = source_of(r);
  r.finish();
  return i;
}

contact pack_loader::read_contact(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "a contact");
  contact c;
  c.id = id_of(r);
  c.label = r.text("label");
  c.phone = phone_of(r, "phone", false);
  c.hours = r.text("hours", false);
  c.email = email_of(r, "email");
  c.url = link_of(r, "url");
  c.notes = r.text("notes", false);
  c.group = r.text("group", false);
  if (const json* v = r.get("out_of_hours", false)) {
    object_reader o(*v, r.at("out_of_hours"), problems_, "out-of-hours details");
    c.after_hours = out_of_hours{o.text("label"), phone_of(o, "phone", true), o.text("hours", false)};
    o.finish();
  }
  c.source = source_of(r);
  r.finish();
  return c;
}

consent_rule pack_loader::read_consent(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "a consent entry");
  consent_rule c;
  c.id = id_of(r);
  c.level = r.integer("level").value_or(0);
  if (r.valid() && r.get("level", false)) refer(r.at("level"), "level", std::to_string(c.level));
  c.required = r.boolean("required", true).value_or(false);
  c.text = r.paragraphs("text", true);
  c.exceptions = list<consent_exception>(r, "exceptions", false, [&](const json& e, const std::string& p) {
    object_reader x(e, p, problems_, "a consent exception");
    consent_exception t;
    t.id = id_of(x);
    t.text = x.paragraphs("text", true);
    // "may_proceed_without": false is the older spelling of "verdict": "seek_advice".
    if (!x.boolean("may_proceed_without").value_or(true)) t.verdict = consent_verdict::seek_advice;
    if (x.get("verdict", false)) {
      const std::string verdict = x.text("verdict");
      if (verdict == to_string(consent_verdict::seek_advice))
        t.verdict = consent_verdict::seek_advice;
      else if (verdict == to_string(consent_verdict::proceed_without_consent))
        t.verdict = consent_verdict::proceed_without_consent;
      else
        problems_.add("bad_value", x.at("verdict"),
                      "\"" + verdict +
                          "\" is not a consent verdict for an exception: use proceed_without_consent or "
                          "seek_advice.");
    }
    t.when = optional_condition(x, "when");
    t.contacts = contacts_of(x, "contacts");
    if (const json* v = x.get("record", false)) {
      t.record = read_cited(*v, x.at("record"), "what must be recorded", false);
      t.record->id = t.id + "_record";
    }
    t.route = x.text("route", false);
    refer(x.at("route"), "route", t.route);
    t.decided = decided_of(x);
    t.source = source_of(x);
    x.finish();
    return t;
  });
  if (const json* v = r.get("when_refused", false)) {
    object_reader w(*v, r.at("when_refused"), problems_, "what happens when consent is refused");
    cited_text t;
    t.id = c.id + "_when_refused";
    t.text = w.paragraphs("text", true);
    c.may_proceed_when_refused = w.boolean("may_proceed_without", true).value_or(false);
    c.refused_decided = decided_of(w);
    t.source = source_of(w);
    w.finish();
    c.when_refused = t;
  }
  if (const json* v = r.get("not_yet_sought", false)) {
    c.not_yet_sought = read_cited(*v, r.at("not_yet_sought"), "guidance when consent is not yet sought", false);
    c.not_yet_sought->id = c.id + "_not_yet_sought";
  }
  if (const json* v = r.get("record", false)) {
    c.record = read_cited(*v, r.at("record"), "what must be recorded", false);
    c.record->id = c.id + "_record";
  }
  c.advice_contacts = contacts_of(r, "advice_contacts");
  c.source = source_of(r);
  r.finish();
  return c;
}

rule pack_loader::read_rule(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "a rule");
  rule x;
  x.id = id_of(r);
  std::string kind = r.text("kind");
  if (kind == "raise_level") {
    x.kind = rule::type::raise_level;
    x.level = r.integer("level").value_or(0);
    if (r.get("level", false)) refer(r.at("level"), "level", std::to_string(x.level));
  } else if (kind == "advisory") {
    x.kind = rule::type::advisory;
    x.advisory = id_of(r, "advisory");
    x.contacts = contacts_of(r, "contacts");
  } else if (kind == "strategy_discussion") {
    x.kind = rule::type::strategy_discussion;
  } else if (!kind.empty()) {
    problems_.add("bad_value", r.at("kind"),
                  "\"" + kind + "\" is not a kind of rule: use raise_level, advisory or strategy_discussion.");
  }
  size_t level_refs = level_fact_pointers_.size();
  if (const json* w = r.get("when", true)) x.when = read_condition(*w, r.at("when"), false);
  if (x.kind == rule::type::raise_level && level_fact_pointers_.size() > level_refs)
    problems_.add("bad_value", level_fact_pointers_[level_refs],
                  "A raise_level rule cannot depend on the level it decides; use the answers or indicators instead.");
  level_fact_pointers_.resize(level_refs);
  x.text = r.text("text");
  x.source = source_of(r);
  r.finish();
  return x;
}

pathway pack_loader::read_pathway(const json& j, const std::string& ptr) {
  object_reader r(j, ptr, problems_, "a pathway");
  pathway pw;
  pw.id = id_of(r);
  pw.title = r.text("title");
  pw.summary = r.text("summary", false);
  pw.link_text = r.text("link_text", false);
  if (pw.link_text.empty()) pw.link_text = pw.title;
  pw.applies_when = optional_condition(r, "applies_when");
  pw.start = r.text("start");
  pw.nodes = list<pathway_node>(r, "nodes", true, [&](const json& nj, const std::string& np) {
    object_reader n(nj, np, problems_, "a pathway node");
    pathway_node node;
    node.id = id_of(n);
    std::string type = n.text("type");
    if (type == "question") {
      node.kind = pathway_node::type::question;
      node.text = n.paragraphs("text", true);
      node.hint = n.text("hint", false);
      node.options = list<pathway_option>(n, "options", true, [&](const json& oj, const std::string& op) {
        object_reader o(oj, op, problems_, "an option");
        pathway_option option{id_of(o), o.text("label"), o.text("hint", false), o.text("next")};
        o.finish();
        return option;
      });
      if (n.valid() && node.options.empty())
        problems_.add("bad_value", n.at("options"), "A question needs at least one option.");
    } else if (type == "info") {
      node.kind = pathway_node::type::info;
      node.title = n.text("title", false);
      node.text = n.paragraphs("text", true);
      node.next = n.text("next");
    } else if (type == "branch") {
      node.kind = pathway_node::type::branch;
      node.text = n.paragraphs("text", false);
      n.each("branches", true, [&](const json& bj, const std::string& bp) {
        object_reader b(bj, bp, problems_, "a branch");
        pathway_branch branch;
        if (const json* w = b.get("when", true)) branch.when = read_condition(*w, b.at("when"), true);
        branch.next = b.text("next");
        b.finish();
        node.branches.push_back(branch);
      });
      node.otherwise = n.text("otherwise");
    } else if (type == "outcome") {
      node.kind = pathway_node::type::outcome;
      node.title = n.text("title");
      node.text = n.paragraphs("text", true);
    } else if (!type.empty()) {
      problems_.add("bad_value", n.at("type"),
                    "\"" + type + "\" is not a node type: use question, info, branch or outcome.");
    }
    node.timescale = read_node_timescale(n);
    node.source = source_of(n);
    n.finish();
    return node;
  });
  pw.source = source_of(r);
  r.finish();
  return pw;
}

std::optional<pack> pack_loader::load(const json& root, const working_day_calendar& calendar) {
  object_reader r(root, "", problems_, "a content pack");
  if (!r.valid()) return std::nullopt;
  pack p;
  p.calendar = calendar;
  r.text("$schema", false);  // the author's editor reads it (content/pack.schema.json); the engine does not
  if (auto version = r.integer("schema_version"); version && *version != 1)
    problems_.add("bad_value", "/schema_version",
                  "This engine reads schema_version 1, not " + std::to_string(*version) + ".");
  p.id = id_of(r);
  std::string calendar_id = r.text("calendar");
  if (!calendar_id.empty() && calendar_id != calendar.id)
    problems_.add("bad_value", "/calendar",
                  "The pack names calendar \"" + calendar_id + "\" but \"" + calendar.id + "\" was given.");
  if (const json* v = r.get("partnership", true)) p.about = read_partnership(*v, "/partnership");

  p.levels = list<level>(r, "levels", true, [&](const json& j, const std::string& ptr) { return read_level(j, ptr); });
  std::map<int, std::string> numbers;
  for (size_t i = 0; i < p.levels.size(); ++i)
    if (p.levels[i].number > 0 && !numbers.emplace(p.levels[i].number, p.levels[i].id).second)
      problems_.add("duplicate_id", "/levels/" + std::to_string(i) + "/number",
                    "Level number " + std::to_string(p.levels[i].number) + " is used twice.");
  if (r.valid() && p.levels.empty() && root.contains("levels"))
    problems_.add("bad_value", "/levels", "A pack needs at least one level.");
  p.default_level = r.integer("default_level", false);
  if (p.default_level) refer("/default_level", "level", std::to_string(*p.default_level));

  p.domains = list<domain>(r, "domains", false, [&](const json& j, const std::string& ptr) {
    object_reader d(j, ptr, problems_, "a domain");
    domain x{id_of(d), d.text("label"), source_of(d)};
    d.finish();
    return x;
  });
  p.tags = list<tag>(r, "tags", false, [&](const json& j, const std::string& ptr) {
    object_reader t(j, ptr, problems_, "a tag");
    tag x{id_of(t), t.text("label")};
    t.finish();
    return x;
  });
  p.indicators = list<indicator>(r, "indicators", false,
                                 [&](const json& j, const std::string& ptr) { return read_indicator(j, ptr); });
  p.contacts =
      list<contact>(r, "contacts", true, [&](const json& j, const std::string& ptr) { return read_contact(j, ptr); });
  p.routes = list<route>(r, "routes", true, [&](const json& j, const std::string& ptr) {
    object_reader o(j, ptr, problems_, "a route");
    route x;
    x.id = id_of(o);
    x.label = o.text("label");
    x.action = kind_of(o, "action", {step_kind::call, step_kind::form, step_kind::talk_to_lead, step_kind::read});
    x.needs_consent = o.boolean("needs_consent").value_or(false);
    x.text = o.paragraphs("text", true);
    x.contacts = contacts_of(o, "contacts");
    x.source = source_of(o);
    o.finish();
    return x;
  });
  if (const json* v = r.get("emergency", true)) {
    object_reader e(*v, "/emergency", problems_, "the emergency action");
    p.emergency.route = e.text("route");
    refer("/emergency/route", "route", p.emergency.route);
    p.emergency.level = e.integer("level").value_or(0);
    if (e.get("level", false)) refer("/emergency/level", "level", std::to_string(p.emergency.level));
    p.emergency.text = e.paragraphs("text", true);
    p.emergency.then_contacts = e.strings("then_contacts");
    for (size_t i = 0; i < p.emergency.then_contacts.size(); ++i)
      refer("/emergency/then_contacts/" + std::to_string(i), "contact", p.emergency.then_contacts[i]);
    p.emergency.source = source_of(e);
    p.emergency.says_999 = std::any_of(p.emergency.text.begin(), p.emergency.text.end(),
                                       [](const std::string& t) { return t.find("999") != std::string::npos; });
    e.finish();
  }
  if (const json* v = r.get("significant_harm", false)) {
    object_reader s(*v, "/significant_harm", problems_, "what suspected significant harm means");
    significant_harm_rule h;
    h.level = s.integer("level", true).value_or(0);
    if (s.get("level", false)) refer("/significant_harm/level", "level", std::to_string(h.level));
    h.route = s.text("route");
    refer("/significant_harm/route", "route", h.route);
    h.text = s.paragraphs("text", true);
    h.implied_when = optional_condition(s, "implied_when");
    h.question = s.text("question", false);
    h.source = source_of(s);
    s.finish();
    p.significant_harm = std::move(h);
  }
  r.each("glossary", false, [&](const json& j, const std::string& ptr) {
    object_reader g(j, ptr, problems_, "a glossary entry");
    glossary_entry x{g.text("term"), g.text("meaning"), std::nullopt};
    if (g.get("source", false)) x.source = source_of(g);
    p.glossary.push_back(std::move(x));
    g.finish();
  });
  if (const json* v = r.get("strategy_discussion", false)) {
    object_reader s(*v, "/strategy_discussion", problems_, "the strategy discussion note");
    p.strategy_discussion = cited_text{"strategy_discussion", s.paragraphs("text", true), source_of(s)};
    s.finish();
  }
  p.consent = list<consent_rule>(r, "consent", false,
                                 [&](const json& j, const std::string& ptr) { return read_consent(j, ptr); });
  std::set<int> consent_levels;
  for (size_t i = 0; i < p.consent.size(); ++i)
    if (p.consent[i].level > 0 && !consent_levels.insert(p.consent[i].level).second)
      problems_.add("duplicate_id", "/consent/" + std::to_string(i) + "/level",
                    "Level " + std::to_string(p.consent[i].level) + " already has a consent entry.");
  p.first_steps = list<first_step>(r, "first_steps", false, [&](const json& j, const std::string& ptr) {
    object_reader o(j, ptr, problems_, "a first step");
    first_step x;
    x.id = id_of(o);
    x.kind = kind_of(o, "kind", {step_kind::call, step_kind::form, step_kind::talk_to_lead, step_kind::read}, true)
                 .value_or(step_kind::read);
    x.label = o.text("label", false);
    x.before_route = o.boolean("before_route").value_or(false);
    x.text = o.paragraphs("text", true);
    x.contacts = contacts_of(o, "contacts");
    x.when = optional_condition(o, "when");
    x.source = source_of(o);
    o.finish();
    return x;
  });
  p.rules = list<rule>(r, "rules", false, [&](const json& j, const std::string& ptr) { return read_rule(j, ptr); });
  p.timescales = list<timescale>(r, "timescales", false, [&](const json& j, const std::string& ptr) {
    object_reader t(j, ptr, problems_, "a timescale");
    timescale x;
    x.id = id_of(t);
    x.label = t.text("label");
    x.amount = t.integer("amount").value_or(0);
    if (t.valid() && x.amount < 0) problems_.add("bad_value", t.at("amount"), "A timescale cannot be negative.");
    x.unit = unit_of(t, "unit");
    x.starts = t.text("starts", false);
    // Most timescales in threshold guidance are the service's answer; "you" marks the practitioner's own.
    x.owner = t.get("owner", false) ? t.text("owner") : "service";
    if (x.owner != "service" && x.owner != "you")
      problems_.add("bad_value", t.at("owner"), "\"" + x.owner + "\" is not allowed here: use service, you.");
    x.from_screening = t.boolean("from_screening").value_or(false);
    x.when = optional_condition(t, "when");
    x.source = source_of(t);
    t.finish();
    return x;
  });
  p.prompts = list<prompt>(r, "prompts", false, [&](const json& j, const std::string& ptr) {
    object_reader o(j, ptr, problems_, "a prompt");
    prompt x;
    x.id = id_of(o);
    x.label = o.text("label");
    x.short_label = o.text("short_label", false);
    if (x.short_label.empty()) x.short_label = first_clause(x.label);
    x.items = o.strings("items", true);
    x.when = optional_condition(o, "when");
    x.source = source_of(o);
    o.finish();
    return x;
  });
  if (const json* v = r.get("checklist", false)) {
    object_reader c(*v, "/checklist", problems_, "the referral checklist");
    checklist x;
    x.label = c.text("label");
    x.when = optional_condition(c, "when");
    x.groups = list<checklist_group>(c, "groups", true, [&](const json& j, const std::string& ptr) {
      object_reader g(j, ptr, problems_, "a checklist group");
      checklist_group y{id_of(g), g.text("label"), g.strings("items", true), source_of(g)};
      g.finish();
      return y;
    });
    x.source = source_of(c);
    c.finish();
    p.referral_checklist = x;
  }
  if (const json* v = r.get("escalation", false)) {
    object_reader e(*v, "/escalation", problems_, "the escalation procedure");
    escalation x;
    x.label = e.text("label");
    x.stages = list<escalation_stage>(e, "stages", true, [&](const json& j, const std::string& ptr) {
      object_reader s(j, ptr, problems_, "an escalation stage");
      escalation_stage y;
      y.id = id_of(s);
      y.label = s.text("label");
      y.from_day = s.integer("from_day", false).value_or(0);  // absent: the source gives no days
      y.to_day = s.integer("to_day", false).value_or(y.from_day);
      if (s.valid() && y.from_day > y.to_day)
        problems_.add("bad_value", s.at("to_day"), "\"to_day\" must not be before \"from_day\".");
      y.unit = unit_of(s, "unit");
      y.text = s.paragraphs("text", true);
      y.source = source_of(s);
      s.finish();
      return y;
    });
    x.source = source_of(e);
    e.finish();
    p.challenge = x;
  }
  p.pathways =
      list<pathway>(r, "pathways", false, [&](const json& j, const std::string& ptr) { return read_pathway(j, ptr); });
  r.finish();

  if (!p.indicators.empty() && p.domains.empty() && root.is_object() && !root.contains("domains"))
    problems_.add("missing_key", "/domains", "A pack with indicators needs \"domains\".");
  p.significant_harm_question = p.significant_harm && !p.significant_harm->question.empty()
                                    ? p.significant_harm->question
                                    : default_significant_harm_question;
  p.index_indicators();
  if (check_references_) detail::check_pack(p, root, references_, problems_);
  if (!problems_.list.empty()) return std::nullopt;
  return p;
}

}  // namespace

result<working_day_calendar> load_calendar(std::string_view json_text) {
  result<working_day_calendar> out;
  auto root = detail::parse_strict(json_text, "calendar", out.errors);
  if (!root) return out;
  problems p{out.errors, "calendar", detail::max_text_bytes};
  object_reader r(*root, "", p, "a bank-holiday calendar");
  working_day_calendar cal;
  cal.id = r.text("id");
  cal.label = r.text("label");
  cal.source = r.text("source");
  cal.first_year = r.integer("first_year").value_or(0);
  cal.last_year = r.integer("last_year").value_or(0);
  r.each("holidays", true, [&](const json& j, const std::string& ptr) {
    object_reader h(j, ptr, p, "a bank holiday");
    std::string text = h.text("date");
    h.text("name");
    h.finish();
    auto d = parse_date(text);
    if (!d)
      p.add("bad_value", ptr + "/date", "\"" + text + "\" is not a date (YYYY-MM-DD).");
    else if (d->year < cal.first_year || d->year > cal.last_year)
      p.add("bad_value", ptr + "/date", text + " is outside first_year..last_year.");
    else if (weekday(*d) >= 5)
      p.add("bad_value", ptr + "/date", text + " is a weekend day; list the substitute weekday instead.");
    else if (!cal.holidays.insert(*d).second)
      p.add("duplicate_id", ptr + "/date", text + " is listed twice.");
  });
  r.finish();
  if (r.valid() && cal.first_year > cal.last_year) p.add("bad_value", "/last_year", "last_year is before first_year.");
  if (out.errors.empty()) out.value = std::move(cal);
  return out;
}

std::string pack_calendar_id(std::string_view json_text) {
  detail::json_parse_result parsed = detail::parse_json(json_text);
  const json* id = parsed.ok && parsed.value.is_object() ? parsed.value.find("calendar") : nullptr;
  return id && id->is_string() ? id->as_string() : "";
}

std::vector<error> pack_syntax_errors(std::string_view json_text) {
  std::vector<error> errors;
  detail::parse_strict(json_text, "pack", errors);
  return errors;
}

namespace {
result<pack> read_pack(std::string_view json_text, const working_day_calendar& calendar, bool check_references) {
  result<pack> out;
  auto root = detail::parse_strict(json_text, "pack", out.errors);
  if (!root) return out;
  pack_loader loader(out.errors, check_references);
  out.value = loader.load(*root, calendar);
  if (!out.errors.empty()) out.value.reset();
  return out;
}
}  // namespace

result<pack> load_pack(std::string_view json_text, const working_day_calendar& calendar) {
  return read_pack(json_text, calendar, true);
}

result<pack> load_validated_pack(std::string_view json_text, const working_day_calendar& calendar) {
  return read_pack(json_text, calendar, false);
}

}  // namespace threshold
