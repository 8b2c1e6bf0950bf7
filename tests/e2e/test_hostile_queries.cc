// Hostile queries: whatever the user types, letterbox-search gives results
// or one clear error line (exit 2), never a crash.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/run_program.h"

namespace fs = std::filesystem;
using letterbox::e2e::ProgramResult;
using letterbox::e2e::run_index;
using letterbox::e2e::run_search;
using letterbox::e2e::TempDir;

namespace {

std::string repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// A result (exit 0, JSON with hits) or a usage error (exit 2, one line
// naming the problem); anything else fails.
void require_result_or_clear_error(const ProgramResult& result) {
  INFO("exit " << result.exit_code << "\nstderr: " << result.err.substr(0, 2000));
  REQUIRE((result.exit_code == 0 || result.exit_code == 2));
  if (result.exit_code == 0) {
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    REQUIRE_FALSE(json.is_discarded());
    REQUIRE(json.contains("hits"));
  } else {
    REQUIRE_THAT(result.err, Catch::StartsWith("letterbox-search: "));
    REQUIRE(result.err.size() > std::string("letterbox-search: \n").size());
    REQUIRE(result.err.find('\n') == result.err.size() - 1);  // one line
  }
}

const std::vector<std::string>& hostile_queries() {
  static const std::vector<std::string> queries{
      // Very long (one argument may be at most 128 KB).
      repeat("improvement notice ", 5000),
      repeat("ofsted AND ", 5000) + "good",
      repeat("(", 10000) + "council" + repeat(")", 10000),
      repeat("\"", 9999),
      repeat("a* ", 2000),
      // Unbalanced quotes and brackets.
      "\"improvement notice",
      "improvement notice\"",
      "(ofsted AND (good OR",
      ")))",
      "((( \"",
      "\"(\"",
      // Prefixes with no value.
      "minister:",
      "person: ",
      "from:\"\"",
      "date:",
      "date:..",
      "to: AND body:",
      "grade:\"",
      // Operators alone.
      "AND",
      "OR OR",
      "NOT",
      "-",
      "+",
      "*",
      "NEAR",
      "improvement NEAR/0 notice",
      "~",
      // Control characters.
      "\x01\x02\x03\x7f",
      "ofsted\tgood\nleeds\r",
      "\x1b[31mred\x1b[0m",
      // Mixed scripts and odd Unicode.
      "Ofsted Доклад 東京 مرحبا",
      "ﬁnance ＩＭＰＲＯＶＥＭＥＮＴ",
      "impro\u200Bvement \u202Eevil\u202C",
      "\xff\xfe not utf-8 \xc3\x28",
      // Dates.
      "date:2015..2010",
      "date:2011-02-30",
      "date:99999999",
      "date:0000..",
      "date:2011..2011..2012",
  };
  return queries;
}

}  // namespace

TEST_CASE("hostile queries give results or a clear error", "[e2e][robust][queries]") {
  TempDir dir;
  const fs::path db = dir.path() / "db";
  const auto indexed = run_index({"--db", db.string(), "-q", LETTERBOX_SOURCE_DIR "/corpus/letters"});
  REQUIRE(indexed.exit_code == 0);

  for (const std::string& query : hostile_queries()) {
    INFO("query (" << query.size() << " bytes): " << query.substr(0, 200));
    require_result_or_clear_error(run_search({"--db", db.string(), "--format", "json", query}));
    require_result_or_clear_error(run_search({"--db", db.string(), "--format", "json", "--sort", "-date", query}));
  }
}

TEST_CASE("hostile options give results or a clear error", "[e2e][robust][queries]") {
  TempDir dir;
  const fs::path db = dir.path() / "db";
  REQUIRE(run_index({"--db", db.string(), "-q", LETTERBOX_SOURCE_DIR "/corpus/letters"}).exit_code == 0);
  const std::vector<std::vector<std::string>> option_sets{
      {"--since", "2015", "--until", "2010"},
      {"--since", "2011-13-01"},
      {"--until", "yesterday"},
      {"--limit", "0"},
      {"--limit", "1000000000"},
      {"--offset", "18446744073709551615"},
      {"--limit", "-1"},
      {"--minister", ""},
      {"--person", "\x01"},
      {"--grade", repeat("x", 100000)},
      {"--facets", "year,,nonsense"},
      {"--facet-limit", "0"},
      {"--sort", "sideways"},
  };
  for (const auto& options : option_sets) {
    std::vector<std::string> args{"--db", db.string(), "--format", "json"};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back("council");
    INFO("options: " << options.front() << " " << options.back().substr(0, 100));
    require_result_or_clear_error(run_search(args));
  }
}

TEST_CASE("a missing or damaged index is a clear error", "[e2e][robust][queries]") {
  TempDir dir;
  require_result_or_clear_error(run_search({"--db", (dir.path() / "none").string(), "council"}));
  fs::create_directory(dir.path() / "empty");
  require_result_or_clear_error(run_search({"--db", (dir.path() / "empty").string(), "council"}));
  const fs::path db = dir.path() / "db";
  REQUIRE(run_index({"--db", db.string(), "-q", LETTERBOX_SOURCE_DIR "/corpus/letters"}).exit_code == 0);
  for (const auto& entry : fs::directory_iterator(db))
    if (entry.path().extension() == ".glass") fs::resize_file(entry.path(), 100);  // truncated tables
  const ProgramResult damaged = run_search({"--db", db.string(), "--format", "json", "council"});
  INFO(damaged.err);
  CHECK(damaged.exit_code < 128);  // an error, not a crash
  CHECK_FALSE(damaged.err.empty());
}
