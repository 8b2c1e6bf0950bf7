// The printers: JSON shape, and text with colour only when asked for.
#include <sstream>

#include <catch2/catch.hpp>

#include "searcher/output.h"
#include "searcher/errors.h"

using namespace letterbox::search;
using nlohmann::json;

namespace {

SearchResults sample_results() {
  SearchResults results;
  results.query = "\"improvement notice\"";
  results.total = {2, 2, 2};
  Hit hit;
  hit.rank = 1;
  hit.docid = 7;
  hit.score = 3.5;
  hit.data.id = "/corpus/doncaster.txt";
  hit.data.path = "corpus/doncaster.txt";
  hit.data.date = "2009-11-02";
  hit.data.type = "letter";
  hit.data.title = "Doncaster children's services";
  hit.data.sender.name = "Dawn Primarolo";
  hit.data.recipients.resize(2);
  hit.data.recipients[0].name = "Peter Winter";
  hit.data.recipients[1].organisation = "Doncaster Council";
  auto& minister = hit.data.entities.emplace_back();
  minister.kind = "person";
  minister.name = "Dawn Primarolo";
  minister.minister = true;
  hit.snippet = {{"the ", false}, {"Improvement Notice", true}, {" for Doncaster", false}};
  results.hits = {hit};
  results.facets = {{"year", {{"2009", 1}, {"2011", 1}}}, {"grade", {}}};
  results.timeline = std::vector<YearCount>{{2009, 1}, {2010, 0}, {2011, 1}};
  results.suggestion = Suggestion{"improvement notice", 2};
  return results;
}

std::string print_text(const SearchResults& results, bool color) {
  std::ostringstream out;
  make_printer(Format::text, out, color)->print(results);
  return out.str();
}

}  // namespace

TEST_CASE("JSON search output has the documented shape", "[output]") {
  const json j = to_json(sample_results());
  CHECK(j["query"] == "\"improvement notice\"");
  CHECK(j["total"] == 2);
  CHECK(j["total_exact"] == true);
  CHECK_FALSE(j.contains("total_lower"));
  REQUIRE(j["hits"].size() == 1);
  const json& hit = j["hits"][0];
  for (const char* key : {"rank", "id", "docid", "path", "score", "date", "type", "title", "from", "to", "snippet",
                          "entities"})
    CHECK(hit.contains(key));
  CHECK(hit["id"] == "/corpus/doncaster.txt");
  CHECK(hit["docid"] == 7);
  CHECK(hit["date"] == "2009-11-02");
  CHECK(hit["from"] == "Dawn Primarolo");
  CHECK(hit["to"] == json::array({"Peter Winter", "Doncaster Council"}));
  CHECK(hit["snippet"] == "the [Improvement Notice] for Doncaster");
  CHECK(hit["entities"][0]["minister"] == true);
  CHECK(j["facets"]["year"] == json::array({{{"value", "2009"}, {"count", 1}}, {{"value", "2011"}, {"count", 1}}}));
  CHECK(j["facets"]["grade"] == json::array());
  CHECK(j["timeline"][1] == json({{"year", 2010}, {"count", 0}}));
  CHECK(j["suggestion"]["query"] == "improvement notice");
  CHECK(j["suggestion"]["total"] == 2);
}

TEST_CASE("JSON gives bounds when the total is an estimate", "[output]") {
  auto results = sample_results();
  results.total = {120, 100, 150};
  results.suggestion.reset();
  results.timeline.reset();
  const json j = to_json(results);
  CHECK(j["total"] == 120);
  CHECK(j["total_exact"] == false);
  CHECK(j["total_lower"] == 100);
  CHECK(j["total_upper"] == 150);
  CHECK(j["suggestion"].is_null());
  CHECK(j["timeline"].is_null());
}

TEST_CASE("exact facet counts are said to be exact", "[output]") {
  auto results = sample_results();
  results.timeline_counting = {true, 2, 1};
  const json j = to_json(results);
  CHECK(j["facet_counting"]["timeline"] == json({{"exact", true}, {"documents_counted", 2}, {"sample_fraction", 1}}));
  CHECK(j["facet_counting"]["year"]["exact"] == true);
  CHECK_THAT(print_text(results, false), !Catch::Contains("about") && !Catch::Contains("estimated"));
}

TEST_CASE("estimated facets and timeline say so, in text and JSON", "[output]") {
  auto results = sample_results();
  results.total = {812000, 5001, 1000000};
  const FacetCounting sampled{false, 20313, 0.025};
  results.facets = {{"year", {{"2011", 40120}, {"2009", 31880}}, sampled},
                    {"person", {{"Nick Gibb", 5120}}, FacetCounting{false, 4962, 0.00625}},
                    {"type", {{"letter", 812000}}, FacetCounting{}}};
  results.timeline = std::vector<YearCount>{{2009, 31880}, {2010, 0}, {2011, 40120}};
  results.timeline_counting = sampled;
  const json j = to_json(results);
  CHECK(j["facets"]["year"][0] == json({{"value", "2011"}, {"count", 40120}}));
  CHECK(j["facet_counting"]["year"] ==
        json({{"exact", false}, {"documents_counted", 20313}, {"sample_fraction", 0.025}}));
  CHECK(j["facet_counting"]["person"]["documents_counted"] == 4962);
  CHECK(j["facet_counting"]["type"]["exact"] == true);
  CHECK(j["facet_counting"]["timeline"]["exact"] == false);
  const std::string text = print_text(results, false);
  CHECK_THAT(text, Catch::Contains("year: 2011 (about 40120), 2009 (about 31880)"));
  CHECK_THAT(text, Catch::Contains("person: Nick Gibb (about 5120)  (estimated from a uniform sample of 4962 matches"));
  CHECK_THAT(text, Catch::Contains("type: letter (812000)\n"));
  CHECK_THAT(text, Catch::Contains("Timeline (estimated from a uniform sample of 20313 matches; --exact-facets"));
  CHECK_THAT(text, Catch::Contains("2011 " + std::string(40, '#') + " about 40120"));
}

TEST_CASE("the JSON printer writes parseable JSON, even from bad UTF-8", "[output]") {
  auto results = sample_results();
  results.hits[0].data.title = "Bad \xff byte";
  std::ostringstream out;
  make_printer(Format::json, out, true)->print(results);
  const json j = json::parse(out.str());
  CHECK(j["hits"][0]["title"].get<std::string>().find("Bad") == 0);
  CHECK(out.str().find('\x1b') == std::string::npos);
}

TEST_CASE("text output has no escape codes without colour", "[output]") {
  const std::string text = print_text(sample_results(), false);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK_THAT(text, Catch::Contains("2 matches"));
  CHECK_THAT(text, Catch::Contains("[Improvement Notice]"));
  CHECK_THAT(text, Catch::Contains("Dawn Primarolo -> Peter Winter, Doncaster Council"));
  CHECK_THAT(text, Catch::Contains("corpus/doncaster.txt"));
  CHECK_THAT(text, Catch::Contains("Did you mean: improvement notice (2 matches)?"));
  CHECK_THAT(text, Catch::Contains("year: 2009 (1), 2011 (1)"));
  CHECK_THAT(text, Catch::Contains("2010  0"));  // an empty bar for a year with none
  CHECK_THAT(text, Catch::Contains("2011 " + std::string(40, '#') + " 1"));
}

TEST_CASE("a text hit lists the grades its letter reports, with what was judged", "[output]") {
  auto results = sample_results();
  CHECK_THAT(print_text(results, false), !Catch::Contains("grades:"));  // none reported, no line
  auto& entities = results.hits[0].data.entities;
  auto& overall = entities.emplace_back();
  overall.kind = "grade";
  overall.name = "requires improvement";
  overall.aspect = "overall effectiveness";
  auto& bare = entities.emplace_back();
  bare.kind = "grade";
  bare.name = "inadequate";
  CHECK_THAT(print_text(results, false),
             Catch::Contains("   grades: requires improvement (overall effectiveness); inadequate\n"));
}

TEST_CASE("text output is highlighted with colour", "[output]") {
  const std::string text = print_text(sample_results(), true);
  CHECK_THAT(text, Catch::Contains("\x1b[1;33mImprovement Notice\x1b[0m"));
}

TEST_CASE("show and stats print in both formats", "[output]") {
  DocumentView document{3, {}};
  document.data.id = "/corpus/slough.eml";
  document.data.text = "Full text of the letter.";
  auto& grade = document.data.entities.emplace_back();
  grade.kind = "grade";
  grade.name = "good";
  grade.aspect = "adoption";
  std::ostringstream text, json_out;
  make_printer(Format::text, text, false)->print(document);
  make_printer(Format::json, json_out, false)->print(document);
  CHECK_THAT(text.str(), Catch::Contains("Full text of the letter.") && Catch::Contains("good (adoption)"));
  CHECK(json::parse(json_out.str())["docid"] == 3);

  IndexStats stats{.path = "/tmp/db", .size_bytes = 2048, .documents = 5, .first_date = "2009-12-07",
                   .last_date = "2015-03-27", .top = {{"type", {{"letter", 4}}}}, .timeline = {{2009, 1}}};
  std::ostringstream stats_text, stats_json;
  make_printer(Format::text, stats_text, false)->print(stats);
  make_printer(Format::json, stats_json, false)->print(stats);
  CHECK_THAT(stats_text.str(), Catch::Contains("2.0 KB") && Catch::Contains("2009-12-07 to 2015-03-27"));
  const json j = json::parse(stats_json.str());
  CHECK(j["documents"] == 5);
  CHECK(j["facets"]["type"][0]["count"] == 4);
  CHECK_THROWS_AS(parse_format("xml"), UsageError);
}
