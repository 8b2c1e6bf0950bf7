#include "searcher/database.h"

#include <cstdlib>
#include <system_error>

#include "schema/schema.h"
#include "schema/shards.h"
#include "searcher/errors.h"

namespace letterbox::search {
namespace {

namespace fs = std::filesystem;

void require_exists(const fs::path& path) {
  std::error_code error;
  if (!fs::exists(path, error))
    throw UsageError("no index at " + path.string() + "; make one with: letterbox-index --db " + path.string() +
                     " FOLDER");
}

void check_schema(const Xapian::Database& db, const fs::path& path) {
  try {
    schema::check_version(db, path.string());
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
}

Xapian::Database open_single(const fs::path& path) {
  try {
    return Xapian::Database(path.string());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw UsageError(path.string() + " is not a Letterbox index: " + e.get_msg());
  }
}

std::vector<schema::ShardEntry> read_entries(const fs::path& stub) {
  try {
    return schema::read_stub(stub);
  } catch (const std::runtime_error& e) {
    throw UsageError(std::string("cannot read the shard list: ") + e.what());
  }
}

std::string shard_name(const schema::ShardEntry& entry, const fs::path& stub) {
  return "'" + entry.text + "' (line " + std::to_string(entry.line) + " of " + stub.string() + ")";
}

Xapian::Database open_entry(const schema::ShardEntry& entry, const OpenOptions& options) {
  const auto timeout = static_cast<useconds_t>(options.timeout.count());
  switch (entry.kind) {
    case schema::ShardEntry::Kind::remote_tcp:
      return Xapian::Remote::open(entry.host, entry.port, timeout, timeout);
    case schema::ShardEntry::Kind::remote_program:
      return Xapian::Remote::open(entry.program, entry.args, timeout);
    case schema::ShardEntry::Kind::local:
      break;
  }
  std::error_code error;
  if (!fs::exists(entry.path, error)) throw Xapian::DatabaseNotFoundError("no database at " + entry.path.string());
  return Xapian::Database(entry.path.string());
}

std::string failures_text(const std::vector<MissingShard>& missing) {
  std::string text;
  for (const auto& shard : missing) text += (text.empty() ? "" : "; ") + shard.shard + ": " + shard.reason;
  return text;
}

// Every shard the stub lists that opens, and the others named.
IndexView open_shards(const fs::path& path, const fs::path& stub, const OpenOptions& options) {
  const auto entries = read_entries(stub);
  IndexView view;
  for (const auto& entry : entries) {
    try {
      view.db.add_database(open_entry(entry, options));
    } catch (const Xapian::Error& e) {
      view.missing.push_back({shard_name(entry, stub), e.get_description()});
    }
  }
  if (!view.missing.empty() && view.missing.size() == entries.size())
    throw ShardUnavailableError("no shard of " + path.string() + " answers: " + failures_text(view.missing));
  if (!view.missing.empty() && !options.allow_partial)
    throw ShardUnavailableError(std::string(view.missing.size() == 1 ? "a shard does" : "shards do") +
                                " not answer: " + failures_text(view.missing) +
                                " (--allow-partial searches the others)");
  if (entries.empty()) throw UsageError("the shard list " + stub.string() + " names no database");
  return view;
}

}  // namespace

std::filesystem::path resolve_db_path(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* from_env = std::getenv("LETTERBOX_DB"); from_env != nullptr && *from_env != '\0')
    return from_env;
  return "letterbox.db";
}

IndexView open_index(const fs::path& path, const OpenOptions& options) {
  require_exists(path);
  const auto stub = schema::stub_file_of(path);
  IndexView view = stub ? open_shards(path, *stub, options) : IndexView{open_single(path), {}};
  check_schema(view.db, path);
  return view;
}

Xapian::Database open_database(const fs::path& path) { return open_index(path, {}).db; }

IndexView reopen_without_failed_shards(const fs::path& path, const OpenOptions& options,
                                       const Xapian::Error& failure) {
  IndexView view = open_index(path, options);  // throws naming the shards that fail, unless allow_partial
  // All shards answer again: the failure was passing, or not a shard's.
  if (view.missing.empty())
    throw ShardUnavailableError("a shard of " + path.string() + " failed during the search: " +
                                failure.get_description());
  return view;
}

std::uintmax_t size_on_disk(const fs::path& path) {
  std::error_code error;
  if (const auto stub = schema::stub_file_of(path)) {
    std::uintmax_t total = fs::file_size(*stub, error);
    for (const auto& entry : schema::read_stub(*stub))
      if (entry.kind == schema::ShardEntry::Kind::local) total += size_on_disk(entry.path);
    return total;
  }
  if (std::filesystem::is_regular_file(path, error)) return std::filesystem::file_size(path, error);
  std::uintmax_t total = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error))
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  return total;
}

}  // namespace letterbox::search
