// Opening the index the user names (one database, or the shards a stub file
// lists, local or served by xapian-tcpsrv), and reading it safely while
// letterbox-index may be writing to it or a remote shard stops answering.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

namespace letterbox::search {

// The --db option if given, else $LETTERBOX_DB, else ./letterbox.db.
std::filesystem::path resolve_db_path(const std::string& db_option);

// Opens and checks the schema version. Throws UsageError when there is no
// index at the path (saying how to make one), when it is not a Xapian index,
// or when its schema version differs.
Xapian::Database open_database(const std::filesystem::path& path);

struct OpenOptions {
  // Search the shards that answer when some do not (each named in
  // IndexView::missing), instead of failing.
  bool allow_partial = false;
  // For connecting to a remote shard and for each exchange with it: a shard
  // that does not answer within this fails, never hangs.
  std::chrono::milliseconds timeout{10000};
};

// A shard that could not be searched: as its stub line names it, and why.
struct MissingShard {
  std::string shard;  // "remote 10.0.0.7:33301 (line 2 of /srv/letterbox.stub)"
  std::string reason;
};

// A shard does not answer (and allow_partial is off), or none does.
class ShardUnavailableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IndexView {
  Xapian::Database db;
  std::vector<MissingShard> missing;  // left out (only with allow_partial)
};

// Opens a single database or every shard of a stub file (a sharded index
// folder, or a stub file written by hand listing "auto PATH" and "remote
// HOST:PORT" lines). The stub is read here rather than by Xapian so that a
// shard that fails is named, can be left out, and remote shards get the
// timeout (Xapian 1.4's stub lines cannot carry one). Throws UsageError as
// open_database does, ShardUnavailableError for a shard that fails.
IndexView open_index(const std::filesystem::path& path, const OpenOptions& options);

// Names the shards of the index at path that do not answer now. Throws
// ShardUnavailableError, naming them, unless allow_partial; then returns
// the index without them (IndexView::missing).
IndexView reopen_without_failed_shards(const std::filesystem::path& path, const OpenOptions& options,
                                       const Xapian::Error& failure);

// Total size of the index's files, in bytes (of every local shard).
std::uintmax_t size_on_disk(const std::filesystem::path& path);

// Runs read(db), reopening the database and retrying when a writer commits
// under us (Xapian::DatabaseModifiedError): the results then come from the
// latest commit. Gives up after a few tries and lets the error through.
template <typename Read>
auto read_with_retry(Xapian::Database& db, Read&& read) {
  constexpr int kAttempts = 5;
  for (int attempt = 1;; ++attempt) {
    try {
      return read(db);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      db.reopen();
    }
  }
}

// Opens the index and runs read(db) with read_with_retry. When a remote
// shard fails during the read (Xapian::NetworkError, timeouts included), the
// shards are checked again: the error names the ones that fail, or with
// allow_partial the read runs again on the others. The shards left out are
// put in missing.
template <typename Read>
auto read_index(const std::filesystem::path& path, const OpenOptions& options, std::vector<MissingShard>& missing,
                Read&& read) {
  IndexView index = open_index(path, options);
  try {
    auto result = read_with_retry(index.db, read);
    missing = index.missing;
    return result;
  } catch (const Xapian::NetworkError& failure) {
    index = reopen_without_failed_shards(path, options, failure);
  }
  auto result = read_with_retry(index.db, read);
  missing = index.missing;
  return result;
}

}  // namespace letterbox::search
