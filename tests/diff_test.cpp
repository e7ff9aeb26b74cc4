// diff_packs on real pairs: Medway's pack and a revised copy with six deliberate edits
// (tests/fixtures/revisions/), every pack against itself, and the edge cases of matching.
#include <nlohmann/json.hpp>

#include "support.hpp"

namespace threshold {
namespace {

using nlohmann::json;

pack load(const std::string& text) {
  auto loaded = load_pack(text, testing::calendar());
  EXPECT_TRUE(loaded.ok()) << testing::describe(loaded.errors);
  return loaded.ok() ? *loaded.value : pack{};
}

pack load_file(const std::string& relative) {
  return load(testing::read(relative));
}

const pack_diff& revision() {
  static const pack_diff d = diff_packs(load_file("tests/fixtures/revisions/medway_2021.json"),
                                        load_file("tests/fixtures/revisions/medway_revised.json"));
  return d;
}

struct expected {
  change_kind kind;
  change_group group;
  std::string entry, id, field, old_pointer, new_pointer;
  std::optional<std::string> before, after;
};

TEST(diff, a_pack_diffed_with_itself_is_empty) {
  for (const char* id : {"dudley", "gloucestershire", "luton", "medway", "walsall"}) {
    const pack p = load_file(std::string("content/") + id + "/pack.json");
    const pack_diff d = diff_packs(p, p);
    EXPECT_TRUE(d.changes.empty()) << id << ": " << (d.changes.empty() ? "" : d.changes[0].summary);
    EXPECT_EQ(to_text(d), "No changes: the two versions say the same to a practitioner.\n");
  }
}

TEST(diff, lists_exactly_the_six_edits_of_the_medway_revision_numbers_and_consent_first) {
  const std::vector<expected> want = {
      {change_kind::changed, change_group::contacts_and_consent, "contact", "first_response", "phone",
       "/contacts/1/phone", "/contacts/1/phone", "01634 334466", "01632 960123"},
      {change_kind::reworded, change_group::contacts_and_consent, "consent", "consent_level_2", "when_refused/text",
       "/consent/0/when_refused/text", "/consent/0/when_refused/text",
       "Parents must consent to accept support at Early Help and Child in Need (S.17) levels.",
       "Parents must consent to accept support at Early Help level; talk to the family again about what support "
       "could help."},
      {change_kind::moved, change_group::indicators, "indicator", "cd_2_isolated", "level", "/indicators/10/level",
       "/indicators/10/level", "level 2 (Children with additional needs)",
       "level 3 (Children with complex/multiple needs or in need of protection)"},
      {change_kind::reworded, change_group::indicators, "indicator", "cd_2_neet", "text", "/indicators/15/text",
       "/indicators/15/text", "Not reaching potential as is not in education, employment or training",
       "Not in education, employment or training (NEET) after the age of 16"},
      {change_kind::removed, change_group::indicators, "indicator", "pc_2_parents_criminal_justice", "",
       "/indicators/85", "",
       "Parents/carers are at risk of entering the Criminal Justice System due to offending/anti-social behaviours",
       std::nullopt},
      {change_kind::added, change_group::indicators, "indicator", "fe_2_cost_of_living", "", "", "/indicators/57",
       std::nullopt, "Family struggling with the cost of living (food, heating or rent)"},
  };
  const auto& got = revision().changes;
  ASSERT_EQ(got.size(), want.size()) << to_text(revision());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(got[i].summary);
    EXPECT_EQ(got[i].kind, want[i].kind);
    EXPECT_EQ(got[i].group, want[i].group);
    EXPECT_EQ(got[i].entry, want[i].entry);
    EXPECT_EQ(got[i].id, want[i].id);
    EXPECT_EQ(got[i].field, want[i].field);
    EXPECT_EQ(got[i].old_pointer, want[i].old_pointer);
    EXPECT_EQ(got[i].new_pointer, want[i].new_pointer);
    EXPECT_EQ(got[i].before, want[i].before);
    EXPECT_EQ(got[i].after, want[i].after);
  }
}

TEST(diff, each_summary_names_the_thing_as_a_practitioner_knows_it_never_by_id) {
  const auto& got = revision().changes;
  ASSERT_EQ(got.size(), 6u);
  for (const auto& c : got) EXPECT_EQ(c.summary.find(c.id), std::string::npos) << c.summary;
  EXPECT_EQ(got[0].summary,
            "Contact \u201cChildren's Services First Response Service\u201d: phone number changed from 01634 334466 "
            "to 01632 960123.");
  EXPECT_EQ(got[1].summary, "Consent at level 2 (Children with additional needs), when the family refuse: re-worded.");
  EXPECT_EQ(got[2].summary,
            "Indicator moved from level 2 (Children with additional needs) to level 3 (Children with complex/multiple "
            "needs or in need of protection): \u201cConcerns about isolated children not accessing services\u201d.");
  EXPECT_NE(got[5].summary.find("New indicator at level 2 (Children with additional needs), Family & Environment"),
            std::string::npos)
      << got[5].summary;
}

TEST(diff, the_text_puts_numbers_and_consent_before_indicators_with_long_wording_on_was_and_now_lines) {
  const std::string text = to_text(revision());
  EXPECT_EQ(text.rfind("6 changes for practitioners\n", 0), 0u) << text;
  const size_t contacts = text.find("Phone numbers, contacts and consent (2)");
  const size_t indicators = text.find("Indicators (4)");
  ASSERT_NE(contacts, std::string::npos) << text;
  ASSERT_NE(indicators, std::string::npos) << text;
  EXPECT_LT(contacts, indicators);
  EXPECT_LT(text.find("01632 960123"), indicators);
  EXPECT_NE(text.find("    was: Not reaching potential as is not in education, employment or training\n"
                      "    now: Not in education, employment or training (NEET) after the age of 16\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("Levels, ways forward and timescales"), std::string::npos) << "a group with no change";
}

TEST(diff, the_json_gives_each_change_with_kind_group_id_pointers_before_and_after) {
  const json j = json::parse(to_json(revision()));
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["count"], 6);
  ASSERT_EQ(j["changes"].size(), 6u);
  const json& phone = j["changes"][0];
  EXPECT_EQ(phone["kind"], "changed");
  EXPECT_EQ(phone["group"], "contacts_and_consent");
  EXPECT_EQ(phone["id"], "first_response");
  EXPECT_EQ(phone["old_pointer"], "/contacts/1/phone");
  EXPECT_EQ(phone["before"], "01634 334466");
  EXPECT_EQ(phone["after"], "01632 960123");
  const json& removed = j["changes"][4];
  EXPECT_EQ(removed["kind"], "removed");
  EXPECT_TRUE(removed["new_pointer"].is_null());
  EXPECT_TRUE(removed["after"].is_null());
  const json& added = j["changes"][5];
  EXPECT_EQ(added["kind"], "added");
  EXPECT_TRUE(added["old_pointer"].is_null());
  EXPECT_EQ(added["new_pointer"], "/indicators/57");
  // The pointers find the values in each file.
  const json before = json::parse(testing::read("tests/fixtures/revisions/medway_2021.json"));
  const json after = json::parse(testing::read("tests/fixtures/revisions/medway_revised.json"));
  EXPECT_EQ(before.at(json::json_pointer("/contacts/1/phone")), "01634 334466");
  EXPECT_EQ(after.at(json::json_pointer("/contacts/1/phone")), "01632 960123");
  EXPECT_EQ(before.at(json::json_pointer("/indicators/85/text")), removed["before"]);
  EXPECT_EQ(after.at(json::json_pointer("/indicators/57/text")), added["after"]);
  for (const auto& c : j["changes"]) {
    if (!c["old_pointer"].is_null())
      EXPECT_TRUE(before.contains(json::json_pointer(c["old_pointer"].get<std::string>())));
    if (!c["new_pointer"].is_null())
      EXPECT_TRUE(after.contains(json::json_pointer(c["new_pointer"].get<std::string>())));
  }
}

// The mini pack, changed by `edit`, against the mini pack.
pack_diff mini_diff(const std::function<void(json&)>& edit) {
  json j = json::parse(testing::read("tests/fixtures/mini_pack.json"));
  edit(j);
  return diff_packs(testing::mini(), load(j.dump()));
}

TEST(diff, an_indicator_renamed_with_its_new_level_is_one_move_not_a_removal_and_an_addition) {
  const pack_diff d = mini_diff([](json& j) {
    j["indicators"][2]["id"] = "family_3_debt";  // family_2_debt, moved to level 3 with the id that says so
    j["indicators"][2]["level"] = 3;
  });
  ASSERT_EQ(d.changes.size(), 1u) << to_text(d);
  EXPECT_EQ(d.changes[0].kind, change_kind::moved);
  EXPECT_EQ(d.changes[0].id, "family_3_debt");
  EXPECT_EQ(d.changes[0].before, "level 2 (Single agency)");
  EXPECT_EQ(d.changes[0].after, "level 3 (Early Help)");
}

TEST(diff, consent_rules_routes_timescales_pathways_and_significant_harm_are_compared) {
  const pack_diff d = mini_diff([](json& j) {
    j["consent"][0]["when_refused"]["may_proceed_without"] = true;
    j["routes"][3]["contacts"] = {"front_door", "lado"};
    j["timescales"][0]["amount"] = 2;
    j["pathways"][0]["nodes"][1]["options"][1]["label"] = "No, they refuse";
    j["contacts"][1]["out_of_hours"]["phone"] = "01234 000001";
    j["levels"][2]["label"] = "Early Help (multi-agency)";
    j["significant_harm"] = {{"level", 4},
                             {"route", "statutory_referral"},
                             {"text", {"Significant harm"}},
                             {"source", {{"lines", {5, 5}}, {"section", "Level 4"}}}};
  });
  std::vector<std::string> summaries;
  for (const auto& c : d.changes) summaries.push_back(to_string(c.group) + " | " + c.summary);
  const std::vector<std::string> want = {
      "contacts_and_consent | Contact \u201cFront door\u201d: out-of-hours phone number changed from 01234 000000 to "
      "01234 000001.",
      "contacts_and_consent | Consent at level 3 (Early Help (multi-agency)): a referral may go ahead when the "
      "family refuse changed from no to yes.",
      "levels_routes_timescales | Level 3 (Early Help (multi-agency)): name changed from Early Help to Early Help "
      "(multi-agency).",
      "levels_routes_timescales | Way forward \u201cReferral to the front door\u201d: contacts changed from Front "
      "door to Front door; LADO.",
      "levels_routes_timescales | New: What suspected significant harm means.",
      "levels_routes_timescales | Timescale \u201cDecision on the referral\u201d: time changed from 1 working day to "
      "2 working days.",
      "other | Pathway \u201cStep up\u201d, step \u201cDoes the family consent?\u201d, answer \u201cNo, they "
      "refuse\u201d: wording changed from No to No, they refuse.",
  };
  EXPECT_EQ(summaries, want) << to_text(d);
}

TEST(diff, an_added_contact_gives_its_numbers) {
  const pack_diff d = mini_diff([](json& j) {
    j["contacts"].push_back({{"id", "edt"},
                             {"label", "Emergency Duty Team"},
                             {"phone", "01234 111111"},
                             {"source", {{"lines", {33, 33}}, {"section", "Contacts"}}}});
  });
  ASSERT_EQ(d.changes.size(), 1u) << to_text(d);
  EXPECT_EQ(d.changes[0].kind, change_kind::added);
  EXPECT_EQ(d.changes[0].new_pointer, "/contacts/3");
  EXPECT_EQ(d.changes[0].after, "Emergency Duty Team, 01234 111111");
  EXPECT_NE(to_text(d).find("New: Contact \u201cEmergency Duty Team\u201d."), std::string::npos) << to_text(d);
}

// Issue 27: a revision that was checked again, or given a review-by date, says so with the rest.
TEST(diff, the_checked_and_review_by_dates_are_compared) {
  const pack_diff d = mini_diff([](json& j) {
    j["partnership"]["checked"] = "2026-12-07";
    j["partnership"]["review_by"] = "2027-03-31";
  });
  ASSERT_EQ(d.changes.size(), 2u) << to_text(d);
  for (const auto& c : d.changes) {
    EXPECT_EQ(c.group, change_group::other);
    EXPECT_EQ(c.new_pointer, "/partnership/" + c.field);
  }
  EXPECT_EQ(d.changes[0].field, "checked");
  EXPECT_EQ(d.changes[0].after, "7 December 2026");
  EXPECT_EQ(d.changes[0].summary, "The guidance: date checked against the document added: 7 December 2026.");
  EXPECT_EQ(d.changes[1].field, "review_by");
  EXPECT_EQ(d.changes[1].summary, "The guidance: review-by date added: 31 March 2027.");
}

TEST(diff, citations_and_author_notes_are_not_changes) {
  const pack_diff d = mini_diff([](json& j) {
    j["indicators"][1]["source"]["lines"] = {113, 113};
    j["indicators"][1]["$comment"] = "Moved in the 2026 revision.";
  });
  EXPECT_TRUE(d.changes.empty()) << to_text(d);
}

}  // namespace
}  // namespace threshold
