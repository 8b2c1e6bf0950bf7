// Running a search: query text and options -> one page of hits, facets,
// timeline and spelling suggestion. Also the lookups behind `show` and
// `stats`.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/facets.h"
#include "searcher/filters.h"
#include "searcher/results.h"

namespace letterbox::search {

enum class SortOrder { relevance, date_ascending, date_descending };

// "relevance", "date", "-date"; throws UsageError otherwise.
SortOrder parse_sort_order(std::string_view text);

struct SearchRequest {
  std::string query_text{};  // may be empty: the filters alone then choose
  FilterOptions filters{};
  SortOrder sort = SortOrder::relevance;
  std::size_t offset = 0;
  std::size_t limit = 10;
  std::vector<FacetField> facets{};  // none: no spy, and Xapian may stop early
  std::size_t facet_limit = 10;
  bool timeline = true;
  // Count every matching document however many; else match sets beyond the
  // bounds are counted over a uniform sample (see FacetBounds).
  bool exact_facets = false;
  FacetBounds facet_bounds{};
  std::size_t snippet_length = 240;  // bytes of original text around the matches
};

// Throws UsageError for a query or option the user must fix.
SearchResults run_search(Xapian::Database& db, const SearchRequest& request);

// A document by its identifier (the Q term, i.e. the canonical path), by a
// path naming its file, or by docid number. Throws UsageError when none.
DocumentView find_document(Xapian::Database& db, const std::string& id_or_path);

IndexStats index_stats(Xapian::Database& db, const std::filesystem::path& path, std::size_t top_limit);

}  // namespace letterbox::search
