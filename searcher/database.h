// Opening the index the user names, and reading it safely while
// letterbox-index may be writing to it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <xapian.h>

namespace letterbox::search {

// The --db option if given, else $LETTERBOX_DB, else ./letterbox.db.
std::filesystem::path resolve_db_path(const std::string& db_option);

// Opens and checks the schema version. Throws UsageError when there is no
// index at the path (saying how to make one), when it is not a Xapian index,
// or when its schema version differs.
Xapian::Database open_database(const std::filesystem::path& path);

// Total size of the index's files, in bytes.
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

}  // namespace letterbox::search
