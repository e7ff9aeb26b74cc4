// The answers reader: every answer has a documented range or set of values (docs/API.md), checked at,
// below and above each boundary; absurd numbers are refused with a message naming the answer.
#include "support.hpp"

namespace threshold {
namespace {

using testing::describe;
using testing::has_error;
using testing::mini;

bool accepted(const std::string& text) {
  return parse_answers(text, mini()).ok();
}

void expect_refused(const std::string& key, const std::string& value) {
  auto r = parse_answers("{\"" + key + "\": " + value + "}", mini());
  ASSERT_FALSE(r.ok()) << key << " = " << value << " was accepted";
  EXPECT_TRUE(has_error(r.errors, "answers.bad_value", "/" + key)) << describe(r.errors);
  EXPECT_NE(r.errors[0].message.find("between"), std::string::npos) << r.errors[0].message;
}

TEST(answers, each_number_has_a_range_checked_at_its_boundaries) {
  struct range {
    std::string key, min, max, below, above;
  };
  for (const auto& r : std::vector<range>{{"age_years", "0", "25", "-0.5", "25.5"},
                                          {"age_months", "0", "11", "-1", "11.5"},
                                          {"weeks_since_step_down", "0", "1300", "-1", "1301"}}) {
    EXPECT_TRUE(accepted("{\"" + r.key + "\": " + r.min + "}")) << r.key;
    EXPECT_TRUE(accepted("{\"" + r.key + "\": " + r.max + "}")) << r.key;
    expect_refused(r.key, r.below);
    expect_refused(r.key, r.above);
    expect_refused(r.key, "1e300");
    expect_refused(r.key, "-1e300");
  }
}

TEST(answers, absurd_values_are_refused_with_a_message) {
  auto r = parse_answers(R"({"weeks_since_step_down": 1e300})", mini());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].pointer, "/weeks_since_step_down");
  EXPECT_EQ(r.errors[0].message, "The number is out of range: \"weeks_since_step_down\" must be between 0 and 1300.");
  EXPECT_TRUE(
      has_error(parse_answers(R"({"agreed_level": 1e300})", mini()).errors, "answers.wrong_type", "/agreed_level"));
  EXPECT_TRUE(
      has_error(parse_answers(R"({"agreed_level": 2.5})", mini()).errors, "answers.wrong_type", "/agreed_level"));
}

TEST(answers, a_number_too_small_to_tell_from_zero_is_refused_like_one_too_large) {
  // Issue 25, defect 5: "age_years": 1e-400 read as 0 (a four-month-old's screening as a newborn's)
  // while 1e309 was refused.
  const std::pair<const char*, const char*> refused[] = {
      {R"({"age_years": 1e-400})",
       "Not valid JSON at line 1, column 21: number out of range: too close to 0 to be read as anything but 0."},
      {R"({"age_years": 1e309})", "Not valid JSON at line 1, column 20: number out of range."}};
  for (const auto& [text, message] : refused) {
    auto r = parse_answers(text, mini());
    ASSERT_EQ(r.errors.size(), 1u) << text;
    EXPECT_EQ(r.errors[0].code, "answers.syntax") << text;
    EXPECT_EQ(r.errors[0].message, message);
  }
  EXPECT_TRUE(parse_answers(R"({"age_years": 0e-400})", mini()).ok());
}

TEST(answers, significant_harm_suspected_is_yes_no_or_unknown) {
  auto yes = parse_answers(R"({"significant_harm_suspected": true})", mini());
  ASSERT_TRUE(yes.ok()) << describe(yes.errors);
  EXPECT_EQ(yes.value->significant_harm_suspected, true);
  auto unknown = parse_answers(R"({"significant_harm_suspected": "unknown"})", mini());
  ASSERT_TRUE(unknown.ok());
  EXPECT_FALSE(unknown.value->significant_harm_suspected);
  EXPECT_TRUE(unknown.value->significant_harm_unknown);
  EXPECT_TRUE(has_error(parse_answers(R"({"significant_harm_suspected": "maybe"})", mini()).errors,
                        "answers.wrong_type", "/significant_harm_suspected"));
}

TEST(answers, an_empty_date_is_refused_by_both_readers) {
  EXPECT_TRUE(has_error(parse_answers(R"({"date": ""})", mini()).errors, "answers.bad_date", "/date"));
  EXPECT_TRUE(has_error(parse_pathway_answers(R"({"date": ""})", mini()).errors, "answers.bad_date", "/date"));
  EXPECT_TRUE(has_error(parse_pathway_answers(R"({"screening": {"date": ""}})", mini()).errors, "answers.bad_date",
                        "/screening/date"));
  EXPECT_TRUE(parse_pathway_answers(R"({"date": "2026-04-02"})", mini()).ok());
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {

TEST(answers, pathway_dates_are_real_dates_with_an_optional_time) {
  auto ok = parse_pathway_answers(R"({"dates": {"meeting_held": "2026-11-20", "enquiry_started": "2026-04-02T10:00"}})",
                                  testing::mini());
  ASSERT_TRUE(ok.ok()) << testing::describe(ok.errors);
  EXPECT_EQ(ok.value->dates.at("enquiry_started").minutes, 600);
  EXPECT_TRUE(ok.value->timed.at("enquiry_started"));
  EXPECT_FALSE(ok.value->timed.at("meeting_held"));
  for (const char* bad :
       {R"({"dates": {"x": ""}})", R"({"dates": {"x": "2026-02-30"}})", R"({"dates": {"x": "2026-04-02T24:00"}})",
        R"({"dates": {"x": "2026-04-02 10:00"}})", R"({"dates": {"x": 3}})"})
    EXPECT_TRUE(testing::has_error(parse_pathway_answers(bad, testing::mini()).errors, "answers.bad_date", "/dates/x"))
        << bad;
}

TEST(calendar, hours_are_calendar_hours_to_the_minute) {
  auto start = *parse_date_time("2026-04-02T10:00");
  auto end = add_hours(start, 24);
  EXPECT_EQ(format_date(end.day), "2026-04-03");
  EXPECT_EQ(format_time(end.minutes), "10:00");
  end = add_hours(*parse_date_time("2026-12-31T22:30"), 4);
  EXPECT_EQ(format_date(end.day), "2027-01-01");
  EXPECT_EQ(format_time(end.minutes), "02:30");
}

}  // namespace
}  // namespace threshold
