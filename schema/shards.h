// The layout of a sharded Letterbox index, shared by the indexer and the
// searcher: a folder holding a Xapian stub file (XAPIANDB) that lists one
// Xapian database per shard, in Xapian's own stub syntax, so that Xapian
// (and xapian-delve, xapian-compact...) opens the folder as one database.
//
//   letterbox.db/XAPIANDB      auto shard-00
//                              auto shard-01
//   letterbox.db/shard-00/     a Xapian (glass) database
//   letterbox.db/shard-01/
//
// A stub written by hand may also list shards served by xapian-tcpsrv:
//   remote search-1.example.org:33301
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace letterbox::schema {

// The stub file's name inside a sharded index folder (Xapian's "stub
// directory" convention).
inline constexpr std::string_view kStubFileName = "XAPIANDB";

// One database a stub file lists.
struct ShardEntry {
  enum class Kind { local, remote_tcp, remote_program };
  Kind kind = Kind::local;
  std::filesystem::path path;  // local: resolved against the stub's folder
  std::string host;            // remote_tcp
  unsigned port = 0;           // remote_tcp
  std::string program, args;   // remote_program
  int line = 0;                // in the stub file, from 1
  std::string text;            // the line as written: how messages name the shard
};

// The stub file of an index path: the path itself when it is a stub file, the
// folder's XAPIANDB when it is a stub folder; nothing for a single database
// or a path that does not exist.
std::optional<std::filesystem::path> stub_file_of(const std::filesystem::path& db);

// Reads a stub file as Xapian 1.4 does (auto, glass and remote lines; '#'
// comments and empty lines skipped). Throws std::runtime_error naming the
// file and line of a line it cannot read.
std::vector<ShardEntry> read_stub(const std::filesystem::path& stub);

// Writes a stub file listing local shards by their paths relative to the
// stub's folder; atomically (a temporary file renamed over it).
void write_stub(const std::filesystem::path& stub, const std::vector<std::string>& shard_folders);

// "shard-03": the folder of shard index of count, zero-padded to the width
// of the count so that folders list in order.
std::string shard_folder_name(std::size_t index, std::size_t count);

}  // namespace letterbox::schema
