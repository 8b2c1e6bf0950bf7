// Facet and timeline counts over the match set, gathered by
// Xapian::ValueCountMatchSpy while the match runs (on every shard), exactly
// or over a uniform sample of the matching documents.
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

// year, minister, person, body, grade, type, then place, from, to, format.
const std::vector<FacetField>& facet_fields();

// "all" or "" -> the default six (year, minister, person, body, grade, type);
// "none" -> none; else a comma-separated list of facet names. Throws
// UsageError naming an unknown facet.
std::vector<FacetField> select_facets(std::string_view list);

// Facets read from the summary group slot (year, type, minister, grade,
// format: few distinct values, cheap to count); the others (person, body,
// place, from, to) are entity lists, nearly unique per document and dearer.
bool is_summary_facet(const FacetField& facet);

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

// How a facet's or the timeline's counts were made.
struct FacetCounting {
  bool exact = true;                    // every matching document counted
  std::uint64_t documents_counted = 0;  // matching documents the counters saw
  double sample_fraction = 1;           // of all documents; estimates are counts / fraction
  friend bool operator==(const FacetCounting&, const FacetCounting&) = default;
};

// Match sets up to these sizes are counted exactly; larger ones over a
// uniform sample of about this many matching documents. Chosen from the
// measurements in benchmarks/README.md ("Facets at scale") so that counting
// adds about 50 ms at most to most queries on a million letters.
struct FacetBounds {
  std::size_t summary = 5000;   // timeline and the summary facets
  std::size_t entities = 2000;  // person, body, place, from, to
};

// The fraction of documents to sample so that about `bound` of `matches`
// are counted: 1 (count everything) when the matches fit.
double sample_fraction(std::uint64_t matches, std::size_t bound);

// A query's documents at one sample level (schema's H terms), the power of
// two nearest `fraction`: a uniform sample that does not depend on docids
// (which follow indexing order, often chronological), the same documents for
// every query and on every shard layout. Its cost is one term's postlist, not
// the index's size; a stock boolean query, so it runs on remote shards too.
struct Sample {
  Xapian::Query query;
  double fraction = 1;  // the level's share, 2^-level: between 0.71 and 1.41 times the wanted one
};
Sample sample_of(const Xapian::Query& query, double fraction);

// Counts every value of the chosen facets (a document once in each value
// it holds) and, for the timeline, the documents of each year.
//
// The counting is Xapian's own ValueCountMatchSpy, one per value slot read:
// a facet of a group (schema::kFacetGroups) is read from its group slot, so
// the timeline and the summary facets cost one value read per document,
// person and body another. Each spy counts distinct whole slot values;
// top() then splits each distinct value into its member's list and adds its
// count to each item it holds once (repeats are counted once), so the
// counts are exact for the documents seen. Being Xapian's own class, the
// spy runs on remote shards served by the stock xapian-tcpsrv, and Xapian
// merges its counts across shards, local or remote: one code path whatever
// the index's layout.
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

  // Whether the facet is one this spy counts.
  bool counts(const FacetField& facet) const;
  // The most frequent values of a facet, ties by value; empty for a facet
  // not counted.
  std::vector<FacetValue> top(std::string_view facet, size_t limit) const;
  // Documents per year from the first year to the last, zeros included;
  // empty when the timeline was not asked for.
  std::vector<YearCount> timeline() const;
  std::uint64_t documents_seen() const;

 private:
  struct SlotSpy {
    Xapian::valueno slot;
    std::unique_ptr<Xapian::ValueCountMatchSpy> spy;
  };
  const Xapian::ValueCountMatchSpy* spy_of(Xapian::valueno slot) const;
  std::vector<std::pair<std::string, std::uint64_t>> member_counts(Xapian::valueno slot) const;

  std::vector<FacetField> facets_;
  bool timeline_;
  std::vector<SlotSpy> slots_;  // each slot read once, even when facets share it
};

// Counts divided by the sample fraction (rounded): estimates for the whole
// match set; unchanged when the fraction is 1.
std::vector<FacetValue> scale_counts(std::vector<FacetValue> values, double fraction);
std::vector<YearCount> scale_counts(std::vector<YearCount> years, double fraction);

}  // namespace letterbox::search
