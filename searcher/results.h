// What the search side hands to a printer: plain values, no formatting.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/document_data.h"
#include "searcher/facets.h"
#include "searcher/snippets.h"

namespace letterbox::search {

struct Hit {
  std::size_t rank = 0;  // 1 for the best, counting from the first page
  Xapian::docid docid = 0;
  double score = 0;
  schema::DocumentData data;  // without its text, which the snippet stands for
  Snippet snippet;
  std::size_t page = 0;  // the page of the snippet's first match (PDFs, scans); 0 when unknown
};

// Xapian knows the exact number of matches only when the bounds meet.
struct MatchCount {
  std::uint64_t estimate = 0;
  std::uint64_t lower = 0;
  std::uint64_t upper = 0;
  bool exact() const { return lower == upper; }
};

struct FacetResult {
  std::string name;
  std::vector<FacetValue> values;  // estimates when counting.exact is false
  FacetCounting counting{};
};

struct Suggestion {
  std::string query;
  std::uint64_t total = 0;
};

struct SearchResults {
  std::string query;  // as the user gave it
  MatchCount total;
  std::vector<Hit> hits;
  std::vector<FacetResult> facets;
  std::optional<std::vector<YearCount>> timeline;  // unset when not asked for
  FacetCounting timeline_counting{};
  std::optional<Suggestion> suggestion;
};

// One document, as `show` prints it.
struct DocumentView {
  Xapian::docid docid = 0;
  schema::DocumentData data;
  std::size_t page = 0;  // show only this page (1-based) of a paged document; 0 = all the text
};

// The index as a whole, as `stats` prints it.
struct IndexStats {
  std::filesystem::path path;
  std::uintmax_t size_bytes = 0;
  std::uint64_t documents = 0;
  std::string first_date;  // YYYY-MM-DD, empty when no letter is dated
  std::string last_date;
  std::vector<FacetResult> top;  // type, person, minister, body, grade
  std::vector<YearCount> timeline;
};

// "20111221" -> "2011-12-21"; anything else unchanged.
std::string iso_date(std::string_view compact);

}  // namespace letterbox::search
