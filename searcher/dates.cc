#include "searcher/dates.h"

#include <charconv>
#include <cstdio>
#include <vector>

#include "searcher/errors.h"

namespace letterbox::search {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::optional<int> to_number(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// Splits "2011-12-01" (or "2011/12/01", "20111201") into its numeric parts.
std::vector<std::string_view> date_parts(std::string_view text) {
  if (text.size() == 8 && to_number(text)) return {text.substr(0, 4), text.substr(4, 2), text.substr(6, 2)};
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t sep = text.find_first_of("-/.", start);
    parts.push_back(text.substr(start, sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  return parts;
}

std::string format_date(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

[[noreturn]] void bad_date(std::string_view text, std::string_view why) {
  throw UsageError("bad date '" + std::string(text) + "': " + std::string(why) +
                   " (use YYYY, YYYY-MM or YYYY-MM-DD)");
}

}  // namespace

std::string date_bound(std::string_view text, Bound bound) {
  const auto parts = date_parts(text);
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4) bad_date(text, "not a date");
  std::optional<int> numbers[3];
  for (size_t i = 0; i < parts.size(); ++i) {
    numbers[i] = to_number(parts[i]);
    if (!numbers[i] || (i > 0 && parts[i].size() > 2)) bad_date(text, "not a date");
  }
  const int year = *numbers[0];
  if (year < 1000) bad_date(text, "year out of range");
  const bool at_start = bound == Bound::start;
  const int month = parts.size() > 1 ? *numbers[1] : (at_start ? 1 : 12);
  if (month < 1 || month > 12) bad_date(text, "no month " + std::to_string(month));
  const int last_day = days_in_month(year, month);
  const int day = parts.size() > 2 ? *numbers[2] : (at_start ? 1 : last_day);
  if (day < 1 || day > last_day) bad_date(text, "no such day in that month");
  return format_date(year, month, day);
}

DateRange make_date_range(std::string_view start_text, std::string_view end_text) {
  DateRange range;
  if (!start_text.empty()) range.start = date_bound(start_text, Bound::start);
  if (!end_text.empty()) range.end = date_bound(end_text, Bound::end);
  if (!range.start.empty() && !range.end.empty() && range.start > range.end)
    throw UsageError("backwards date range '" + std::string(start_text) + ".." + std::string(end_text) +
                     "': the start is after the end");
  return range;
}

}  // namespace letterbox::search
