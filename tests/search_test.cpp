#include <nlohmann/json.hpp>

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
  std::string json = to_json(testing::mini(), search(testing::mini(), "bruise"));
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

const pack& dudley() {
  static const pack p = *load_pack(testing::read("content/dudley/pack.json"), testing::calendar()).value;
  return p;
}

std::vector<std::string> dudley_ids(std::string_view query) {
  std::vector<std::string> out;
  for (const auto& h : search(dudley(), query)) out.push_back(h.match->id);
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

TEST(search, practitioners_words_find_the_guidances_words) {
  // Issue 9, section 6: "nudes", "selfharm" and "self-harm" once found nothing.
  auto nudes = dudley_ids("nudes");
  EXPECT_TRUE(contains(nudes, "risks_2_online_risk")) << ::testing::PrintToString(nudes);
  EXPECT_TRUE(contains(nudes, "risks_4_groomed_online_meeting_strangers"));
  EXPECT_TRUE(contains(nudes, "emotional_3_vulnerable_sexual_abuse_exploitation"));
  EXPECT_TRUE(contains(nudes, "health_3_harmful_sexual_behaviour_cse_risk"));
  EXPECT_FALSE(contains(nudes, "health_4_moving_handling_equipment"));
  for (const char* query : {"selfharm", "self-harm", "self harm", "Self-Harming"}) {
    auto hits = dudley_ids(query);
    EXPECT_TRUE(contains(hits, "emotional_4_life_at_risk_self_harm")) << query;
    EXPECT_TRUE(contains(hits, "health_3_self_harming_behaviours")) << query;
    EXPECT_TRUE(contains(hits, "health_3_mental_health_self_harm_thoughts")) << query;
  }
  // A word and its synonym together still narrow the list: both must match.
  auto both = dudley_ids("nudes grooming");
  EXPECT_TRUE(contains(both, "risks_4_groomed_online_meeting_strangers"));
  EXPECT_FALSE(contains(both, "health_3_harmful_sexual_behaviour_cse_risk"));
}

TEST(search, the_synonym_list_is_well_formed_and_every_phrase_finds_something) {
  auto list = nlohmann::json::parse(testing::read("content/search-synonyms.json"));
  ASSERT_TRUE(list.contains("synonyms"));
  std::set<std::string> typed;
  std::vector<const pack*> packs;
  static std::vector<pack> loaded;
  for (const char* name : {"dudley", "medway", "walsall", "luton", "gloucestershire"})
    loaded.push_back(
        *load_pack(testing::read(std::string("content/") + name + "/pack.json"), testing::calendar()).value);
  for (const auto& entry : list["synonyms"]) {
    ASSERT_EQ(entry.size(), 2u) << entry.dump();
    ASSERT_FALSE(entry.at("typed").empty());
    for (const auto& word : entry.at("typed")) {
      std::string w = word.get<std::string>();
      EXPECT_TRUE(!w.empty() && std::all_of(w.begin(), w.end(),
                                            [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
          << "typed words are single lower-case words: \"" << w << "\"";
      typed.insert(w);
    }
    for (const auto& found : entry.at("finds")) {
      bool somewhere = false;
      for (const auto& p : loaded) somewhere |= !search(p, found.get<std::string>()).empty();
      EXPECT_TRUE(somewhere) << "no partnership's guidance matches \"" << found.get<std::string>() << "\"";
    }
  }
  EXPECT_EQ(search_synonym_count(), typed.size());  // the engine read the same file
}

TEST(search, long_queries_cost_no_more_than_their_first_words) {
  // Issue 10, defect 6: 10,000 words took 5.3 s; a 16 MB query ran past a minute in WebAssembly.
  std::string flood;
  while (flood.size() < 16 * 1024 * 1024) flood += "bruise knife school self-harm nudes ";
  std::string first(flood.substr(0, max_search_query_bytes));
  auto a = search(dudley(), flood), b = search(dudley(), first);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].match, b[i].match);
  // Twelve different words at most: the thirteenth changes nothing.
  std::string twelve = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima";
  EXPECT_EQ(search(dudley(), twelve + " bruise").size(), search(dudley(), twelve).size());
}

}  // namespace
}  // namespace threshold
