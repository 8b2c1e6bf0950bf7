// Writing an index split into shards: each document goes to the shard its
// identifier hashes to (xxh64, stable across runs and machines), and each
// shard has its own writer thread, so N shards are written in parallel.
// With one shard the index is a plain Xapian database, written in the
// calling thread, exactly as IndexWriter writes it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "indexer/index_writer.h"

namespace letterbox {

// The shard of an identifier among count shards: xxh64 (seed 0) of the
// identifier modulo count. Never std::hash: it may differ between builds,
// and a document must always land in the same shard.
std::size_t shard_of(std::string_view id, std::size_t count);
// The shard of a document: its file's (file_of_id), so that an e-mail's
// attachments and an mbox's messages stay in one shard, and --part can pick
// a shard's files before reading them.
std::size_t shard_of_document(const std::string& id, std::size_t count);

struct ShardOptions {
  // 0: as the existing index is laid out (1 for a new index). Otherwise it
  // must match an existing index's count: IndexOpenError if not.
  std::size_t shards = 0;
  std::size_t batch_size = 2000;  // changed documents per commit, over all shards
  // "K/N" for a plain database made as part K of N (--part); see IndexWriter.
  std::string part = {};
};

// How many shards an existing index has: 1 for a plain database, the
// number of databases its stub lists for a sharded one, 0 when there is
// no index at the path. Throws IndexOpenError for a stub listing remote
// shards (they are written on the machine that holds them).
std::size_t existing_shard_count(const std::filesystem::path& path);

class ShardedWriter {
 public:
  // Opens (creating when needed) every shard; throws IndexOpenError, naming
  // the shard, when one cannot be opened (locked by another writer...).
  ShardedWriter(const std::filesystem::path& path, const ShardOptions& options);
  ~ShardedWriter();  // commits what is pending in every shard
  ShardedWriter(const ShardedWriter&) = delete;
  ShardedWriter& operator=(const ShardedWriter&) = delete;

  std::size_t shard_count() const { return shards_.size(); }

  // Identifier -> content hash of every document in every shard, as of
  // opening; read-only afterwards.
  const std::unordered_map<std::string, std::string>& known_hashes() const { return known_; }

  // Queued to the document's shard; a shard's failure (disk full) is thrown
  // by a later call or by commit().
  void replace(const std::string& id, Xapian::Document document, Spellings spellings);
  void remove(const std::string& id);
  // Commits every shard and waits until all have.
  void commit();

  std::vector<std::string> ids_of_missing_files() const;
  // Over all shards; call after commit(), when no shard is writing.
  Xapian::doccount document_count() const;

 private:
  class Shard;
  std::vector<std::unique_ptr<Shard>> shards_;
  std::unordered_map<std::string, std::string> known_;
};

}  // namespace letterbox
