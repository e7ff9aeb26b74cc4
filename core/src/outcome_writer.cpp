// The outcome writer: outcomes, pathway steps, search hits and errors as JSON, field by field in the
// order docs/API.md gives.
#include "json_writer.hpp"
#include "threshold/json_io.hpp"

namespace threshold {

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
