// The writable side of a Letterbox index: opening it (with a clear reason
// when it cannot be), knowing what it already holds, replacing documents and
// committing in batches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "indexer/build_document.h"

namespace letterbox {

// The index cannot be opened for writing: locked, not an index, another
// schema version, no permission. what() says which, naming the path.
class IndexOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class IndexWriter {
 public:
  // Creates the index when it does not exist. Throws IndexOpenError.
  // part: "K/N" when this database is part K of a collection split N ways
  // (recorded in a new index; an existing one must have been made as the
  // same part), empty for any other index (which must not be a part).
  IndexWriter(const std::filesystem::path& path, std::size_t batch_size, const std::string& part = {});
  ~IndexWriter();  // commits what is pending
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // The identifier -> content hash of every document in the index, as of
  // opening. Read-only afterwards, so worker threads may share it.
  const std::unordered_map<std::string, std::string>& known_hashes() const { return known_; }

  // Adds or replaces the document with this identifier (giving it the
  // identifier's term if it lacks it); commits every batch_size changes.
  // The replaced version's words leave the spelling table, the new ones
  // (spellings) enter it.
  void replace(const std::string& id, Xapian::Document document, const Spellings& spellings);
  // Removes the document with this identifier, if any, and its words from
  // the spelling table.
  void remove(const std::string& id);
  void commit();

  // Identifiers whose files no longer exist.
  std::vector<std::string> ids_of_missing_files() const;

  Xapian::doccount document_count() const { return db_.get_doccount(); }

 private:
  void changed();
  void retract_spellings(const std::string& id_term);
  std::string path_;
  Xapian::WritableDatabase db_;
  std::size_t batch_size_;
  std::size_t pending_ = 0;
  std::unordered_map<std::string, std::string> known_;
  // Changes to spelling frequencies over the batch (negative for the words
  // of replaced or removed versions), applied at commit: one call per
  // distinct word a batch instead of one per word a document (Xapian looks
  // each call up in its own ordered map and, the first time, in the table).
  std::unordered_map<std::string, std::int64_t> pending_spellings_;
};

}  // namespace letterbox
