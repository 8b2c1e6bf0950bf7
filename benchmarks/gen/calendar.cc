#include "benchmarks/gen/calendar.h"

#include <array>
#include <cstdio>

namespace letterbox::gen {

namespace {
constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays{"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // from 1970-01-01
}  // namespace

long days_from_civil(const CivilDate& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe) + static_cast<int>(era * 400) + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

CivilDate from_yyyymmdd(int yyyymmdd) { return {yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100}; }

std::string month_name(int month) { return kMonths[static_cast<size_t>(month - 1)]; }

std::string month_abbreviation(int month) { return month_name(month).substr(0, 3); }

std::string weekday_abbreviation(long days) { return kWeekdays[static_cast<size_t>(((days % 7) + 7) % 7)]; }

std::string long_date(const CivilDate& date) {
  return std::to_string(date.day) + " " + month_name(date.month) + " " + std::to_string(date.year);
}

std::string ordinal_date(const CivilDate& date) {
  const int d = date.day;
  const char* suffix = (d == 1 || d == 21 || d == 31) ? "st" : (d == 2 || d == 22) ? "nd" : (d == 3 || d == 23) ? "rd" : "th";
  return std::to_string(d) + suffix + " " + month_name(date.month) + " " + std::to_string(date.year);
}

std::string numeric_date(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", date.day, date.month, date.year);
  return buffer;
}

std::string email_date(long days, int minute_of_day) {
  const CivilDate date = civil_from_days(days);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %d %s %d %02d:%02d:00 +0000", weekday_abbreviation(days).c_str(), date.day,
                month_abbreviation(date.month).c_str(), date.year, minute_of_day / 60, minute_of_day % 60);
  return buffer;
}

}  // namespace letterbox::gen
