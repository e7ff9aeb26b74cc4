// Every conversion between JSON text and the plain value types lives here.
#include "threshold/json_io.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "json_reader.hpp"
#include "json_writer.hpp"

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

std::optional<time_unit> parse_unit(const std::string& text) {
  if (text == "hours") return time_unit::hours;
  if (text == "working_days") return time_unit::working_days;
  if (text == "calendar_days") return time_unit::calendar_days;
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Pack loading: structure first (types, keys), then references between entries.

class pack_loader {
 public:
  explicit pack_loader(std::vector<error>& errors) : problems_{errors, "pack"} {}

  std::optional<pack> load(const json& root, const working_day_calendar& calendar);

 private:
  problems problems_;
  std::string default_file_;
  // Deferred reference checks: (pointer, kind, id).
  struct reference {
    std::string pointer, kind, id;
  };
  std::vector<reference> references_;
  std::vector<std::string> level_fact_pointers_;  // conditions on "level", to keep them out of raise_level rules

  void refer(const std::string& pointer, const std::string& kind, const std::string& id) {
    if (!id.empty()) references_.push_back({pointer, kind, id});
  }

  std::string id_of(object_reader& r, const std::string& key = "id") {
    std::string id = r.text(key);
    if (r.valid() && !id.empty() && !good_id(id))
      problems_.add("bad_id", r.at(key), "\"" + id + "\" is not a valid id: use lower-case letters, digits and _.");
    return id;
  }

  citation source_of(object_reader& r, const std::string& key = "source") {
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

  template <typename T, typename F>
  std::vector<T> list(object_reader& r, const std::string& key, bool required, F read_one) {
    std::vector<T> items;
    std::map<std::string, std::string> ids;
    r.each(key, required, [&](const json& j, const std::string& ptr) {
      T item = read_one(j, ptr);
      if (!item.id.empty()) {
        auto [it, fresh] = ids.emplace(item.id, ptr);
        if (!fresh)
          problems_.add("duplicate_id", ptr + "/id",
                        "The id \"" + item.id + "\" is already used at " + it->second + "; ids must be unique.");
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
  std::optional<node_timescale> read_node_timescale(object_reader& r) {
    const json* v = r.get("timescale", false);
    if (!v) return std::nullopt;
    object_reader t(*v, r.at("timescale"), problems_, "a timescale");
    node_timescale ts;
    ts.amount = t.integer("amount").value_or(0);
    ts.unit = unit_of(t, "unit");
    ts.label = t.text("label");
    ts.starts = t.text("starts", false);
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
  void check_references(const pack& p);
  void check_pathway(const pathway& pw, const std::string& ptr);
};

// The facts conditions may name, with the type of their value.
const std::map<std::string, scalar::type>& known_facts() {
  static const std::map<std::string, scalar::type> facts = {
      {"immediate_danger", scalar::type::boolean}, {"unborn", scalar::type::boolean},
      {"non_mobile", scalar::type::boolean},       {"age_years", scalar::type::number},
      {"age_months", scalar::type::number},        {"weeks_since_step_down", scalar::type::number},
      {"agreed_level", scalar::type::number},      {"level", scalar::type::number},
      {"concern_count", scalar::type::number},     {"consent", scalar::type::string},
      {"involvement", scalar::type::string}};
  return facts;
}

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
    c.op = r.text("op");
    const auto& facts = known_facts();
    static const std::set<std::string> ops = {"eq", "ne", "lt", "le", "gt", "ge", "in"};
    auto fact = facts.find(c.name);
    if (!c.name.empty() && fact == facts.end())
      problems_.add("bad_value", r.at("fact"),
                    "\"" + c.name + "\" is not a fact the engine knows (see content/SCHEMA.md).");
    if (!c.op.empty() && !ops.count(c.op))
      problems_.add("bad_value", r.at("op"), "\"" + c.op + "\" is not an operator: use eq, ne, lt, le, gt, ge or in.");
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
        if (fact != facts.end() && s.kind != fact->second)
          problems_.add("wrong_type", p, "\"" + c.name + "\" is compared with a value of the wrong type.");
        c.values.push_back(s);
      };
      if (c.op == "in") {
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
  const std::string at = ptr + "/" + key;
  auto expect_string = [&]() {
    if (v.is_string()) return v.as_string();
    problems_.add("wrong_type", at, "\"" + key + "\" must be a string, not " + detail::type_name(v) + ".");
    return std::string();
  };
  if (key == "given") {
    c.kind = condition::type::given;
    c.name = expect_string();
    if (!c.name.empty() && !known_facts().count(c.name))
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
    problems_.add("bad_value", at, "\"" + key + "\" is not a kind of condition.");
  }
  return c;
}

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
  default_file_ = p.source_file;
  p.not_covered = r.strings("not_covered");
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
  refer(r.at("domain"), "domain", i.domain);
  i.level = r.integer("level").value_or(0);
  if (r.valid() && r.get("level", false)) refer(r.at("level"), "level", std::to_string(i.level));
  std::string kind = r.text("kind", false);
  if (kind == "strength")
    i.strength = true;
  else if (!kind.empty() && kind != "concern")
    problems_.add("bad_value", r.at("kind"), "\"" + kind + "\" is not a kind: use concern or strength.");
  i.text = r.text("text");
  i.hint = r.text("hint", false);
  i.keywords = r.strings("keywords");
  i.tags = r.strings("tags");
  for (size_t t = 0; t < i.tags.size(); ++t) refer(r.at("tags") + "/" + std::to_string(t), "tag", i.tags[t]);
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
  c.phone = r.text("phone", false);
  c.hours = r.text("hours", false);
  c.email = r.text("email", false);
  c.url = r.text("url", false);
  c.notes = r.text("notes", false);
  c.group = r.text("group", false);
  if (const json* v = r.get("out_of_hours", false)) {
    object_reader o(*v, r.at("out_of_hours"), problems_, "out-of-hours details");
    c.after_hours = out_of_hours{o.text("label"), o.text("phone"), o.text("hours", false)};
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
    t.may_proceed_without = x.boolean("may_proceed_without").value_or(true);
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
    x.contacts = r.strings("contacts");
    for (size_t i = 0; i < x.contacts.size(); ++i)
      refer(r.at("contacts") + "/" + std::to_string(i), "contact", x.contacts[i]);
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

// Every node reachable from the start; from every node an outcome reachable; every edge lands.
void pack_loader::check_pathway(const pathway& pw, const std::string& ptr) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < pw.nodes.size(); ++i) index.emplace(pw.nodes[i].id, i);
  auto edges = [&](const pathway_node& n) {
    std::vector<std::pair<std::string, std::string>> out;  // (pointer suffix, target)
    for (size_t i = 0; i < n.options.size(); ++i)
      out.push_back({"/options/" + std::to_string(i) + "/next", n.options[i].next});
    if (n.kind == pathway_node::type::info) out.push_back({"/next", n.next});
    if (n.kind == pathway_node::type::branch) {
      for (size_t i = 0; i < n.branches.size(); ++i)
        out.push_back({"/branches/" + std::to_string(i) + "/next", n.branches[i].next});
      out.push_back({"/otherwise", n.otherwise});
    }
    return out;
  };
  bool dangling = false;
  if (!pw.start.empty() && !index.count(pw.start)) {
    problems_.add("unknown_reference", ptr + "/start",
                  "The start node \"" + pw.start + "\" is not a node of this pathway.");
    dangling = true;
  }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    for (const auto& [suffix, target] : edges(pw.nodes[i]))
      if (!target.empty() && !index.count(target)) {
        problems_.add("unknown_reference", ptr + "/nodes/" + std::to_string(i) + suffix,
                      "\"" + target + "\" is not a node of this pathway.");
        dangling = true;
      }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    for (const auto& b : pw.nodes[i].branches) {
      std::function<void(const condition&)> check = [&](const condition& c) {
        if (c.kind == condition::type::answer) {
          auto it = index.find(c.name);
          if (it == index.end() || pw.nodes[it->second].kind != pathway_node::type::question)
            problems_.add("unknown_reference", ptr + "/nodes/" + std::to_string(i) + "/branches",
                          "The condition refers to \"" + c.name + "\", which is not a question of this pathway.");
        }
        for (const auto& child : c.children) check(child);
      };
      check(b.when);
    }
  if (dangling || pw.nodes.empty() || !index.count(pw.start)) return;

  std::vector<bool> reachable(pw.nodes.size(), false);
  std::vector<size_t> stack = {index[pw.start]};
  while (!stack.empty()) {
    size_t at = stack.back();
    stack.pop_back();
    if (reachable[at]) continue;
    reachable[at] = true;
    for (const auto& [suffix, target] : edges(pw.nodes[at])) stack.push_back(index[target]);
  }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    if (!reachable[i])
      problems_.add("pathway_unreachable", ptr + "/nodes/" + std::to_string(i),
                    "The node \"" + pw.nodes[i].id + "\" cannot be reached from the start \"" + pw.start + "\".");
  // Backwards from the outcomes: a node that cannot reach one is a dead end or an endless loop.
  std::vector<bool> ends(pw.nodes.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < pw.nodes.size(); ++i) {
      if (ends[i]) continue;
      bool reaches = pw.nodes[i].kind == pathway_node::type::outcome;
      for (const auto& [suffix, target] : edges(pw.nodes[i])) reaches = reaches || ends[index[target]];
      if (reaches) ends[i] = changed = true;
    }
  }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    if (!ends[i] && reachable[i])
      problems_.add(
          "pathway_dead_end", ptr + "/nodes/" + std::to_string(i),
          "No outcome can be reached from \"" + pw.nodes[i].id + "\": the path ends or loops without an exit.");
}

void pack_loader::check_references(const pack& p) {
  std::map<std::string, std::set<std::string>> known;
  for (const auto& l : p.levels) known["level"].insert(std::to_string(l.number));
  for (const auto& d : p.domains) known["domain"].insert(d.id);
  for (const auto& t : p.tags) known["tag"].insert(t.id);
  for (const auto& i : p.indicators) known["indicator"].insert(i.id);
  for (const auto& c : p.contacts) known["contact"].insert(c.id);
  for (const auto& r : p.routes) known["route"].insert(r.id);
  static const std::map<std::string, std::string> plural = {{"level", "levels"},     {"domain", "domains"},
                                                            {"tag", "tags"},         {"indicator", "indicators"},
                                                            {"contact", "contacts"}, {"route", "routes"}};
  for (const auto& ref : references_)
    if (!known[ref.kind].count(ref.id))
      problems_.add("unknown_reference", ref.pointer,
                    "There is no " + ref.kind + " \"" + ref.id + "\" in \"" + plural.at(ref.kind) + "\".");
}

std::optional<pack> pack_loader::load(const json& root, const working_day_calendar& calendar) {
  object_reader r(root, "", problems_, "a content pack");
  if (!r.valid()) return std::nullopt;
  pack p;
  p.calendar = calendar;
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
    x.text = o.paragraphs("text", true);
    x.contacts = o.strings("contacts");
    for (size_t i = 0; i < x.contacts.size(); ++i)
      refer(o.at("contacts") + "/" + std::to_string(i), "contact", x.contacts[i]);
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
    e.finish();
  }
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
  bool needs_note =
      std::any_of(p.indicators.begin(), p.indicators.end(), [](const indicator& i) { return i.strategy_discussion; }) ||
      std::any_of(p.rules.begin(), p.rules.end(),
                  [](const rule& x) { return x.kind == rule::type::strategy_discussion; });
  if (needs_note && !p.strategy_discussion)
    problems_.add(
        "missing_key", "/strategy_discussion",
        "Some entries indicate a strategy discussion: add \"strategy_discussion\" with the source's own words.");
  check_references(p);
  for (size_t i = 0; i < p.pathways.size(); ++i) check_pathway(p.pathways[i], "/pathways/" + std::to_string(i));
  if (!problems_.list.empty()) return std::nullopt;
  return p;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

result<working_day_calendar> load_calendar(std::string_view json_text) {
  result<working_day_calendar> out;
  auto root = detail::parse_strict(json_text, "calendar", out.errors);
  if (!root) return out;
  problems p{out.errors, "calendar"};
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

result<pack> load_pack(std::string_view json_text, const working_day_calendar& calendar) {
  result<pack> out;
  auto root = detail::parse_strict(json_text, "pack", out.errors);
  if (!root) return out;
  pack_loader loader(out.errors);
  out.value = loader.load(*root, calendar);
  if (!out.errors.empty()) out.value.reset();
  return out;
}

namespace {

void read_answers(object_reader& r, problems& p, const pack& pk, answers& a) {
  // "version" is optional; a caller that names the format must name the one this engine reads.
  if (auto version = r.integer("version", false); version && *version != 1)
    p.add("bad_value", r.at("version"),
          "Answers version " + std::to_string(*version) + " is not supported: this engine reads version 1.");
  std::string date_text = r.text("date", false);
  if (r.get("date", false) && r.get("date", false)->is_string()) {
    a.on = parse_date(date_text);
    if (!a.on) p.add("bad_date", r.at("date"), "\"" + date_text + "\" is not a date; use YYYY-MM-DD, e.g. 2026-11-23.");
  }
  a.immediate_danger = r.boolean("immediate_danger");
  a.unborn = r.boolean("unborn");
  a.non_mobile = r.boolean("non_mobile");
  a.age_years = r.number("age_years");
  if (a.age_years && (*a.age_years < 0 || *a.age_years > 25))
    p.add("bad_value", r.at("age_years"), "\"age_years\" must be between 0 and 25.");
  a.age_months = r.number("age_months");
  if (a.age_months && (*a.age_months < 0 || *a.age_months > 11))
    p.add("bad_value", r.at("age_months"), "\"age_months\" must be between 0 and 11 (use age_years for whole years).");
  a.weeks_since_step_down = r.number("weeks_since_step_down");
  if (a.weeks_since_step_down && *a.weeks_since_step_down < 0)
    p.add("bad_value", r.at("weeks_since_step_down"), "\"weeks_since_step_down\" cannot be negative.");
  a.agreed_level = r.integer("agreed_level", false);
  if (a.agreed_level && !pk.find_level(*a.agreed_level)) {
    std::string levels;
    for (const auto& l : pk.levels) levels += (levels.empty() ? "" : ", ") + std::to_string(l.number);
    p.add("bad_value", r.at("agreed_level"),
          "This partnership has no level " + std::to_string(*a.agreed_level) + " (levels: " + levels + ").");
    a.agreed_level.reset();
  }
  auto choice = [&](const std::string& key, const std::vector<std::string>& allowed) -> std::optional<std::string> {
    const json* v = r.get(key, false);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
      r.wrong_type(key, "a string", *v);
      return std::nullopt;
    }
    std::string value = v->as_string();
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      std::string list;
      for (const auto& x : allowed) list += (list.empty() ? "" : ", ") + x;
      p.add("bad_value", r.at(key), "\"" + value + "\" is not a valid " + key + ": use one of " + list + ".");
      return std::nullopt;
    }
    return value;
  };
  a.consent = choice("consent", {"given", "refused", "not_yet_sought", "would_increase_risk"});
  a.involvement = choice("involvement", {"none", "single_agency", "early_help", "child_in_need", "child_protection",
                                         "looked_after", "recently_stepped_down"});
  a.indicators = r.strings("indicators");
  for (size_t i = 0; i < a.indicators.size(); ++i)
    if (!pk.find_indicator(a.indicators[i]))
      p.add("unknown_indicator", r.at("indicators") + "/" + std::to_string(i),
            "\"" + a.indicators[i] + "\" is not an indicator of the " + pk.about.name + " pack.");
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
  std::string date_text = r.text("date", false);
  if (!date_text.empty()) {
    a.on = parse_date(date_text);
    if (!a.on) pr.add("bad_date", r.at("date"), "\"" + date_text + "\" is not a date; use YYYY-MM-DD.");
  }
  if (const json* s = r.get("screening", false)) {
    object_reader sr(*s, "/screening", pr, "the screening answers");
    read_answers(sr, pr, p, a.screening);
  }
  if (!a.screening.on) a.screening.on = a.on;
  r.each("steps", false, [&](const json& j, const std::string& ptr) {
    object_reader sr(j, ptr, pr, "a pathway step");
    a.steps.push_back({sr.text("node"), sr.text("choice")});
    sr.finish();
  });
  r.finish();
  if (out.errors.empty()) out.value = std::move(a);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output, written field by field in the order docs/API.md gives.

namespace {

using detail::json_writer;

void write_contact(json_writer& w, const contact& c) {
  w.begin_object().field("id", c.id).field("label", c.label).field("phone", c.phone).field("hours", c.hours);
  w.key("out_of_hours");
  if (c.after_hours)
    w.begin_object()
        .field("label", c.after_hours->label)
        .field("phone", c.after_hours->phone)
        .field("hours", c.after_hours->hours)
        .end_object();
  else
    w.null();
  w.field("email", c.email).field("url", c.url).field("notes", c.notes).field("group", c.group).end_object();
}

void write_contacts(json_writer& w, const pack& p, const std::vector<std::string>& ids) {
  w.key("contacts").begin_array();
  for (const auto& id : ids)
    if (const contact* c = p.find_contact(id)) write_contact(w, *c);
  w.end_array();
}

void write_traced(json_writer& w, const traced& t, const char* id_key = "id") {
  w.begin_object()
      .field(id_key, t.id)
      .field("text", t.text)
      .field("entry", t.entry)
      .field("source", t.source)
      .end_object();
}

void optional_date(json_writer& w, std::string_view key, const std::optional<date>& d) {
  if (d)
    w.field(key, format_date(*d));
  else
    w.null_field(key);
}

void optional_id(json_writer& w, std::string_view key, const std::string& id) {
  if (id.empty())
    w.null_field(key);
  else
    w.field(key, id);
}

template <typename T>
std::string index_pointer(const std::vector<T>& items, const T* item, const std::string& list) {
  return list + "/" + std::to_string(item - items.data());
}

void write_timescale(json_writer& w, std::string_view key, const std::optional<step_timescale>& t,
                     const std::string& node = "") {
  if (!key.empty()) w.key(key);
  if (!t) {
    w.null();
    return;
  }
  w.begin_object();
  if (!node.empty()) w.field("node", node);
  w.field("amount", t->timescale.amount)
      .field("unit", to_string(t->timescale.unit))
      .field("label", t->timescale.label)
      .field("starts", t->timescale.starts);
  optional_date(w, "due", t->due);
  w.end_object();
}

const char* node_type(const pathway_node& n) {
  switch (n.kind) {
    case pathway_node::type::question: return "question";
    case pathway_node::type::info: return "info";
    case pathway_node::type::branch: return "branch";
    case pathway_node::type::outcome: return "outcome";
  }
  return "info";
}

}  // namespace

std::string to_json(const pack& p, const outcome& o, int indent) {
  json_writer w(indent);
  w.begin_object().field("version", 1).field("pack", o.pack);
  optional_date(w, "date", o.on);
  if (o.level)
    w.field("level", *o.level);
  else
    w.null_field("level");
  w.field("level_label", o.level_label).field("level_summary", o.level_summary).field("indicative", true);
  w.field("indicative_notice",
          "This result is indicative. The criteria are a guide and do not replace your professional judgement: discuss "
          "your concerns with your safeguarding lead.");
  if (o.immediate_danger)
    w.field("immediate_action", "call_999");
  else
    w.null_field("immediate_action");

  const route* r = o.route ? p.find_route(*o.route) : nullptr;
  w.key("route");
  if (r) {
    w.begin_object().field("id", r->id).field("label", r->label).strings("text", r->text);
    write_contacts(w, p, r->contacts);
    w.field("entry", index_pointer(p.routes, r, "/routes")).field("source", format_citation(r->source)).end_object();
  } else {
    w.null();
  }
  w.key("emergency");
  if (o.immediate_danger) {
    w.begin_object().strings("text", p.emergency.text).key("then_contacts").begin_array();
    for (const auto& id : p.emergency.then_contacts)
      if (const contact* c = p.find_contact(id)) write_contact(w, *c);
    w.end_array().field("entry", "/emergency").field("source", format_citation(p.emergency.source)).end_object();
  } else {
    w.null();
  }

  w.field("strategy_discussion", o.strategy_discussion).key("strategy_discussion_note");
  if (o.strategy_discussion && p.strategy_discussion)
    w.begin_object()
        .strings("text", p.strategy_discussion->text)
        .field("entry", "/strategy_discussion")
        .field("source", format_citation(p.strategy_discussion->source))
        .end_object();
  else
    w.null();
  w.key("strategy_discussion_reasons").begin_array();
  for (const auto& t : o.strategy_discussion_reasons) {
    const bool from_indicator = p.find_indicator(t.id) != nullptr;
    w.begin_object().field("id", t.id);
    optional_id(w, "indicator", from_indicator ? t.id : "");
    optional_id(w, "rule", from_indicator ? "" : t.id);
    w.field("text", t.text).field("entry", t.entry).field("source", t.source).end_object();
  }
  w.end_array();

  w.key("consent").begin_object();
  if (o.consent.level)
    w.field("level", *o.consent.level);
  else
    w.null_field("level");
  w.field("state", o.consent.state)
      .field("required", o.consent.required)
      .field("may_proceed_without", o.consent.may_proceed_without)
      .key("guidance")
      .begin_array();
  for (const auto& g : o.consent.guidance) write_traced(w, g);
  w.end_array().end_object();

  w.key("reasons").begin_array();
  for (const auto& x : o.reasons) {
    w.begin_object();
    optional_id(w, "indicator", x.indicator);
    optional_id(w, "rule", x.rule);
    w.field("level", x.level);
    optional_id(w, "domain", x.domain);
    w.field("text", x.text).field("entry", x.entry).field("source", x.source).end_object();
  }
  w.end_array();
  w.key("strengths").begin_array();
  for (const auto& s : o.strengths) {
    const indicator* i = p.find_indicator(s.id);
    w.begin_object()
        .field("indicator", s.id)
        .field("domain", i ? i->domain : "")
        .field("text", s.text)
        .field("entry", s.entry)
        .field("source", s.source)
        .end_object();
  }
  w.end_array();
  w.key("not_applicable").begin_array();
  for (const auto& n : o.not_applicable_indicators)
    w.begin_object().field("indicator", n.indicator).field("text", n.text).field("why", n.why).end_object();
  w.end_array();
  w.key("notes").begin_array();
  for (const auto& n : o.notes) w.begin_object().field("id", n.id).field("text", n.text).end_object();
  w.end_array();
  w.key("advisories").begin_array();
  for (const auto& a : o.advisories) {
    w.begin_object().field("id", a.id).field("rule", a.rule).field("text", a.text);
    write_contacts(w, p, a.contacts);
    w.field("entry", a.entry).field("source", a.source).end_object();
  }
  w.end_array();
  w.key("deadlines").begin_array();
  for (const auto& d : o.deadlines) {
    w.begin_object()
        .field("id", d.id)
        .field("label", d.label)
        .field("amount", d.amount)
        .field("unit", to_string(d.unit))
        .field("starts", d.starts);
    optional_date(w, "due", d.due);
    w.field("entry", d.entry).field("source", d.source).end_object();
  }
  w.end_array();
  w.key("prompts").begin_array();
  for (const auto& id : o.prompts)
    for (const auto& pr : p.prompts)
      if (pr.id == id)
        w.begin_object()
            .field("id", pr.id)
            .field("label", pr.label)
            .strings("items", pr.items)
            .field("entry", index_pointer(p.prompts, &pr, "/prompts"))
            .field("source", format_citation(pr.source))
            .end_object();
  w.end_array();
  w.key("checklist");
  if (o.show_checklist) {
    w.begin_object().field("label", p.referral_checklist->label).key("groups").begin_array();
    for (const auto& g : p.referral_checklist->groups)
      w.begin_object()
          .field("id", g.id)
          .field("label", g.label)
          .strings("items", g.items)
          .field("source", format_citation(g.source))
          .end_object();
    w.end_array()
        .field("entry", "/checklist")
        .field("source", format_citation(p.referral_checklist->source))
        .end_object();
  } else {
    w.null();
  }
  w.key("pathways").begin_array();
  for (const auto& id : o.pathways)
    if (const pathway* pw = p.find_pathway(id))
      w.begin_object()
          .field("id", pw->id)
          .field("title", pw->title)
          .field("link_text", pw->link_text.empty() ? pw->title : pw->link_text)
          .end_object();
  w.end_array();
  w.end_object();
  return std::move(w).str();
}

std::string to_json(const pack& p, const pathway_step& s, int indent) {
  if (!s.walked) return "{\"errors\": " + to_json(s.errors, indent) + "}";
  const pathway& pw = *s.walked;
  auto node_pointer = [&](const pathway_node* n) {
    return index_pointer(p.pathways, &pw, "/pathways") + index_pointer(pw.nodes, n, "/nodes");
  };
  json_writer w(indent);
  w.begin_object()
      .field("pathway", pw.id)
      .field("title", pw.title)
      .field("summary", pw.summary)
      .field("status", s.end ? "outcome" : "question")
      .key("route")
      .begin_array();
  for (const auto& e : s.route) {
    w.begin_object()
        .field("node", e.node->id)
        .field("type", node_type(*e.node))
        .field("title", e.node->title)
        .strings("text", e.node->text);
    optional_id(w, "choice", e.choice);
    std::string choice_label;
    for (const auto& o : e.node->options)
      if (o.id == e.choice) choice_label = o.label;
    optional_id(w, "choice_label", choice_label);
    write_timescale(w, "timescale", e.timescale);
    w.field("entry", node_pointer(e.node)).field("source", format_citation(e.node->source)).end_object();
  }
  w.end_array().key("current");
  if (s.current) {
    w.begin_object()
        .field("node", s.current->id)
        .field("type", "question")
        .strings("text", s.current->text)
        .field("hint", s.current->hint)
        .key("options")
        .begin_array();
    for (const auto& o : s.current->options)
      w.begin_object().field("id", o.id).field("label", o.label).field("hint", o.hint).end_object();
    w.end_array();
    write_timescale(w, "timescale", s.current_timescale);
    w.field("entry", node_pointer(s.current)).field("source", format_citation(s.current->source)).end_object();
  } else {
    w.null();
  }
  w.key("outcome");
  if (s.end) {
    w.begin_object()
        .field("node", s.end->id)
        .field("id", s.end->id)
        .field("title", s.end->title)
        .strings("text", s.end->text);
    write_timescale(w, "timescale", s.end_timescale);
    w.field("entry", node_pointer(s.end)).field("source", format_citation(s.end->source)).end_object();
  } else {
    w.null();
  }
  w.key("deadlines").begin_array();
  for (const auto& e : s.route)
    if (e.timescale) write_timescale(w, "", e.timescale, e.node->id);
  if (s.end && s.end_timescale) write_timescale(w, "", s.end_timescale, s.end->id);
  w.end_array().end_object();
  return std::move(w).str();
}

std::string to_json(const std::vector<search_hit>& hits, int indent) {
  json_writer w(indent);
  w.begin_array();
  for (const auto& h : hits)
    w.begin_object()
        .field("id", h.match->id)
        .field("text", h.match->text)
        .field("level", h.match->level)
        .field("domain", h.match->domain)
        .field("kind", h.match->strength ? "strength" : "concern")
        .field("hint", h.match->hint)
        .field("strategy_discussion", h.match->strategy_discussion)
        .field("score", h.score)
        .field("source", format_citation(h.match->source))
        .end_object();
  w.end_array();
  return std::move(w).str();
}

std::string to_json(const std::vector<error>& errors, int indent) {
  json_writer w(indent);
  w.begin_array();
  for (const auto& e : errors)
    w.begin_object().field("code", e.code).field("path", e.pointer).field("message", e.message).end_object();
  w.end_array();
  return std::move(w).str();
}

std::string to_json(const std::string& text) {
  json_writer w(-1);
  w.value(text);
  return std::move(w).str();
}

}  // namespace threshold
