// Compacting an index into a read-optimised copy: one Xapian database made
// with Xapian::Database::compact, merging the shards of a sharded index.
#pragma once

#include <filesystem>

#include <xapian.h>

namespace letterbox {

struct CompactOptions {
  bool single_file = false;  // one file (Xapian's DBCOMPACT_SINGLE_FILE), easy to copy
};

struct CompactSummary {
  std::size_t sources = 0;  // databases merged (shards)
  Xapian::doccount documents = 0;
};

// Writes the compacted copy of source (a database, a sharded index or a
// stub file) to output, which must not exist; a stopped run leaves no
// half-written output. Throws std::runtime_error naming the path: source
// not an index or of another schema, output already there, remote shards.
CompactSummary compact_index(const std::filesystem::path& source, const std::filesystem::path& output,
                             const CompactOptions& options = {});

}  // namespace letterbox
