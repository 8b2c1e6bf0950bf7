// Civil dates for the corpus generator: days since 1970-01-01 and back, and
// the ways letters write a date.
#pragma once

#include <string>

namespace letterbox::gen {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  int yyyymmdd() const { return year * 10000 + month * 100 + day; }
};

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(const CivilDate& date);
CivilDate civil_from_days(long days);
CivilDate from_yyyymmdd(int yyyymmdd);

std::string month_name(int month);         // "December"
std::string month_abbreviation(int month);  // "Dec"
std::string weekday_abbreviation(long days);  // "Wed"

std::string long_date(const CivilDate& date);     // "21 December 2011"
std::string ordinal_date(const CivilDate& date);  // "21st December 2011"
std::string numeric_date(const CivilDate& date);  // "21/12/2011"
std::string email_date(long days, int minute_of_day);  // "Wed, 21 Dec 2011 10:32:00 +0000"

}  // namespace letterbox::gen
