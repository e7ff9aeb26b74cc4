// The wording checks of a pack (core/src/pack_checks.cpp): each rule fires on a small broken fixture,
// at the pointer of the text to change and with a message that says how; near misses pass. The shipped
// packs pass them all (content_pack.validates in scenarios_test.cpp loads each with these checks).
#include <nlohmann/json.hpp>

#include "support.hpp"

namespace threshold {
namespace {

using nlohmann::json;
using testing::describe;
using testing::has_error;

json fixture() {
  return json::parse(testing::read("tests/fixtures/mini_pack.json"));
}

std::vector<error> errors_of(const json& j) {
  return load_pack(j.dump(), testing::calendar()).errors;
}

std::vector<error> with_code(const std::vector<error>& errors, const std::string& code) {
  std::vector<error> found;
  for (const auto& e : errors)
    if (e.code == code) found.push_back(e);
  return found;
}

TEST(pack_checks, the_fixture_pack_passes_every_wording_check) {
  auto errors = errors_of(fixture());
  EXPECT_TRUE(errors.empty()) << describe(errors);
}

// The engine says when a concern applies ("Applies only when the child is not yet mobile."): a hint
// that says it again showed it twice under the checkbox.
TEST(pack_checks, a_hint_that_repeats_when_a_concern_applies_is_refused) {
  json j = fixture();
  j["indicators"][5]["hint"] = "Applies only to babies who cannot yet crawl.";  // applies_when: non_mobile
  auto errors = with_code(errors_of(j), "pack.hint_repeats_applies_when");
  ASSERT_EQ(errors.size(), 1u) << describe(errors_of(j));
  EXPECT_EQ(errors[0].pointer, "/indicators/5/hint");
  EXPECT_EQ(errors[0].message,
            "The hint \"Applies only to babies who cannot yet crawl.\" says again when this concern applies: the "
            "page already shows \"Applies only when the child is not yet mobile.\" (from \"applies_when\"). Keep "
            "only what that does not say, or remove the hint.");

  j = fixture();
  j["indicators"][5]["hint"] = "Counts only before the child can move about.";
  j["indicators"][6]["hint"] = "Counted from 12 weeks of pregnancy.";
  auto more = errors_of(j);
  EXPECT_TRUE(has_error(more, "pack.hint_repeats_applies_when", "/indicators/5/hint")) << describe(more);
  EXPECT_TRUE(has_error(more, "pack.hint_repeats_applies_when", "/indicators/6/hint"));
}

TEST(pack_checks, a_hint_may_say_more_than_when_a_concern_applies) {
  json j = fixture();
  j["indicators"][5]["hint"] = "Any bruise, however small; applies to twins too.";  // not at the start
  j["indicators"][0]["hint"] = "Applies to every child.";  // no applies_when: the page says nothing
  auto errors = errors_of(j);
  EXPECT_TRUE(errors.empty()) << describe(errors);
}

// The page writes an out-of-hours line as "Out of hours: <label> <number>": the label names who answers.
TEST(pack_checks, an_out_of_hours_label_that_says_out_of_hours_is_refused) {
  json j = fixture();
  j["contacts"][1]["out_of_hours"]["label"] = "Out-of-hours social work team";
  auto errors = with_code(errors_of(j), "pack.out_of_hours_label");
  ASSERT_EQ(errors.size(), 1u) << describe(errors_of(j));
  EXPECT_EQ(errors[0].pointer, "/contacts/1/out_of_hours/label");
  EXPECT_EQ(errors[0].message,
            "The page writes \"Out of hours: Out-of-hours social work team 01234 000000\", saying \"out of hours\" "
            "twice: name who answers instead (for example \"Emergency Duty Team\").");

  j["contacts"][1]["out_of_hours"]["label"] = "OUT OF HOURS";
  EXPECT_TRUE(has_error(errors_of(j), "pack.out_of_hours_label", "/contacts/1/out_of_hours/label"));
  j["contacts"][1]["out_of_hours"]["label"] = "Emergency Duty Team (out of hours)";
  EXPECT_TRUE(errors_of(j).empty()) << describe(errors_of(j));
}

// A question's first paragraph is its heading (the page's legend), the rest its hint.
TEST(pack_checks, a_question_that_opens_with_its_context_is_refused) {
  json j = fixture();
  j["pathways"][0]["nodes"][1]["text"] = {"Once the family has heard why you are worried, ask them.",
                                          "Does the family consent?"};
  auto errors = with_code(errors_of(j), "pack.question_heading");
  ASSERT_EQ(errors.size(), 1u) << describe(errors_of(j));
  EXPECT_EQ(errors[0].pointer, "/pathways/0/nodes/1/text/0");
  EXPECT_EQ(errors[0].message,
            "The first paragraph of a question is its heading and the rest its hint, but \"Once the family has "
            "heard why you are worried, ask them.\" neither asks the question (ending with \"?\") nor is a short "
            "title (40 characters at most): put the question first.");
}

TEST(pack_checks, a_question_may_open_with_the_question_or_a_short_title) {
  json j = fixture();
  j["pathways"][0]["nodes"][1]["text"] = {"Does the family consent, having heard why you are worried?",
                                          "Ask once they have had time to think."};
  j["pathways"][0]["nodes"][5]["text"] = {"Stage 1: Day 1 – a conversation", "Is there significant harm?"};
  EXPECT_TRUE(errors_of(j).empty()) << describe(errors_of(j));
  // One paragraph is the heading whatever it says: there is no hint to move it to.
  j["pathways"][0]["nodes"][1]["text"] = "Once the family has heard why you are worried, ask them whether they agree.";
  EXPECT_TRUE(errors_of(j).empty()) << describe(errors_of(j));
  // Counted in characters: "–" is three bytes and one character, so this title is 40 (42 bytes)...
  j["pathways"][0]["nodes"][5]["text"] = {"Stage 1: Day 1 – a conversation with DSL", "Is there significant harm?"};
  EXPECT_TRUE(errors_of(j).empty()) << describe(errors_of(j));
  // ...and this one 41.
  j["pathways"][0]["nodes"][5]["text"] = {"Stage 1: Day 1 – a conversation with DSLs", "Is there significant harm?"};
  EXPECT_TRUE(has_error(errors_of(j), "pack.question_heading", "/pathways/0/nodes/5/text/0"));
}

// A citation is the document's section and page, written by the page; no text a practitioner reads
// points into our copy of the document ("(line 531)" reached a Medway procedure once).
TEST(pack_checks, a_text_that_cites_our_copy_of_the_source_is_refused) {
  json j = fixture();
  j["routes"][0]["text"] = {"Call 999.", "The guidance says so (line 531)."};
  j["levels"][1]["definition"] = "See lines 12-14 of the guidance.";
  j["partnership"]["not_covered"][0] = "Anything outside fixture.txt.";
  j["contacts"][2]["notes"] = "Copied from seeds/004.txt";
  j["indicators"][0]["source"]["section"] = "Line 40";
  auto errors = errors_of(j);
  auto found = with_code(errors, "pack.cites_our_copy");
  EXPECT_EQ(found.size(), 5u) << describe(errors);
  EXPECT_TRUE(has_error(errors, "pack.cites_our_copy", "/routes/0/text/1")) << describe(errors);
  EXPECT_TRUE(has_error(errors, "pack.cites_our_copy", "/levels/1/definition"));
  EXPECT_TRUE(has_error(errors, "pack.cites_our_copy", "/partnership/not_covered/0"));
  EXPECT_TRUE(has_error(errors, "pack.cites_our_copy", "/contacts/2/notes"));
  EXPECT_TRUE(has_error(errors, "pack.cites_our_copy", "/indicators/0/source/section"));
  for (const auto& e : found)
    if (e.pointer == "/routes/0/text/1")
      EXPECT_EQ(e.message,
                "\"line 531\" points into our copy of the document, which practitioners never see: take it out (the "
                "page cites the document by the section and page in \"source\").");
}

TEST(pack_checks, where_the_copy_is_kept_and_words_that_contain_line_are_not_citations) {
  json j = fixture();
  j["partnership"]["source_file"] = "seeds/fixture.txt";
  j["indicators"][0]["source"]["file"] = "seeds/other.txt";
  j["contacts"][2]["notes"] = "Helpline 0800 123 456; deadline 5 working days; guidelines 2019; notes.txtx";
  j["routes"][0]["text"] = {"Call 999.", "The line manager decides."};
  auto errors = errors_of(j);
  EXPECT_TRUE(errors.empty()) << describe(errors);
}

}  // namespace
}  // namespace threshold
