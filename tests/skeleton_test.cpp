// `threshold new`'s files (new_pack_files) and the "$comment" notes they carry: the pack loads, is safe,
// passes its own scenarios, and no note reaches anything a practitioner sees.
#include "threshold/skeleton.hpp"

#include <nlohmann/json.hpp>

#include "support.hpp"
#include "threshold/safety.hpp"
#include "threshold/scenarios.hpp"

namespace threshold {
namespace {

using nlohmann::json;

TEST(skeleton, a_new_pack_validates_passes_the_safety_checks_and_its_own_scenarios) {
  const pack_files files = new_pack_files("anytown", "../pack.schema.json");
  auto loaded = load_pack(files.pack, testing::calendar());
  ASSERT_TRUE(loaded.ok()) << testing::describe(loaded.errors);
  EXPECT_EQ(loaded.value->id, "anytown");
  const auto safety = check_safety(*loaded.value);
  EXPECT_TRUE(safety.problems.empty()) << testing::describe(safety.problems);
  EXPECT_GT(safety.combinations, 0u);
  auto results = run_scenarios(*loaded.value, files.scenarios);
  ASSERT_TRUE(results.ok()) << testing::describe(results.errors);
  EXPECT_GE(results.value->size(), 4u);
  for (const auto& r : *results.value) EXPECT_TRUE(r.passed) << r.id << ": " << r.failure;
  EXPECT_NE(files.readme.find("# anytown content pack"), std::string::npos);
  EXPECT_NE(files.readme.find("threshold validate content/anytown/pack.json"), std::string::npos);
}

TEST(skeleton, a_new_pack_has_every_required_field_and_notes_on_where_values_come_from) {
  const std::string text = new_pack_files("anytown", "../pack.schema.json").pack;
  EXPECT_EQ(text.rfind("{\n  \"$schema\": \"../pack.schema.json\",\n", 0), 0u) << "first, for the editor";
  const json j = json::parse(text);
  EXPECT_EQ(j["$schema"], "../pack.schema.json");
  const json schema = json::parse(testing::read("content/pack.schema.json"));
  for (const auto& key : schema["required"]) EXPECT_TRUE(j.contains(key.get<std::string>())) << key;
  for (const char* part : {"partnership", "emergency", "significant_harm"})
    EXPECT_TRUE(j[part].contains("$comment")) << part;
  for (const char* list : {"levels", "domains", "indicators", "contacts", "routes", "consent", "timescales"})
    EXPECT_TRUE(j[list][0].contains("$comment")) << list;
  // Without a schema path there is no "$schema" key at all.
  EXPECT_FALSE(json::parse(new_pack_files("anytown", "").pack).contains("$schema"));
}

TEST(skeleton, no_note_reaches_the_reference_the_description_or_an_outcome) {
  const pack_files files = new_pack_files("anytown", "");
  const pack p = *load_pack(files.pack, testing::calendar()).value;
  const std::string note = "Ofcom keeps for drama";  // from the front door's note
  ASSERT_NE(files.pack.find(note), std::string::npos);
  EXPECT_EQ(render(p).find(note), std::string::npos);
  EXPECT_EQ(to_json(p, describe(p, {})).find("$comment"), std::string::npos);
  EXPECT_EQ(to_json(p, evaluate(p, testing::parse(R"({"indicators": ["child_4_injury"]})", p))).find("$comment"),
            std::string::npos);
}

// Issue 27: the skeleton says when it was checked against the document: the day it is made (the CLI
// gives today); without a day, the key is left out and the pack still loads.
TEST(skeleton, a_new_pack_says_when_it_was_checked) {
  const pack_files files = new_pack_files("anytown", "../pack.schema.json", date{2026, 12, 7});
  const json j = json::parse(files.pack);
  EXPECT_EQ(j["partnership"]["checked"], "2026-12-07");
  EXPECT_FALSE(j["partnership"].contains("review_by"));
  auto loaded = load_pack(files.pack, testing::calendar());
  ASSERT_TRUE(loaded.ok()) << testing::describe(loaded.errors);
  EXPECT_EQ(loaded.value->about.currency_text, "Guidance undated, checked 7 December 2026.");
  EXPECT_NE(j["partnership"]["$comment"].dump().find("checked: the day you last checked"), std::string::npos);
  EXPECT_NE(files.readme.find("`partnership.checked`"), std::string::npos);

  const std::string undated = new_pack_files("anytown", "../pack.schema.json").pack;
  EXPECT_FALSE(json::parse(undated)["partnership"].contains("checked"));
  EXPECT_TRUE(load_pack(undated, testing::calendar()).ok());
}

TEST(skeleton, pack_ids_are_lower_case_letters_digits_and_underscores) {
  EXPECT_TRUE(is_pack_id("anytown"));
  EXPECT_TRUE(is_pack_id("north_anytown_2"));
  for (const char* bad : {"", "Anytown", "any-town", "../x", "any town", "a/b"}) EXPECT_FALSE(is_pack_id(bad)) << bad;
  EXPECT_FALSE(is_pack_id(std::string(65, 'a')));
}

TEST(comments, a_note_is_a_text_or_an_array_of_texts_anywhere_but_in_a_one_key_condition) {
  json j = json::parse(testing::read("tests/fixtures/mini_pack.json"));
  j["$comment"] = "About the whole pack";
  j["levels"][0]["$comment"] = {"One paragraph", "and another"};
  j["contacts"][1]["out_of_hours"]["$comment"] = "From the contacts page";
  j["rules"][1]["when"]["all"][1]["$comment"] = "A fact condition has named fields";
  auto loaded = load_pack(j.dump(), testing::calendar());
  EXPECT_TRUE(loaded.ok()) << testing::describe(loaded.errors);

  json wrong = j;
  wrong["levels"][0]["$comment"] = 3;
  auto refused = load_pack(wrong.dump(), testing::calendar());
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(testing::has_error(refused.errors, "pack.wrong_type", "/levels/0/$comment"))
      << testing::describe(refused.errors);

  json in_condition = j;
  in_condition["rules"][0]["when"]["$comment"] = "not here";  // {"all": [...]} has one key
  EXPECT_FALSE(load_pack(in_condition.dump(), testing::calendar()).ok());

  json too_long = j;
  too_long["levels"][0]["$comment"] = std::string(9 * 1024, 'x');
  auto long_refused = load_pack(too_long.dump(), testing::calendar());
  EXPECT_TRUE(testing::has_error(long_refused.errors, "pack.too_large", "/levels/0/$comment"))
      << testing::describe(long_refused.errors);
}

TEST(comments, answers_take_no_notes) {
  auto a = parse_answers(R"({"$comment": "no", "age_years": 3})", testing::mini());
  EXPECT_FALSE(a.ok());
}

}  // namespace
}  // namespace threshold
