// Filter options (--minister, --year, --since, ...) -> one boolean Xapian
// query that restricts a search without changing its ranking.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace letterbox::search {

// Values of one option are alternatives (OR); different options all apply
// (AND). Entity values are names as people type them: "Tim Loughton",
// "loughton", "DfE".
struct FilterOptions {
  std::vector<std::string> person{};
  std::vector<std::string> minister{};
  std::vector<std::string> from{};
  std::vector<std::string> to{};
  std::vector<std::string> body{};
  std::vector<std::string> grade{};
  std::vector<std::string> place{};
  std::vector<std::string> type{};  // letter, minutes, report, email
  std::vector<std::string> year{};  // YYYY
  std::string since{};             // YYYY, YYYY-MM or YYYY-MM-DD; empty = open
  std::string until{};
};

// The filter as a query; an empty Xapian::Query when no option is set.
// Throws UsageError for a bad type, year or date, or since after until.
Xapian::Query filter_query(const FilterOptions& options);

// query restricted by filter (OP_FILTER); query itself when filter is empty.
Xapian::Query apply_filter(const Xapian::Query& query, const Xapian::Query& filter);

// The query matching one entity name in a field: its canonical id term, or
// its words as a phrase in the field's word terms (so "loughton" matches
// "Tim Loughton" and "DfE" matches the Department for Education).
Xapian::Query entity_name_query(std::string_view field_name, std::string_view value);

}  // namespace letterbox::search
