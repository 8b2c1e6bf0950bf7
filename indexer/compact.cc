#include "indexer/compact.h"

#include <stdexcept>
#include <string>
#include <system_error>

#include "schema/schema.h"
#include "schema/shards.h"

namespace letterbox {
namespace fs = std::filesystem;
namespace {

std::size_t count_sources(const fs::path& source) {
  const auto stub = schema::stub_file_of(source);
  if (!stub) return 1;
  std::size_t count = 0;
  for (const auto& entry : schema::read_stub(*stub)) {
    if (entry.kind != schema::ShardEntry::Kind::local)
      throw std::runtime_error("cannot compact " + source.string() + ": it lists the remote shard '" + entry.text +
                               "'; compact each shard on the machine that holds it");
    ++count;
  }
  return count;
}

Xapian::Database open_source(const fs::path& source) {
  std::error_code error;
  if (!fs::exists(source, error)) throw std::runtime_error("no index at " + source.string() + " to compact");
  try {
    Xapian::Database db(source.string());
    schema::check_version(db, source.string());
    return db;
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("cannot open index " + source.string() + " to compact: " + e.get_description());
  }
}

// Parts of a collection (--part) merged into one index are no longer any
// one part: the merged index records none, so it is updated as a whole.
// Other metadata keeps Xapian's choice (the first source's).
class MergingCompactor : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, std::size_t tag_count,
                                         const std::string tags[]) override {
    // Xapian passes the key as its table stores it, after an internal prefix.
    if (key.ends_with(schema::kPartKey)) return {};
    return Xapian::Compactor::resolve_duplicate_metadata(key, tag_count, tags);
  }
};

int compact_flags(const CompactOptions& options, std::size_t sources) {
  // FULLER packs every block full: the smallest, fastest index to read,
  // at the cost of slower updates, which a read-optimised copy never gets.
  int flags = Xapian::Compactor::FULLER;
  // Merging many shards in several passes is faster than in one.
  if (sources > 3) flags |= Xapian::DBCOMPACT_MULTIPASS;
  if (options.single_file) flags |= Xapian::DBCOMPACT_SINGLE_FILE;
  return flags;
}

}  // namespace

CompactSummary compact_index(const fs::path& source, const fs::path& output, const CompactOptions& options) {
  std::error_code error;
  if (fs::exists(output, error))
    throw std::runtime_error("cannot compact into " + output.string() + ": it exists (give a new path)");
  const std::size_t sources = count_sources(source);
  Xapian::Database db = open_source(source);
  // Written beside the output and renamed, so that the output path only
  // ever holds a whole index.
  const fs::path partial = output.string() + ".compacting";
  fs::remove_all(partial, error);
  try {
    MergingCompactor compactor;
    db.compact(partial.string(), compact_flags(options, sources), 0, compactor);
  } catch (const Xapian::Error& e) {
    fs::remove_all(partial, error);
    throw std::runtime_error("cannot compact " + source.string() + " into " + output.string() + ": " +
                             e.get_description());
  }
  fs::rename(partial, output, error);
  if (error) throw std::runtime_error("cannot move the compacted index to " + output.string() + ": " + error.message());
  return {sources, db.get_doccount()};
}

}  // namespace letterbox
