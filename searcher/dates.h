// Dates as people type them in queries and options ("2011", "2011-12",
// "2011-12-01") turned into the YYYYMMDD bounds kept in the date slot.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace letterbox::search {

enum class Bound { start, end };

// "2011" -> "20110101" (start) or "20111231" (end); "2012-02" -> "20120201" or
// "20120229"; "2011-12-01" and "20111201" are taken as they are. Throws
// UsageError naming the text when it is not such a date or is impossible.
std::string date_bound(std::string_view text, Bound bound);

// The value-slot bounds of a range; either end may be empty (open).
struct DateRange {
  std::string start;  // YYYYMMDD or empty
  std::string end;    // YYYYMMDD or empty
};

// Checks that start <= end; throws UsageError naming both when backwards.
DateRange make_date_range(std::string_view start_text, std::string_view end_text);

}  // namespace letterbox::search
