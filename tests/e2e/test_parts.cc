// letterbox-index --part K/N: each machine makes one shard of a sharded
// layout by itself. Each part must hold exactly what that shard of
// --shards N holds (the same documents, docids and content hashes), the
// documents of one file must stay together, and a stub listing the parts
// must search like the sharded index.
#include <fstream>
#include <iterator>
#include <map>

#include <catch2/catch.hpp>

#include "indexer/list_files.h"
#include "tests/e2e/index_checks.h"
#include "tests/e2e/run_program.h"

namespace fs = std::filesystem;
using namespace letterbox::e2e;

namespace {

// Two e-mails in one mbox: two documents from one file.
const char* const kMbox =
    "From clerk@rotherham.gov.uk Mon Jan  1 00:00:00 2018\n"
    "From: Joyce Thacker <joyce.thacker@rotherham.gov.uk>\nTo: Malcolm Newsam\n"
    "Date: Tue, 4 Mar 2014 10:00:00 +0000\nSubject: Improvement board papers\n\n"
    "Malcolm,\n\nThe papers for the Rotherham improvement board are attached to the agenda.\n\nJoyce\n\n"
    "From clerk@rotherham.gov.uk Mon Jan  1 00:00:00 2018\n"
    "From: Malcolm Newsam <malcolm.newsam@rotherham.gov.uk>\nTo: Joyce Thacker\n"
    "Date: Wed, 5 Mar 2014 09:00:00 +0000\nSubject: Re: Improvement board papers\n\n"
    "Joyce,\n\nThank you; Ofsted's monitoring visit is in April.\n\nMalcolm\n";

struct Layouts {
  TempDir dir;
  fs::path letters = dir.path() / "letters";
  fs::path sharded = dir.path() / "sharded.db";
  std::vector<fs::path> parts;
  Layouts() {
    fs::create_directories(letters);
    const fs::path sources[] = {fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters",
                                fs::path(LETTERBOX_TEST_DATA) / "letters"};
    for (const fs::path& source : sources)
      for (const auto& entry : fs::directory_iterator(source))
        if (entry.path().extension() == ".txt") fs::copy_file(entry.path(), letters / entry.path().filename());
    std::ofstream(letters / "rotherham-board.mbox") << kMbox;

    const auto sharded_run = run_index({"--db", sharded.string(), "--shards", "3", "--quiet", letters.string()});
    INFO(sharded_run.err);
    REQUIRE(sharded_run.exit_code == 0);
    for (int k = 0; k < 3; ++k) {
      parts.push_back(dir.path() / ("part-" + std::to_string(k) + ".db"));
      const auto run = run_index({"--db", parts.back().string(), "--part", std::to_string(k) + "/3", letters.string()});
      INFO(run.err);
      REQUIRE(run.exit_code == 0);
      CHECK_THAT(run.err, Catch::Contains("(part " + std::to_string(k) + "/3)"));
    }
  }
};

}  // namespace

TEST_CASE("letterbox-index --part K/N makes exactly shard K of --shards N", "[e2e][shards][parts]") {
  const Layouts layouts;
  std::size_t total = 0;
  std::map<std::string, int> part_of_file;
  for (int k = 0; k < 3; ++k) {
    INFO("part " << k);
    const auto shard = read_checked_index(layouts.sharded / ("shard-0" + std::to_string(k)));
    const auto part = read_checked_index(layouts.parts[k]);
    CHECK(part == shard);  // same ids, docids and content hashes, in the same order
    total += part.size();
    for (const auto& document : part) {
      const auto [where, inserted] = part_of_file.emplace(letterbox::file_of_id(document.id), k);
      CHECK(where->second == k);  // the documents of one file stay together
    }
  }
  const auto files =
      static_cast<std::size_t>(std::distance(fs::directory_iterator(layouts.letters), fs::directory_iterator()));
  CHECK(part_of_file.size() == files);  // every file in one part
  CHECK(total == files + 1);            // the mbox gives two documents

  // A stub listing the parts searches as the sharded index does.
  const fs::path stub = layouts.dir.path() / "parts.stub";
  std::ofstream stub_file(stub);
  for (const fs::path& part : layouts.parts) stub_file << "auto " << part.string() << "\n";
  stub_file.close();
  for (const std::string query : {"safeguarding", "\"improvement board\"", "minister:balls"}) {
    INFO("query " << query);
    const auto expected = search_json(layouts.sharded, {query, "--limit", "100", "--facets", "all"});
    const auto actual = search_json(stub, {query, "--limit", "100", "--facets", "all"});
    CHECK(actual["total"] == expected["total"]);
    CHECK(actual["facets"] == expected["facets"]);
    CHECK(actual["timeline"] == expected["timeline"]);
  }
}

TEST_CASE("letterbox-index --part refuses what it cannot do, with exit 2", "[e2e][shards][parts]") {
  TempDir dir;
  const std::string letters = (fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters").string();
  const std::string db = (dir.path() / "part.db").string();
  for (const std::string bad : {"3/3", "1", "a/2", "1/0", "-1/2"}) {
    INFO("--part " << bad);
    const auto result = run_index({"--db", db, "--part", bad, letters});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--part") && Catch::Contains(bad));
    CHECK_FALSE(fs::exists(db));
  }
  const auto with_shards = run_index({"--db", db, "--part", "0/2", "--shards", "2", letters});
  CHECK(with_shards.exit_code == 2);
  CHECK_THAT(with_shards.err, Catch::Contains("cannot be used with --shards"));

  const std::string sharded = (dir.path() / "sharded.db").string();
  REQUIRE(run_index({"--db", sharded, "--shards", "2", "--quiet", letters}).exit_code == 0);
  const auto into_sharded = run_index({"--db", sharded, "--part", "0/2", letters});
  CHECK(into_sharded.exit_code == 2);
  CHECK_THAT(into_sharded.err, Catch::Contains("is sharded"));
}

TEST_CASE("a part is updated only as the same part, and parts merged by --compact are a whole index",
          "[e2e][shards][parts]") {
  const Layouts layouts;
  const std::string letters = layouts.letters.string();
  const std::string part1 = layouts.parts[1].string();
  CHECK(Xapian::Database(part1).get_metadata("letterbox:part") == "1/3");

  const auto same = run_index({"--db", part1, "--part", "1/3", "--quiet", letters});
  CHECK(same.exit_code == 0);  // nothing changed: a re-run of the part
  const auto other = run_index({"--db", part1, "--part", "2/3", letters});
  CHECK(other.exit_code == 2);
  CHECK_THAT(other.err, Catch::Contains(part1) && Catch::Contains("part 1/3, not part 2/3"));
  const auto whole = run_index({"--db", part1, letters});
  CHECK(whole.exit_code == 2);
  CHECK_THAT(whole.err, Catch::Contains("update it with --part 1/3"));

  const fs::path plain = layouts.dir.path() / "whole.db";
  REQUIRE(run_index({"--db", plain.string(), "--quiet", letters}).exit_code == 0);
  const auto part_of_whole = run_index({"--db", plain.string(), "--part", "0/3", letters});
  CHECK(part_of_whole.exit_code == 2);
  CHECK_THAT(part_of_whole.err, Catch::Contains("holds a whole collection"));
  CHECK(read_checked_index(part1).size() == read_checked_index(layouts.sharded / "shard-01").size());

  // The parts listed in a stub and compacted: one index of everything.
  const fs::path stub = layouts.dir.path() / "parts.stub";
  std::ofstream stub_file(stub);
  for (const fs::path& part : layouts.parts) stub_file << "auto " << part.string() << "\n";
  stub_file.close();
  const fs::path merged = layouts.dir.path() / "merged.db";
  const auto compacted = run_index({"--db", stub.string(), "--compact", merged.string()});
  INFO(compacted.err);
  REQUIRE(compacted.exit_code == 0);
  CHECK(Xapian::Database(merged.string()).get_metadata("letterbox:part").empty());
  const auto update = run_index({"--db", merged.string(), "--quiet", letters});
  CHECK(update.exit_code == 0);
  CHECK(read_checked_index(merged).size() == read_checked_index(plain).size());
}
