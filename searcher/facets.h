// Facet and timeline counts over the whole match set, gathered by
// Xapian::ValueCountMatchSpy while the match runs (on every shard).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
// it holds) and, for the timeline, the documents of each year.
//
// The counting is Xapian's own ValueCountMatchSpy, one per value slot,
// counting each distinct whole slot value (a list joined by
// schema::kListSeparator); top() then splits each distinct list and adds its
// count to each item it holds once. An item is in a document's list at most
// once (repeats are counted once), so the counts are exact. Being Xapian's
// own class, the spy runs on remote shards served by the stock
// xapian-tcpsrv, and Xapian merges its counts across shards, local or
// remote: one code path whatever the index's layout.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(std::vector<FacetField> facets, bool timeline);
  ~FacetSpy() override;
  FacetSpy(const FacetSpy&) = delete;
  FacetSpy& operator=(const FacetSpy&) = delete;

  // Adds the counters to an Enquire: what a search over shards needs.
  void attach(Xapian::Enquire& enquire);
  // enquire.add_matchspy(&spy) works too on local databases: each document
  // is handed to the same counters.
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override;

  // The most frequent values of a facet, ties by value; empty for a facet
  // not counted.
  std::vector<FacetValue> top(std::string_view facet, size_t limit) const;
  // Documents per year from the first year to the last, zeros included.
  std::vector<YearCount> timeline() const;
  std::uint64_t documents_seen() const;

 private:
  struct SlotSpy {
    Xapian::valueno slot;
    std::unique_ptr<Xapian::ValueCountMatchSpy> spy;
  };
  const Xapian::ValueCountMatchSpy* spy_of(Xapian::valueno slot) const;

  std::vector<FacetField> facets_;
  std::vector<SlotSpy> slots_;  // each slot once, even when two facets share it
};

}  // namespace letterbox::search
