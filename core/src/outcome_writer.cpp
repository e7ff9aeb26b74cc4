// The outcome writer: outcomes, pathway steps, search hits and errors as JSON, field by field in the
// order docs/API.md gives.
#include "answer_facts.hpp"
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

void write_contacts(json_writer& w, std::string_view key, const std::vector<const contact*>& contacts) {
  w.key(key).begin_array();
  for (const contact* c : contacts) write_contact(w, *c);
  w.end_array();
}

// {"document", "section", "page", "url", "file", "lines"}: a citation as data, for json_writer::compact.
auto cite_of(const pack& p, const citation& c) {
  return [&p, &c](json_writer& w) {
    w.begin_object().field("document", p.about.cite_as);
    w.field("section", c.section);
    if (c.page.empty())
      w.null_field("page");
    else
      w.field("page", c.page);
    if (p.about.url.empty())
      w.null_field("url");
    else
      w.field("url", p.about.url);
    w.field("file", c.file).key("lines").begin_array().value(c.line_from).value(c.line_to).end_array().end_object();
  };
}

// "source" (the practitioner's citation) and "cite" (the same, as data): every cited entry has both.
json_writer& cited(json_writer& w, const pack& p, const citation& c) {
  return w.field("source", cite_for_people(p.about, c)).key("cite").compact(cite_of(p, c));
}

void write_traced(json_writer& w, const pack& p, const traced& t, const char* id_key = "id") {
  w.begin_object()
      .field(id_key, t.id)
      .field("text", t.text)
      .field("entry", t.entry)
      .field("source", t.source)
      .key("cite")
      .compact(cite_of(p, t.cite))
      .end_object();
}

// What to do instead of a step, and when, each with the entries that say so.
void write_unless(json_writer& w, const pack& p, const std::vector<unless_clause>& unless) {
  w.key("unless").begin_array();
  for (const auto& u : unless) {
    w.begin_object().field("text", u.text).key("because").begin_array();
    for (const auto& t : u.because) write_traced(w, p, t);
    w.end_array().end_object();
  }
  w.end_array();
}

void optional_traced(json_writer& w, const pack& p, std::string_view key, const std::optional<traced>& t) {
  w.key(key);
  if (t)
    write_traced(w, p, *t);
  else
    w.null();
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

// How current the guidance is, on the answers' date (docs/API.md, "Currency"): the same object in
// describe's partnership and in the outcome. The sentence about a passed review-by date is written
// only when it has passed, so that a page cannot show it early.
void write_currency(json_writer& w, const partnership& about, std::optional<bool> overdue) {
  w.key("currency").begin_object().field("dated", about.date_text);
  optional_id(w, "checked", about.checked_text);
  optional_date(w, "checked_date", about.checked);
  optional_id(w, "review_by", about.review_by_text);
  optional_date(w, "review_by_date", about.review_by);
  w.key("overdue");
  if (overdue)
    w.value(*overdue);
  else
    w.null();
  w.field("text", about.currency_text);
  optional_id(w, "overdue_text", overdue == std::optional(true) ? about.overdue_text : std::string());
  optional_id(w, "url", about.url);
  w.end_object();
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
  w.key("from");
  if (const auto& from = t->timescale.from) {
    w.begin_object().field("id", from->id).field("question", from->question);
    w.field("default_today", from->default_today).field("given", t->start_given).end_object();
  } else {
    w.null();
  }
  optional_date(w, "start", t->start);
  optional_date(w, "due", t->due);
  optional_id(w, "due_time", t->due_time);
  w.field("note", t->note);
  w.end_object();
}

// What an answer fact accepts, keyed by its name: {"type": "number", "min", "max", "whole"},
// {"type": "string", "options": [...]} or {"type": "boolean", "unknown": true|false}.
void write_accepted(json_writer& w, const detail::fact_info& f) {
  w.key(f.name).begin_object();
  switch (f.type) {
    case scalar::type::number:
      w.field("type", "number").field("min", f.min).field("max", f.max).field("whole", f.whole);
      break;
    case scalar::type::string:
      w.field("type", "string").key("options").begin_array();
      for (auto o : f.options) w.value(o);
      w.end_array();
      break;
    case scalar::type::boolean: w.field("type", "boolean").field("unknown", f.may_be_unknown); break;
  }
  w.end_object();
}

// The question, with the answer given (null while unanswered) so the page can show it checked, and the
// values it accepts (the fact table's: yes, no, "unknown"); the page words the options.
void write_significant_harm_question(json_writer& w, const pack& p, const consent_outcome& c) {
  w.begin_object().field("id", "significant_harm_suspected").key("answer");
  if (c.significant_harm_suspected)
    w.value(*c.significant_harm_suspected);
  else if (c.significant_harm_unknown)
    w.value("unknown");
  else
    w.null();
  w.field("text", p.significant_harm_question).key("options").begin_array().value(true).value(false);
  if (const detail::fact_info* f = detail::find_fact("significant_harm_suspected"); f && f->may_be_unknown)
    w.value("unknown");
  w.end_array().end_object();
}

void write_due(json_writer& w, const std::optional<step_due>& d) {
  w.key("due");
  if (!d) {
    w.null();
    return;
  }
  w.begin_object().field("amount", d->amount).field("unit", to_string(d->unit)).field("starts", d->starts);
  optional_date(w, "date", d->on);
  optional_id(w, "time", d->time);
  w.end_object();
}

void write_next_step(json_writer& w, const pack& p, const next_step& s) {
  w.begin_object().field("id", s.id).field("kind", to_string(s.kind)).field("text", s.text).field("detail", s.detail);
  write_unless(w, p, s.unless);
  write_contacts(w, "contacts", s.contacts);
  w.field("general", s.general).field("no_number", s.no_number);
  write_contacts(w, "nearest", s.nearest);
  w.key("terms").begin_array();
  for (const glossary_entry* g : s.terms) {
    w.begin_object().field("term", g->term).field("meaning", g->meaning);
    if (g->source)
      cited(w, p, *g->source);
    else
      w.null_field("source");
    w.end_object();
  }
  w.end_array();
  write_due(w, s.due);
  w.field("entry", s.entry).field("source", s.source).key("cite").compact(cite_of(p, s.cite)).end_object();
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

// The level so far and whether 999 comes first: in the outcome and in the live view alike.
void write_level(json_writer& w, const pack& p, const outcome& o, bool with_summary) {
  if (o.level)
    w.field("level", *o.level);
  else
    w.null_field("level");
  w.field("level_label", o.level_label);
  if (with_summary) {
    w.field("level_summary", o.level_summary).field("indicative", true);
    w.field("indicative_notice", p.about.indicative_notice);
  }
  if (o.immediate_danger)
    w.field("immediate_action", "call_999");
  else
    w.null_field("immediate_action");
}

}  // namespace

std::string to_live_json(const pack& p, const description& d, const outcome& o) {
  json_writer w(-1);
  w.begin_object().key("questions").begin_array();
  for (const auto& q : d.questions) w.begin_object().field("id", q.id).field("ask", q.ask).end_object();
  w.end_array();
  write_level(w, p, o, false);
  w.end_object();
  return std::move(w).str();
}

std::string to_json(const pack& p, const outcome& o, int indent) {
  json_writer w(indent);
  w.begin_object().field("version", 1).field("pack", o.pack);
  optional_date(w, "date", o.on);
  write_level(w, p, o, true);

  const route* r = o.route;
  w.key("route");
  if (r) {
    w.begin_object().field("id", r->id).field("label", r->label).strings("text", r->text);
    write_contacts(w, "contacts", o.route_contacts);
    cited(w.field("entry", index_pointer(p.routes, r, "/routes")), p, r->source).end_object();
  } else {
    w.null();
  }
  w.field("no_concerns", o.no_concerns).field("route_withheld", o.route_withheld);
  w.key("significant_harm").begin_object().key("suspected");
  if (o.significant_harm)
    w.value(*o.significant_harm);
  else
    w.null();
  w.field("implied", o.significant_harm_implied);
  if (p.significant_harm && o.significant_harm == std::optional(true))
    cited(w.strings("text", p.significant_harm->text).field("entry", "/significant_harm"), p,
          p.significant_harm->source);
  w.end_object();
  w.key("emergency");
  if (const emergency_action* e = o.emergency) {
    w.begin_object().strings("text", e->text);
    write_contacts(w, "then_contacts", o.emergency_contacts);
    cited(w.field("entry", "/emergency"), p, e->source).end_object();
  } else {
    w.null();
  }

  w.field("strategy_discussion", o.strategy_discussion).key("strategy_discussion_note");
  if (const cited_text* note = o.strategy_discussion_note)
    cited(w.begin_object().strings("text", note->text).field("entry", "/strategy_discussion"), p, note->source)
        .end_object();
  else
    w.null();
  w.key("strategy_discussion_reasons").begin_array();
  for (const auto& t : o.strategy_discussion_reasons) {
    w.begin_object().field("id", t.indicator.empty() ? t.rule : t.indicator);
    optional_id(w, "indicator", t.indicator);
    optional_id(w, "rule", t.rule);
    w.field("text", t.text).field("entry", t.entry).field("source", t.source);
    w.key("cite").compact(cite_of(p, t.cite)).end_object();
  }
  w.end_array();

  w.key("consent").begin_object();
  if (o.consent.level)
    w.field("level", *o.consent.level);
  else
    w.null_field("level");
  const consent_outcome& c = o.consent;
  w.field("state", c.state).field("required", c.required);
  if (c.may_proceed_without)
    w.field("may_proceed_without", *c.may_proceed_without);
  else
    w.null_field("may_proceed_without");
  // The sentence whole, for a page that shows the verdict on its own; `unless` apart, for the step.
  w.field("verdict", to_string(c.verdict)).field("sentence", c.whole_sentence);
  w.field("in_steps", c.in_steps).field("do_not_delay", c.do_not_delay);
  w.field("record_in_exception", c.record_in_exception);
  w.key("decided_by");
  if (c.decided)
    w.begin_object().field("by", c.decided->by).field("test", c.decided->test).end_object();
  else
    w.null();
  optional_traced(w, p, "exception", c.exception);
  w.key("record");
  if (c.record)
    w.value(c.record->text);
  else
    w.null();
  optional_traced(w, p, "record_entry", c.record);
  w.key("question");
  if (c.significant_harm_decides)
    write_significant_harm_question(w, p, c);
  else
    w.null();
  write_contacts(w, "advice_contacts", c.advice_contacts);
  w.key("guidance").begin_array();
  for (const auto& g : c.guidance) write_traced(w, p, g);
  w.end_array().end_object();

  w.key("next_steps").begin_array();
  for (const auto& s : o.next_steps) write_next_step(w, p, s);
  w.end_array();

  w.key("reasons").begin_array();
  for (const auto& x : o.reasons) {
    w.begin_object();
    optional_id(w, "indicator", x.indicator);
    optional_id(w, "rule", x.rule);
    w.field("level", x.level);
    optional_id(w, "domain", x.domain);
    w.field("text", x.text).field("entry", x.entry).field("source", x.source);
    w.key("cite").compact(cite_of(p, x.cite));
    w.end_object();
  }
  w.end_array();
  auto ids = [&](std::string_view key, const std::vector<const indicator*>& list) {
    w.key(key).begin_array();
    for (const indicator* i : list) w.value(i->id);
    w.end_array();
  };
  w.key("comparisons").begin_array();
  for (const auto& c : o.comparisons) {
    w.begin_object().field("domain", c.domain).field("level", c.level);
    ids("up", c.up);
    ids("down", c.down);
    w.end_object();
  }
  w.end_array();
  w.key("strengths").begin_array();
  for (const auto& s : o.strengths) {
    w.begin_object()
        .field("indicator", s.indicator)
        .field("domain", s.domain)
        .field("text", s.text)
        .field("entry", s.entry)
        .field("source", s.source)
        .key("cite")
        .compact(cite_of(p, s.cite))
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
    write_contacts(w, "contacts", a.contacts);
    w.field("entry", a.entry).field("source", a.source).key("cite").compact(cite_of(p, a.cite)).end_object();
  }
  w.end_array();
  w.key("deadlines").begin_array();
  for (const auto& d : o.deadlines) {
    w.begin_object()
        .field("id", d.id)
        .field("label", d.label)
        .field("amount", d.amount)
        .field("unit", to_string(d.unit))
        .field("starts", d.starts)
        .field("owner", d.owner);
    optional_date(w, "due", d.due);
    w.field("note", d.note);
    w.field("entry", d.entry).field("source", d.source).key("cite").compact(cite_of(p, d.cite)).end_object();
  }
  w.end_array();
  w.key("prompts").begin_array();
  for (const prompt* pr : o.prompts)
    cited(w.begin_object()
              .field("id", pr->id)
              .field("label", pr->label)
              .field("short_label", pr->short_label)
              .strings("items", pr->items)
              .field("entry", index_pointer(p.prompts, pr, "/prompts")),
          p, pr->source)
        .end_object();
  w.end_array();
  w.key("checklist");
  if (const checklist* list = o.checklist) {
    w.begin_object().field("label", list->label).key("groups").begin_array();
    for (const auto& g : list->groups)
      cited(w.begin_object().field("id", g.id).field("label", g.label).strings("items", g.items), p, g.source)
          .end_object();
    cited(w.end_array().field("entry", "/checklist"), p, list->source).end_object();
  } else {
    w.null();
  }
  w.key("pathways").begin_array();
  for (const pathway* pw : o.pathways)
    w.begin_object().field("id", pw->id).field("title", pw->title).field("link_text", pw->link_text).end_object();
  w.end_array();
  write_currency(w, p.about, o.guidance_overdue);
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
    cited(w.field("entry", node_pointer(e.node)), p, e.node->source).end_object();
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
    cited(w.field("entry", node_pointer(s.current)), p, s.current->source).end_object();
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
    cited(w.field("entry", node_pointer(s.end)), p, s.end->source).end_object();
  } else {
    w.null();
  }
  w.key("date_questions").begin_array();
  for (const auto& q : s.date_questions)
    w.begin_object()
        .field("id", q.id)
        .field("question", q.question)
        .field("node", q.node)
        .field("answered", q.answered)
        .end_object();
  w.end_array();
  w.key("deadlines").begin_array();
  for (const auto& e : s.route)
    if (e.timescale) write_timescale(w, "", e.timescale, e.node->id);
  if (s.end && s.end_timescale) write_timescale(w, "", s.end_timescale, s.end->id);
  w.end_array().end_object();
  return std::move(w).str();
}

std::string to_json(const pack& p, const std::vector<search_hit>& hits, int indent) {
  json_writer w(indent);
  w.begin_array();
  for (const auto& h : hits)
    cited(w.begin_object()
              .field("id", h.match->id)
              .field("text", h.match->text)
              .field("level", h.match->level)
              .field("domain", h.match->domain)
              .field("kind", h.match->strength ? "strength" : "concern")
              .field("hint", h.match->hint)
              .field("strategy_discussion", h.match->strategy_discussion)
              .field("score", h.score),
          p, h.match->source)
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

namespace threshold {

std::string to_json(const pack& p, const description& d, int indent) {
  json_writer w(indent);
  const partnership& about = p.about;
  w.begin_object().key("partnership").begin_object().field("name", about.name).field("area", about.area);
  w.field("document_title", about.cite_as).field("date_text", about.date_text);
  optional_id(w, "url", about.url);
  write_currency(w, about, d.guidance_overdue);
  w.strings("not_covered", about.not_covered).strings("search_examples", about.search_examples).end_object();
  w.field("has_matrix", !p.indicators.empty()).key("questions").begin_array();
  for (const auto& q : d.questions) {
    w.begin_object().field("id", q.id).field("ask", q.ask).field("why", q.why).key("accepts").begin_object();
    for (const auto& name : q.facts)
      if (const detail::fact_info* f = detail::find_fact(name)) write_accepted(w, *f);
    w.end_object().end_object();
  }
  w.end_array().key("levels").begin_array();
  for (const auto& l : p.levels)
    w.begin_object()
        .field("number", l.number)
        .field("label", l.label)
        .field("summary", l.summary)
        .field("source", cite_for_people(about, l.source))
        .key("cite")
        .compact(cite_of(p, l.source))
        .end_object();
  w.end_array().key("domains").begin_array();
  for (const auto& [dm, list] : d.domains) {
    w.begin_object().field("id", dm->id).field("label", dm->label).key("indicators").begin_array();
    for (const auto& u : list) {
      const indicator& i = *u.entry;
      w.begin_object()
          .field("id", i.id)
          .field("text", i.text)
          .field("hint", i.hint)
          .field("level", i.level)
          .field("strength", i.strength)
          .field("strategy_discussion", i.strategy_discussion)
          .field("immediate_danger", i.immediate_danger)
          .field("consent_may_increase_risk", i.consent_may_increase_risk)
          .field("applies", u.applies)
          .field("applies_text", u.applies_text)
          .field("source", cite_for_people(about, i.source))
          .key("cite")
          .compact(cite_of(p, i.source))
          .end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().key("pathways").begin_array();
  for (const auto& pw : p.pathways)
    w.begin_object()
        .field("id", pw.id)
        .field("title", pw.title)
        .field("short_title", pw.link_text)
        .field("summary", pw.summary)
        .end_object();
  w.end_array().key("contacts").begin_array();
  for (const auto& c : p.contacts) write_contact(w, c);
  w.end_array()
      .key("calendar")
      .begin_object()
      .field("id", p.calendar.id)
      .field("name", p.calendar.label)
      .end_object()
      .key("entry_steps")
      .begin_array();
  for (const auto& s : d.entry_steps) write_next_step(w, p, s);
  w.end_array().end_object();
  return std::move(w).str();
}

}  // namespace threshold
