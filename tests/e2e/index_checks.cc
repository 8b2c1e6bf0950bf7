#include "tests/e2e/index_checks.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

#include <catch2/catch.hpp>

#include "indexer/list_files.h"
#include "schema/document_data.h"
#include "schema/schema.h"
#include "tests/e2e/run_program.h"

extern char** environ;

namespace fs = std::filesystem;

namespace letterbox::e2e {
namespace {

int exit_code_of(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

std::string read_whole(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool indexable(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".txt" || extension == ".md" || extension == ".markdown" || extension.empty();
}

}  // namespace

BackgroundProgram::BackgroundProgram(const std::string& program, const std::vector<std::string>& args,
                                     const fs::path& output_folder)
    : err_path_(output_folder / "stderr") {
  const std::string out_path = (output_folder / "stdout").string();
  const std::string err_path = err_path_.string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> strings{program};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  const int rc = posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + program);
}

BackgroundProgram::~BackgroundProgram() {
  if (exit_code_ >= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
}

void BackgroundProgram::send(int signal) const {
  if (exit_code_ < 0) ::kill(pid_, signal);
}

bool BackgroundProgram::finished() {
  if (exit_code_ >= 0) return true;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) != pid_) return false;
  exit_code_ = exit_code_of(status);
  return true;
}

int BackgroundProgram::wait() {
  if (exit_code_ >= 0) return exit_code_;
  int status = 0;
  ::waitpid(pid_, &status, 0);
  exit_code_ = exit_code_of(status);
  return exit_code_;
}

std::string BackgroundProgram::err() const { return read_whole(err_path_); }

void generate_corpus(const fs::path& folder, int count, int seed) {
  const ProgramResult result = run(LETTERBOX_GEN_CORPUS_PROGRAM, {"--count", std::to_string(count), "--seed",
                                                                  std::to_string(seed), "--out", folder.string()});
  INFO("letterbox-gen-corpus stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
}

std::vector<std::string> indexable_ids(const fs::path& folder) {
  std::vector<std::string> ids;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && indexable(entry.path())) ids.push_back(fs::weakly_canonical(entry.path()).string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string file_hash(const fs::path& file) {
  const std::string bytes = read_whole(file);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH64(bytes.data(), bytes.size(), 0)));
  return hex;
}

std::vector<IndexedDocument> read_checked_index(const fs::path& db_path) {
  if (!fs::exists(db_path)) return {};
  Xapian::Database db(db_path.string());
  std::vector<IndexedDocument> documents;
  for (auto posting = db.postlist_begin(""); posting != db.postlist_end(""); ++posting) {
    const Xapian::Document document = db.get_document(*posting);
    const schema::DocumentData data = schema::decode_document_data(document.get_data());
    INFO("docid " << *posting << ", id " << data.id);
    const std::string term = schema::id_term(data.id);
    REQUIRE(db.postlist_begin(term) != db.postlist_end(term));
    REQUIRE(*db.postlist_begin(term) == *posting);
    REQUIRE(document.get_value(schema::kContentHashSlot) == data.content_hash);
    // A document that is a part of its file (an mbox's message, an
    // attachment) carries the hash of its own bytes.
    if (letterbox::file_of_id(data.id) == data.id) REQUIRE(file_hash(data.id) == data.content_hash);
    REQUIRE_FALSE(data.text.empty());
    documents.push_back({*posting, data.id, data.content_hash});
  }
  REQUIRE(documents.size() == db.get_doccount());
  return documents;
}

void require_xapian_check(const fs::path& db) {
  const ProgramResult result = run(LETTERBOX_XAPIAN_CHECK_PROGRAM, {db.string()});
  INFO("xapian-check " << db << ":\n" << result.out << result.err);
  REQUIRE(result.exit_code == 0);
}

bool wait_for_index(const fs::path& db, int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    try {
      if (fs::exists(db)) {
        Xapian::Database opened(db.string());
        if (!opened.get_metadata(std::string(schema::kVersionKey)).empty()) return true;
      }
    } catch (const Xapian::Error&) {
      // Being created: try again.
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

}  // namespace letterbox::e2e
