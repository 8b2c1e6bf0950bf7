// Sharded indexes: routing by identifier, the stub file, writing shards in
// parallel, searching them as one (same hits, weights, facets, timeline and
// stats as one database of the same letters), and compacting.
#include <algorithm>
#include <fstream>
#include <map>

#include <catch2/catch.hpp>

#include "indexer/compact.h"
#include "indexer/pipeline.h"
#include "schema/shards.h"
#include "searcher/database.h"
#include "searcher/run_search.h"
#include "tests/unit/temp_folder.h"

using namespace letterbox;
namespace fs = std::filesystem;
using letterbox::testing::TempFolder;

namespace {

struct QuietObserver : IndexObserver {
  void warning(const std::string&, const std::string&) override {}
  void skipped(const std::string&, const std::string&) override {}
  void progress(std::size_t, std::size_t, std::uintmax_t) override {}
};

const Tagger& tagger() {
  static const Tagger instance(load_reference_data(default_reference_folder()));
  return instance;
}

// Letters in other styles than the samples: e-mail, minutes, a report.
void write_extra_letters(const fs::path& folder) {
  fs::create_directories(folder);
  std::ofstream(folder / "birmingham_2014.txt")
      << "Department for Education\n\n14 March 2014\n\nCllr Sir Albert Bore\nLeader, Birmingham City Council\n\n"
         "Dear Albert,\n\nI am writing about the Improvement Notice issued to Birmingham. Ofsted judged children's "
         "services inadequate. The safeguarding of children must improve guickly.\n\nYours sincerely,\n\n"
         "Edward Timpson MP\nParliamentary Under Secretary of State for Children and Families\n";
  std::ofstream(folder / "tower_hamlets_minutes_2017.md")
      << "**Tower Hamlets Children's Services Improvement Board**\n\nMinutes of the meeting held on 3 May 2017\n\n"
         "Present: Debbie Jones (Chair), Will Tuckley (Chief Executive)\n\n1. Ofsted monitoring visit: safeguarding "
         "practice requires improvement.\n---\n2. The board noted the Improvement Notice.\n";
  std::ofstream(folder / "cornwall_email.txt")
      << "From: Trevor Doughty <trevor.doughty@cornwall.gov.uk>\nTo: Tim Loughton <tim.loughton@education.gov.uk>\n"
         "Date: Tue, 8 Nov 2011 09:15:00 +0000\nSubject: Cornwall safeguarding progress\n\nDear Minister,\n\n"
         "Ofsted found our safeguarding services good. Thank you for your support.\n\nTrevor Doughty\n";
  std::ofstream(folder / "rotherham_report_2015.txt")
      << "REPORT OF THE COMMISSIONERS\nRotherham Metropolitan Borough Council\n\nJune 2015\n\nThe council's "
         "children's services were judged inadequate by Ofsted. Safeguarding arrangements are improving.\n";
}

FileList test_files(const fs::path& extra) {
  write_extra_letters(extra);
  return list_files({fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters", fs::path(LETTERBOX_TEST_DATA) / "letters",
                     extra});
}

template <typename Writer>
IndexSummary index_into(const FileList& files, Writer& writer) {
  QuietObserver observer;
  PipelineOptions options;
  options.jobs = 2;
  const std::atomic<bool> never{false};
  return index_files(files, tagger(), writer, observer, options, never);
}

// The letters indexed once as one database and once in three shards.
struct Indexes {
  TempFolder dir;
  FileList files = test_files(dir.path / "extra");
  fs::path single = dir.path / "single.db";
  fs::path sharded = dir.path / "sharded.db";
  Indexes() {
    {
      ShardedWriter writer(single, {.shards = 1, .batch_size = 7});
      index_into(files, writer);
    }
    ShardedWriter writer(sharded, {.shards = 3, .batch_size = 7});
    index_into(files, writer);
  }
};

const Indexes& indexes() {
  static const Indexes instance;
  return instance;
}

// Hits as (score, id), sorted: equal scores are ordered by docid, which
// differs between layouts, so ties are compared as sets.
std::vector<std::pair<double, std::string>> scored_hits(const search::SearchResults& results) {
  std::vector<std::pair<double, std::string>> hits;
  for (const auto& hit : results.hits) hits.emplace_back(hit.score, hit.data.id);
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  return hits;
}

search::SearchResults search_in(const fs::path& path, const std::string& query, search::SortOrder sort) {
  auto db = search::open_database(path);
  search::SearchRequest request{.query_text = query, .sort = sort, .limit = 100,
                                .facets = search::select_facets("year,minister,person,body,grade,type,place,from,to")};
  return search::run_search(db, request);
}

// FacetResult has no ==: name and values.
std::vector<std::pair<std::string, std::vector<search::FacetValue>>> facet_lists(
    const std::vector<search::FacetResult>& facets) {
  std::vector<std::pair<std::string, std::vector<search::FacetValue>>> lists;
  for (const auto& facet : facets) lists.emplace_back(facet.name, facet.values);
  return lists;
}

void check_same_answers(const fs::path& expected_path, const fs::path& actual_path) {
  for (const char* query : {"safeguarding", "\"Improvement Notice\"", "body:ofsted", "minister:loughton",
                            "grade:inadequate OR grade:good", "", "children services NOT leeds"}) {
    INFO("query: " << query);
    const auto expected = search_in(expected_path, query, search::SortOrder::relevance);
    const auto actual = search_in(actual_path, query, search::SortOrder::relevance);
    REQUIRE(actual.hits.size() == expected.hits.size());
    const auto expected_hits = scored_hits(expected), actual_hits = scored_hits(actual);
    for (std::size_t i = 0; i < expected_hits.size(); ++i) {
      CHECK(actual_hits[i].second == expected_hits[i].second);
      CHECK(actual_hits[i].first == Approx(expected_hits[i].first).epsilon(1e-9));
    }
    CHECK(actual.total.estimate == expected.total.estimate);
    CHECK(facet_lists(actual.facets) == facet_lists(expected.facets));
    CHECK(actual.timeline == expected.timeline);
  }
}

}  // namespace

TEST_CASE("a document's shard is fixed by the xxh64 of its identifier", "[shards]") {
  CHECK(shard_of("abc", 4) == 0x44BC2CF5AD770999ull % 4);  // XXH64("abc", seed 0)
  CHECK(shard_of("/letters/a.txt", 1) == 0);
  std::map<std::size_t, int> per_shard;
  for (int i = 0; i < 4000; ++i) ++per_shard[shard_of("/corpus/letter-" + std::to_string(i) + ".txt", 4)];
  REQUIRE(per_shard.size() == 4);
  for (const auto& [shard, count] : per_shard) CHECK((count > 850 && count < 1150));
}

TEST_CASE("stub files are read as Xapian reads them", "[shards]") {
  TempFolder dir;
  schema::write_stub(dir.path / "XAPIANDB", {"shard-00", "shard-01"});
  std::ofstream(dir.path / "XAPIANDB", std::ios::app)
      << "# served elsewhere\n\nremote search-2.example.org:33301\nremote [::1]:4000\nremote :xapian-progsrv /srv/db\n";
  REQUIRE(schema::stub_file_of(dir.path) == dir.path / "XAPIANDB");
  const auto entries = schema::read_stub(dir.path / "XAPIANDB");
  REQUIRE(entries.size() == 5);
  CHECK(entries[0].path == dir.path / "shard-00");
  CHECK(entries[1].kind == schema::ShardEntry::Kind::local);
  CHECK((entries[2].host == "search-2.example.org" && entries[2].port == 33301));
  CHECK(entries[2].line == 6);
  CHECK((entries[3].host == "::1" && entries[3].port == 4000));
  CHECK((entries[4].program == "xapian-progsrv" && entries[4].args == "/srv/db"));
  CHECK(schema::shard_folder_name(3, 12) == "shard-03");
  CHECK(schema::shard_folder_name(7, 1000) == "shard-007");

  std::ofstream(dir.path / "bad.stub") << "auto a\nremote nohostport\n";
  CHECK_THROWS_WITH(schema::read_stub(dir.path / "bad.stub"), Catch::Contains("bad.stub:2") && Catch::Contains("host:port"));
  CHECK_FALSE(schema::stub_file_of(dir.path / "missing"));
}

TEST_CASE("each document is in the shard its identifier names, each shard a whole database", "[shards]") {
  const Indexes& ix = indexes();
  Xapian::Database single(ix.single.string());
  REQUIRE(single.get_doccount() == ix.files.files.size());
  const auto entries = schema::read_stub(ix.sharded / schema::kStubFileName);
  REQUIRE(entries.size() == 3);
  Xapian::doccount total = 0;
  for (std::size_t shard = 0; shard < entries.size(); ++shard) {
    Xapian::Database db(entries[shard].path.string());
    total += db.get_doccount();
    for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term)
      CHECK(shard_of((*term).substr(1), 3) == shard);
  }
  CHECK(total == single.get_doccount());
}

TEST_CASE("shards searched as one answer as one database does", "[shards]") {
  check_same_answers(indexes().single, indexes().sharded);
}

TEST_CASE("show and stats work the same on shards", "[shards]") {
  const Indexes& ix = indexes();
  auto single = search::open_database(ix.single);
  auto sharded = search::open_database(ix.sharded);
  const std::string id = ix.files.files.front().id;
  CHECK(search::find_document(sharded, id).data.text == search::find_document(single, id).data.text);
  const auto expected = search::index_stats(single, ix.single, 10);
  const auto actual = search::index_stats(sharded, ix.sharded, 10);
  CHECK(actual.documents == expected.documents);
  CHECK(actual.first_date == expected.first_date);
  CHECK(actual.last_date == expected.last_date);
  CHECK(facet_lists(actual.top) == facet_lists(expected.top));
  CHECK(actual.timeline == expected.timeline);
  CHECK(actual.size_bytes > 0);
}

TEST_CASE("a re-run skips what any shard holds, prunes across shards, keeps the layout", "[shards]") {
  TempFolder dir;
  const FileList files = test_files(dir.path / "letters");
  {
    ShardedWriter writer(dir.path / "db", {.shards = 2, .batch_size = 3});
    CHECK(index_into(files, writer).added == files.files.size());
  }
  {
    ShardedWriter writer(dir.path / "db", {});  // the layout as it is
    CHECK(writer.shard_count() == 2);
    CHECK(writer.known_hashes().size() == files.files.size());
    const IndexSummary again = index_into(files, writer);
    CHECK(again.unchanged == files.files.size());
    CHECK(again.added == 0);
  }
  fs::remove(dir.path / "letters" / "cornwall_email.txt");
  {
    ShardedWriter writer(dir.path / "db", {.shards = 2});
    const auto missing = writer.ids_of_missing_files();
    REQUIRE(missing.size() == 1);
    writer.remove(missing.front());
    writer.commit();
    CHECK(writer.document_count() == files.files.size() - 1);
  }
  CHECK_THROWS_WITH(ShardedWriter(dir.path / "db", {.shards = 3}),
                    Catch::Contains("has 2 shards") && Catch::Contains("--shards 3"));
  { ShardedWriter single(dir.path / "one.db", {}); }
  CHECK_THROWS_WITH(ShardedWriter(dir.path / "one.db", {.shards = 4}), Catch::Contains("is a single database"));
}

TEST_CASE("a shard locked by another writer is named", "[shards]") {
  TempFolder dir;
  ShardedWriter first(dir.path / "db", {.shards = 2});
  CHECK_THROWS_WITH(ShardedWriter(dir.path / "db", {}), Catch::Contains("shard-00") && Catch::Contains("locked"));
}

TEST_CASE("the compacted index answers as the shards do", "[shards]") {
  const Indexes& ix = indexes();
  TempFolder dir;
  const auto summary = compact_index(ix.sharded, dir.path / "compact.db");
  CHECK(summary.sources == 3);
  CHECK(summary.documents == ix.files.files.size());
  CHECK_FALSE(fs::exists(dir.path / "compact.db.compacting"));
  check_same_answers(ix.single, dir.path / "compact.db");
  compact_index(ix.single, dir.path / "single-file.db", {.single_file = true});
  CHECK(fs::is_regular_file(dir.path / "single-file.db"));
  check_same_answers(ix.single, dir.path / "single-file.db");
  CHECK_THROWS_WITH(compact_index(ix.sharded, dir.path / "compact.db"), Catch::Contains("exists"));
  std::ofstream(dir.path / "remote.stub") << "remote 127.0.0.1:9\n";
  CHECK_THROWS_WITH(compact_index(dir.path / "remote.stub", dir.path / "out.db"), Catch::Contains("remote shard"));
}

TEST_CASE("a missing shard is named, or left out with --allow-partial", "[shards]") {
  const Indexes& ix = indexes();
  TempFolder dir;
  const auto entries = schema::read_stub(ix.sharded / schema::kStubFileName);
  std::ofstream(dir.path / "partial.stub") << "auto " << entries[0].path.string() << "\nauto "
                                           << (dir.path / "gone").string() << "\n";
  CHECK_THROWS_AS(search::open_index(dir.path / "partial.stub", {}), search::ShardUnavailableError);
  CHECK_THROWS_WITH(search::open_index(dir.path / "partial.stub", {}),
                    Catch::Contains("line 2 of") && Catch::Contains("--allow-partial"));
  const auto view = search::open_index(dir.path / "partial.stub", {.allow_partial = true});
  REQUIRE(view.missing.size() == 1);
  CHECK(view.missing.front().shard.find("gone") != std::string::npos);
  CHECK(view.db.get_doccount() == Xapian::Database(entries[0].path.string()).get_doccount());
}
