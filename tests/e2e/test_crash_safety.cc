// Crash safety: letterbox-index killed with SIGKILL at random moments leaves
// an index that xapian-check passes and that holds exactly its last commit;
// a re-run finishes the job with the same result as an uninterrupted run.
// SIGINT and SIGTERM commit what is done and say so.
#include <csignal>
#include <random>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/e2e/index_checks.h"
#include "tests/e2e/run_program.h"
#include "tests/e2e/sanitized.h"

namespace fs = std::filesystem;
using namespace letterbox::e2e;

namespace {

// The SIGKILL test needs a few thousand letters so that kills land in many
// places; the signal test only needs a run long enough to interrupt.
constexpr int kLetters = corpus_size(3000);
constexpr int kSignalLetters = corpus_size(1200);
constexpr int kBatch = kSanitized ? 10 : 25;  // small, so that commits happen often

struct Corpus {
  TempDir dir;
  fs::path letters = dir.path() / "letters";
  fs::path reference_db = dir.path() / "reference.db";
  int letter_count = kLetters;
  std::vector<IndexedDocument> reference;  // the index of an uninterrupted run
};

std::vector<std::string> index_arguments(const fs::path& db, const fs::path& letters, int batch = kBatch) {
  return {"--db", db.string(), "-q", "--batch", std::to_string(batch), "-j", "2", letters.string()};
}

// Document ids do not depend on the batch size, so uninterrupted runs use a
// large one: every commit syncs to disk, and a hundred of them cost seconds.
constexpr int kQuickBatch = 100000;

// A generated corpus and its index built without interruption.
void prepare(Corpus& corpus, int seed) {
  generate_corpus(corpus.letters, corpus.letter_count, seed);
  const ProgramResult result = run_index(index_arguments(corpus.reference_db, corpus.letters, kQuickBatch));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  corpus.reference = read_checked_index(corpus.reference_db);
  REQUIRE(corpus.reference.size() == static_cast<size_t>(corpus.letter_count));
  std::vector<std::string> ids;
  for (const auto& document : corpus.reference) ids.push_back(document.id);
  REQUIRE(ids == indexable_ids(corpus.letters));  // written in the order of their identifiers
}

// The index holds the first documents of the reference run, with the same
// docids, as of one of its commits.
void require_committed_prefix(const fs::path& db, const std::vector<IndexedDocument>& reference) {
  if (!fs::exists(db)) return;  // killed before the index was created
  require_xapian_check(db);
  const std::vector<IndexedDocument> documents = read_checked_index(db);
  INFO("the index holds " << documents.size() << " documents");
  REQUIRE(documents.size() <= reference.size());
  REQUIRE((documents.size() % kBatch == 0 || documents.size() == reference.size()));
  REQUIRE(std::equal(documents.begin(), documents.end(), reference.begin()));
}

}  // namespace

TEST_CASE("an index killed at random moments holds its last commit and a re-run completes it",
          "[e2e][robust][crash]") {
  Corpus corpus;
  prepare(corpus, 7);
  const fs::path db = corpus.dir.path() / "killed.db";
  std::mt19937 random(20240607);
  std::uniform_int_distribution<int> delay_ms(50, 1500);

  constexpr int kKills = 20;
  int kills = 0;
  for (int round = 1; kills < kKills; ++round) {
    REQUIRE(round <= 4 * kKills);
    const int delay = delay_ms(random);
    INFO("round " << round << ", SIGKILL after " << delay << " ms");
    BackgroundProgram indexer(LETTERBOX_INDEX_PROGRAM, index_arguments(db, corpus.letters), corpus.dir.path());
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    indexer.send(SIGKILL);
    const int exit_code = indexer.wait();
    if (exit_code == 0) {
      // It finished first: the index must be whole; start again from nothing.
      REQUIRE(read_checked_index(db) == corpus.reference);
      fs::remove_all(db);
      continue;
    }
    REQUIRE(exit_code == 128 + SIGKILL);
    ++kills;
    require_committed_prefix(db, corpus.reference);
  }

  const ProgramResult rerun = run_index(index_arguments(db, corpus.letters));
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  require_xapian_check(db);
  REQUIRE(read_checked_index(db) == corpus.reference);
}

// Both signals in one test case, so the corpus and its reference index are
// made once.
TEST_CASE("SIGINT and SIGTERM commit what is done, say so and exit 128 + signal", "[e2e][robust][crash]") {
  Corpus corpus;
  corpus.letter_count = kSignalLetters;
  prepare(corpus, 11);
  for (const int signal : {SIGINT, SIGTERM}) {
    const std::string name = signal == SIGINT ? "SIGINT" : "SIGTERM";
    INFO("signal " << name);
    const fs::path db = corpus.dir.path() / ("interrupted-" + name + ".db");

    // One big batch: whatever the index holds afterwards was committed by the
    // signal handling, not by a batch.
    const std::vector<std::string> arguments{"--db", db.string(), "--batch", "1000000", "-j", "2",
                                             corpus.letters.string()};
    BackgroundProgram indexer(LETTERBOX_INDEX_PROGRAM, arguments, corpus.dir.path());
    REQUIRE(wait_for_index(db, 120000));
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    indexer.send(signal);
    const int exit_code = indexer.wait();
    const std::string err = indexer.err();
    INFO("stderr: " << err);
    if (exit_code == 0) {
      WARN("the run finished before the signal arrived; nothing to check");
      continue;
    }
    REQUIRE(exit_code == 128 + signal);
    REQUIRE_THAT(err, Catch::Contains("interrupted by " + name) && Catch::Contains("committed"));

    require_xapian_check(db);
    const std::vector<IndexedDocument> documents = read_checked_index(db);
    REQUIRE_FALSE(documents.empty());
    REQUIRE(documents.size() < corpus.reference.size());
    REQUIRE(std::equal(documents.begin(), documents.end(), corpus.reference.begin()));
    // The summary names what the index holds.
    REQUIRE_THAT(err, Catch::Contains("holds " + std::to_string(documents.size()) + " documents"));

    const ProgramResult rerun = run_index(index_arguments(db, corpus.letters, kQuickBatch));
    INFO(rerun.err);
    REQUIRE(rerun.exit_code == 0);
    REQUIRE(read_checked_index(db) == corpus.reference);
  }
}
