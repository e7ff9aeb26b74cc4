// load_validated_pack, the page's fast path for packs the site build vouched for, reads the same pack
// as load_pack; it only leaves out the cross-reference checks the build already ran.
#include "support.hpp"

namespace threshold {
namespace {

class validated_pack : public ::testing::TestWithParam<std::string> {};

TEST_P(validated_pack, reads_what_load_pack_reads) {
  const std::string text = testing::read("content/" + GetParam() + "/pack.json");
  auto full = load_pack(text, testing::calendar());
  auto fast = load_validated_pack(text, testing::calendar());
  ASSERT_TRUE(full.ok()) << testing::describe(full.errors);
  ASSERT_TRUE(fast.ok()) << testing::describe(fast.errors);
  EXPECT_EQ(fast.value->indicators.size(), full.value->indicators.size());
  EXPECT_EQ(fast.value->indicator_order, full.value->indicator_order);
  std::string ids;
  for (size_t i = 0; i < full.value->indicators.size(); i += 7)
    ids += (ids.empty() ? "\"" : ",\"") + full.value->indicators[i].id + "\"";
  const std::string answers =
      R"({"date":"2026-11-23","age_years":0,"age_months":4,"non_mobile":true,"indicators":[)" + ids + "]}";
  auto outcome_of = [&](const pack& p) { return to_json(p, evaluate(p, *parse_answers(answers, p).value), -1); };
  EXPECT_EQ(outcome_of(*fast.value), outcome_of(*full.value));
}

INSTANTIATE_TEST_SUITE_P(content, validated_pack,
                         ::testing::Values("dudley", "gloucestershire", "luton", "medway", "walsall"));

TEST(validated_pack, still_refuses_text_that_does_not_read) {
  auto r = load_validated_pack("{\"id\": \"x\",", testing::calendar());
  EXPECT_FALSE(r.ok());
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, "pack.syntax");
}

}  // namespace
}  // namespace threshold
