#include "support.hpp"

namespace threshold {
namespace {

std::vector<std::string> ids(std::string_view query) {
  std::vector<std::string> out;
  for (const auto& h : search(testing::mini(), query)) out.push_back(h.match->id);
  return out;
}

TEST(search, finds_words_in_any_order_and_case) {
  auto hits = ids("BRUISE baby");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0], "health_4_non_mobile_bruise");
  EXPECT_EQ(ids("baby bruise")[0], "health_4_non_mobile_bruise");
}

TEST(search, tolerates_plurals_verb_endings_and_keywords) {
  EXPECT_EQ(ids("bruises")[0], "health_4_non_mobile_bruise");
  EXPECT_EQ(ids("bruising")[0], "health_4_non_mobile_bruise");
  EXPECT_EQ(ids("appointments")[0], "health_2_missed_appointments");
  EXPECT_EQ(ids("infant")[0], "health_4_non_mobile_bruise");
}

TEST(search, tolerates_small_typos_and_unfinished_words) {
  EXPECT_EQ(ids("knif crime")[0], "health_4_weapon");
  EXPECT_EQ(ids("domestc abuse")[0], "family_3_domestic_abuse");
  EXPECT_EQ(ids("evicti")[0], "family_2_housing");
}

TEST(search, ranks_full_matches_above_partial_ones) {
  auto hits = ids("domestic abuse");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0], "family_3_domestic_abuse");
}

TEST(search, finds_nothing_for_nonsense_or_an_empty_query) {
  EXPECT_TRUE(ids("xylophone").empty());
  EXPECT_TRUE(ids("").empty());
  EXPECT_TRUE(ids("   ").empty());
}

TEST(search, results_carry_level_and_domain_as_json) {
  std::string json = to_json(search(testing::mini(), "bruise"));
  EXPECT_NE(json.find("\"level\": 4"), std::string::npos);
  EXPECT_NE(json.find("\"domain\": \"health\""), std::string::npos);
  EXPECT_NE(json.find("\"text\": \"I am a non-mobile baby with a bruise\""), std::string::npos);
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {

// The practitioner's words from the issue, against the real Dudley matrix.
TEST(search, finds_what_a_practitioner_means_in_the_dudley_pack) {
  auto loaded = load_pack(testing::read("content/dudley/pack.json"), testing::calendar());
  ASSERT_TRUE(loaded.ok()) << testing::describe(loaded.errors);
  auto top = [&](std::string_view q) {
    auto hits = search(*loaded.value, q);
    return hits.empty() ? std::string() : hits[0].match->text;
  };
  EXPECT_EQ(top("bruise baby"), "I am a non-mobile baby/child with a bruise or an injury");
  EXPECT_EQ(top("knif crime"),
            "I am a victim of a serious gun/knife crime which may result in a threat to my life or injury");
  EXPECT_NE(top("self harm").find("self-harm"), std::string::npos) << top("self harm");
  EXPECT_NE(top("radicalisation").find("radicalisation"), std::string::npos);
}

}  // namespace
}  // namespace threshold
