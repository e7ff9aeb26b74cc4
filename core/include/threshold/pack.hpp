#pragma once
// The content model: one partnership's guidance as plain values. Loaded and validated from JSON by
// load_pack (json_io.hpp); the engine never holds a literal from a source document.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "threshold/calendar.hpp"

namespace threshold {

/// Where an entry comes from in the partnership's document.
struct citation {
  std::string file;
  int line_from = 0;
  int line_to = 0;
  std::string section;
  std::string page;  // the document's page or paragraph, where the pack knows it
};
/// For content authors: "004_x.txt lines 301-303 (Level 4: Specialist / Statutory Support)".
std::string format_citation(const citation& c);
struct partnership;
/// For practitioners: "<document title>, <section>, page 12".
std::string cite_for_people(const partnership& about, const citation& c);
/// A number for people and JSON: "12", "8.5", "0.25" (at most 4 decimals, no exponent).
std::string format_number(double value);

/// A boolean, number or string: the value of an answer fact or a condition operand.
struct scalar {
  enum class type { boolean, number, string } kind = type::boolean;
  bool boolean = false;
  double number = 0;
  std::string text;
  bool operator==(const scalar&) const = default;
};

/// What a next step has the practitioner do; the page draws each kind its own way.
enum class step_kind { call_999, call, strategy_discussion, form, talk_to_lead, consent, read };
std::string_view to_string(step_kind k);
/// "call" -> step_kind::call; no value for a word that is not a kind.
std::optional<step_kind> step_kind_named(std::string_view name);

/// The consent verdict, said once (docs/API.md, "Consent").
enum class consent_verdict {
  seek_consent,
  proceed_and_inform,
  proceed_without_consent,
  seek_advice,
  not_applicable,
  undetermined
};
std::string_view to_string(consent_verdict v);

/// How a fact condition compares: equal, not equal, less, at most, greater, at least, one of.
enum class comparison { eq, ne, lt, le, gt, ge, in };

/// A condition over the answers (and, in pathways, the choices made so far). See content/SCHEMA.md.
struct condition {
  enum class type {
    always,
    all,
    any,
    negation,
    indicator,
    tag,
    age_group,
    count,
    fact,
    given,
    answer
  } kind = type::all;
  std::vector<condition> children;  // all / any / negation (one child)
  std::string name;                 // indicator id, tag, age group, fact (fact, given) or pathway node
  comparison op = comparison::eq;   // fact
  std::vector<scalar> values;       // fact operand(s); one unless op is "in"
  int level = 0;                    // count
  int min = 0;                      // count
  bool distinct_domains = false;    // count
  std::string option;               // answer
};

struct level {
  std::string id;
  int number = 0;
  std::string label;
  std::string summary;
  std::vector<std::string> definition, response, assessments;
  std::string route;
  citation source;
};

struct domain {
  std::string id, label;
  citation source;
};

struct tag {
  std::string id, label;
};

struct indicator {
  std::string id, domain;
  int level = 0;
  bool strength = false;  // kind "strength": a sign that needs are met
  std::string text, hint;
  std::vector<std::string> keywords, tags;
  bool strategy_discussion = false;
  bool immediate_danger = false;
  bool consent_may_increase_risk = false;
  std::optional<condition> applies_when;
  citation source;
};

struct out_of_hours {
  std::string label, phone, hours;
};

struct contact {
  std::string id, label, phone, hours, email, url, notes, group;
  std::optional<out_of_hours> after_hours;
  citation source;
};

struct route {
  std::string id, label;
  std::optional<step_kind> action;  // call | form | talk_to_lead | read; none: from its contacts
  bool needs_consent = false;       // the service takes it only with the family's agreement (an EHA, Early Help)
  std::vector<std::string> text, contacts;
  citation source;
};

struct emergency_action {
  std::string route;
  int level = 0;
  std::vector<std::string> text, then_contacts;
  citation source;
  bool says_999 = false;  // its text tells the reader to call 999 (set by the loader): the 999 step may cite it
};

struct cited_text {
  std::string id;
  std::vector<std::string> text;
  citation source;
};

/// An exception to seeking consent: when it applies (a condition over the answers, where the engine's
/// own immediate-danger decision stands for `immediate_danger`) and what the practitioner does then.
/// Who decides to go ahead without the family's agreement, and on what test ("your Designated
/// Safeguarding Lead", "a referral is necessary to protect the child"), where the source says so.
struct override_decision {
  std::string by, test;
  std::string without = "consent";  // what the referral then goes ahead without ("telling the parents")
};

struct consent_exception : cited_text {
  std::optional<condition> when;  // absent: consent "would_increase_risk" or a ticked flagged concern
  consent_verdict verdict = consent_verdict::proceed_without_consent;  // or seek_advice
  std::vector<std::string> contacts;                                   // who to ask (seek_advice)
  std::optional<cited_text> record;          // what to record; else the consent entry's record
  std::string route;                         // the way forward the source gives when it applies, or ""
  std::optional<override_decision> decided;  // who decides to go ahead, and on what test
};

struct consent_rule {
  std::string id;
  int level = 0;
  bool required = false;
  std::vector<std::string> text;
  std::vector<consent_exception> exceptions;
  std::optional<cited_text> when_refused;
  bool may_proceed_when_refused = false;
  std::optional<override_decision> refused_decided;  // who decides whether a refusal is overridden
  std::optional<cited_text> not_yet_sought;
  std::optional<cited_text> record;
  std::vector<std::string> advice_contacts;  // who to ask when consent cannot be settled
  citation source;
};

/// What to do that holds before (or beside) any level: from the source's procedures and contacts.
struct first_step {
  std::string id;
  step_kind kind = step_kind::read;  // call | form | talk_to_lead | read
  std::string label;                 // optional: a short heading for a long source text
  bool before_route = false;  // the source has it done before the referral ("meet the former social worker first")
  std::vector<std::string> text, contacts;
  std::optional<condition> when;  // absent: always
  citation source;
};

struct rule {
  enum class type { raise_level, advisory, strategy_discussion } kind = type::advisory;
  std::string id;
  condition when;
  int level = 0;         // raise_level
  std::string advisory;  // advisory id
  std::vector<std::string> contacts;
  std::string text;
  citation source;
};

enum class time_unit { hours, working_days, calendar_days };
std::string to_string(time_unit u);

struct timescale {
  std::string id, label, starts;
  std::string owner = "service";  // whose deadline: "service" (the service answers) or "you" (the practitioner)
  bool from_screening = false;    // counts from the day of the screening; else from `starts`, a later event
  int amount = 0;
  time_unit unit = time_unit::working_days;
  std::optional<condition> when;
  citation source;
};

struct prompt {
  std::string id, label;
  std::string short_label;  // for a summary line; resolved at load: the label's first clause, or the label
  std::vector<std::string> items;
  std::optional<condition> when;
  citation source;
};

struct checklist_group {
  std::string id, label;
  std::vector<std::string> items;
  citation source;
};

struct checklist {
  std::string label;
  std::optional<condition> when;
  std::vector<checklist_group> groups;
  citation source;
};

struct escalation_stage {
  std::string id, label;
  int from_day = 0, to_day = 0;
  time_unit unit = time_unit::working_days;
  std::vector<std::string> text;
  citation source;
};

struct escalation {
  std::string label;
  std::vector<escalation_stage> stages;
  citation source;
};

/// The event a pathway timescale counts from, asked as a date ("When was the meeting held?").
struct date_from {
  std::string id, question;
  bool default_today = false;  // absent answer: count from the pathway's date (else no due date)
};

struct node_timescale {
  int amount = 0;
  time_unit unit = time_unit::working_days;
  std::string label, starts;
  std::optional<date_from> from;
};

struct pathway_option {
  std::string id, label, hint, next;
};

struct pathway_branch {
  condition when;
  std::string next;
};

struct pathway_node {
  enum class type { question, info, branch, outcome } kind = type::info;
  std::string id, title, hint;
  std::vector<std::string> text;
  std::vector<pathway_option> options;   // question
  std::string next;                      // info
  std::vector<pathway_branch> branches;  // branch
  std::string otherwise;                 // branch
  std::optional<node_timescale> timescale;
  citation source;
};

struct pathway {
  std::string id, title, summary, link_text, start;
  std::optional<condition> applies_when;
  std::vector<pathway_node> nodes;
  citation source;
  const pathway_node* find(const std::string& node_id) const;
};

/// Suspected significant harm: the level the source puts it at, the way forward it gives, and the
/// ticks, levels or flags that already say so (the question is then not asked).
struct significant_harm_rule {
  int level = 0;
  std::string route;
  std::vector<std::string> text;
  std::optional<condition> implied_when;
  std::string question;  // how the page asks it; resolved at load (default_significant_harm_question)
  citation source;
};

/// A word the guidance uses that a practitioner may not know ("MARF"), explained in a line.
struct glossary_entry {
  std::string term, meaning;
  std::optional<citation> source;  // where the document spells the term out; none for a general meaning
};

struct partnership {
  std::string name, area, document_title, published, review, applies_to, source_file;
  std::string cite_as;    // how a practitioner names the document; resolved at load: document_title if not given
  std::string date_text;  // resolved at load: `published`, or "undated"
  // How current the pack is (docs/API.md, "Currency"): the day it was last checked against the
  // document, and the day the guidance is due for review. `review` stays the document's own words.
  std::optional<date> checked, review_by;
  // Resolved at load, the words the page shows: "7 December 2026" (or ""), "31 March 2022" (or ""),
  // "Guidance dated March 2021, checked 7 December 2026.", and the sentence shown once `review_by`
  // has passed ("" without a review_by): "This guidance was due for review on …: it may have been replaced. …".
  std::string checked_text, review_by_text, currency_text, overdue_text;
  std::string indicative_notice;  // the result's caveat; resolved at load (default_indicative_notice)
  std::string url;                // the published document (https), or ""
  std::vector<std::string> not_covered;
  std::vector<std::string> search_examples;  // words that find indicators, for the search box's hint
  citation source;
};

/// Whether the guidance's review-by date has passed on the day `on` (the answers' date): true only
/// after it (on the day itself it is due, not overdue); false when the pack gives no review-by date;
/// no value when it gives one but the day is not known.
///   guidance_overdue(about, date{2026, 12, 7}) == true  // when about.review_by is 2022-03-31
std::optional<bool> guidance_overdue(const partnership& about, std::optional<date> on);

/// The wording a pack that says nothing of its own gets (the loader resolves every default, so that
/// the engine and its writers read one value).
extern const char* const default_significant_harm_question;
extern const char* const default_indicative_notice;

struct pack {
  std::string id;
  partnership about;
  std::vector<level> levels;
  std::optional<int> default_level;
  std::vector<domain> domains;
  std::vector<tag> tags;
  std::vector<indicator> indicators;
  std::vector<contact> contacts;
  std::vector<route> routes;
  emergency_action emergency;
  std::optional<cited_text> strategy_discussion;
  std::optional<significant_harm_rule> significant_harm;
  /// The question the page asks when the answer decides the consent line or the way forward: the
  /// significant_harm entry's own wording, else default_significant_harm_question.
  std::string significant_harm_question;
  std::vector<glossary_entry> glossary;
  std::vector<consent_rule> consent;
  std::vector<first_step> first_steps;
  std::vector<rule> rules;
  std::vector<timescale> timescales;
  std::vector<prompt> prompts;
  std::optional<checklist> referral_checklist;
  std::optional<escalation> challenge;
  std::vector<pathway> pathways;
  working_day_calendar calendar;
  /// Positions of `indicators` sorted by id (index_indicators()); lookups scan when it is stale.
  std::vector<std::uint32_t> indicator_order;
  /// Positions of the concerns (not strengths) sorted by domain, then level, then position
  /// (index_indicators()), for concerns_at; built with indicator_order, and stale with it.
  std::vector<std::uint32_t> concern_order;

  /// Sorts the indicator positions by id so that find_indicator and indicator_pointer are
  /// logarithmic (a 5,000-indicator pack with everything ticked), and the concerns by domain and
  /// level so that concerns_at costs what it returns. The loader calls it; a pack built by hand works
  /// without it (a scan); call it again after changing an indicator's id, domain, level or kind.
  void index_indicators();
  /// The concerns (not strengths) of `domain` at `level`, in the pack's order: what an evaluation
  /// compares a ticked concern with, the level above and below it.
  std::vector<const indicator*> concerns_at(const std::string& domain, int level) const;
  const level* find_level(int number) const;
  const indicator* find_indicator(const std::string& id) const;
  const contact* find_contact(const std::string& id) const;
  /// The contacts with these ids, in order (ids the loader refused are never there).
  std::vector<const contact*> find_contacts(const std::vector<std::string>& ids) const;
  const route* find_route(const std::string& id) const;
  const domain* find_domain(const std::string& id) const;
  const pathway* find_pathway(const std::string& id) const;
  const consent_rule* find_consent(int level_number) const;
  /// JSON Pointer of an indicator in the pack file ("/indicators/12"), for traceability.
  std::string indicator_pointer(const std::string& id) const;
};

}  // namespace threshold
