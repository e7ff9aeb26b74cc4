#include <nlohmann/json.hpp>

#include "support.hpp"

namespace threshold {
namespace {

using testing::screen;

// The ids of what an outcome points to in the pack (contacts, prompts, pathways).
template <class T>
std::vector<std::string> ids(const std::vector<const T*>& items) {
  std::vector<std::string> out;
  for (const T* x : items) out.push_back(x->id);
  return out;
}

std::string route_of(const outcome& o) {
  return o.route ? o.route->id : "";
}

bool has_advisory(const outcome& o, const std::string& id) {
  for (const auto& a : o.advisories)
    if (a.id == id) return true;
  return false;
}

TEST(evaluate, the_level_is_the_highest_ticked_concern) {
  auto o = screen(R"({"indicators":["family_2_debt","family_3_domestic_abuse"], "age_years": 14})");
  EXPECT_EQ(o.level, 3);
  EXPECT_EQ(route_of(o), "early_help");
  ASSERT_EQ(o.reasons.size(), 2u);
  EXPECT_EQ(o.reasons[0].indicator, "family_3_domestic_abuse");  // highest first
  EXPECT_EQ(o.reasons[0].entry, "/indicators/4");
  EXPECT_EQ(format_citation(o.reasons[0].cite), "fixture.txt line 16 (Family L3)");
  EXPECT_EQ(o.reasons[0].source, testing::mini().about.document_title + ", Family L3");
}

TEST(evaluate, the_levels_either_side_are_given_once_for_each_domain_and_level) {
  auto o = screen(R"({"indicators":["family_2_debt","family_2_housing","family_3_domestic_abuse",
                                    "health_2_missed_appointments"], "age_years": 14})");
  auto find = [&](const std::string& domain, int level) -> const level_comparison* {
    for (const auto& c : o.comparisons)
      if (c.domain == domain && c.level == level) return &c;
    return nullptr;
  };
  ASSERT_EQ(o.comparisons.size(), 3u);  // two family concerns at level 2 share one
  const level_comparison* family_3 = find("family", 3);
  ASSERT_NE(family_3, nullptr);
  EXPECT_EQ(ids(family_3->up), (std::vector<std::string>{"family_4_fii"}));
  EXPECT_EQ(ids(family_3->down), (std::vector<std::string>{"family_2_debt", "family_2_housing"}));
  const level_comparison* family_2 = find("family", 2);
  ASSERT_NE(family_2, nullptr);
  EXPECT_EQ(ids(family_2->up), (std::vector<std::string>{"family_3_domestic_abuse", "family_4_staff_allegation"}));
  EXPECT_TRUE(family_2->down.empty());
  const level_comparison* health_2 = find("health", 2);
  ASSERT_NE(health_2, nullptr);
  EXPECT_TRUE(health_2->up.empty());
  EXPECT_TRUE(health_2->down.empty()) << "a strength is not a concern to compare with";
  EXPECT_EQ(o.comparisons.front().level, 3) << "in the order of the reasons, highest level first";
}

TEST(evaluate, strengths_never_raise_the_level) {
  auto o = screen(R"({"indicators":["health_1_healthy","health_2_missed_appointments"]})");
  EXPECT_EQ(o.level, 2);
  ASSERT_EQ(o.strengths.size(), 1u);
  EXPECT_EQ(o.strengths[0].indicator, "health_1_healthy");
  EXPECT_EQ(o.reasons.size(), 1u);
}

TEST(evaluate, no_concerns_gives_the_default_level_with_a_note) {
  auto o = screen(R"({"indicators":["health_1_healthy"]})");
  EXPECT_EQ(o.level, 1);
  EXPECT_EQ(route_of(o), "universal");
  ASSERT_EQ(o.notes.size(), 1u);
  EXPECT_EQ(o.notes[0].id, "no_concerns");
}

TEST(evaluate, without_a_default_level_and_no_answers_the_level_is_unknown) {
  pack p = testing::mini();
  p.default_level.reset();
  auto o = evaluate(p, answers{});
  EXPECT_FALSE(o.level);
  EXPECT_FALSE(o.route);
}

TEST(evaluate, the_agreed_level_raises_but_never_lowers) {
  auto raised = screen(R"({"indicators":["family_2_debt"], "agreed_level": 3})");
  EXPECT_EQ(raised.level, 3);
  EXPECT_EQ(raised.reasons[0].rule, "agreed_level");
  auto kept = screen(R"({"indicators":["family_3_domestic_abuse"], "agreed_level": 2, "age_years": 9})");
  EXPECT_EQ(kept.level, 3);
  EXPECT_TRUE(has_advisory(kept, "agreed_level_lower"));
  auto same = screen(R"({"indicators":["family_2_debt"], "agreed_level": 2})");
  EXPECT_FALSE(has_advisory(same, "agreed_level_lower"));
}

TEST(evaluate, immediate_danger_calls_999_first_then_the_local_number) {
  auto o = screen(R"({"immediate_danger": true, "indicators":["family_2_debt"]})");
  EXPECT_TRUE(o.immediate_danger);
  EXPECT_EQ(route_of(o), "emergency");
  EXPECT_EQ(o.level, 4);
  EXPECT_EQ(o.reasons[0].rule, "immediate_danger");
  std::string json = to_json(testing::mini(), o);
  EXPECT_NE(json.find("\"immediate_action\": \"call_999\""), std::string::npos);
  EXPECT_NE(json.find("\"then_contacts\""), std::string::npos);
  auto calm = screen(R"({"immediate_danger": false})");
  EXPECT_FALSE(calm.immediate_danger);
  EXPECT_NE(to_json(testing::mini(), calm).find("\"immediate_action\": null"), std::string::npos);
}

TEST(evaluate, non_mobile_applicability) {
  auto baby = screen(R"({"age_years":0,"age_months":4,"non_mobile":true,"indicators":["health_4_non_mobile_bruise"]})");
  EXPECT_EQ(baby.level, 4);
  EXPECT_TRUE(baby.strategy_discussion);
  EXPECT_EQ(baby.strategy_discussion_reasons[0].indicator, "health_4_non_mobile_bruise");
  auto mobile = screen(R"({"age_years":2,"non_mobile":false,"indicators":["health_4_non_mobile_bruise"]})");
  EXPECT_EQ(mobile.level, 1);
  ASSERT_EQ(mobile.not_applicable_indicators.size(), 1u);
  EXPECT_EQ(mobile.not_applicable_indicators[0].why, "Applies only when the child is not yet mobile.");
  EXPECT_FALSE(mobile.strategy_discussion);
  auto unknown = screen(R"({"indicators":["health_4_non_mobile_bruise"]})");
  EXPECT_EQ(unknown.level, 4);  // counted, with a note asking to check
  EXPECT_EQ(unknown.notes[0].id, "applicability_not_known");
}

TEST(evaluate, unborn_applicability) {
  EXPECT_EQ(screen(R"({"unborn":true,"indicators":["health_4_unborn"]})").level, 4);
  auto born = screen(R"({"age_years":7,"indicators":["health_4_unborn"]})");
  EXPECT_EQ(born.level, 1);
  EXPECT_EQ(born.not_applicable_indicators.size(), 1u);
}

TEST(evaluate, age_conditional_escalation_at_the_under_one_boundary) {
  // Domestic abuse is level 3; with an unborn child or a child under one it is raised to 4.
  auto eleven_months = screen(R"({"age_years":0,"age_months":11,"indicators":["family_3_domestic_abuse"]})");
  EXPECT_EQ(eleven_months.level, 4);
  EXPECT_EQ(eleven_months.reasons[0].rule, "da_under_one");
  EXPECT_EQ(format_citation(eleven_months.reasons[0].cite), "fixture.txt line 60 (Rules)");
  EXPECT_EQ(screen(R"({"age_years":1,"indicators":["family_3_domestic_abuse"]})").level, 3);
  EXPECT_EQ(screen(R"({"age_years":1,"age_months":0,"indicators":["family_3_domestic_abuse"]})").level, 3);
  EXPECT_EQ(screen(R"({"unborn":true,"indicators":["family_3_domestic_abuse"]})").level, 4);
  EXPECT_EQ(screen(R"({"indicators":["family_3_domestic_abuse"]})").level, 3);  // age unknown: rule does not fire
}

TEST(evaluate, strategy_discussion_rule_at_the_under_13_boundary) {
  EXPECT_TRUE(screen(R"({"age_years":12,"indicators":["family_3_domestic_abuse"]})").strategy_discussion);
  EXPECT_FALSE(screen(R"({"age_years":13,"indicators":["family_3_domestic_abuse"]})").strategy_discussion);
  EXPECT_FALSE(screen(R"({"age_years":14,"indicators":["family_3_domestic_abuse"]})").strategy_discussion);
}

TEST(evaluate, cumulative_concerns_advise_the_next_level_but_never_change_it) {
  auto two = screen(R"({"indicators":["family_2_debt","family_2_housing"]})");
  EXPECT_FALSE(has_advisory(two, "consider_next_level"));
  auto three = screen(R"({"indicators":["family_2_debt","family_2_housing","health_2_missed_appointments"]})");
  EXPECT_EQ(three.level, 2);
  EXPECT_TRUE(has_advisory(three, "consider_next_level"));
  auto higher = screen(
      R"({"age_years":9,"indicators":["family_2_debt","family_2_housing","health_2_missed_appointments","family_3_domestic_abuse"]})");
  EXPECT_EQ(higher.level, 3);
  EXPECT_FALSE(has_advisory(higher, "consider_next_level"));  // already above level 2
}

TEST(evaluate, tags_bring_other_route_advisories_with_contacts) {
  auto o = screen(R"({"indicators":["family_4_staff_allegation"]})");
  ASSERT_TRUE(has_advisory(o, "lado"));
  EXPECT_EQ(ids(o.advisories[0].contacts), std::vector<std::string>{"lado"});
  EXPECT_EQ(format_citation(o.advisories[0].cite), "fixture.txt line 62 (Rules)");
}

TEST(evaluate, recent_step_down_boundary) {
  EXPECT_TRUE(has_advisory(screen(R"({"weeks_since_step_down":7})"), "recent_step_down"));
  EXPECT_TRUE(has_advisory(screen(R"({"weeks_since_step_down":8})"), "recent_step_down"));
  EXPECT_FALSE(has_advisory(screen(R"({"weeks_since_step_down":9})"), "recent_step_down"));
  EXPECT_FALSE(has_advisory(screen(R"({})"), "recent_step_down"));
}

TEST(evaluate, consent_refused_where_it_is_mandatory) {
  auto o = screen(R"({"age_years":9,"indicators":["family_3_domestic_abuse"],"consent":"refused"})");
  EXPECT_EQ(o.consent.level, 3);
  EXPECT_TRUE(o.consent.required);
  EXPECT_EQ(o.consent.may_proceed_without, false);
  EXPECT_EQ(o.consent.verdict, threshold::consent_verdict::seek_advice);
  ASSERT_EQ(o.consent.guidance.size(), 2u);
  EXPECT_EQ(o.consent.guidance[1].text, "Early Help cannot go ahead without consent.");
}

// "Do not refer without consent" is never followed by a bare "refer": the route says what it waits for.
// (At 14 no strategy discussion is indicated, so protection does not put the referral first.)
TEST(evaluate, a_referral_held_back_by_consent_says_what_it_waits_for) {
  auto route_step = [](const outcome& o) -> std::string {
    for (const auto& s : o.next_steps)
      if (s.id.rfind("route_", 0) == 0) return s.text;
    return "(no route step)";
  };
  const std::string label =
      screen(R"({"age_years":14,"indicators":["family_3_domestic_abuse"],"consent":"given"})").route->label;
  auto refused = screen(R"({"age_years":14,"indicators":["family_3_domestic_abuse"],"consent":"refused"})");
  ASSERT_EQ(refused.consent.verdict, threshold::consent_verdict::seek_advice);
  EXPECT_EQ(route_step(refused), "If the advice is to refer: " + label);
  auto not_asked = screen(R"({"age_years":14,"indicators":["family_3_domestic_abuse"],"consent":"not_yet_sought"})");
  ASSERT_EQ(not_asked.consent.verdict, threshold::consent_verdict::seek_consent);
  EXPECT_EQ(route_step(not_asked), "Once the family consents, or the advice is to refer: " + label);
  // Consent given, or a referral that may go ahead without it: the route as the guidance names it.
  EXPECT_EQ(route_step(screen(R"({"age_years":14,"indicators":["family_3_domestic_abuse"],"consent":"given"})")),
            label);
  auto overridden = screen(R"({"indicators":["health_4_weapon"],"consent":"refused"})");
  ASSERT_EQ(overridden.consent.verdict, threshold::consent_verdict::proceed_without_consent);
  EXPECT_EQ(route_step(overridden), overridden.route->label);
}

// Seeking consent never reads as "do not refer until they agree": the sentence says what the guidance
// has the practitioner do if the family refuse, and if asking would put the child at risk.
TEST(evaluate, seeking_consent_says_what_to_do_if_the_family_refuse_or_asking_is_risky) {
  auto mandatory = screen(R"({"age_years":9,"indicators":["family_3_domestic_abuse"],"consent":"not_yet_sought"})");
  ASSERT_EQ(mandatory.consent.verdict, threshold::consent_verdict::seek_consent);
  EXPECT_FALSE(mandatory.consent.goes_ahead_if_refused);
  EXPECT_EQ(mandatory.consent.sentence, "Seek the family's consent before you refer.");
  ASSERT_EQ(mandatory.consent.unless.size(), 1u);
  const std::string& unless = mandatory.consent.unless[0].text;
  const std::string opening = "If they refuse, or asking would put the child at risk: ring ";
  EXPECT_EQ(unless.substr(0, opening.size()), opening) << unless;
  EXPECT_EQ(unless.substr(unless.size() - 12), " for advice.") << unless;
  // Cited: what the level's entry says of a refusal (asking when it is risky has no exception here).
  ASSERT_EQ(mandatory.consent.unless[0].because.size(), 2u);
  EXPECT_EQ(mandatory.consent.unless[0].because[0].entry, "/consent/0/when_refused");
  EXPECT_EQ(mandatory.consent.unless[0].because[1].entry, "/consent/0");

  auto overridable = screen(R"({"indicators":["health_4_weapon"]})");
  ASSERT_EQ(overridable.consent.verdict, threshold::consent_verdict::seek_consent);
  EXPECT_TRUE(overridable.consent.goes_ahead_if_refused);
  ASSERT_EQ(overridable.consent.unless.size(), 1u);
  EXPECT_EQ(overridable.consent.unless[0].text,
            "If they refuse, or asking would put the child at risk: go ahead without consent, and record why.");
  ASSERT_EQ(overridable.consent.unless[0].because.size(), 2u);
  EXPECT_EQ(overridable.consent.unless[0].because[0].entry, "/consent/1/when_refused");
  EXPECT_EQ(overridable.consent.unless[0].because[1].id, "risk");
  // The step says the same, and the referral after it waits for nothing: a refusal would not stop it.
  ASSERT_GE(overridable.next_steps.size(), 2u);
  EXPECT_EQ(overridable.next_steps[0].kind, threshold::step_kind::consent);
  ASSERT_EQ(overridable.next_steps[0].unless.size(), 1u);
  EXPECT_EQ(overridable.next_steps[0].unless[0].text, overridable.consent.unless[0].text);
  EXPECT_EQ(overridable.next_steps[1].text, overridable.route->label);
}

TEST(evaluate, consent_refused_where_it_can_be_overridden) {
  auto o = screen(R"({"indicators":["health_4_weapon"],"consent":"refused"})");
  EXPECT_EQ(o.consent.may_proceed_without, true);
  EXPECT_EQ(o.consent.verdict, threshold::consent_verdict::proceed_without_consent);
  ASSERT_TRUE(o.consent.record);
  EXPECT_EQ(o.consent.guidance[1].id, "consent_level_4_when_refused");
  EXPECT_EQ(o.consent.guidance[2].id, "consent_level_4_record");
}

TEST(evaluate, consent_exception_when_seeking_it_would_increase_risk) {
  auto asked = screen(R"({"indicators":["health_4_weapon"],"consent":"would_increase_risk"})");
  EXPECT_EQ(asked.consent.may_proceed_without, true);
  EXPECT_EQ(asked.consent.guidance[1].id, "risk");
  EXPECT_EQ(asked.consent.exception->id, "risk");
  // An indicator flagged as making consent risky brings the exception too.
  auto flagged = screen(R"({"indicators":["family_4_fii"],"consent":"not_yet_sought"})");
  EXPECT_EQ(flagged.consent.may_proceed_without, true);
  EXPECT_EQ(flagged.consent.guidance[1].id, "risk");
  auto given = screen(R"({"indicators":["health_4_weapon"],"consent":"given"})");
  EXPECT_EQ(given.consent.verdict, threshold::consent_verdict::proceed_and_inform);
  EXPECT_EQ(given.consent.guidance.size(), 1u);
  auto none = screen(R"({"indicators":["health_4_weapon"]})");
  EXPECT_EQ(none.consent.state, "not_given");
}

TEST(evaluate, an_exception_that_sends_for_advice_does_not_let_the_referral_go_ahead) {
  pack p = testing::mini();
  p.consent[1].exceptions[0].verdict = threshold::consent_verdict::seek_advice;
  auto o = evaluate(p, testing::parse(R"({"indicators":["health_4_weapon"],"consent":"would_increase_risk"})"));
  EXPECT_NE(o.consent.may_proceed_without, true);
  EXPECT_EQ(o.consent.verdict, threshold::consent_verdict::seek_advice);
  EXPECT_EQ(o.consent.guidance[1].id, "risk");
}

TEST(evaluate, a_level_without_consent_rules_says_nothing_about_consent) {
  auto o = screen(R"({"indicators":["family_2_debt"],"consent":"refused"})");
  EXPECT_FALSE(o.consent.required);
  EXPECT_TRUE(o.consent.guidance.empty());
  EXPECT_EQ(o.consent.verdict, threshold::consent_verdict::not_applicable);
  EXPECT_FALSE(o.consent.may_proceed_without.has_value());
}

TEST(evaluate, a_citation_names_a_section_once) {
  partnership about;
  about.cite_as = "Gloucestershire guidance, Level 4 - Specialist";
  citation c;
  c.section = "Level 4 - Specialist";
  EXPECT_EQ(cite_for_people(about, c), "Gloucestershire guidance, Level 4 - Specialist");
  c.section = "Step down";
  EXPECT_EQ(cite_for_people(about, c), "Gloucestershire guidance, Level 4 - Specialist, Step down");
  c.section = "Specialist and more";  // longer than the name's end: still said
  EXPECT_EQ(cite_for_people(about, c), "Gloucestershire guidance, Level 4 - Specialist, Specialist and more");
}

TEST(evaluate, deadlines_are_dates_in_working_days) {
  auto o = screen(R"({"date":"2026-12-24","indicators":["health_4_weapon"]})");
  ASSERT_EQ(o.deadlines.size(), 2u);
  EXPECT_EQ(format_date(*o.deadlines[0].due), "2026-12-29");  // 1 working day: Christmas and the substitute Boxing Day
  EXPECT_EQ(format_date(*o.deadlines[1].due), "2027-01-05");  // 5 working days: and New Year's Day
  auto easter = screen(R"({"date":"2026-04-02","indicators":["health_4_weapon"]})");
  EXPECT_EQ(format_date(*easter.deadlines[1].due), "2026-04-13");
  auto undated = screen(R"({"indicators":["health_4_weapon"]})");
  EXPECT_FALSE(undated.deadlines[0].due);
  auto hours = screen(R"({"date":"2026-11-23","immediate_danger":true})");
  ASSERT_EQ(hours.deadlines.size(), 3u);
  EXPECT_FALSE(hours.deadlines[2].due);  // 4 hours keep their unit: no date without a time of day
  EXPECT_NE(hours.deadlines[2].note.find("calendar hours"), std::string::npos);
}

TEST(evaluate, prompts_checklist_and_pathways_follow_the_level) {
  auto low = screen(R"({})");
  EXPECT_TRUE(low.prompts.empty());
  EXPECT_FALSE(low.checklist);
  EXPECT_TRUE(low.pathways.empty());
  auto high = screen(R"({"indicators":["health_4_weapon"]})");
  EXPECT_EQ(ids(high.prompts), std::vector<std::string>{"step_up"});
  EXPECT_TRUE(high.checklist);
  EXPECT_EQ(ids(high.pathways), std::vector<std::string>{"step_up"});
}

TEST(evaluate, the_outcome_is_complete_before_it_is_written) {
  // Everything the JSON says is in the outcome already: the route, who to call, the prompts.
  auto o = screen(R"({"indicators":["family_4_fii"], "immediate_danger": true})");
  ASSERT_TRUE(o.route);
  EXPECT_EQ(o.route->id, "emergency");
  ASSERT_TRUE(o.emergency);
  EXPECT_EQ(o.emergency_contacts.size(), o.emergency->then_contacts.size());
  for (const auto& s : o.next_steps)
    for (const contact* c : s.contacts) EXPECT_FALSE(c->label.empty()) << s.id;
  ASSERT_FALSE(o.strategy_discussion_reasons.empty());
  EXPECT_EQ(o.strategy_discussion_reasons[0].indicator, "family_4_fii");
  ASSERT_TRUE(o.strategy_discussion_note);
  EXPECT_TRUE(o.checklist);
}

TEST(evaluate, the_outcome_json_has_every_version_1_field) {
  std::string json = to_json(testing::mini(), screen(R"({"indicators":["health_4_weapon"]})"));
  for (const char* field : {"\"level\"", "\"level_label\"", "\"indicative\": true", "\"immediate_action\"", "\"route\"",
                            "\"strategy_discussion\"", "\"consent\"", "\"may_proceed_without\"", "\"reasons\"",
                            "\"advisories\"", "\"deadlines\"", "\"checklist\"", "\"version\": 1"})
    EXPECT_NE(json.find(field), std::string::npos) << field;
}

TEST(evaluate, an_always_condition_shows_on_every_result_even_without_a_level) {
  pack p = testing::mini();
  p.default_level.reset();
  p.prompts[0].when = condition{condition::type::always};
  EXPECT_EQ(ids(evaluate(p, answers{}).prompts), std::vector<std::string>{"step_up"});
}

TEST(evaluate, a_given_condition_tells_answered_from_unanswered) {
  pack p = testing::mini();
  p.prompts[0].when =
      condition{condition::type::negation, {condition{condition::type::given, {}, "weeks_since_step_down"}}};
  EXPECT_EQ(evaluate(p, testing::parse(R"({})")).prompts.size(), 1u);
  EXPECT_EQ(evaluate(p, testing::parse(R"({"weeks_since_step_down": 3})")).prompts.size(), 0u);
}

TEST(evaluate, a_ticked_indicator_counts_once) {
  auto o = screen(R"({"indicators":["family_2_debt","family_2_debt","family_2_debt"]})");
  EXPECT_EQ(o.reasons.size(), 1u);
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {

// Issue 11: the page asks for the live view on every answer change and for the whole description and
// outcome when it draws a page. Both must say the same: the questions asked and the level.
TEST(live, says_what_describe_and_evaluate_say) {
  for (const char* text : {R"({})", R"({"indicators":["family_2_debt"], "age_years": 14})",
                           R"({"indicators":["health_4_non_mobile_bruise"], "age_months": 4, "age_years": 0})",
                           R"({"immediate_danger": true})",
                           R"({"indicators":["family_3_domestic_abuse"], "age_months": 3, "age_years": 0,
                               "consent": "refused"})"}) {
    const pack& p = testing::mini();
    const answers a = testing::parse(text);
    const outcome o = evaluate(p, a);
    const auto live = nlohmann::json::parse(to_live_json(p, describe(p, a, o), o));
    const auto full = nlohmann::json::parse(to_json(p, evaluate(p, a), -1));
    const auto described = nlohmann::json::parse(to_json(p, describe(p, a), -1));
    EXPECT_EQ(live["level"], full["level"]) << text;
    EXPECT_EQ(live["level_label"], full["level_label"]) << text;
    EXPECT_EQ(live["immediate_action"], full["immediate_action"]) << text;
    ASSERT_EQ(live["questions"].size(), described["questions"].size()) << text;
    for (size_t i = 0; i < live["questions"].size(); ++i) {
      EXPECT_EQ(live["questions"][i]["id"], described["questions"][i]["id"]) << text;
      EXPECT_EQ(live["questions"][i]["ask"], described["questions"][i]["ask"]) << text;
    }
  }
}

// Issue 27: how current the guidance is. The same object in describe's partnership and in the outcome;
// whether the review-by date has passed is the engine's decision, on the answers' date.
pack with_currency(const std::string& review_by, const std::string& url = "") {
  nlohmann::json j = nlohmann::json::parse(testing::read("tests/fixtures/mini_pack.json"));
  j["partnership"]["published"] = "March 2021";
  j["partnership"]["checked"] = "2026-12-07";
  if (!review_by.empty()) j["partnership"]["review_by"] = review_by;
  if (!url.empty()) j["partnership"]["url"] = url;
  auto loaded = load_pack(j.dump(), testing::calendar());
  EXPECT_TRUE(loaded.ok()) << testing::describe(loaded.errors);
  return loaded.ok() ? *loaded.value : pack{};
}

// The "currency" object of the outcome and of describe's partnership, for the same answers: they agree.
nlohmann::json currency_on(const pack& p, const std::string& answers_text) {
  const answers a = testing::parse(answers_text, p);
  const auto outcome_json = nlohmann::json::parse(to_json(p, evaluate(p, a), -1));
  const auto described = nlohmann::json::parse(to_json(p, describe(p, a), -1));
  EXPECT_EQ(outcome_json["currency"], described["partnership"]["currency"]) << answers_text;
  return outcome_json["currency"];
}

TEST(currency, the_guidance_is_overdue_only_after_its_review_by_date) {
  const pack p = with_currency("2027-03-31");
  const std::string overdue =
      "This guidance was due for review on 31 March 2027: it may have been replaced. Check Testshire Safeguarding "
      "Partnership's own page.";
  // Below, at and above the boundary, and across a month and a year.
  for (const auto& [day, want] : std::vector<std::pair<std::string, bool>>{{"2027-03-30", false},
                                                                           {"2027-03-31", false},
                                                                           {"2027-04-01", true},
                                                                           {"2026-12-31", false},
                                                                           {"2028-01-01", true}}) {
    const nlohmann::json c = currency_on(p, R"({"date": ")" + day + R"("})");
    EXPECT_EQ(c["overdue"], want) << day;
    if (want)
      EXPECT_EQ(c["overdue_text"], overdue) << day;
    else
      EXPECT_TRUE(c["overdue_text"].is_null()) << day;
    EXPECT_EQ(evaluate(p, testing::parse(R"({"date": ")" + day + R"("})", p)).guidance_overdue, std::optional(want));
  }
}

TEST(currency, says_the_words_the_page_shows) {
  const nlohmann::json c = currency_on(with_currency("2027-03-31"), R"({"date": "2027-03-31"})");
  EXPECT_EQ(c, nlohmann::json::parse(R"({"dated": "March 2021", "checked": "7 December 2026",
      "checked_date": "2026-12-07", "review_by": "31 March 2027", "review_by_date": "2027-03-31",
      "overdue": false, "text": "Guidance dated March 2021, checked 7 December 2026.", "overdue_text": null,
      "url": null})"));
}

TEST(currency, without_a_date_in_the_answers_the_engine_cannot_tell) {
  const nlohmann::json c = currency_on(with_currency("2027-03-31"), "{}");
  EXPECT_TRUE(c["overdue"].is_null());
  EXPECT_TRUE(c["overdue_text"].is_null());
  EXPECT_EQ(c["review_by_date"], "2027-03-31");
}

TEST(currency, guidance_without_a_review_by_date_is_never_overdue) {
  for (const char* answers_text : {"{}", R"({"date": "2099-12-31"})"}) {
    const nlohmann::json c = currency_on(with_currency(""), answers_text);
    EXPECT_EQ(c["overdue"], false) << answers_text;
    EXPECT_TRUE(c["review_by"].is_null());
    EXPECT_TRUE(c["overdue_text"].is_null());
  }
  // The fixture itself gives neither date: undated words come from the published date alone.
  const nlohmann::json c = currency_on(testing::mini(), R"({"date": "2026-12-07"})");
  EXPECT_EQ(c["text"], "Guidance dated 2026.");
  EXPECT_TRUE(c["checked"].is_null());
  EXPECT_TRUE(c["checked_date"].is_null());
}

TEST(currency, an_overdue_notice_carries_the_partnership_link) {
  const nlohmann::json c =
      currency_on(with_currency("2022-03-31", "https://testshire.example/threshold"), R"({"date": "2026-12-07"})");
  EXPECT_EQ(c["overdue"], true);
  EXPECT_EQ(c["url"], "https://testshire.example/threshold");
}

TEST(currency, medway_is_overdue_after_march_2022_and_not_before) {
  auto r = load_pack(testing::read("content/medway/pack.json"), testing::calendar());
  ASSERT_TRUE(r.ok()) << testing::describe(r.errors);
  EXPECT_EQ(currency_on(*r.value, R"({"date": "2022-03-31"})")["overdue"], false);
  const nlohmann::json c = currency_on(*r.value, R"({"date": "2022-04-01"})");
  EXPECT_EQ(c["overdue"], true);
  EXPECT_EQ(c["text"], "Guidance dated March 2021, checked " + r.value->about.checked_text + ".");
  EXPECT_EQ(c["overdue_text"],
            "This guidance was due for review on 31 March 2022: it may have been replaced. Check Medway Safeguarding "
            "Children Partnership's own page.");
}

}  // namespace
}  // namespace threshold
