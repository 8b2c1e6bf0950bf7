// Reading dates written the usual ways in British correspondence.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "indexer/letter.h"

namespace letterbox {

struct FoundDate {
  Date date;
  size_t offset = 0;  // byte offset of the match in the text searched
  size_t length = 0;
};

// "21 December 2011", "21st December 2011", "December 21, 2011",
// "21 Dec 2011", "21/12/2011", "21/12/11", "21.12.2011", "2011-12-21", "Wednesday, 21 December 2011";
// month names as OCR misreads them ("Decernber", "N0vember").
// Day-first for numeric forms. Impossible dates (31 February) are rejected.
std::optional<Date> parse_date(std::string_view text);

// Every full date (day, month and year) in the text, in order.
std::vector<FoundDate> find_dates(std::string_view text);

// The month a lower-case name or abbreviation stands for ("sept" -> 9); 0 for none.
int month_of_name(std::string_view lower_word);

}  // namespace letterbox
