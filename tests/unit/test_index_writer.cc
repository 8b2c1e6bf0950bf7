#include <fstream>
#include <random>

#include <catch2/catch.hpp>

#include "tests/unit/temp_folder.h"

#include "indexer/index_writer.h"
#include "schema/schema.h"

using namespace letterbox;
namespace fs = std::filesystem;

namespace {

using letterbox::testing::TempFolder;

Xapian::Document document_with_hash(const std::string& hash) {
  Xapian::Document document;
  document.add_value(schema::kContentHashSlot, hash);
  document.set_data("{}");
  return document;
}

// How often the spelling table of the index at db has seen word (0: never).
Xapian::termcount spelling_frequency(const fs::path& db, const std::string& word) {
  Xapian::Database reader(db.string());
  auto spelling = reader.spellings_begin();
  spelling.skip_to(word);
  return spelling != reader.spellings_end() && *spelling == word ? spelling.get_termfreq() : 0;
}

}  // namespace

TEST_CASE("a new index is created and stamped with the schema version", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  { IndexWriter writer(db, 10); }
  Xapian::Database reader(db.string());
  CHECK(reader.get_metadata(std::string(schema::kVersionKey)) == std::to_string(schema::kVersion));
}

TEST_CASE("documents are replaced by identifier and their hashes known on reopening", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  {
    IndexWriter writer(db, 1000);
    writer.replace("/a.txt", document_with_hash("aaaa"), {{"notice", 2}});
    writer.replace("/b.txt", document_with_hash("bbbb"), {});
    writer.replace("/a.txt", document_with_hash("cccc"), {});
  }  // the destructor commits
  IndexWriter writer(db, 1000);
  CHECK(writer.document_count() == 2);
  CHECK(writer.known_hashes().at("/a.txt") == "cccc");
  CHECK(writer.known_hashes().at("/b.txt") == "bbbb");
  Xapian::Database reader(db.string());
  auto spelling = reader.spellings_begin();
  spelling.skip_to("notice");
  REQUIRE((spelling != reader.spellings_end() && *spelling == "notice"));
  CHECK(spelling.get_termfreq() == 2);

  writer.remove("/b.txt");
  writer.commit();
  CHECK(Xapian::Database(db.string()).get_doccount() == 1);
}

TEST_CASE("changes are committed in batches", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  IndexWriter writer(db, 2);
  writer.replace("/a.txt", document_with_hash("1"), {});
  CHECK(Xapian::Database(db.string()).get_doccount() == 0);
  writer.replace("/b.txt", document_with_hash("2"), {});
  CHECK(Xapian::Database(db.string()).get_doccount() == 2);
}

TEST_CASE("a second writer is told the index is locked", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  IndexWriter first(db, 10);
  try {
    IndexWriter second(db, 10);
    FAIL("a second writer opened a locked index");
  } catch (const IndexOpenError& e) {
    CHECK_THAT(e.what(), Catch::Contains("locked") && Catch::Contains(db.string()));
  }
}

TEST_CASE("an index of another schema version is refused", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  {
    Xapian::WritableDatabase old(db.string(), Xapian::DB_CREATE);
    old.set_metadata(std::string(schema::kVersionKey), "0");
    old.add_document(Xapian::Document());
    old.commit();
  }
  CHECK_THROWS_WITH(IndexWriter(db, 10), Catch::Contains("version 0"));
}

TEST_CASE("something that is not an index cannot be opened", "[index_writer]") {
  TempFolder dir;
  const fs::path file = dir.path / "letter.txt";
  std::ofstream(file) << "Dear Minister";
  CHECK_THROWS_AS(IndexWriter(file, 10), IndexOpenError);
}

TEST_CASE("identifiers whose files are gone are found for pruning", "[index_writer]") {
  TempFolder dir;
  const fs::path kept = dir.path / "kept.txt";
  std::ofstream(kept) << "Dear Minister";
  const fs::path db = dir.path / "db";
  {
    IndexWriter writer(db, 10);
    writer.replace(kept.string(), document_with_hash("1"), {});
    writer.replace((dir.path / "gone.txt").string(), document_with_hash("2"), {});
  }
  IndexWriter writer(db, 10);
  CHECK(writer.ids_of_missing_files() == std::vector<std::string>{(dir.path / "gone.txt").string()});
}

TEST_CASE("spelling frequencies of a batch are summed and committed with it", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  auto frequency_of = [&](const std::string& word) { return spelling_frequency(db, word); };
  IndexWriter writer(db, 2);
  writer.replace("/doncaster.txt", document_with_hash("1"), {{"guickly", 1}, {"inspection", 3}});
  CHECK(frequency_of("inspection") == 0);  // not committed yet
  writer.replace("/slough.txt", document_with_hash("2"), {{"inspection", 2}});
  CHECK(frequency_of("inspection") == 5);
  CHECK(frequency_of("guickly") == 1);
  writer.replace("/rotherham.txt", document_with_hash("3"), {{"inspection", 4}});
  writer.commit();
  CHECK(frequency_of("inspection") == 9);
  CHECK(Xapian::Database(db.string()).get_spelling_suggestion("quickly") == "guickly");
}

TEST_CASE("a replaced or removed version's words leave the spelling table", "[index_writer]") {
  TempFolder dir;
  const fs::path db = dir.path / "db";
  auto frequency_of = [&](const std::string& word) { return spelling_frequency(db, word); };
  // A document whose text terms are these words, as build_document makes it.
  auto with_words = [](const std::string& hash, const std::vector<std::string>& words) {
    Xapian::Document document = document_with_hash(hash);
    for (const auto& word : words) document.add_term(word);
    return document;
  };
  auto add = [](IndexWriter& writer, const std::string& id, const Xapian::Document& document) {
    writer.replace(id, document, spelling_words(document));
  };
  {
    IndexWriter writer(db, 100);
    add(writer, "/wigan.txt", with_words("1", {"inspection", "guickly"}));
    add(writer, "/bury.txt", with_words("2", {"inspection", "improvement"}));
  }
  REQUIRE(frequency_of("guickly") == 1);
  REQUIRE(frequency_of("inspection") == 2);
  {
    // The OCR slip is corrected in a new version of the file.
    IndexWriter writer(db, 100);
    add(writer, "/wigan.txt", with_words("3", {"inspection", "quickly"}));
  }
  CHECK(frequency_of("guickly") == 0);
  CHECK(frequency_of("quickly") == 1);
  CHECK(frequency_of("inspection") == 2);
  CHECK(Xapian::Database(db.string()).get_spelling_suggestion("guickly") == "quickly");
  {
    // Replaced twice in one batch, then removed: nothing of it is left.
    IndexWriter writer(db, 100);
    add(writer, "/bury.txt", with_words("4", {"improvement", "notice"}));
    add(writer, "/bury.txt", with_words("5", {"improvement", "notice", "board"}));
    writer.remove("/bury.txt");
  }
  CHECK(frequency_of("improvement") == 0);
  CHECK(frequency_of("notice") == 0);
  CHECK(frequency_of("board") == 0);
  CHECK(frequency_of("inspection") == 1);
}
