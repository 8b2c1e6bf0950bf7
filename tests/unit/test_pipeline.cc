#include <fstream>
#include <map>
#include <random>

#include <catch2/catch.hpp>

#include "tests/unit/temp_folder.h"

#include "indexer/pipeline.h"
#include "schema/schema.h"

using namespace letterbox;
namespace fs = std::filesystem;

namespace {

using letterbox::testing::TempFolder;

struct RecordingObserver : IndexObserver {
  void warning(const std::string& path, const std::string& message) override { warnings.push_back(path + ": " + message); }
  void skipped(const std::string& path, const std::string& reason) override { skips.push_back(path + ": " + reason); }
  void progress(std::size_t done, std::size_t, std::uintmax_t) override { last_done = done; }
  std::vector<std::string> warnings, skips;
  std::size_t last_done = 0;
};

PipelineOptions jobs_option(unsigned jobs) {
  PipelineOptions options;
  options.jobs = jobs;
  return options;
}

const Tagger& tagger() {
  static const Tagger instance(load_reference_data(default_reference_folder()));
  return instance;
}

// Every term with its wdf and positions, and the data, of every document.
std::map<std::string, std::string> dump(const fs::path& db_path) {
  Xapian::Database db(db_path.string());
  std::map<std::string, std::string> out;
  for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
    const Xapian::Document document = db.get_document(*id);
    std::string description = document.get_data();
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      description += "|" + *term + ":" + std::to_string(term.get_wdf());
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos)
        description += "," + std::to_string(*pos);
    }
    out[document.get_value(schema::kContentHashSlot)] = description;
  }
  return out;
}

}  // namespace

TEST_CASE("the index is the same whatever the number of workers", "[pipeline]") {
  TempFolder dir;
  const FileList files = list_files({fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters",
                                     fs::path(LETTERBOX_TEST_DATA) / "letters"});
  REQUIRE(files.files.size() >= 5);
  const std::atomic<bool> never{false};
  for (unsigned jobs : {1u, 2u, 5u}) {
    IndexWriter writer(dir.path / ("db" + std::to_string(jobs)), 3);
    RecordingObserver observer;
    const IndexSummary summary = index_files(files, tagger(), writer, observer, jobs_option(jobs), never);
    CHECK(summary.added == files.files.size());
    CHECK(observer.last_done == files.files.size());
    CHECK_FALSE(summary.interrupted);
  }
  const auto one = dump(dir.path / "db1");
  CHECK(one.size() == files.files.size());
  CHECK(dump(dir.path / "db2") == one);
  CHECK(dump(dir.path / "db5") == one);
}

TEST_CASE("a file that cannot be read is skipped with its reason and the run goes on", "[pipeline]") {
  TempFolder dir;
  std::ofstream(dir.path / "good.txt") << "Dear Minister,\nThe Improvement Notice is lifted.\nYours sincerely\nJane Smith\n";
  std::ofstream(dir.path / "nul.txt", std::ios::binary) << std::string(100, '\0');
  FileList files = list_files({dir.path});
  files.files.push_back({dir.path / "deleted.txt", (dir.path / "deleted.txt").string(), 10});
  IndexWriter writer(dir.path / "db", 10);
  RecordingObserver observer;
  const std::atomic<bool> never{false};
  const IndexSummary summary = index_files(files, tagger(), writer, observer, jobs_option(2), never);
  CHECK(summary.added == 1);
  CHECK(summary.skipped == 2);
  REQUIRE(observer.skips.size() == 2);
  CHECK(writer.document_count() == 1);
}

TEST_CASE("a stop request ends the run with what was done committed", "[pipeline]") {
  TempFolder dir;
  for (int i = 0; i < 50; ++i)
    std::ofstream(dir.path / ("letter" + std::to_string(i) + ".txt")) << "Dear Minister,\nLetter " << i << "\n";
  const FileList files = list_files({dir.path});
  const std::atomic<bool> stop{true};
  IndexWriter writer(dir.path / "db", 10);
  RecordingObserver observer;
  const IndexSummary summary = index_files(files, tagger(), writer, observer, jobs_option(2), stop);
  CHECK(summary.interrupted);
  CHECK(summary.added < files.files.size());
  CHECK(Xapian::Database((dir.path / "db").string()).get_doccount() == summary.added);
}

TEST_CASE("by default the workers leave each writer a core of its own", "[pipeline]") {
  CHECK(default_worker_count(2, 1) == 1);
  CHECK(default_worker_count(8, 1) == 7);
  CHECK(default_worker_count(8, 3) == 5);
  // Never none: more writers than cores, or cores unknown (0), still read.
  CHECK(default_worker_count(2, 2) == 1);
  CHECK(default_worker_count(2, 4) == 1);
  CHECK(default_worker_count(0, 1) == 1);
}
