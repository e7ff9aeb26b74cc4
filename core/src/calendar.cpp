#include "threshold/calendar.hpp"

namespace threshold {

std::optional<date_time> parse_date_time(std::string_view text) {
  if (text.size() == 10) {
    auto d = parse_date(text);
    return d ? std::optional(date_time{*d, 0}) : std::nullopt;
  }
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  auto d = parse_date(text.substr(0, 10));
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!d || !digit(11) || !digit(12) || !digit(14) || !digit(15)) return std::nullopt;
  int h = (text[11] - '0') * 10 + (text[12] - '0'), m = (text[14] - '0') * 10 + (text[15] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return date_time{*d, h * 60 + m};
}

std::string format_time(int minutes) {
  std::string h = std::to_string(minutes / 60), m = std::to_string(minutes % 60);
  return (h.size() < 2 ? "0" : "") + h + ":" + (m.size() < 2 ? "0" : "") + m;
}

date_time add_hours(date_time start, int hours) {
  long total = start.minutes + static_cast<long>(hours) * 60;
  return {add_calendar_days(start.day, static_cast<int>(total / (24 * 60))), static_cast<int>(total % (24 * 60))};
}

namespace {
bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}
}  // namespace

std::optional<date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](size_t from, size_t count) {
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  date d{number(0, 4), number(5, 2), number(8, 2)};
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  if (d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

std::string format_date(date d) {
  auto digits = [](int value, int width) {
    std::string s = std::to_string(value);
    return std::string(s.size() < static_cast<size_t>(width) ? width - s.size() : 0, '0') + s;
  };
  return digits(d.year, 4) + "-" + digits(d.month, 2) + "-" + digits(d.day, 2);
}

std::string format_date_for_people(date d) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  const int m = d.month >= 1 && d.month <= 12 ? d.month : 1;
  return std::to_string(d.day) + " " + months[m - 1] + " " + std::to_string(d.year);
}

// Howard Hinnant's civil-from-days algorithms: exact for the proleptic Gregorian calendar.
long days_from_civil(date d) {
  long y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return date{static_cast<int>(y + (m <= 2)), m, d};
}

int weekday(date d) {
  long days = days_from_civil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

date add_calendar_days(date d, int days) {
  return civil_from_days(days_from_civil(d) + days);
}

std::optional<date> working_day_calendar::add_working_days(date start, int n) const {
  date d = start;
  for (int counted = 0; counted < n;) {
    d = add_calendar_days(d, 1);
    if (!covers(d)) return std::nullopt;
    if (is_working_day(d)) ++counted;
  }
  if (n == 0 && !covers(d)) return std::nullopt;
  return d;
}

}  // namespace threshold
