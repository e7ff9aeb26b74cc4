#pragma once
// Dates and the working-day calendar (weekends and bank holidays, kept as data in content/).
#include <compare>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace threshold {

struct date {
  int year = 1970, month = 1, day = 1;
  auto operator<=>(const date&) const = default;
};

/// Parses "YYYY-MM-DD" (a real calendar date) or returns nothing.
std::optional<date> parse_date(std::string_view text);
std::string format_date(date d);
/// A date as people read it in the UK: format_date_for_people({2026, 12, 7}) is "7 December 2026".
std::string format_date_for_people(date d);
/// Days since 1970-01-01; negative before.
long days_from_civil(date d);
date civil_from_days(long days);
/// 0 = Monday ... 6 = Sunday.
int weekday(date d);
date add_calendar_days(date d, int days);

/// A moment to the minute, for timescales in hours.
struct date_time {
  date day;
  int minutes = 0;  // since midnight
};
/// Parses "YYYY-MM-DDTHH:MM" (or a plain date, at 00:00) or returns nothing.
std::optional<date_time> parse_date_time(std::string_view text);
std::string format_time(int minutes);  // "14:30"
/// `hours` calendar hours later: weekends and bank holidays count.
date_time add_hours(date_time start, int hours);

struct working_day_calendar {
  std::string id;
  std::string label;
  std::string source;
  int first_year = 0;
  int last_year = 0;
  std::set<date> holidays;

  bool covers(date d) const { return d.year >= first_year && d.year <= last_year; }
  bool is_working_day(date d) const { return weekday(d) < 5 && !holidays.count(d); }
  /// The Nth working day after `start` (start itself never counts): add_working_days(Fri, 1) is Mon.
  /// Returns nothing when the answer would fall outside the years the calendar covers.
  std::optional<date> add_working_days(date start, int n) const;
};

}  // namespace threshold
