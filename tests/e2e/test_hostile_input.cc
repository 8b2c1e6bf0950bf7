// Hostile input: a folder of bad files beside good ones. Every bad file gets
// its documented outcome (indexed with a repair, or skipped with a reason),
// the run finishes, and every good file is indexed.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <xapian.h>

#include "indexer/pipeline.h"
#include "schema/document_data.h"
#include "schema/schema.h"
#include "tests/e2e/run_program.h"

namespace fs = std::filesystem;
using letterbox::e2e::run_index;
using letterbox::e2e::TempDir;

namespace {

const fs::path kBadFiles = fs::path(LETTERBOX_TEST_DATA) / "bad";
const fs::path kSamples = fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters";

void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string letter(const std::string& council, const std::string& minister, const std::string& middle) {
  return "Department for Education\nSanctuary Buildings\nLondon SW1P 3BT\n\n3 June 2014\n\nCouncillor Pat Hart\nLeader, " +
         council + "\n\nDear Councillor Hart,\n\nIMPROVEMENT NOTICE: " + council +
         "\n\nI write about the Improvement Notice issued to the council.\n" + middle + "\n\nYours sincerely,\n\n" +
         minister + "\nParliamentary Under-Secretary of State for Children\n";
}

// 50 MB on one line: a repeated sentence without a line break.
std::string one_line_of_50_megabytes() {
  const std::string sentence = "The council must improve the quality of social work practice in Doncaster. ";
  std::string text;
  text.reserve(50u << 20);
  while (text.size() < (50u << 20)) text += sentence;
  return text;
}

std::string deeply_nested_markdown() {
  std::string text = "# Minutes of the Cornwall Improvement Board, 12 May 2019\n\n";
  for (int depth = 0; depth < 5000; ++depth) text += std::string(depth % 200, ' ') + "- " + std::string(depth % 40, '>') + " **item " + std::to_string(depth) + "\n";
  text += std::string(20000, '*') + "bold" + std::string(20000, '*') + "\n" + std::string(20000, '[') + "\n";
  text += std::string(10000, '#') + " heading\n" + std::string(30000, '_') + "\n";
  return text;
}

std::string cc_list_of_ten_thousand() {
  std::string cc = "cc: ";
  for (int i = 0; i < 10000; ++i) cc += (i ? ", " : "") + std::string("Officer") + std::to_string(i) + " Smith";
  return letter("Rotherham Metropolitan Borough Council", "Edward Timpson MP", "") + "\n" + cc + "\n";
}

struct Run {
  int exit_code = -1;
  std::string err;
  std::map<std::string, letterbox::schema::DocumentData> indexed;  // by identifier
};

Run index_folder(const fs::path& db, const fs::path& folder) {
  const auto result = run_index({"--db", db.string(), "-j", "2", folder.string()});
  Run run{result.exit_code, result.err, {}};
  Xapian::Database opened(db.string());
  for (auto posting = opened.postlist_begin(""); posting != opened.postlist_end(""); ++posting) {
    auto data = letterbox::schema::decode_document_data(opened.get_document(*posting).get_data());
    run.indexed.emplace(data.id, std::move(data));
  }
  return run;
}

// What the stderr line starting with kind ("skipped ", "warning: ") says
// about this file, or "".
std::string message_about(const std::string& err, const fs::path& file, const std::string& kind) {
  std::istringstream lines(err);
  const std::string wanted = kind + file.string() + ": ";
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with(wanted)) return line.substr(wanted.size());
  return "";
}

std::string id_of(const fs::path& file) { return fs::weakly_canonical(file).string(); }

}  // namespace

TEST_CASE("bad files are repaired or skipped with their reason and good files beside them are indexed",
          "[e2e][robust][hostile]") {
  TempDir dir;
  const fs::path in = dir.path() / "in";
  fs::copy(kBadFiles, in, fs::copy_options::recursive);
  fs::copy(kSamples, in / "samples", fs::copy_options::recursive);
  const fs::path huge = in / "one_line_50mb.txt";
  write_file(huge, one_line_of_50_megabytes());
  const fs::path nested = in / "nested.md";
  write_file(nested, deeply_nested_markdown());
  const fs::path cc_list = in / "cc_list.txt";
  write_file(cc_list, cc_list_of_ten_thousand());
  const fs::path odd_path = in / "Tower Hamlets – réponse du ministre" / "lettre à M. Ødegård 2019 (copie).txt";
  write_file(odd_path, letter("Tower Hamlets Council", "Nadhim Zahawi MP", "Ödön, Łódź and 東京 were mentioned."));
  const fs::path slough = in / "Slough" / "2014-slough.txt";
  write_file(slough, letter("Slough Borough Council", "Edward Timpson MP", "The trust will take over services."));
  fs::create_symlink("loop_b.txt", in / "loop_a.txt");
  fs::create_symlink("loop_a.txt", in / "loop_b.txt");
  fs::create_directory_symlink("..", in / "Slough" / "up");  // a folder loop
  REQUIRE(::mkfifo((in / "pipe.txt").c_str(), 0644) == 0);
  const fs::path unreadable = in / "unreadable.txt";
  write_file(unreadable, letter("Birmingham City Council", "Tim Loughton MP", ""));
  fs::permissions(unreadable, fs::perms::none);
  const bool can_read_anyway = ::access(unreadable.c_str(), R_OK) == 0;  // root reads it regardless

  const Run run = index_folder(dir.path() / "db", in);
  INFO("stderr:\n" << run.err.substr(0, 20000));
  REQUIRE(run.exit_code == 1);  // finished, with files skipped
  const auto indexed = [&](const fs::path& file) { return run.indexed.count(id_of(file)) > 0; };
  const auto skipped = [&](const fs::path& file) { return message_about(run.err, file, "skipped "); };
  const auto warned = [&](const fs::path& file) { return message_about(run.err, file, "warning: "); };

  // Repaired and indexed.
  CHECK(indexed(in / "invalid_utf8.txt"));
  CHECK_THAT(warned(in / "invalid_utf8.txt"), Catch::StartsWith("invalid UTF-8 repaired"));
  CHECK(indexed(in / "utf16le_bom.txt"));
  CHECK_THAT(run.indexed.at(id_of(in / "utf16le_bom.txt")).text, Catch::Contains("with a byte-order mark"));
  CHECK(indexed(in / "utf16be_no_bom.txt"));
  CHECK_THAT(warned(in / "utf16be_no_bom.txt"), Catch::StartsWith("no byte-order mark; read as UTF-16BE"));
  CHECK(indexed(in / "control_characters.md"));
  CHECK(indexed(huge));
  CHECK_THAT(warned(huge), Catch::Contains("over the limit"));
  CHECK(run.indexed.at(id_of(huge)).text.size() <= (16u << 20));
  CHECK(indexed(nested));
  CHECK(indexed(cc_list));
  CHECK(indexed(odd_path));
  CHECK(run.indexed.at(id_of(odd_path)).path.find("réponse") != std::string::npos);
  // Skipped with the reason.
  CHECK(skipped(in / "nul_bytes.txt") == "binary data, not text");
  CHECK(skipped(in / "binary_with_text_name.txt") == "binary data, not text");
  CHECK(skipped(in / "empty.txt") == "empty file");
  CHECK(skipped(in / "whitespace_only.txt") == "empty file");
  CHECK(skipped(in / "loop_a.txt") == "broken symbolic link");
  CHECK(skipped(in / "loop_b.txt") == "broken symbolic link");
  if (can_read_anyway) {
    WARN("running as root: an unreadable file can be read, so it is indexed");
    CHECK(indexed(unreadable));
  } else {
    CHECK(skipped(unreadable) == "cannot open: Permission denied");
  }
  for (const char* name : {"nul_bytes.txt", "binary_with_text_name.txt", "empty.txt", "whitespace_only.txt"})
    CHECK_FALSE(indexed(in / name));
  // Not listed: a fifo and a folder loop are not read.
  CHECK(skipped(in / "pipe.txt").empty());
  CHECK_FALSE(indexed(in / "pipe.txt"));
  // Each file once: 5 samples, 8 repaired or odd ones, Slough (and the
  // unreadable one when root can read it); nothing twice through the loop.
  CHECK(run.indexed.size() == 14u + (can_read_anyway ? 1 : 0));
  // Every good file beside them is indexed.
  for (const auto& entry : fs::directory_iterator(kSamples)) CHECK(indexed(in / "samples" / entry.path().filename()));
  CHECK(indexed(slough));
}

TEST_CASE("a file named directly that is a FIFO is refused without hanging", "[e2e][robust][hostile]") {
  TempDir dir;
  const fs::path fifo = dir.path() / "letter.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  const auto result = run_index({"--db", (dir.path() / "db").string(), fifo.string()});
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("not a regular file"));
}

namespace {

// Records what the pipeline reports.
class RecordingObserver : public letterbox::IndexObserver {
 public:
  void warning(const std::string&, const std::string&) override {}
  void skipped(const std::string& path, const std::string& reason) override { skips[path] = reason; }
  void progress(std::size_t, std::size_t, std::uintmax_t) override {}
  std::map<std::string, std::string> skips;
};

}  // namespace

TEST_CASE("a file deleted between listing and reading is skipped and the others are indexed",
          "[e2e][robust][hostile]") {
  TempDir dir;
  const fs::path in = dir.path() / "in";
  const fs::path doomed = in / "2009-doncaster.txt";
  write_file(doomed, letter("Doncaster Metropolitan Borough Council", "Ed Balls MP", ""));
  write_file(in / "2011-haringey.txt", letter("Haringey Council", "Tim Loughton MP", ""));
  const letterbox::FileList files = letterbox::list_files({in});
  REQUIRE(files.files.size() == 2);
  fs::remove(doomed);

  const letterbox::Tagger tagger(letterbox::load_reference_data(letterbox::default_reference_folder()));
  letterbox::IndexWriter writer(dir.path() / "db", 10);
  RecordingObserver observer;
  const std::atomic<bool> stop{false};
  letterbox::PipelineOptions options;
  options.jobs = 2;
  const auto summary = letterbox::index_files(files, tagger, writer, observer, options, stop);
  CHECK(summary.added == 1);
  CHECK(summary.skipped == 1);
  REQUIRE(observer.skips.size() == 1);
  CHECK_THAT(observer.skips.begin()->second, Catch::Contains("No such file or directory"));
  CHECK(writer.document_count() == 1);
}
