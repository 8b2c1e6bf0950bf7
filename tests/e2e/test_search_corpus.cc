// letterbox-search on the sample corpus indexed by the real letterbox-index:
// phrases, entity prefixes and options, dates, sorting, spelling, facets.
#include <algorithm>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "tests/e2e/run_program.h"

namespace fs = std::filesystem;
using letterbox::e2e::run_index;
using letterbox::e2e::search_json;
using letterbox::e2e::TempDir;
using nlohmann::json;
using Letters = std::set<std::string>;

namespace {

const fs::path kSamples = fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters";

// The sample corpus, indexed once for all the tests in this file.
const fs::path& sample_index() {
  static TempDir dir;
  static const fs::path db = [] {
    const fs::path path = dir.path() / "db";
    const auto result = run_index({"--db", path.string(), "--quiet", kSamples.string()});
    INFO("letterbox-index stderr: " << result.err);
    REQUIRE(result.exit_code == 0);
    return path;
  }();
  return db;
}

json search(const std::vector<std::string>& args) { return search_json(sample_index(), args); }

// "000" for corpus/letters/000_1b777cbff75d175f.txt.
std::string letter_number(const json& hit) {
  return fs::path(hit["path"].get<std::string>()).filename().string().substr(0, 3);
}

Letters letters(const json& results) {
  Letters found;
  for (const auto& hit : results["hits"]) found.insert(letter_number(hit));
  return found;
}

std::map<int, int> timeline(const json& results) {
  std::map<int, int> years;
  for (const auto& year : results["timeline"]) years[year["year"].get<int>()] = year["count"].get<int>();
  return years;
}

using FacetCounts = std::map<std::string, std::map<std::string, int>>;

FacetCounts facets(const json& results) {
  FacetCounts counts;
  for (const auto& [name, values] : results["facets"].items())
    for (const auto& value : values) counts[name][value["value"].get<std::string>()] = value["count"].get<int>();
  return counts;
}

// The facet counts a set of letters should give, from what
// `letterbox-index --explain` says of each file.
FacetCounts facets_from_explain(const Letters& numbers) {
  FacetCounts counts;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    if (!numbers.count(entry.path().filename().string().substr(0, 3))) continue;
    const auto result = run_index({"--explain", entry.path().string()});
    REQUIRE(result.exit_code == 0);
    const json explained = json::parse(result.out);
    std::map<std::string, std::set<std::string>> values;
    if (const auto date = explained.value("date", std::string()); date.size() >= 4) values["year"].insert(date.substr(0, 4));
    values["type"].insert(explained["type"].get<std::string>());
    for (const auto& entity : explained["entities"]) {
      const auto kind = entity["kind"].get<std::string>();
      const auto name = entity["name"].get<std::string>();
      values[kind].insert(name);
      if (kind == "person" && entity.value("minister", false)) values["minister"].insert(name);
    }
    for (const auto& [facet, names] : values)
      for (const auto& name : names) ++counts[facet][name];
  }
  return counts;
}

}  // namespace

TEST_CASE("a phrase finds exactly the letters holding it, year by year", "[e2e][search]") {
  const json results = search({"\"Improvement Notice\""});
  CHECK(letters(results) == Letters{"000", "002", "003", "004"});
  CHECK(results["total"] == 4);
  CHECK(results["total_exact"] == true);
  CHECK(timeline(results) == std::map<int, int>{{2009, 1}, {2010, 0}, {2011, 3}});
  for (const auto& hit : results["hits"])
    CHECK_THAT(hit["snippet"].get<std::string>(), Catch::Contains("[Improvement Notice]"));
}

TEST_CASE("ministers by prefix and by option", "[e2e][search]") {
  CHECK(letters(search({"minister:loughton"})) == Letters{"000", "003"});
  CHECK(letters(search({"minister:\"Tim Loughton\""})) == Letters{"000", "003"});
  CHECK(letters(search({"--minister", "Dawn Primarolo"})) == Letters{"002"});
  CHECK(letters(search({"--minister", "Dawn Primarolo", "--minister", "loughton"})) == Letters{"000", "002", "003"});
  CHECK(letters(search({"from:primarolo"})) == Letters{"002"});
}

TEST_CASE("people and bodies by the names people type", "[e2e][search]") {
  CHECK(letters(search({"person:\"Bill McCarthy\""})).count("003") == 1);
  CHECK(letters(search({"body:ofsted"})).count("001") == 1);
  CHECK(letters(search({"body:dfe"})).count("004") == 1);
  CHECK(letters(search({"--body", "Ofsted", "--year", "2015"})) == Letters{"001"});
}

TEST_CASE("grades", "[e2e][search]") {
  CHECK(letters(search({"grade:outstanding"})) == Letters{"001"});
  CHECK(letters(search({"grade:\"performs poorly\""})) == Letters{"002"});
  CHECK(letters(search({"--grade", "performs poorly"})) == Letters{"002"});
}

TEST_CASE("date ranges by prefix and by option agree", "[e2e][search]") {
  const Letters in_2011 = letters(search({"date:2011..2011"}));
  CHECK(in_2011 == Letters{"000", "003", "004"});
  CHECK(letters(search({"--since", "2011-01-01", "--until", "2011-12-31"})) == in_2011);
  CHECK(letters(search({"date:2011"})) == in_2011);
  CHECK(letters(search({"year:2011"})) == in_2011);
  CHECK(letters(search({"date:..2010"})) == Letters{"002"});
  CHECK(letters(search({"date:2011-12.."})) == Letters{"000", "001", "003"});
  CHECK(letters(search({"type:minutes"})) == Letters{"004"});
}

TEST_CASE("sorting by date orders hits by date", "[e2e][search]") {
  for (const auto& order : {"date", "-date"}) {
    const json results = search({"--sort", order});
    std::vector<std::string> dates;
    for (const auto& hit : results["hits"]) dates.push_back(hit["date"].get<std::string>());
    REQUIRE(dates.size() == 5);
    if (std::string(order) == "date")
      CHECK(std::is_sorted(dates.begin(), dates.end()));
    else
      CHECK(std::is_sorted(dates.rbegin(), dates.rend()));
    CHECK(dates.front() == (std::string(order) == "date" ? "2009-12-07" : "2015-03-27"));
  }
}

TEST_CASE("misspelt queries get a suggestion that finds the letters", "[e2e][search]") {
  const json typo = search({"improvment notise"});
  CHECK(typo["total"] == 0);
  REQUIRE(typo["suggestion"].is_object());
  CHECK(typo["suggestion"]["query"] == "improvement notice");
  CHECK(typo["suggestion"]["total"] == 4);
  // Letter 002 has the OCR slip "guickly": the right spelling leads to it.
  const json ocr = search({"quickly"});
  REQUIRE(ocr["suggestion"].is_object());
  CHECK(ocr["suggestion"]["query"] == "guickly");
  CHECK(ocr["suggestion"]["total"] == 1);
  CHECK(letters(search({"guickly"})) == Letters{"002"});
  CHECK(search({"inspections"})["suggestion"].is_null());
}

TEST_CASE("facet counts equal those from --explain of each file", "[e2e][search][facets]") {
  const std::vector<std::string> options{"--facets", "year,minister,person,body,grade,type,place", "--facet-limit",
                                          "1000"};
  std::vector<std::string> all = options;
  CHECK(facets(search(all)) == facets_from_explain({"000", "001", "002", "003", "004"}));
  std::vector<std::string> phrase = options;
  phrase.push_back("\"Improvement Notice\"");
  CHECK(facets(search(phrase)) == facets_from_explain({"000", "002", "003", "004"}));
  // Five letters are well within the bounds: counted exactly, as
  // --exact-facets counts them, and said to be.
  const json bounded = search(all);
  all.push_back("--exact-facets");
  const json exact = search(all);
  CHECK(exact["facets"] == bounded["facets"]);
  CHECK(exact["timeline"] == bounded["timeline"]);
  for (const auto& [name, counting] : bounded["facet_counting"].items()) {
    INFO("facet " << name);
    CHECK(counting == json({{"exact", true}, {"documents_counted", 5}, {"sample_fraction", 1}}));
  }
  CHECK(bounded["facet_counting"].contains("timeline"));
}

TEST_CASE("paging and facet options", "[e2e][search]") {
  const json page = search({"--limit", "2", "--offset", "1", "--facets", "type", "--facet-limit", "1"});
  REQUIRE(page["hits"].size() == 2);
  CHECK(page["hits"][0]["rank"] == 2);
  CHECK(page["total"] == 5);
  CHECK(page["facets"].size() == 1);
  CHECK(page["facets"]["type"] == json::array({{{"value", "letter"}, {"count", 4}}}));
  const json bare = search({"--facets", "none", "--no-timeline", "leeds"});
  CHECK(bare["facets"].empty());
  CHECK(bare["timeline"].is_null());
  CHECK(bare["hits"].size() == 5);
}

TEST_CASE("show and stats", "[e2e][search]") {
  const fs::path file = kSamples / "001_d6e2e5202113cadd.txt";
  const json shown = search({"show", file.string()});
  CHECK(shown["date"] == "2015-03-27");
  CHECK_THAT(shown["text"].get<std::string>(), Catch::Contains("Edward Timpson"));
  const json by_docid = search({"show", std::to_string(shown["docid"].get<int>())});
  CHECK(by_docid["id"] == shown["id"]);
  const json stats = search({"stats"});
  CHECK(stats["documents"] == 5);
  CHECK(stats["first_date"] == "2009-12-07");
  CHECK(stats["last_date"] == "2015-03-27");
  CHECK(stats["size_bytes"].get<long>() > 0);
  // The word "show" can still be searched for after "--".
  const auto word = letterbox::e2e::run_search({"--db", sample_index().string(), "--format", "json", "--", "show"});
  CHECK(word.exit_code == 0);
  CHECK(json::parse(word.out).contains("hits"));
}
