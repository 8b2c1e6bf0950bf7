// Helpers for the robustness tests: generated corpora, programs left running
// in the background, and checks that an index on disk is whole and agrees
// with the files it was built from.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace letterbox::e2e {

// A program started without waiting for it; its stdout and stderr go to
// files in a folder of the caller's. Killed (SIGKILL) and reaped on
// destruction if still running, so a failing test leaves no process behind.
class BackgroundProgram {
 public:
  BackgroundProgram(const std::string& program, const std::vector<std::string>& args,
                    const std::filesystem::path& output_folder);
  ~BackgroundProgram();
  BackgroundProgram(const BackgroundProgram&) = delete;
  BackgroundProgram& operator=(const BackgroundProgram&) = delete;

  void send(int signal) const;
  // Whether it has exited (reaping it when it has).
  bool finished();
  // Waits for the exit: the exit code, or 128 + the signal that ended it.
  int wait();
  std::string err() const;

 private:
  pid_t pid_ = -1;
  int exit_code_ = -1;
  std::filesystem::path err_path_;
};

// Writes `count` generated letters into folder with letterbox-gen-corpus.
void generate_corpus(const std::filesystem::path& folder, int count, int seed);

// The identifiers letterbox-index gives the indexable files under folder
// (canonical paths), sorted: the order in which they are written.
std::vector<std::string> indexable_ids(const std::filesystem::path& folder);

// xxh64 of the file's bytes as 16 hex digits, computed here independently
// of the indexer.
std::string file_hash(const std::filesystem::path& file);

struct IndexedDocument {
  Xapian::docid docid = 0;
  std::string id;
  std::string content_hash;
  friend bool operator==(const IndexedDocument&, const IndexedDocument&) = default;
};

// Every document of the index in docid order, after checking each one is
// complete: its data decodes, its Q term names it, its hash slot and data
// agree, and the hash matches its file. An index that does not exist yet
// holds nothing.
std::vector<IndexedDocument> read_checked_index(const std::filesystem::path& db);

// Runs xapian-check on the index and requires it to pass.
void require_xapian_check(const std::filesystem::path& db);

// Waits (up to timeout_ms) until the index exists and has been committed
// once. Returns whether it did.
bool wait_for_index(const std::filesystem::path& db, int timeout_ms);

}  // namespace letterbox::e2e
