// The query language: user text -> Xapian::Query, through a QueryParser set
// up from the schema table (field prefixes, date ranges, stemming, spelling).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace letterbox::search {

struct ParsedQuery {
  Xapian::Query query;    // MatchAll when the text holds no query at all
  std::string corrected;  // the text with misspelt words corrected, or empty
};

// The field names a query may use before ':' ("person", ..., "date").
std::vector<std::string> query_fields();

// Checks "word:" tokens outside quotes: an unknown field is a UsageError
// ("unknown field 'minster:' (did you mean 'minister:'?)"). URLs and times
// such as 10:30 are left alone. Returns the text with a single date
// ("date:2011", "date:2011-12") made a range ("date:2011..2011").
std::string check_fields(std::string_view normalised_text);

// One parser per search, bound to the database that wildcards and spelling
// corrections are expanded against.
class QueryTranslator {
 public:
  explicit QueryTranslator(const Xapian::Database& db);
  ~QueryTranslator();
  QueryTranslator(const QueryTranslator&) = delete;
  QueryTranslator& operator=(const QueryTranslator&) = delete;

  // Throws UsageError for text the parser cannot read, an unknown field, a
  // bad date or a backwards date range, naming the part at fault.
  ParsedQuery parse(std::string_view text, bool correct_spelling = true);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace letterbox::search
