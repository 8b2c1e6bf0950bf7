// Concurrency: searches while letterbox-index writes see only committed
// states and never fail; a second writer is told the index is locked and
// damages nothing.
#include <csignal>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/index_checks.h"
#include "tests/e2e/run_program.h"
#include "tests/e2e/sanitized.h"

namespace fs = std::filesystem;
using namespace letterbox::e2e;

namespace {

constexpr int kLetters = corpus_size(2000);
constexpr int kBatch = kSanitized ? 10 : 40;

std::vector<std::string> index_arguments(const fs::path& db, const fs::path& letters) {
  return {"--db", db.string(), "-q", "--batch", std::to_string(kBatch), "-j", "2", letters.string()};
}

// Searches with stats: how many documents the searcher saw.
std::size_t documents_seen_by_stats(const fs::path& db) {
  const ProgramResult stats = run_search({"--db", db.string(), "--format", "json", "stats"});
  INFO("letterbox-search stats stderr: " << stats.err);
  REQUIRE(stats.exit_code == 0);
  REQUIRE(stats.err.empty());
  return nlohmann::json::parse(stats.out).at("documents").get<std::size_t>();
}

std::size_t matches_of_search(const fs::path& db, const std::string& query) {
  const ProgramResult search = run_search({"--db", db.string(), "--format", "json", "--limit", "5", query});
  INFO("letterbox-search '" << query << "' stderr: " << search.err);
  REQUIRE(search.exit_code == 0);
  REQUIRE(search.err.empty());
  const auto json = nlohmann::json::parse(search.out);
  REQUIRE(json.contains("hits"));
  for (const auto& hit : json.at("hits")) REQUIRE_FALSE(hit.dump().empty());
  return json.at("hits").size();
}

}  // namespace

TEST_CASE("searches while the index is being written see committed states only", "[e2e][robust][concurrency]") {
  TempDir dir;
  const fs::path letters = dir.path() / "letters";
  const fs::path db = dir.path() / "db";
  generate_corpus(letters, kLetters, 3);

  BackgroundProgram indexer(LETTERBOX_INDEX_PROGRAM, index_arguments(db, letters), dir.path());
  REQUIRE(wait_for_index(db, 120000));
  int searches = 0;
  std::size_t last_count = 0;
  bool indexing_done = false;
  while (!indexing_done) {
    indexing_done = indexer.finished();
    const std::size_t count = documents_seen_by_stats(db);
    INFO("search " << searches << " saw " << count << " documents");
    // Committed states only: a whole number of batches, or everything.
    REQUIRE((count % kBatch == 0 || count == static_cast<std::size_t>(kLetters)));
    REQUIRE(count >= last_count);  // never goes back
    last_count = count;
    matches_of_search(db, "council");
    matches_of_search(db, "\"improvement notice\" OR ofsted");
    ++searches;
  }
  REQUIRE(indexer.wait() == 0);
  REQUIRE(documents_seen_by_stats(db) == static_cast<std::size_t>(kLetters));
  CHECK(searches >= 2);
}

TEST_CASE("a second writer is told the index is locked, exits 2 and damages nothing", "[e2e][robust][concurrency]") {
  TempDir dir;
  const fs::path letters = dir.path() / "letters";
  const fs::path db = dir.path() / "db";
  generate_corpus(letters, 1000, 5);

  BackgroundProgram first(LETTERBOX_INDEX_PROGRAM, index_arguments(db, letters), dir.path());
  REQUIRE(wait_for_index(db, 120000));
  const ProgramResult second = run_index(index_arguments(db, letters));
  const bool first_still_running = !first.finished();
  INFO("second writer stderr: " << second.err);
  if (!first_still_running && second.exit_code == 0) {
    WARN("the first run finished before the second started; nothing to check");
    return;
  }
  REQUIRE(second.exit_code == 2);
  REQUIRE_THAT(second.err, Catch::Contains("is locked by another writer") && Catch::Contains(db.string()));

  REQUIRE(first.wait() == 0);
  require_xapian_check(db);
  const auto documents = read_checked_index(db);
  REQUIRE(documents.size() == 1000);
  std::vector<std::string> ids;
  for (const auto& document : documents) ids.push_back(document.id);
  REQUIRE(ids == indexable_ids(letters));
}
