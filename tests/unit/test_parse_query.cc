// The query language and filter options, run against a small index written
// through the schema.
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "searcher/dates.h"
#include "searcher/errors.h"
#include "searcher/filters.h"
#include "searcher/parse_query.h"
#include "searcher/run_search.h"
#include "tests/unit/search_test_index.h"

using namespace letterbox::search;
using letterbox::testing::make_test_index;
using letterbox::testing::sample_test_letters;
using letterbox::testing::ScratchDir;
using Ids = std::set<std::string>;

namespace {

const std::string kBirmingham = "/letters/birmingham-2008.txt";
const std::string kDoncaster = "/letters/doncaster-2009.txt";
const std::string kSlough = "/letters/slough-2011.eml";
const std::string kRotherham = "/letters/rotherham-2011-minutes.txt";
const std::string kCornwall = "/letters/cornwall-2015-report.txt";
const std::string kTowerHamlets = "/letters/tower-hamlets-note.txt";

struct Fixture {
  ScratchDir dir;
  Xapian::Database db = make_test_index(dir.path() / "db", sample_test_letters());

  SearchResults search(const std::string& query, const FilterOptions& filters = {}) {
    SearchRequest request{.query_text = query, .filters = filters, .limit = 100, .timeline = false};
    return run_search(db, request);
  }
  Ids ids(const std::string& query, const FilterOptions& filters = {}) {
    Ids found;
    for (const auto& hit : search(query, filters).hits) found.insert(hit.data.id);
    return found;
  }
};

std::string usage_error(Fixture& fixture, const std::string& query, const FilterOptions& filters = {}) {
  try {
    fixture.search(query, filters);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("words are stemmed, phrases keep their order", "[parse_query]") {
  Fixture f;
  CHECK(f.ids("inspections") == Ids{kBirmingham, kRotherham});
  CHECK(f.ids("Inspection") == Ids{kBirmingham, kRotherham});
  CHECK(f.ids("\"Improvement Notice\"") == Ids{kBirmingham, kDoncaster});
  CHECK(f.ids("\"Notice Improvement\"").empty());
  CHECK(f.ids("safeguarding birmingham") == Ids{kBirmingham});  // AND by default
}

TEST_CASE("boolean operators, love/hate, brackets and wildcards", "[parse_query]") {
  Fixture f;
  CHECK(f.ids("safeguarding NOT birmingham") == Ids{kRotherham, kTowerHamlets});
  CHECK(f.ids("slough OR cornwall") == Ids{kSlough, kCornwall});
  CHECK(f.ids("+safeguarding -board") == Ids{kBirmingham, kTowerHamlets});
  CHECK(f.ids("(slough OR cornwall) AND commissioner") == Ids{kSlough});
  CHECK(f.ids("safeguard*") == Ids{kBirmingham, kRotherham, kTowerHamlets});
  CHECK(f.ids("birmingham or cornwall").empty());  // lowercase "or" is a word, not an operator
}

TEST_CASE("entity prefixes match names, surnames and aliases", "[parse_query]") {
  Fixture f;
  CHECK(f.ids("minister:loughton") == Ids{kSlough, kRotherham});
  CHECK(f.ids("minister:\"Tim Loughton\"") == Ids{kSlough, kRotherham});
  CHECK(f.ids("Minister:LOUGHTON") == Ids{kSlough, kRotherham});
  CHECK(f.ids("minister:\"Loughton Tim\"").empty());
  CHECK(f.ids("person:\"Peter Winter\"") == Ids{kDoncaster});
  CHECK(f.ids("person:newsam") == Ids{kRotherham});
  CHECK(f.ids("from:primarolo") == Ids{kDoncaster});
  CHECK(f.ids("to:whitby") == Ids{kBirmingham});
  CHECK(f.ids("to:primarolo").empty());
  CHECK(f.ids("body:dfe") == Ids{kSlough, kRotherham});
  CHECK(f.ids("body:\"department for education\"") == Ids{kSlough, kRotherham});
  CHECK(f.ids("body:ofsted") == Ids{kBirmingham, kDoncaster, kRotherham, kCornwall});
  CHECK(f.ids("body:\"Standards in Education\"") == Ids{kBirmingham, kDoncaster, kRotherham, kCornwall});
  CHECK(f.ids("grade:\"performs poorly\"") == Ids{kDoncaster});
  CHECK(f.ids("grade:good") == Ids{kRotherham, kCornwall});
  CHECK(f.ids("place:\"tower hamlets\"") == Ids{kTowerHamlets});
  CHECK(f.ids("minister:timpson grade:outstanding") == Ids{kCornwall});
}

TEST_CASE("type, year and subject prefixes", "[parse_query]") {
  Fixture f;
  CHECK(f.ids("type:minutes") == Ids{kRotherham});
  CHECK(f.ids("type:email OR type:report") == Ids{kSlough, kCornwall});
  CHECK(f.ids("year:2011") == Ids{kSlough, kRotherham});
  CHECK(f.ids("safeguarding year:2008") == Ids{kBirmingham});
  CHECK(f.ids("subject:inspection") == Ids{kBirmingham, kCornwall});
  CHECK(f.ids("subject:commissioner") == Ids{kSlough});
}

TEST_CASE("field:* finds the letters with any value of the field", "[parse_query]") {
  Fixture f;
  const Ids graded{kBirmingham, kDoncaster, kRotherham, kCornwall};
  CHECK(f.ids("grade:*") == graded);
  CHECK(f.ids("Grade:*") == graded);
  CHECK(f.ids("date:*") == Ids{kBirmingham, kDoncaster, kSlough, kRotherham, kCornwall});
  CHECK(f.ids("year:*") == f.ids("date:*"));
  CHECK(f.ids("safeguarding -grade:*") == Ids{kTowerHamlets});
  CHECK(f.ids("safeguarding NOT date:*") == Ids{kTowerHamlets});
  CHECK(f.ids("grade:* minister:loughton") == Ids{kRotherham});
  CHECK(f.ids("(grade:* OR type:email) year:2011") == Ids{kSlough, kRotherham});
  // A wildcard after letters is still a word wildcard, and the word "grade" is not asked for.
  CHECK(f.ids("grade:perf*") == Ids{kDoncaster});
  CHECK(f.ids("grade:*") != f.ids("grade"));
  CHECK(usage_error(f, "subject:*").find("'subject:*' cannot be searched") != std::string::npos);
}

TEST_CASE("date ranges, closed, open and widened", "[parse_query]") {
  Fixture f;
  CHECK(f.ids("date:2009..2011") == Ids{kDoncaster, kSlough, kRotherham});
  CHECK(f.ids("date:2011..2011") == Ids{kSlough, kRotherham});
  CHECK(f.ids("date:2011") == Ids{kSlough, kRotherham});
  CHECK(f.ids("date:2011-12") == Ids{kRotherham});
  CHECK(f.ids("date:2011-06-30") == Ids{kSlough});
  CHECK(f.ids("date:2011-07-01..2012-03-31") == Ids{kRotherham});
  CHECK(f.ids("date:2010..") == Ids{kSlough, kRotherham, kCornwall});
  CHECK(f.ids("date:..2011-06") == Ids{kBirmingham, kDoncaster, kSlough});
  CHECK(f.ids("safeguarding date:..2009") == Ids{kBirmingham});
}

TEST_CASE("date bounds expand years and months to whole days", "[dates]") {
  CHECK(date_bound("2011", Bound::start) == "20110101");
  CHECK(date_bound("2011", Bound::end) == "20111231");
  CHECK(date_bound("2012-02", Bound::end) == "20120229");
  CHECK(date_bound("2011-02", Bound::end) == "20110228");
  CHECK(date_bound("2011-12-01", Bound::end) == "20111201");
  CHECK(date_bound("20111201", Bound::start) == "20111201");
  CHECK_THROWS_AS(date_bound("2011-02-30", Bound::start), UsageError);
  CHECK_THROWS_AS(date_bound("2011-13", Bound::start), UsageError);
  CHECK_THROWS_AS(date_bound("march", Bound::start), UsageError);
  CHECK_THROWS_AS(make_date_range("2012", "2011"), UsageError);
}

TEST_CASE("bad dates and backwards ranges name the part at fault", "[parse_query]") {
  Fixture f;
  CHECK_THAT(usage_error(f, "date:2012..2010"), Catch::Contains("backwards") && Catch::Contains("2012..2010"));
  CHECK_THAT(usage_error(f, "leeds date:2011-13..2012"), Catch::Contains("'2011-13'"));
  CHECK_THAT(usage_error(f, "date:2011-02-30"), Catch::Contains("2011-02-30"));
  CHECK_THAT(usage_error(f, "1..5"), Catch::Contains("1..5"));
}

TEST_CASE("unknown fields are errors with a suggestion", "[parse_query]") {
  Fixture f;
  CHECK(usage_error(f, "minster:loughton") == "unknown field 'minster:' (did you mean 'minister:'?)");
  CHECK_THAT(usage_error(f, "leeds (persn:blake)"), Catch::Contains("'persn:'") && Catch::Contains("'person:'"));
  CHECK_THAT(usage_error(f, "colour:red"), Catch::Contains("unknown field 'colour:'") && Catch::Contains("fields are"));
  // Not fields: text in quotes, URLs, times, a colon followed by a space.
  CHECK_NOTHROW(f.search("\"minster:loughton\""));
  CHECK(f.ids("https://www.gov.uk/slough") == Ids{kSlough});
  CHECK_NOTHROW(f.search("10:30"));
  CHECK_NOTHROW(f.search("note: safeguarding"));
}

TEST_CASE("check_fields widens a single date to a range", "[parse_query]") {
  CHECK(check_fields("date:2011 leeds") == "date:2011..2011 leeds");
  CHECK(check_fields("(date:2011-12)") == "(date:2011-12..2011-12)");
  CHECK(check_fields("date:2009..2011") == "date:2009..2011");
  CHECK(check_fields("\"date:2011\"") == "\"date:2011\"");
}

TEST_CASE("filter options restrict without changing the ranking", "[filters]") {
  Fixture f;
  CHECK(f.ids("", {.minister = {"loughton"}}) == Ids{kSlough, kRotherham});
  CHECK(f.ids("", {.minister = {"Dawn Primarolo"}}) == Ids{kDoncaster});
  CHECK(f.ids("", {.minister = {"Dawn Primarolo", "Edward Timpson"}}) == Ids{kDoncaster, kCornwall});
  CHECK(f.ids("", {.person = {"Malcolm Newsam"}}) == Ids{kRotherham});
  CHECK(f.ids("", {.from = {"Tim Loughton"}}) == Ids{kSlough});
  CHECK(f.ids("", {.to = {"whitby"}}) == Ids{kBirmingham});
  CHECK(f.ids("", {.body = {"DfE"}}) == Ids{kSlough, kRotherham});
  CHECK(f.ids("", {.body = {"Ofsted"}, .grade = {"good"}}) == Ids{kRotherham, kCornwall});
  CHECK(f.ids("", {.grade = {"performs poorly"}}) == Ids{kDoncaster});
  CHECK(f.ids("", {.place = {"Tower Hamlets"}}) == Ids{kTowerHamlets});
  CHECK(f.ids("", {.type = {"minutes", "Report"}}) == Ids{kRotherham, kCornwall});
  CHECK(f.ids("", {.year = {"2008", "2015"}}) == Ids{kBirmingham, kCornwall});
  CHECK(f.ids("", {.since = "2011-01-01", .until = "2011-12-31"}) == Ids{kSlough, kRotherham});
  CHECK(f.ids("", {.since = "2011-07"}) == Ids{kRotherham, kCornwall});
  CHECK(f.ids("", {.until = "2009"}) == Ids{kBirmingham, kDoncaster});
  CHECK(f.ids("", {.minister = {"loughton"}, .type = {"email"}}) == Ids{kSlough});
  CHECK(f.ids("safeguarding", {.body = {"ofsted"}}) == Ids{kBirmingham, kRotherham});

  const auto plain = f.search("safeguarding");
  const auto filtered = f.search("safeguarding", {.body = {"ofsted"}});
  for (const auto& hit : filtered.hits)
    for (const auto& other : plain.hits)
      if (other.docid == hit.docid) CHECK(other.score == Approx(hit.score));
}

TEST_CASE("filter options check their values", "[filters]") {
  Fixture f;
  CHECK_THAT(usage_error(f, "", {.type = {"memo"}}), Catch::Contains("'memo'"));
  CHECK_THAT(usage_error(f, "", {.year = {"11"}}), Catch::Contains("'11'"));
  CHECK_THAT(usage_error(f, "", {.since = "2012", .until = "2011"}), Catch::Contains("backwards"));
  CHECK_THAT(usage_error(f, "", {.since = "yesterday"}), Catch::Contains("'yesterday'"));
}

TEST_CASE("the date option and the date prefix agree", "[filters]") {
  Fixture f;
  CHECK(f.ids("date:2009..2011") == f.ids("", {.since = "2009", .until = "2011"}));
  CHECK(f.ids("date:2011-06..") == f.ids("", {.since = "2011-06"}));
}

TEST_CASE("a query of filters alone lists every matching document", "[filters]") {
  Fixture f;
  CHECK(f.ids("").size() == 6);
  CHECK(f.search("", {.type = {"letter"}}).total.estimate == 3);
}

TEST_CASE("sorting by date, both ways, undated last going down", "[run_search]") {
  Fixture f;
  SearchRequest request{.sort = SortOrder::date_ascending, .limit = 10, .timeline = false};
  std::vector<std::string> dates;
  for (const auto& hit : run_search(f.db, request).hits) dates.push_back(hit.data.date);
  CHECK(dates == std::vector<std::string>{"", "2008-03-14", "2009-11-02", "2011-06-30", "2011-12-05", "2015-01-20"});
  request.sort = SortOrder::date_descending;
  request.limit = 2;
  request.offset = 1;
  const auto page = run_search(f.db, request);
  REQUIRE(page.hits.size() == 2);
  CHECK(page.hits[0].data.date == "2011-12-05");
  CHECK(page.hits[0].rank == 2);
  CHECK_THROWS_AS(parse_sort_order("newest"), UsageError);
}

TEST_CASE("misspelt words get a suggestion, both ways round", "[spelling]") {
  Fixture f;
  // The index holds only the OCR slip "guickly": a correctly spelt query finds it.
  const auto ocr = f.search("quickly");
  CHECK(ocr.hits.empty());
  REQUIRE(ocr.suggestion);
  CHECK(ocr.suggestion->query == "guickly");
  CHECK(ocr.suggestion->total == 1);
  // The index holds the right spelling: a misspelt query finds it.
  const auto typo = f.search("commisioner slough");
  REQUIRE(typo.suggestion);
  CHECK(typo.suggestion->query == "commissioner slough");
  CHECK(typo.suggestion->total == 1);
  // Words in the index need no suggestion.
  CHECK_FALSE(f.search("guickly").suggestion);
  CHECK_FALSE(f.search("safeguarding").suggestion);
  // A word the index holds is not "corrected" to a more frequent neighbour.
  CHECK_FALSE(f.search("inspections").suggestion);
  // Phrases are corrected inside their quotes; field values are left alone.
  const auto phrase = f.search("\"improvment notice\" minister:primarolo date:2009-11");
  REQUIRE(phrase.suggestion);
  CHECK(phrase.suggestion->query == "\"improvement notice\" minister:primarolo date:2009-11..2009-11");
  CHECK(phrase.suggestion->total == 1);
}

TEST_CASE("show finds a document by id or docid", "[run_search]") {
  Fixture f;
  CHECK(find_document(f.db, kCornwall).data.title == "Cornwall inspection report");
  const auto by_docid = find_document(f.db, "1");
  CHECK(by_docid.docid == 1);
  CHECK(by_docid.data.id == kBirmingham);
  CHECK_FALSE(by_docid.data.text.empty());
  CHECK_THROWS_AS(find_document(f.db, "/letters/none.txt"), UsageError);
  CHECK_THROWS_AS(find_document(f.db, "999"), UsageError);
}
