#include <nlohmann/json.hpp>

#include "support.hpp"

namespace threshold {
namespace {

using nlohmann::json;
using testing::calendar;
using testing::describe;
using testing::has_error;

json fixture() {
  return json::parse(testing::read("tests/fixtures/mini_pack.json"));
}

std::vector<error> errors_of(const json& j) {
  return load_pack(j.dump(), calendar()).errors;
}

const error* find(const std::vector<error>& errors, const std::string& code, const std::string& pointer) {
  for (const auto& e : errors)
    if (e.code == code && e.pointer == pointer) return &e;
  return nullptr;
}

TEST(loader, the_fixture_pack_is_valid) {
  auto r = load_pack(fixture().dump(), calendar());
  EXPECT_TRUE(r.ok()) << describe(r.errors);
  EXPECT_EQ(r.value->indicators.size(), 10u);
}

TEST(loader, reports_syntax_errors_with_line_and_column) {
  auto r = load_pack("{\n  \"id\": \"x\",\n  oops\n}", calendar());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "pack.syntax");
  EXPECT_NE(r.errors[0].message.find("line 3"), std::string::npos) << r.errors[0].message;
}

TEST(loader, reports_duplicate_keys_with_their_pointer) {
  std::string text = fixture().dump();
  // Give the third indicator a second "text".
  auto at = text.find("\"id\":\"family_2_debt\"");
  text.insert(at, "\"text\":\"twice\",");
  auto r = load_pack(text, calendar());
  const error* e = find(r.errors, "pack.duplicate_key", "/indicators/2/text");
  ASSERT_TRUE(e) << describe(r.errors);
  EXPECT_NE(e->message.find("appears twice"), std::string::npos);
}

TEST(loader, reports_unknown_keys) {
  json j = fixture();
  j["indicators"][0]["colour"] = "red";
  j["levels"][1]["lable"] = "typo";
  auto errors = errors_of(j);
  const error* e = find(errors, "pack.unknown_key", "/indicators/0/colour");
  ASSERT_TRUE(e) << describe(errors);
  EXPECT_NE(e->message.find("\"colour\" is not a field of an indicator"), std::string::npos) << e->message;
  EXPECT_TRUE(has_error(errors, "pack.unknown_key", "/levels/1/lable"));
}

TEST(loader, reports_missing_keys_and_wrong_types) {
  json j = fixture();
  j["indicators"][1].erase("text");
  j["indicators"][2]["level"] = "two";
  j["levels"][0]["definition"] = 5;
  auto errors = errors_of(j);
  const error* missing = find(errors, "pack.missing_key", "/indicators/1/text");
  ASSERT_TRUE(missing) << describe(errors);
  EXPECT_EQ(missing->message, "an indicator needs \"text\".");
  const error* wrong = find(errors, "pack.wrong_type", "/indicators/2/level");
  ASSERT_TRUE(wrong) << describe(errors);
  EXPECT_EQ(wrong->message, "\"level\" must be a whole number, not a string.");
  EXPECT_TRUE(has_error(errors, "pack.wrong_type", "/levels/0/definition"));
}

TEST(loader, reports_dangling_references) {
  json j = fixture();
  j["indicators"][0]["domain"] = "schooling";
  j["indicators"][1]["level"] = 7;
  j["indicators"][2]["tags"] = {"unheard_of"};
  j["levels"][0]["route"] = "nowhere";
  j["routes"][3]["contacts"] = {"ghost"};
  j["rules"][0]["when"] = {{"indicator", "not_there"}};
  auto errors = errors_of(j);
  const error* e = find(errors, "pack.unknown_reference", "/indicators/0/domain");
  ASSERT_TRUE(e) << describe(errors);
  EXPECT_EQ(e->message, "There is no domain \"schooling\" in \"domains\".");
  EXPECT_TRUE(has_error(errors, "pack.unknown_reference", "/indicators/1/level"));
  EXPECT_TRUE(has_error(errors, "pack.unknown_reference", "/indicators/2/tags/0"));
  EXPECT_TRUE(has_error(errors, "pack.unknown_reference", "/levels/0/route"));
  EXPECT_TRUE(has_error(errors, "pack.unknown_reference", "/routes/3/contacts/0"));
  EXPECT_TRUE(has_error(errors, "pack.unknown_reference", "/rules/0/when/indicator"));
}

TEST(loader, reports_missing_and_malformed_citations) {
  json j = fixture();
  j["indicators"][3].erase("source");
  j["indicators"][4]["source"]["lines"] = {20, 10};
  j["routes"][0]["source"].erase("section");
  auto errors = errors_of(j);
  const error* e = find(errors, "pack.missing_source", "/indicators/3/source");
  ASSERT_TRUE(e) << describe(errors);
  EXPECT_NE(e->message.find("cite the source document"), std::string::npos);
  EXPECT_TRUE(has_error(errors, "pack.bad_source", "/indicators/4/source/lines"));
  EXPECT_TRUE(has_error(errors, "pack.missing_key", "/routes/0/source/section"));
}

TEST(loader, reports_duplicate_ids_and_level_numbers) {
  json j = fixture();
  j["indicators"][2]["id"] = "health_2_missed_appointments";
  j["levels"][1]["number"] = 1;
  auto errors = errors_of(j);
  const error* e = find(errors, "pack.duplicate_id", "/indicators/2/id");
  ASSERT_TRUE(e) << describe(errors);
  EXPECT_NE(e->message.find("already used at /indicators/1"), std::string::npos) << e->message;
  EXPECT_TRUE(has_error(errors, "pack.duplicate_id", "/levels/1/number"));
}

TEST(loader, reports_bad_ids_and_bad_values) {
  json j = fixture();
  j["indicators"][0]["id"] = "Has Spaces";
  j["indicators"][1]["kind"] = "worry";
  j["timescales"][0]["unit"] = "fortnights";
  j["rules"][1]["when"] = {{"fact", "shoe_size"}, {"op", "eq"}, {"value", 3}};
  auto errors = errors_of(j);
  EXPECT_TRUE(has_error(errors, "pack.bad_id", "/indicators/0/id")) << describe(errors);
  EXPECT_TRUE(has_error(errors, "pack.bad_value", "/indicators/1/kind"));
  EXPECT_TRUE(has_error(errors, "pack.bad_value", "/timescales/0/unit"));
  EXPECT_TRUE(has_error(errors, "pack.bad_value", "/rules/1/when/fact"));
}

TEST(loader, always_must_be_written_true) {
  json j = fixture();
  j["prompts"][0]["when"] = {{"always", false}};
  EXPECT_TRUE(has_error(errors_of(j), "pack.bad_value", "/prompts/0/when/always"));
  j["prompts"][0]["when"] = {{"always", true}};
  EXPECT_TRUE(errors_of(j).empty());
}

TEST(loader, given_names_a_known_fact) {
  json j = fixture();
  j["prompts"][0]["when"] = {{"given", "shoe_size"}};
  EXPECT_TRUE(has_error(errors_of(j), "pack.bad_value", "/prompts/0/when/given"));
  j["prompts"][0]["when"] = {{"not", {{"given", "weeks_since_step_down"}}}};
  EXPECT_TRUE(errors_of(j).empty());
}

TEST(loader, a_raise_level_rule_cannot_depend_on_the_level) {
  json j = fixture();
  j["rules"][0]["when"] = {{"fact", "level"}, {"op", "ge"}, {"value", 2}};
  auto errors = errors_of(j);
  EXPECT_TRUE(has_error(errors, "pack.bad_value", "/rules/0/when/fact")) << describe(errors);
}

TEST(loader, validates_pathway_graphs) {
  json j = fixture();
  auto& nodes = j["pathways"][0]["nodes"];
  nodes[0]["next"] = "nowhere";  // dangling edge
  auto errors = errors_of(j);
  EXPECT_TRUE(has_error(errors, "pack.unknown_reference", "/pathways/0/nodes/0/next")) << describe(errors);

  j = fixture();
  j["pathways"][0]["nodes"].push_back({{"id", "orphan"},
                                       {"type", "outcome"},
                                       {"title", "x"},
                                       {"text", "x"},
                                       {"source", {{"lines", {1, 1}}, {"section", "x"}}}});
  errors = errors_of(j);
  const error* e = find(errors, "pack.pathway_unreachable", "/pathways/0/nodes/8");
  ASSERT_TRUE(e) << describe(errors);
  EXPECT_NE(e->message.find("\"orphan\" cannot be reached"), std::string::npos);

  j = fixture();
  // "refused" loops back to itself through a new info node: a cycle with no exit.
  j["pathways"][0]["nodes"][5]["options"] = {{{"id", "again"}, {"label", "Again"}, {"next", "loop"}}};
  j["pathways"][0]["nodes"].push_back({{"id", "loop"},
                                       {"type", "info"},
                                       {"text", "x"},
                                       {"next", "refused"},
                                       {"source", {{"lines", {1, 1}}, {"section", "x"}}}});
  errors = errors_of(j);
  EXPECT_TRUE(has_error(errors, "pack.pathway_dead_end", "/pathways/0/nodes/5")) << describe(errors);
  EXPECT_TRUE(has_error(errors, "pack.pathway_dead_end", "/pathways/0/nodes/8"));
  // The outcomes that only that branch reached are now unreachable too.
  EXPECT_TRUE(has_error(errors, "pack.pathway_unreachable", "/pathways/0/nodes/6"));
}

TEST(loader, lists_every_problem_at_once) {
  json j = fixture();
  j["indicators"][0]["domain"] = "nowhere";
  j["indicators"][1].erase("source");
  j["contacts"][0]["id"] = "front_door";
  j["surprise"] = true;
  auto errors = errors_of(j);
  EXPECT_GE(errors.size(), 4u) << describe(errors);
  EXPECT_TRUE(has_error(errors, "pack.unknown_key", "/surprise"));
}

TEST(loader, the_answers_parser_names_each_problem) {
  auto r = parse_answers(R"({"indicators":["nope", 3], "consent":"maybe", "age_years":"seven", "date":"23/11/2026",
                            "agreed_level": 9, "favourite":"x"})",
                         testing::mini());
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r.errors, "answers.unknown_indicator", "/indicators/0")) << describe(r.errors);
  EXPECT_TRUE(has_error(r.errors, "answers.wrong_type", "/indicators/1"));
  EXPECT_TRUE(has_error(r.errors, "answers.bad_value", "/consent"));
  EXPECT_TRUE(has_error(r.errors, "answers.wrong_type", "/age_years"));
  EXPECT_TRUE(has_error(r.errors, "answers.bad_date", "/date"));
  EXPECT_TRUE(has_error(r.errors, "answers.bad_value", "/agreed_level"));
  EXPECT_TRUE(has_error(r.errors, "answers.unknown_key", "/favourite"));
  EXPECT_TRUE(has_error(parse_answers("[1]", testing::mini()).errors, "answers.wrong_type", ""));
  EXPECT_TRUE(has_error(parse_answers("{", testing::mini()).errors, "answers.syntax", ""));
  EXPECT_TRUE(
      has_error(parse_answers(R"({"age_months": 12})", testing::mini()).errors, "answers.bad_value", "/age_months"));
  EXPECT_TRUE(parse_answers(R"({"version": 1})", testing::mini()).ok());
  EXPECT_TRUE(has_error(parse_answers(R"({"version": 2})", testing::mini()).errors, "answers.bad_value", "/version"));
  EXPECT_TRUE(
      has_error(parse_answers(R"({"version": "1"})", testing::mini()).errors, "answers.wrong_type", "/version"));
}

// The search box's hint offers the pack's examples: one that finds nothing is refused, by name.
TEST(loader, every_search_example_finds_an_indicator) {
  json j = fixture();
  j["partnership"]["search_examples"] = {"debt", "zzzz unfindable"};
  auto errors = errors_of(j);
  EXPECT_TRUE(has_error(errors, "pack.bad_value", "/partnership/search_examples/1")) << describe(errors);
  EXPECT_FALSE(has_error(errors, "pack.bad_value", "/partnership/search_examples/0")) << describe(errors);
  j["partnership"]["search_examples"] = {"debt"};
  EXPECT_TRUE(load_pack(j.dump(), calendar()).ok());
}

TEST(loader, a_contact_email_is_a_plain_address) {
  // Issue 25, defect 4: "?bcc=..." after an address passed and became a silent Bcc in every mailto:
  // link, on the page and in the reference.
  for (const std::string bad : {"mash@dudley.gov.uk?bcc=someone@evil.example&subject=x",
                                "mash@dudley.gov.uk&cc=x@evil.example",
                                "mash@dudley.gov.uk,x@evil.example",
                                "mash@dudley.gov.uk; x@evil.example",
                                "mash @dudley.gov.uk",
                                "mash@dudley.gov.uk ",
                                "mash",
                                "@dudley.gov.uk",
                                "mash@",
                                "mash@localhost",
                                "mash@@dudley.gov.uk",
                                "mash@dudley..gov.uk",
                                "mash@-dudley.gov.uk",
                                ".mash@dudley.gov.uk",
                                "ma..sh@dudley.gov.uk",
                                "mash%0Abcc@dudley.gov.uk",
                                "mash#x@dudley.gov.uk",
                                "mailto:mash@dudley.gov.uk",
                                "m\u00e1sh@dudley.gov.uk",
                                "mash@dudley.gov.uk\nBcc: x@evil.example"}) {
    json j = fixture();
    j["contacts"][0]["email"] = bad;
    auto errors = errors_of(j);
    ASSERT_TRUE(has_error(errors, "pack.bad_value", "/contacts/0/email")) << "accepted: " << bad << "\n"
                                                                          << describe(errors);
    for (const auto& e : errors)
      if (e.pointer == "/contacts/0/email")
        EXPECT_NE(e.message.find("is not a plain email address: write it as name@domain"), std::string::npos)
            << e.message;
  }
  // The same hidden Bcc in a mailto: link.
  for (const std::string bad : {"mailto:mash@dudley.gov.uk?bcc=someone@evil.example", "mailto:a@b.uk,c@evil.example",
                                "mailto:?to=a@evil.example", "MAILTO:mash@dudley.gov.uk&cc=x@evil.example"}) {
    json j = fixture();
    j["contacts"][0]["url"] = bad;
    EXPECT_TRUE(has_error(errors_of(j), "pack.bad_link", "/contacts/0/url")) << "accepted: " << bad;
  }
  for (const std::string good : {"Fs.brierleyhill@dudley.gov.uk", "Prevent.referrals@kent.pnn.police.uk",
                                 "first.o'brien+mash@my-council.example.org", "a_b-c@x1.uk", ""}) {
    json j = fixture();
    j["contacts"][0]["email"] = good;
    EXPECT_TRUE(load_pack(j.dump(), calendar()).ok()) << "refused: " << good << "\n" << describe(errors_of(j));
  }
}

TEST(loader, a_contact_phone_is_a_telephone_number) {
  // Issue 27: the page makes each number a tel: link; a letter O for a zero rang nobody, unnoticed.
  for (const std::string bad : {"0300 555 005O", "call the MASH", "01384 81 8181 ext", "44+ 300", "12", "0300.555"}) {
    json j = fixture();
    j["contacts"][0]["phone"] = bad;
    auto errors = errors_of(j);
    ASSERT_TRUE(has_error(errors, "pack.bad_value", "/contacts/0/phone")) << "accepted: " << bad << "\n"
                                                                          << describe(errors);
    for (const auto& e : errors)
      if (e.pointer == "/contacts/0/phone")
        EXPECT_NE(e.message.find("is not a telephone number: write digits"), std::string::npos) << e.message;
  }
  for (const std::string good :
       {"999", "101", "0300 555 0050", "03005552866", "+44 300 555 0050", "(01384) 813-322", ""}) {
    json j = fixture();
    j["contacts"][0]["phone"] = good;
    EXPECT_TRUE(load_pack(j.dump(), calendar()).ok()) << "refused: " << good << "\n" << describe(errors_of(j));
  }
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {

// Issue 10, defect 3: a link the page writes into href may only be https, http, mailto or tel, however
// the scheme is disguised.
TEST(loader, contact_links_accept_only_safe_schemes) {
  for (const std::string bad :
       {"javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
        "\x01javascript:alert(1)", "data:text/html,<script>x</script>", "vbscript:msgbox(1)", "//evil.example",
        "evil.example/page", "https://ok\x01.example"}) {
    json j = fixture();
    j["contacts"][0]["url"] = bad;
    auto errors = errors_of(j);
    EXPECT_TRUE(has_error(errors, "pack.bad_link", "/contacts/0/url")) << "accepted: " << bad << "\n"
                                                                       << describe(errors);
  }
  for (const std::string good : {"https://example.org/a?b#c", "http://example.org", "mailto:mash@example.org",
                                 "tel:+441234567890", "HTTPS://EXAMPLE.ORG"}) {
    json j = fixture();
    j["contacts"][0]["url"] = good;
    EXPECT_TRUE(load_pack(j.dump(), calendar()).ok()) << "refused: " << good;
  }
  json j = fixture();
  j["partnership"]["url"] = "javascript:alert(1)";
  EXPECT_TRUE(has_error(errors_of(j), "pack.bad_link", "/partnership/url"));
}

// Issue 27: a pack says when it was last checked against its document and when the guidance is due for
// review; the loader resolves the words the page shows.
TEST(loader, a_pack_says_when_it_was_checked_and_when_it_is_due_for_review) {
  json j = fixture();
  j["partnership"]["published"] = "March 2021";
  j["partnership"]["checked"] = "2026-12-07";
  j["partnership"]["review_by"] = "2027-01-31";
  auto r = load_pack(j.dump(), calendar());
  ASSERT_TRUE(r.ok()) << describe(r.errors);
  const partnership& p = r.value->about;
  EXPECT_EQ(p.checked, (date{2026, 12, 7}));
  EXPECT_EQ(p.review_by, (date{2027, 1, 31}));
  EXPECT_EQ(p.checked_text, "7 December 2026");
  EXPECT_EQ(p.review_by_text, "31 January 2027");
  EXPECT_EQ(p.currency_text, "Guidance dated March 2021, checked 7 December 2026.");
  EXPECT_EQ(p.overdue_text,
            "This guidance was due for review on 31 January 2027: it may have been replaced. Check Testshire "
            "Safeguarding Partnership's own page.");
}

TEST(loader, checked_and_review_by_are_optional_and_an_undated_pack_says_so) {
  json j = fixture();
  j["partnership"]["published"] = "";
  auto r = load_pack(j.dump(), calendar());
  ASSERT_TRUE(r.ok()) << describe(r.errors);
  EXPECT_FALSE(r.value->about.checked);
  EXPECT_FALSE(r.value->about.review_by);
  EXPECT_EQ(r.value->about.currency_text, "Guidance undated.");
  EXPECT_EQ(r.value->about.checked_text, "");
  EXPECT_EQ(r.value->about.overdue_text, "");
  j["partnership"]["checked"] = "2024-02-29";
  r = load_pack(j.dump(), calendar());
  ASSERT_TRUE(r.ok()) << describe(r.errors);
  EXPECT_EQ(r.value->about.currency_text, "Guidance undated, checked 29 February 2024.");
}

TEST(loader, checked_and_review_by_must_be_real_days_written_yyyy_mm_dd) {
  for (const std::string bad : {"2026-02-29", "2026-13-01", "2026-04-31", "7 December 2026", "07/12/2026", "2026-12-7",
                                "", "2026-12-07T10:00"}) {
    json j = fixture();
    j["partnership"]["checked"] = bad;
    j["partnership"]["review_by"] = bad;
    auto errors = errors_of(j);
    ASSERT_EQ(errors.size(), 2u) << bad << "\n" << describe(errors);
    for (const char* at : {"/partnership/checked", "/partnership/review_by"}) {
      const error* e = find(errors, "pack.bad_date", at);
      ASSERT_TRUE(e) << bad << " at " << at << "\n" << describe(errors);
      EXPECT_EQ(e->message, "\"" + bad +
                                "\" is not a date: write a real day as YYYY-MM-DD, e.g. 2026-12-07 (or leave the key "
                                "out).");
    }
  }
  json j = fixture();
  j["partnership"]["checked"] = 20261207;
  auto errors = errors_of(j);
  ASSERT_EQ(errors.size(), 1u) << describe(errors);
  EXPECT_EQ(errors[0].code, "pack.wrong_type");
  EXPECT_EQ(errors[0].pointer, "/partnership/checked");
}

TEST(loader, every_partnership_says_when_its_pack_was_last_checked) {
  for (const char* id : {"dudley", "gloucestershire", "luton", "medway", "walsall"}) {
    auto r = load_pack(testing::read(std::string("content/") + id + "/pack.json"), calendar());
    ASSERT_TRUE(r.ok()) << id << "\n" << describe(r.errors);
    EXPECT_TRUE(r.value->about.checked) << id << " has no partnership.checked";
    // A review-by date is the document's own: only Medway's gives one ("review date March 2022").
    EXPECT_EQ(r.value->about.review_by.has_value(), std::string(id) == "medway") << id;
  }
}

}  // namespace
}  // namespace threshold
