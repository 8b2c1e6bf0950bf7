// Facet and timeline counts over the whole match set, gathered by one
// Xapian::MatchSpy while the match runs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace letterbox::search {

// A facet a user can ask for, and the value slot it counts.
struct FacetField {
  std::string_view name;
  Xapian::valueno slot;
};

// year, minister, person, body, grade, type, then place, from, to.
const std::vector<FacetField>& facet_fields();

// "all" or "" -> the default six (year, minister, person, body, grade, type);
// "none" -> none; else a comma-separated list of facet names. Throws
// UsageError naming an unknown facet.
std::vector<FacetField> select_facets(std::string_view list);

struct FacetValue {
  std::string value;
  std::uint64_t count = 0;
  friend bool operator==(const FacetValue&, const FacetValue&) = default;
};

struct YearCount {
  int year = 0;
  std::uint64_t count = 0;
  friend bool operator==(const YearCount&, const YearCount&) = default;
};

// Counts every value of the chosen facets (a document once in each value
// it holds) and, for the timeline, the documents of each year. Each slot is
// read once per document; counts live in hash maps looked up by
// string_view, so a value already seen costs no allocation.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(std::vector<FacetField> facets, bool timeline);
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override;

  // The most frequent values of a facet, ties by value; empty for a facet
  // not counted.
  std::vector<FacetValue> top(std::string_view facet, size_t limit) const;
  // Documents per year from the first year to the last, zeros included.
  std::vector<YearCount> timeline() const;
  std::uint64_t documents_seen() const { return documents_seen_; }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Counts = std::unordered_map<std::string, std::uint64_t, StringHash, std::equal_to<>>;
  struct SlotCounts {
    Xapian::valueno slot;
    Counts counts;
  };

  SlotCounts* counts_of(Xapian::valueno slot);
  const SlotCounts* counts_of(Xapian::valueno slot) const;
  void count_values(std::string_view encoded, Counts& counts);

  std::vector<FacetField> facets_;
  std::vector<SlotCounts> slots_;  // each slot once, even when two facets share it
  bool timeline_ = false;
  std::vector<std::string_view> seen_in_document_;  // reused: no allocation per document
  std::uint64_t documents_seen_ = 0;
};

}  // namespace letterbox::search
