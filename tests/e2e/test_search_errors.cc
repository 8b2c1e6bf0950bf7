// letterbox-search on bad queries, bad options and missing or foreign
// indexes: one line on stderr naming the problem, and the exit code.
#include <algorithm>

#include <catch2/catch.hpp>
#include <xapian.h>

#include "tests/e2e/run_program.h"

namespace fs = std::filesystem;
using letterbox::e2e::ProgramResult;
using letterbox::e2e::run_index;
using letterbox::e2e::run_search;
using letterbox::e2e::TempDir;

namespace {

const fs::path kSamples = fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters";

// A small index of one sample letter.
struct Indexed {
  TempDir dir;
  fs::path db = dir.path() / "db";
  Indexed() { REQUIRE(run_index({"--db", db.string(), "--quiet", (kSamples / "001_d6e2e5202113cadd.txt").string()}).exit_code == 0); }
  ProgramResult search(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.string()});
    return run_search(args);
  }
};

void check_usage_error(const ProgramResult& result, const std::string& names) {
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains(names));
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  CHECK(result.out.empty());
}

}  // namespace

TEST_CASE("bad queries exit 2 naming the bad part", "[e2e][errors]") {
  Indexed index;
  check_usage_error(index.search({"minster:loughton"}), "unknown field 'minster:' (did you mean 'minister:'?)");
  check_usage_error(index.search({"date:2012..2010"}), "2012..2010");
  check_usage_error(index.search({"leeds", "date:2011-02-30"}), "2011-02-30");
  check_usage_error(index.search({"--since", "2011-13"}), "2011-13");
  check_usage_error(index.search({"--type", "memo"}), "memo");
  check_usage_error(index.search({"--facets", "colour"}), "colour");
  check_usage_error(index.search({"--sort", "newest"}), "newest");
  check_usage_error(index.search({"show", "/no/such/letter.txt"}), "/no/such/letter.txt");
  // Times and URLs are not fields; no hits is still success.
  CHECK(index.search({"10:30", "https://www.gov.uk"}).exit_code == 0);
}

TEST_CASE("no index, or an index of another schema, exits 2", "[e2e][errors]") {
  TempDir dir;
  const fs::path missing = dir.path() / "nothing-here";
  const auto no_index = run_search({"--db", missing.string(), "leeds"});
  check_usage_error(no_index, "letterbox-index --db " + missing.string());

  const auto from_env = letterbox::e2e::run(LETTERBOX_SEARCH_PROGRAM, {"leeds"}, {"LETTERBOX_DB=" + missing.string()});
  CHECK(from_env.exit_code == 2);
  CHECK_THAT(from_env.err, Catch::Contains(missing.string()));

  const fs::path other = dir.path() / "other";
  {
    Xapian::WritableDatabase db(other.string(), Xapian::DB_CREATE);
    db.set_metadata("letterbox:schema", "999");
    db.add_document(Xapian::Document());
    db.commit();
  }
  check_usage_error(run_search({"--db", other.string(), "leeds"}), "999");
}

TEST_CASE("help explains the query language", "[e2e][errors]") {
  const auto help = run_search({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("minister:loughton") && Catch::Contains("date:2009..2011") &&
                           Catch::Contains("-- show"));
}
