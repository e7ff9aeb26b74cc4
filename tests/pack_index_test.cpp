// The indicator index: lookups by id give what a scan of the pack's indicators gives, indexed or not.
#include <algorithm>

#include "stable_order.hpp"
#include "support.hpp"

namespace threshold {
namespace {

pack dudley() {
  auto loaded = load_pack(testing::read("content/dudley/pack.json"), testing::calendar());
  EXPECT_TRUE(loaded.ok()) << testing::describe(loaded.errors);
  return *loaded.value;
}

TEST(pack_index, finds_every_indicator_of_a_loaded_pack_where_it_is) {
  const pack p = dudley();
  ASSERT_EQ(p.indicator_order.size(), p.indicators.size());
  for (size_t i = 0; i < p.indicators.size(); ++i) {
    EXPECT_EQ(p.find_indicator(p.indicators[i].id), &p.indicators[i]) << p.indicators[i].id;
    EXPECT_EQ(p.indicator_pointer(p.indicators[i].id), "/indicators/" + std::to_string(i));
  }
}

TEST(pack_index, finds_nothing_for_an_unknown_id) {
  const pack p = dudley();
  for (const std::string id : {"", "no_such_indicator", "zzzz", "0"}) {
    EXPECT_EQ(p.find_indicator(id), nullptr) << id;
    EXPECT_EQ(p.indicator_pointer(id), "") << id;
  }
  // Between two neighbours in id order.
  EXPECT_EQ(p.find_indicator(p.indicators[0].id + "_"), nullptr);
}

// The comparisons' index (issue 26): for every domain and level, and the levels either side of the
// pack's, the concerns in the pack's order and never a strength, as a scan of the unindexed pack gives.
TEST(pack_index, concerns_at_gives_what_a_scan_gives) {
  const pack p = dudley();
  pack scanned = p;
  scanned.indicator_order.clear();
  scanned.concern_order.clear();
  size_t found = 0;
  for (const auto& d : p.domains)
    for (int level = -1; level <= 6; ++level) {
      std::vector<const indicator*> expected;
      for (const auto& i : p.indicators)
        if (!i.strength && i.domain == d.id && i.level == level) expected.push_back(&i);
      EXPECT_EQ(p.concerns_at(d.id, level), expected) << d.id << " " << level;
      std::vector<size_t> positions;
      for (const indicator* i : scanned.concerns_at(d.id, level))
        positions.push_back(static_cast<size_t>(i - scanned.indicators.data()));
      std::vector<size_t> expected_positions;
      for (const indicator* i : expected) expected_positions.push_back(static_cast<size_t>(i - p.indicators.data()));
      EXPECT_EQ(positions, expected_positions) << d.id << " " << level;
      found += expected.size();
    }
  EXPECT_GT(found, 0u);
  EXPECT_TRUE(p.concerns_at("no_such_domain", 2).empty());
}

TEST(pack_index, a_pack_built_by_hand_is_scanned) {
  pack p;
  p.indicators.push_back({});
  p.indicators.back().id = "b";
  p.indicators.push_back({});
  p.indicators.back().id = "a";
  EXPECT_EQ(p.find_indicator("a"), &p.indicators[1]);
  EXPECT_EQ(p.indicator_pointer("b"), "/indicators/0");
  EXPECT_EQ(p.find_indicator("c"), nullptr);
}

TEST(pack_index, an_indicator_added_after_indexing_is_still_found) {
  pack p = dudley();
  p.indicators.push_back({});
  p.indicators.back().id = "added_later";
  EXPECT_EQ(p.find_indicator("added_later"), &p.indicators.back());
  p.index_indicators();
  EXPECT_EQ(p.indicator_pointer("added_later"), "/indicators/" + std::to_string(p.indicators.size() - 1));
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {

// The engine's one stable sort (core/src/stable_order.*) orders exactly as std::stable_sort does:
// every length from 0 to 70 (runs that do and do not fill a power of two), many ties.
TEST(stable_order, orders_as_std_stable_sort_does) {
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) % 7; };
  for (size_t n = 0; n <= 70; ++n) {
    std::vector<std::pair<int, size_t>> items;  // (key, original position)
    for (size_t i = 0; i < n; ++i) items.push_back({static_cast<int>(next()), i});
    auto expected = items;
    auto by_key = [](const std::pair<int, size_t>& x, const std::pair<int, size_t>& y) { return x.first > y.first; };
    std::stable_sort(expected.begin(), expected.end(), by_key);
    detail::stable_sort_items(items, by_key);
    EXPECT_EQ(items, expected) << n << " items";
  }
}

}  // namespace
}  // namespace threshold
