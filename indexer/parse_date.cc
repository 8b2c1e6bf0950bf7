// Reading dates written the usual ways in British correspondence.
//
// A hand-written scanner rather than regular expressions: find_dates runs
// over whole letters (and over pathological 50 MB single-line files), so it
// tries a match only at word starts and each try looks at a bounded number of
// characters, which keeps it linear.
#include "indexer/parse_date.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace letterbox {
namespace {

struct NameEntry {
  std::string_view name;
  int value;
};

// Full names and the abbreviations letters use; "sept" is common in minutes.
constexpr std::array<NameEntry, 25> kMonths{{
    {"january", 1},  {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},
    {"june", 6},     {"july", 7},     {"august", 8},    {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},     {"feb", 2},      {"mar", 3},
    {"apr", 4},      {"jun", 6},      {"jul", 7},       {"aug", 8},      {"sep", 9},
    {"sept", 9},     {"oct", 10},     {"nov", 11},      {"dec", 12},     {"febuary", 2},
}};

constexpr std::array<std::string_view, 19> kWeekdays{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon",    "tue",     "tues",      "wed",      "thu",    "thur",     "thurs",
    "fri",    "sat",     "sun",       "weds",     "wednesay"};

// The longest word worth reading as a month or weekday name.
constexpr size_t kLongestName = 10;
// Blank characters allowed between the parts of one date.
constexpr size_t kMaxGap = 4;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year)) return 29;
  return kDays[static_cast<size_t>(month - 1)];
}

bool plausible(const Date& date) {
  return date.year >= 1000 && date.year <= 2999 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

// A run of blanks of bounded length, with at most one line break (OCR often
// breaks a dateline). Returns the position after it, or npos if none.
size_t skip_gap(std::string_view s, size_t pos) {
  size_t end = pos;
  int breaks = 0;
  while (end < s.size() && end - pos < kMaxGap && is_blank(s[end])) {
    if (s[end] == '\n' && ++breaks > 1) return std::string_view::npos;
    ++end;
  }
  return end > pos ? end : std::string_view::npos;
}

struct Number {
  int value = 0;
  size_t end = 0;
};

// Digits [min_digits, max_digits] at pos, not followed by another digit.
std::optional<Number> read_number(std::string_view s, size_t pos, size_t min_digits,
                                  size_t max_digits) {
  size_t end = pos;
  int value = 0;
  while (end < s.size() && is_digit(s[end]) && end - pos < max_digits) {
    value = value * 10 + (s[end] - '0');
    ++end;
  }
  if (end - pos < min_digits || (end < s.size() && is_digit(s[end]))) return std::nullopt;
  return Number{value, end};
}

// A year after a month's name, as OCR may misread it: "2O13", "20l3"
// (letters for 0 and 1), with at least two real digits.
std::optional<Number> read_year(std::string_view s, size_t pos) {
  if (auto year = read_number(s, pos, 4, 4)) return year;
  if (pos + 4 > s.size() || (pos + 4 < s.size() && is_alnum(s[pos + 4]))) return std::nullopt;
  int value = 0;
  int digits = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    const char c = s[i];
    const int digit = is_digit(c) ? c - '0' : (c == 'O' || c == 'o') ? 0 : (c == 'l' || c == 'I') ? 1 : -1;
    if (digit < 0) return std::nullopt;
    digits += is_digit(c) ? 1 : 0;
    value = value * 10 + digit;
  }
  if (digits < 2) return std::nullopt;
  return Number{value, pos + 4};
}

// The lower-cased letters of the word at pos, if it is short enough to be a name.
std::optional<std::string> read_short_word(std::string_view s, size_t pos) {
  std::string word;
  size_t end = pos;
  while (end < s.size() && is_alpha(s[end])) {
    if (word.size() == kLongestName) return std::nullopt;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[end])));
    ++end;
  }
  if (word.empty()) return std::nullopt;
  return word;
}

int month_named(std::string_view word) {
  for (const auto& month : kMonths)
    if (month.name == word) return month.value;
  return 0;
}

// A month name as OCR misreads it: "Decernber" ("rn" for "m"), "N0vember",
// "Ju1y" (digits for letters). Returns the word's length and the month.
std::optional<std::pair<size_t, int>> ocr_month(std::string_view s, size_t pos) {
  std::string word;
  size_t end = pos;
  while (end < s.size() && (is_alpha(s[end]) || s[end] == '0' || s[end] == '1') && word.size() <= kLongestName + 2) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[end])));
    word += c == '0' ? 'o' : c == '1' ? 'l' : c;
    ++end;
  }
  if (word.size() < 4 || !is_alpha(s[pos]) || (end < s.size() && is_alnum(s[end]))) return std::nullopt;
  std::string fixed;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 2, "rn") == 0) {
      fixed += 'm';
      ++i;
    } else {
      fixed += word[i];
    }
  }
  if (fixed.size() < 4) return std::nullopt;  // "rnay" stays a word
  const int month = month_named(fixed);
  if (month == 0) return std::nullopt;
  return std::pair{end - pos, month};
}

std::optional<Number> read_month(std::string_view s, size_t pos) {
  auto word = read_short_word(s, pos);
  if (word) {
    if (const int month = month_named(*word)) {
      size_t end = pos + word->size();
      if (word->size() <= 4 && end < s.size() && s[end] == '.') ++end;  // "Dec."
      return Number{month, end};
    }
  }
  if (auto misread = ocr_month(s, pos)) return Number{misread->second, pos + misread->first};
  return std::nullopt;
}

// After a weekday name and its optional comma: where the date proper starts.
std::optional<size_t> skip_weekday(std::string_view s, size_t pos) {
  auto word = read_short_word(s, pos);
  if (!word) return std::nullopt;
  for (auto weekday : kWeekdays) {
    if (weekday == *word) {
      size_t end = pos + word->size();
      if (end < s.size() && (s[end] == ',' || s[end] == '.')) ++end;
      size_t after = skip_gap(s, end);
      if (after == std::string_view::npos) return std::nullopt;
      return after;
    }
  }
  return std::nullopt;
}

// "st", "nd", "rd", "th" after a day number.
size_t skip_ordinal(std::string_view s, size_t pos) {
  if (pos + 2 > s.size()) return pos;
  auto suffix = std::string{static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos]))),
                            static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos + 1])))};
  bool ordinal = suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  if (!ordinal || (pos + 2 < s.size() && is_alpha(s[pos + 2]))) return pos;
  return pos + 2;
}

// A gap, or a single '-' as in "21-Dec-2011".
size_t skip_separator(std::string_view s, size_t pos) {
  if (pos < s.size() && s[pos] == '-') return pos + 1;
  return skip_gap(s, pos);
}

size_t skip_of(std::string_view s, size_t pos) {
  auto word = read_short_word(s, pos);
  if (!word || *word != "of") return pos;
  size_t after = skip_gap(s, pos + 2);
  return after == std::string_view::npos ? pos : after;
}

bool ends_word(std::string_view s, size_t end) { return end >= s.size() || !is_alnum(s[end]); }

std::optional<FoundDate> found(std::string_view s, size_t start, size_t end, Date date) {
  if (!plausible(date) || !ends_word(s, end)) return std::nullopt;
  return FoundDate{date, start, end - start};
}

// "21 December 2011", "21st of December, 2011", "21-Dec-2011".
std::optional<FoundDate> day_month_year(std::string_view s, size_t start, size_t pos) {
  auto day = read_number(s, pos, 1, 2);
  if (!day) return std::nullopt;
  size_t at = skip_separator(s, skip_ordinal(s, day->end));
  if (at == std::string_view::npos) return std::nullopt;
  auto month = read_month(s, skip_of(s, at));
  if (!month) return std::nullopt;
  at = month->end;
  if (at < s.size() && s[at] == ',') ++at;
  at = skip_separator(s, at);
  if (at == std::string_view::npos) return std::nullopt;
  auto year = read_year(s, at);
  if (!year) return std::nullopt;
  return found(s, start, year->end, Date{year->value, month->value, day->value});
}

// "December 21, 2011", "December 21st 2011".
std::optional<FoundDate> month_day_year(std::string_view s, size_t start, size_t pos) {
  auto month = read_month(s, pos);
  if (!month) return std::nullopt;
  size_t at = skip_gap(s, month->end);
  if (at == std::string_view::npos) return std::nullopt;
  auto day = read_number(s, at, 1, 2);
  if (!day) return std::nullopt;
  at = skip_ordinal(s, day->end);
  if (at < s.size() && s[at] == ',') ++at;
  at = skip_gap(s, at);
  if (at == std::string_view::npos) return std::nullopt;
  auto year = read_year(s, at);
  if (!year) return std::nullopt;
  return found(s, start, year->end, Date{year->value, month->value, day->value});
}

bool is_numeric_separator(char c) { return c == '/' || c == '.' || c == '-'; }

// The numeric end must not run on into a longer number such as "1.2.2011.5".
bool ends_number(std::string_view s, size_t end) {
  if (!ends_word(s, end)) return false;
  return !(end + 1 < s.size() && is_numeric_separator(s[end]) && is_digit(s[end + 1]));
}

// "21/12/2011", "21.12.2011", "21-12-2011" (day first) and "2011-12-21".
std::optional<FoundDate> numeric(std::string_view s, size_t start, size_t pos) {
  if (auto year = read_number(s, pos, 4, 4)) {
    size_t at = year->end;
    if (at >= s.size() || s[at] != '-') return std::nullopt;
    auto month = read_number(s, at + 1, 1, 2);
    if (!month || month->end >= s.size() || s[month->end] != '-') return std::nullopt;
    auto day = read_number(s, month->end + 1, 1, 2);
    if (!day || !ends_number(s, day->end)) return std::nullopt;
    return found(s, start, day->end, Date{year->value, month->value, day->value});
  }
  auto day = read_number(s, pos, 1, 2);
  if (!day || day->end >= s.size() || !is_numeric_separator(s[day->end])) return std::nullopt;
  char separator = s[day->end];
  auto month = read_number(s, day->end + 1, 1, 2);
  if (!month || month->end >= s.size() || s[month->end] != separator) return std::nullopt;
  auto year = read_number(s, month->end + 1, 4, 4);
  // "23/11/16": a two-digit year, with slashes only ("1.2.11" numbers a section).
  if (!year && separator == '/') {
    year = read_number(s, month->end + 1, 2, 2);
    if (year) year->value += year->value < 70 ? 2000 : 1900;
  }
  if (!year || !ends_number(s, year->end)) return std::nullopt;
  return found(s, start, year->end, Date{year->value, month->value, day->value});
}

std::optional<FoundDate> date_at(std::string_view s, size_t start) {
  size_t pos = skip_weekday(s, start).value_or(start);
  if (auto date = numeric(s, start, pos)) return date;
  if (auto date = day_month_year(s, start, pos)) return date;
  return month_day_year(s, start, pos);
}

std::string_view trim_for_parse(std::string_view text) {
  auto is_trailing = [](char c) { return is_blank(c) || c == '.' || c == ','; };
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_trailing(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  text = trim_for_parse(text);
  if (text.empty()) return std::nullopt;
  auto date = date_at(text, 0);
  if (!date || date->length != text.size()) return std::nullopt;
  return date->date;
}

std::vector<FoundDate> find_dates(std::string_view text) {
  std::vector<FoundDate> dates;
  size_t pos = 0;
  while (pos < text.size()) {
    bool word_start = is_alnum(text[pos]) && (pos == 0 || !is_alnum(text[pos - 1]));
    if (word_start) {
      if (auto date = date_at(text, pos)) {
        dates.push_back(*date);
        pos = date->offset + date->length;
        continue;
      }
    }
    ++pos;
  }
  return dates;
}

int month_of_name(std::string_view lower_word) { return month_named(lower_word); }

}  // namespace letterbox
