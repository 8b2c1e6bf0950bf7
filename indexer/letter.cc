// The structure of one letter: the small helpers of its value types.
#include "indexer/letter.h"

#include <cstdio>

namespace letterbox {

std::string to_string(DocType type) {
  switch (type) {
    case DocType::letter: return "letter";
    case DocType::minutes: return "minutes";
    case DocType::report: return "report";
    case DocType::email: return "email";
  }
  return "letter";
}

namespace {

// Dates beyond four digits of year cannot be written in the fixed forms.
bool printable(const Date& date) { return date.valid() && date.year <= 9999; }

}  // namespace

std::string Date::iso() const {
  if (!printable(*this)) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::compact() const {
  if (!printable(*this)) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

}  // namespace letterbox
