// Facet and timeline counting over the whole match set, multi-valued slots
// counted once per value; bounded counting over a uniform sample beyond the
// bounds, marked as estimates.
#include <map>

#include <catch2/catch.hpp>
#include <xxhash.h>

#include "schema/document_data.h"

#include "schema/schema.h"
#include "searcher/errors.h"
#include "searcher/facets.h"
#include "searcher/run_search.h"
#include "tests/unit/search_test_index.h"

using namespace letterbox::search;
using letterbox::testing::make_test_index;
using letterbox::testing::sample_test_letters;
using letterbox::testing::ScratchDir;
namespace schema = letterbox::schema;

namespace {

struct Fixture {
  ScratchDir dir;
  Xapian::Database db = make_test_index(dir.path() / "db", sample_test_letters());

  SearchResults search(const std::string& query, std::size_t limit = 1, std::string_view facets = "all") {
    SearchRequest request{.query_text = query, .limit = limit, .facets = select_facets(facets), .facet_limit = 10};
    return run_search(db, request);
  }
};

std::vector<FacetValue> facet(const SearchResults& results, const std::string& name) {
  for (const auto& result : results.facets)
    if (result.name == name) return result.values;
  FAIL("no facet " << name);
  return {};
}

}  // namespace

TEST_CASE("facets count the whole match set, not the page", "[facets]") {
  Fixture f;
  const auto results = f.search("", 1);
  CHECK(results.hits.size() == 1);
  CHECK(facet(results, "body").front() == FacetValue{"Ofsted", 4});
  CHECK(facet(results, "minister") ==
        std::vector<FacetValue>{{"Tim Loughton", 2}, {"Beverley Hughes", 1}, {"Dawn Primarolo", 1}, {"Edward Timpson", 1}});
  CHECK(facet(results, "type") ==
        std::vector<FacetValue>{{"letter", 3}, {"email", 1}, {"minutes", 1}, {"report", 1}});
  CHECK(facet(results, "year") == std::vector<FacetValue>{{"2011", 2}, {"2008", 1}, {"2009", 1}, {"2015", 1}});
}

TEST_CASE("a document counts once in every value it holds", "[facets]") {
  Fixture f;
  // Cornwall is graded both outstanding and good; Rotherham good.
  CHECK(facet(f.search(""), "grade") ==
        std::vector<FacetValue>{{"good", 2}, {"inadequate", 1}, {"outstanding", 1}, {"performs poorly", 1}});
  // Rotherham names five people and bodies: each gets its count.
  const auto rotherham = f.search("type:minutes");
  CHECK(facet(rotherham, "body") == std::vector<FacetValue>{{"Department for Education", 1},
                                                             {"Ofsted", 1},
                                                             {"Rotherham Metropolitan Borough Council", 1}});
  CHECK(facet(rotherham, "person") == std::vector<FacetValue>{{"Malcolm Newsam", 1}, {"Tim Loughton", 1}});
}

TEST_CASE("facets follow the query", "[facets]") {
  Fixture f;
  const auto results = f.search("body:dfe", 10, "body,place");
  CHECK(results.facets.size() == 2);
  CHECK(facet(results, "body").front() == FacetValue{"Department for Education", 2});
  CHECK(facet(results, "place") == std::vector<FacetValue>{{"Rotherham", 1}, {"Slough", 1}});
}

TEST_CASE("facet limit keeps the most frequent values", "[facets]") {
  Fixture f;
  SearchRequest request{.facets = select_facets("person"), .facet_limit = 2};
  const auto results = run_search(f.db, request);
  CHECK(facet(results, "person") == std::vector<FacetValue>{{"Tim Loughton", 2}, {"Beverley Hughes", 1}});
}

TEST_CASE("the timeline has every year from first to last, undated left out", "[facets]") {
  Fixture f;
  const auto results = f.search("");
  REQUIRE(results.timeline);
  const auto& timeline = *results.timeline;
  REQUIRE(timeline.size() == 8);
  CHECK(timeline.front() == YearCount{2008, 1});
  CHECK(timeline[1] == YearCount{2009, 1});
  CHECK(timeline[2] == YearCount{2010, 0});
  CHECK(timeline[3] == YearCount{2011, 2});
  CHECK(timeline.back() == YearCount{2015, 1});
  CHECK(f.search("safeguarding NOT birmingham").timeline == std::vector<YearCount>{{2011, 1}});
}

TEST_CASE("no facets and no timeline: no counts, same hits", "[facets]") {
  Fixture f;
  SearchRequest request{.query_text = "safeguarding", .limit = 10, .facets = {}, .timeline = false};
  const auto results = run_search(f.db, request);
  CHECK(results.facets.empty());
  CHECK_FALSE(results.timeline);
  CHECK(results.hits.size() == 3);
}

TEST_CASE("the spy counts a value repeated in one document once", "[facets]") {
  ScratchDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  for (const char* people : {"Ann Bell\x1f" "Ann Bell\x1f" "Carl Dent", "Carl Dent", ""}) {
    Xapian::Document doc;
    if (*people) doc.add_value(schema::kPersonSlot, people);
    for (const auto& group : schema::kFacetGroups) doc.add_value(group.slot, schema::encode_group(doc, group));
    db.add_document(doc);
  }
  db.commit();
  FacetSpy spy(select_facets("person"), false);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  CHECK(spy.documents_seen() == 3);
  CHECK(spy.top("person", 10) == std::vector<FacetValue>{{"Carl Dent", 2}, {"Ann Bell", 1}});
  CHECK(spy.top("grade", 10).empty());
  CHECK(spy.timeline().empty());
}

TEST_CASE("facet lists are checked", "[facets]") {
  CHECK(select_facets("all").size() == 6);
  CHECK(select_facets("").size() == 6);
  CHECK(select_facets("none").empty());
  CHECK(select_facets("grade, place").size() == 2);
  CHECK_THROWS_WITH(select_facets("grade,colour"), Catch::Contains("unknown facet 'colour'"));
}

namespace {

// 600 generated documents in docid order by year (2003 first, 2025 last), as
// a corpus indexed folder by folder is: the first documents checked are the
// oldest, so counting only them would bias the timeline.
constexpr int kGenerated = 600;
constexpr int kFirstYear = 2003;
constexpr int kYears = 23;

int year_of(int n) { return kFirstYear + n * kYears / kGenerated; }
std::string type_of(int n) { return n % 3 == 0 ? "minutes" : "letter"; }
std::string minister_of(int n) { return n % 4 == 0 ? "Ed Balls" : n % 4 == 1 ? "Tim Loughton" : "Edward Timpson"; }
std::string grade_of(int n) { return n % 5 == 0 ? "inadequate" : "good"; }
// Body and person lists nearly unique per document, as real ones are.
std::vector<std::string> bodies_of(int n) {
  std::vector<std::string> bodies{"Ofsted"};
  if (n % 2 == 0) bodies.push_back("Slough Borough Council");
  bodies.push_back("Board " + std::to_string(n));
  return bodies;
}
std::vector<std::string> people_of(int n) {
  std::vector<std::string> people{"Clerk " + std::to_string(n)};
  if (n % 3 == 0) people.push_back("Malcolm Newsam");
  return people;
}

Xapian::Database generated_index(const std::filesystem::path& path) {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  schema::stamp_version(db);
  for (int n = 0; n < kGenerated; ++n) {
    Xapian::Document doc;
    const std::string id = "/corpus/generated/" + std::to_string(n) + ".txt";
    doc.add_boolean_term(schema::id_term(id));
    doc.add_boolean_term(std::string(schema::kTypePrefix) + type_of(n));
    doc.add_value(schema::kYearSlot, std::to_string(year_of(n)));
    doc.add_value(schema::kTypeSlot, type_of(n));
    doc.add_value(schema::kMinisterSlot, minister_of(n));
    doc.add_value(schema::kGradeSlot, grade_of(n));
    doc.add_value(schema::kBodySlot, schema::encode_list(bodies_of(n)));
    doc.add_value(schema::kPersonSlot, schema::encode_list(people_of(n)));
    for (const std::string& term : schema::sample_terms(XXH64(id.data(), id.size(), 0))) doc.add_boolean_term(term);
    for (const auto& group : schema::kFacetGroups) doc.add_value(group.slot, schema::encode_group(doc, group));
    schema::DocumentData data;
    data.id = data.path = id;
    data.type = type_of(n);
    doc.set_data(schema::encode_document_data(data));
    db.add_document(doc);
  }
  db.commit();
  return Xapian::Database(path.string());
}

std::map<int, std::uint64_t> true_timeline() {
  std::map<int, std::uint64_t> years;
  for (int n = 0; n < kGenerated; ++n) ++years[year_of(n)];
  return years;
}

const FacetResult& facet_result(const SearchResults& results, const std::string& name) {
  for (const auto& result : results.facets)
    if (result.name == name) return result;
  throw std::runtime_error("no facet " + name);
}

std::uint64_t count_of(const std::vector<FacetValue>& values, const std::string& value) {
  for (const auto& item : values)
    if (item.value == value) return item.count;
  return 0;
}

struct Generated {
  ScratchDir dir;
  Xapian::Database db = generated_index(dir.path() / "db");

  SearchResults search(FacetBounds bounds, bool exact = false, std::string query = "") {
    SearchRequest request{.query_text = std::move(query),
                          .limit = 3,
                          .facets = select_facets("all"),
                          .facet_limit = 1000,
                          .exact_facets = exact,
                          .facet_bounds = bounds};
    return run_search(db, request);
  }
};

}  // namespace

TEST_CASE("within the bounds every match is counted, and said to be", "[facets][bounded]") {
  Generated g;
  const auto results = g.search(FacetBounds{.summary = 1000, .entities = 1000});
  CHECK(results.total.exact());
  CHECK(results.total.estimate == kGenerated);
  CHECK(results.timeline_counting == FacetCounting{true, kGenerated, 1});
  for (const auto& facet : results.facets) CHECK(facet.counting == FacetCounting{true, kGenerated, 1});
  std::map<int, std::uint64_t> timeline;
  for (const auto& year : *results.timeline) timeline[year.year] = year.count;
  CHECK(timeline == true_timeline());
  CHECK(count_of(facet_result(results, "body").values, "Ofsted") == kGenerated);
  CHECK(count_of(facet_result(results, "person").values, "Malcolm Newsam") == kGenerated / 3);
  CHECK(count_of(facet_result(results, "minister").values, "Ed Balls") == kGenerated / 4);
}

TEST_CASE("beyond the bounds counts are scaled estimates from a uniform sample, marked so", "[facets][bounded]") {
  Generated g;
  const auto results = g.search(FacetBounds{.summary = 300, .entities = 120});
  const FacetCounting& years = results.timeline_counting;
  CHECK_FALSE(years.exact);
  CHECK(years.sample_fraction == Approx(0.5));
  CHECK(years.documents_counted > 200);
  CHECK(years.documents_counted < 400);
  const FacetCounting& people = facet_result(results, "person").counting;
  CHECK_FALSE(people.exact);
  CHECK(people.sample_fraction == 0.25);  // the sample level nearest 0.2
  CHECK(people.documents_counted > 90);
  CHECK(people.documents_counted < 210);
  CHECK(facet_result(results, "grade").counting == years);  // summary facets share the timeline's pass
  CHECK(facet_result(results, "body").counting == people);

  // The sample is spread over the docids: every year of the timeline is
  // seen, late ones too, and no year is wildly off (a year has ~26).
  std::map<int, std::uint64_t> timeline;
  for (const auto& year : *results.timeline) timeline[year.year] = year.count;
  CHECK(timeline.begin()->first <= kFirstYear + 1);
  CHECK(timeline.rbegin()->first >= kFirstYear + kYears - 2);
  for (const auto& [year, count] : timeline) CHECK(count <= 80);
  // Estimates are near the truth: Ofsted is in every document, Malcolm
  // Newsam in a third, inadequate in a fifth.
  CHECK(count_of(facet_result(results, "body").values, "Ofsted") == Approx(kGenerated).epsilon(0.3));
  CHECK(count_of(facet_result(results, "person").values, "Malcolm Newsam") == Approx(kGenerated / 3).epsilon(0.45));
  CHECK(count_of(facet_result(results, "grade").values, "inadequate") == Approx(kGenerated / 5).epsilon(0.35));
}

TEST_CASE("a bounded estimate is the sample's exact count divided by its fraction", "[facets][bounded]") {
  Generated g;
  const auto results = g.search(FacetBounds{.summary = 150, .entities = 150});
  const FacetResult& body = facet_result(results, "body");
  REQUIRE_FALSE(body.counting.exact);
  // Every document names Ofsted: the sample's count is the documents counted.
  CHECK(count_of(body.values, "Ofsted") ==
        static_cast<std::uint64_t>(std::llround(body.counting.documents_counted / body.counting.sample_fraction)));
  // The same sample for the same query: results are repeatable.
  CHECK(facet_result(g.search(FacetBounds{.summary = 150, .entities = 150}), "body").values == body.values);
}

TEST_CASE("exact facets count every match whatever the bounds", "[facets][bounded]") {
  Generated g;
  const auto exact = g.search(FacetBounds{.summary = 10, .entities = 10}, true);
  const auto within = g.search(FacetBounds{.summary = 1000, .entities = 1000});
  CHECK(exact.total.exact());
  CHECK(exact.timeline == within.timeline);
  CHECK(exact.timeline_counting == FacetCounting{true, kGenerated, 1});
  REQUIRE(exact.facets.size() == within.facets.size());
  for (std::size_t i = 0; i < exact.facets.size(); ++i) {
    CHECK(exact.facets[i].name == within.facets[i].name);
    CHECK(exact.facets[i].values == within.facets[i].values);
    CHECK(exact.facets[i].counting.exact);
  }
}

TEST_CASE("bounds apply to the query's matches, not the index", "[facets][bounded]") {
  Generated g;
  // 200 minutes: within a summary bound of 250, well beyond an entity bound
  // of 60.
  const auto results = g.search(FacetBounds{.summary = 250, .entities = 60}, false, "type:minutes");
  CHECK(results.total.exact());
  CHECK(results.total.estimate == kGenerated / 3);
  CHECK(results.timeline_counting.exact);
  CHECK(facet_result(results, "type").values == std::vector<FacetValue>{{"minutes", kGenerated / 3}});
  CHECK_FALSE(facet_result(results, "person").counting.exact);
  // Beyond an entity bound of 150, but a sample of 150 would be most of the
  // 200: one pass counts everything instead.
  const auto near = g.search(FacetBounds{.summary = 250, .entities = 150}, false, "type:minutes");
  CHECK(facet_result(near, "person").counting == FacetCounting{true, kGenerated / 3, 1});
}

TEST_CASE("entity facets alone are sampled within their own bound", "[facets][bounded]") {
  Generated g;
  SearchRequest request{.facets = select_facets("person"),
                        .timeline = false,
                        .facet_bounds = FacetBounds{.summary = 300, .entities = 150}};
  const auto results = run_search(g.db, request);
  CHECK_FALSE(results.timeline);
  const FacetCounting& people = facet_result(results, "person").counting;
  CHECK_FALSE(people.exact);
  CHECK(people.sample_fraction == 0.25);  // 150 of 600, not the summary's 300
}

TEST_CASE("sample fractions", "[facets][bounded]") {
  CHECK(sample_fraction(0, 100) == 1);
  CHECK(sample_fraction(100, 100) == 1);
  CHECK(sample_fraction(400, 100) == Approx(0.25));
  CHECK(sample_fraction(10, 0) == Approx(0.1));  // a zero bound still counts one document's worth
  const Xapian::Query all = Xapian::Query::MatchAll;
  CHECK(sample_of(all, 1).query.get_description() == all.get_description());
  CHECK(sample_of(all, 1).fraction == 1);
  const Sample quarter = sample_of(all, 0.25);
  CHECK(quarter.fraction == 0.25);
  CHECK(quarter.query.get_description().find("H2") != std::string::npos);
  // The nearest power of two, never none and never below the deepest level.
  CHECK(sample_of(all, 0.3).fraction == 0.25);
  CHECK(sample_of(all, 0.4).fraction == 0.5);
  CHECK(sample_of(all, 0.8).fraction == 1);
  CHECK(sample_of(all, 1e-9).fraction == std::ldexp(1.0, -static_cast<int>(schema::kSampleLevels)));
  // Level k holds the documents whose identifier's hash starts with k zero bits.
  CHECK(schema::sample_terms(~0ULL).empty());
  CHECK(schema::sample_terms(0x1FFFFFFFFFFFFFFFULL) == std::vector<std::string>{"H1", "H2", "H3"});
  CHECK(schema::sample_terms(0).size() == schema::kSampleLevels);
}
