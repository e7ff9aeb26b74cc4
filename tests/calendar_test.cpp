#include "support.hpp"

namespace threshold {
namespace {

using testing::calendar;

date d(const char* text) {
  return *parse_date(text);
}

TEST(calendar, parses_and_formats_real_dates_only) {
  EXPECT_EQ(format_date(d("2026-11-23")), "2026-11-23");
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_TRUE(parse_date("2028-02-29"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("23/11/2026"));
  EXPECT_FALSE(parse_date("2026-1-01"));
}

TEST(calendar, formats_a_date_as_people_read_it) {
  EXPECT_EQ(format_date_for_people(d("2026-12-07")), "7 December 2026");
  EXPECT_EQ(format_date_for_people(d("2022-03-31")), "31 March 2022");
  EXPECT_EQ(format_date_for_people(d("2028-02-29")), "29 February 2028");
  EXPECT_EQ(format_date_for_people(d("2027-01-01")), "1 January 2027");
}

TEST(calendar, knows_weekdays) {
  EXPECT_EQ(weekday(d("2026-11-23")), 0);  // Monday
  EXPECT_EQ(weekday(d("2026-12-26")), 5);  // Saturday
  EXPECT_EQ(weekday(d("2027-12-26")), 6);  // Sunday
}

TEST(calendar, the_next_working_day_after_a_friday_is_monday) {
  EXPECT_EQ(calendar().add_working_days(d("2026-11-20"), 1), d("2026-11-23"));
  EXPECT_EQ(calendar().add_working_days(d("2026-11-21"), 1), d("2026-11-23"));  // from a Saturday
  EXPECT_EQ(calendar().add_working_days(d("2026-11-23"), 5), d("2026-11-30"));
}

TEST(calendar, zero_working_days_is_the_day_itself) {
  EXPECT_EQ(calendar().add_working_days(d("2026-11-23"), 0), d("2026-11-23"));
}

TEST(calendar, skips_good_friday_and_easter_monday) {
  // 2026: Good Friday 3 April, Easter Monday 6 April.
  EXPECT_EQ(calendar().add_working_days(d("2026-04-02"), 1), d("2026-04-07"));
  EXPECT_EQ(calendar().add_working_days(d("2026-04-02"), 5), d("2026-04-13"));
  // 2027: Easter falls in March (Good Friday 26 March, Easter Monday 29 March).
  EXPECT_EQ(calendar().add_working_days(d("2027-03-25"), 1), d("2027-03-30"));
}

TEST(calendar, christmas_and_boxing_day_on_a_weekend_move_to_substitute_days) {
  // 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute.
  EXPECT_FALSE(calendar().is_working_day(d("2026-12-28")));
  EXPECT_EQ(calendar().add_working_days(d("2026-12-24"), 1), d("2026-12-29"));
  // 2027: Christmas Saturday, Boxing Day Sunday: Monday 27 and Tuesday 28 are bank holidays.
  EXPECT_EQ(calendar().add_working_days(d("2027-12-24"), 1), d("2027-12-29"));
  // 2028: New Year's Day is a Saturday: Monday 3 January is the substitute.
  EXPECT_EQ(calendar().add_working_days(d("2027-12-31"), 1), d("2028-01-04"));
  EXPECT_EQ(calendar().add_working_days(d("2026-12-24"), 5), d("2027-01-05"));
}

TEST(calendar, every_listed_holiday_is_a_weekday_and_easter_matches_the_computus) {
  for (int year = calendar().first_year; year <= calendar().last_year; ++year) {
    // Anonymous Gregorian algorithm for Easter Sunday.
    int a = year % 19, b = year / 100, c = year % 100, dd = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - dd - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    date easter{year, month, day};
    EXPECT_TRUE(calendar().holidays.count(add_calendar_days(easter, -2))) << "Good Friday " << year;
    EXPECT_TRUE(calendar().holidays.count(add_calendar_days(easter, 1))) << "Easter Monday " << year;
  }
  for (const auto& h : calendar().holidays) EXPECT_LT(weekday(h), 5) << format_date(h);
  EXPECT_EQ(calendar().holidays.size(), 40u);
}

TEST(calendar, refuses_to_guess_beyond_its_years) {
  EXPECT_FALSE(calendar().add_working_days(d("2028-12-29"), 5));
  EXPECT_TRUE(calendar().add_working_days(d("2028-12-20"), 5));
}

TEST(calendar, loader_rejects_weekend_holidays_and_bad_dates) {
  auto r = load_calendar(R"({"id":"x","label":"x","source":"x","first_year":2026,"last_year":2026,
    "holidays":[{"date":"2026-12-26","name":"Boxing Day"},{"date":"2026-02-30","name":"bad"},{"date":"2027-01-01","name":"late"}]})");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(testing::has_error(r.errors, "calendar.bad_value", "/holidays/0/date"));
  EXPECT_TRUE(testing::has_error(r.errors, "calendar.bad_value", "/holidays/1/date"));
  EXPECT_TRUE(testing::has_error(r.errors, "calendar.bad_value", "/holidays/2/date"));
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {
TEST(format, numbers_print_without_exponent_or_trailing_zeros) {
  EXPECT_EQ(format_number(12), "12");
  EXPECT_EQ(format_number(8.5), "8.5");
  EXPECT_EQ(format_number(0.25), "0.25");
  EXPECT_EQ(format_number(2.0 / 3), "0.6667");
  EXPECT_EQ(format_number(-1.5), "-1.5");
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_date(date{2026, 1, 5}), "2026-01-05");
}
}  // namespace
}  // namespace threshold
