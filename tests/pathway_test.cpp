#include "support.hpp"

namespace threshold {
namespace {

pathway_step walk_with(const std::string& text, const std::string& id = "step_up") {
  auto a = parse_pathway_answers(text, testing::mini());
  EXPECT_TRUE(a.ok()) << testing::describe(a.errors);
  return walk(testing::mini(), id, a.ok() ? *a.value : pathway_answers{});
}

TEST(pathway, starts_by_passing_through_info_to_the_first_question) {
  auto s = walk_with(R"({})");
  ASSERT_TRUE(s.current);
  EXPECT_EQ(s.current->id, "consent");
  ASSERT_EQ(s.route.size(), 1u);
  EXPECT_EQ(s.route[0].node->id, "talk");
  EXPECT_FALSE(s.end);
}

// Found by fuzz_pathway: a step's node or choice was echoed raw, control characters and all.
TEST(pathway, a_step_echoed_in_an_error_has_no_control_characters) {
  for (const char* text : {R"({"steps":[{"node":"con\rsent","choice":"given"}]})",
                           R"({"steps":[{"node":"consent","choice":"gi\u001b[2Jven"}]})"}) {
    auto s = walk_with(text);
    ASSERT_EQ(s.errors.size(), 1u) << text;
    for (char c : s.errors[0].message) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << s.errors[0].message;
    EXPECT_NE(s.errors[0].message.find("U+00"), std::string::npos) << s.errors[0].message;
  }
}

TEST(pathway, reaches_an_outcome_with_its_deadline_as_a_date) {
  auto s =
      walk_with(R"({"date":"2026-04-02","screening":{"age_years":5},"steps":[{"node":"consent","choice":"given"}]})");
  ASSERT_TRUE(s.end);
  EXPECT_EQ(s.end->id, "screening");
  ASSERT_TRUE(s.end_timescale && s.end_timescale->due);
  EXPECT_EQ(format_date(*s.end_timescale->due), "2026-04-13");  // 5 working days across Easter
  std::string json = to_json(testing::mini(), s);
  EXPECT_NE(json.find("\"status\": \"outcome\""), std::string::npos);
  EXPECT_NE(json.find("\"due\": \"2026-04-13\""), std::string::npos);
}

TEST(pathway, branches_on_the_screening_answers) {
  auto baby =
      walk_with(R"({"screening":{"age_years":0,"age_months":3},"steps":[{"node":"consent","choice":"given"}]})");
  ASSERT_TRUE(baby.end);
  EXPECT_EQ(baby.end->id, "baby");
  auto unknown_age = walk_with(R"({"steps":[{"node":"consent","choice":"given"}]})");
  EXPECT_EQ(unknown_age.end->id, "screening");
}

TEST(pathway, every_outcome_can_be_reached) {
  EXPECT_EQ(walk_with(R"({"steps":[{"node":"consent","choice":"refused"},{"node":"refused","choice":"yes"}]})").end->id,
            "refer_anyway");
  EXPECT_EQ(walk_with(R"({"steps":[{"node":"consent","choice":"refused"},{"node":"refused","choice":"no"}]})").end->id,
            "no_action");
}

TEST(pathway, going_back_is_dropping_the_last_step) {
  auto forward = walk_with(R"({"steps":[{"node":"consent","choice":"refused"}]})");
  EXPECT_EQ(forward.current->id, "refused");
  auto back = walk_with(R"({"steps":[]})");
  EXPECT_EQ(back.current->id, "consent");
}

TEST(pathway, rejects_steps_that_do_not_follow_the_route) {
  auto wrong_node = walk_with(R"({"steps":[{"node":"refused","choice":"yes"}]})");
  ASSERT_EQ(wrong_node.errors.size(), 1u);
  EXPECT_EQ(wrong_node.errors[0].code, "pathway.unexpected_step");
  EXPECT_EQ(wrong_node.errors[0].pointer, "/steps/0/node");
  auto wrong_option = walk_with(R"({"steps":[{"node":"consent","choice":"maybe"}]})");
  ASSERT_EQ(wrong_option.errors.size(), 1u);
  EXPECT_EQ(wrong_option.errors[0].code, "pathway.unknown_option");
  EXPECT_NE(wrong_option.errors[0].message.find("options: given, refused"), std::string::npos);
  auto too_many = walk_with(
      R"({"steps":[{"node":"consent","choice":"refused"},{"node":"refused","choice":"no"},{"node":"x","choice":"y"}]})");
  EXPECT_EQ(too_many.errors[0].code, "pathway.unexpected_step");
  auto missing = walk_with(R"({})", "no_such_pathway");
  EXPECT_EQ(missing.errors[0].code, "pathway.unknown_pathway");
}

}  // namespace
}  // namespace threshold
