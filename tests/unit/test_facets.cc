// Facet and timeline counting over the whole match set, multi-valued slots
// counted once per value.
#include <catch2/catch.hpp>

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
