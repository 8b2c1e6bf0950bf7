#include "indexer/sharded_writer.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

#include <xxhash.h>

#include "indexer/list_files.h"
#include "schema/shards.h"

namespace letterbox {
namespace fs = std::filesystem;
namespace {

// Enough queued documents to keep a shard's writer busy while the pipeline
// routes the next ones, few enough to bound memory.
constexpr std::size_t kMaxQueued = 256;

std::vector<fs::path> local_shards(const fs::path& path, const fs::path& stub) {
  std::vector<schema::ShardEntry> entries;
  try {
    entries = schema::read_stub(stub);
  } catch (const std::runtime_error& e) {
    throw IndexOpenError(std::string("cannot open sharded index ") + path.string() + ": " + e.what());
  }
  std::vector<fs::path> folders;
  for (const auto& entry : entries) {
    if (entry.kind != schema::ShardEntry::Kind::local)
      throw IndexOpenError("index " + path.string() + " lists the remote shard '" + entry.text + "' (" +
                           stub.string() + " line " + std::to_string(entry.line) +
                           "); index into each shard on the machine that holds it");
    folders.push_back(entry.path);
  }
  return folders;
}

bool is_empty_folder(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error) && fs::is_empty(path, error);
}

// Makes the folder and its stub for a new sharded index; the shards are
// created when opened. The stub comes first so that a run stopped here
// leaves an index the next run completes.
std::vector<fs::path> create_layout(const fs::path& path, std::size_t count) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error) throw IndexOpenError("cannot create index folder " + path.string() + ": " + error.message());
  std::vector<std::string> names;
  std::vector<fs::path> folders;
  for (std::size_t i = 0; i < count; ++i) {
    names.push_back(schema::shard_folder_name(i, count));
    folders.push_back(path / names.back());
  }
  try {
    schema::write_stub(path / schema::kStubFileName, names);
  } catch (const std::runtime_error& e) {
    throw IndexOpenError(e.what());
  }
  return folders;
}

std::string layout_mismatch(const fs::path& path, std::size_t existing, std::size_t requested) {
  const std::string held = existing == 1 ? "is a single database" : "has " + std::to_string(existing) + " shards";
  return "index " + path.string() + " " + held + "; it cannot be opened with --shards " + std::to_string(requested) +
         " (leave --shards out to use it as it is, or index into a new path; --compact merges shards into one)";
}

}  // namespace

std::size_t shard_of(std::string_view id, std::size_t count) {
  if (count <= 1) return 0;
  return static_cast<std::size_t>(XXH64(id.data(), id.size(), 0) % count);
}

std::size_t shard_of_document(const std::string& id, std::size_t count) {
  return count <= 1 ? 0 : shard_of(file_of_id(id), count);
}

std::size_t existing_shard_count(const fs::path& path) {
  std::error_code error;
  if (!fs::exists(path, error) || is_empty_folder(path)) return 0;
  if (const auto stub = schema::stub_file_of(path)) return local_shards(path, *stub).size();
  return 1;
}

// One shard: its IndexWriter and, when the index has several, a thread
// applying that shard's changes in the order they were queued.
class ShardedWriter::Shard {
 public:
  Shard(const fs::path& path, std::size_t batch_size, const std::string& part, bool threaded)
      : writer_(path, batch_size, part) {
    if (threaded) thread_ = std::thread([this] { run(); });
  }
  ~Shard() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
    }
    changed_.notify_all();
    thread_.join();  // the writer then commits what the thread applied
  }
  Shard(const Shard&) = delete;
  Shard& operator=(const Shard&) = delete;

  IndexWriter& writer() { return writer_; }

  void replace(const std::string& id, Xapian::Document document, Spellings spellings) {
    push({Operation::Kind::replace, id, std::move(document), std::move(spellings)});
  }
  void remove(const std::string& id) { push({Operation::Kind::remove, id, {}, {}}); }
  void request_commit() { push({Operation::Kind::commit, {}, {}, {}}); }
  // Waits until the thread has applied everything queued.
  void wait_idle() {
    if (!thread_.joinable()) return;
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return (queue_.empty() && !applying_) || failure_; });
    rethrow_failure();
  }

 private:
  struct Operation {
    enum class Kind { replace, remove, commit } kind;
    std::string id;
    Xapian::Document document;
    Spellings spellings;
  };

  void apply(Operation& operation) {
    switch (operation.kind) {
      case Operation::Kind::replace:
        writer_.replace(operation.id, std::move(operation.document), operation.spellings);
        break;
      case Operation::Kind::remove:
        writer_.remove(operation.id);
        break;
      case Operation::Kind::commit:
        writer_.commit();
        break;
    }
  }

  void push(Operation operation) {
    if (!thread_.joinable()) return apply(operation);
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return queue_.size() < kMaxQueued || failure_; });
    rethrow_failure();
    queue_.push_back(std::move(operation));
    changed_.notify_all();
  }

  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;  // closing, all applied
      Operation operation = std::move(queue_.front());
      queue_.pop_front();
      applying_ = true;
      lock.unlock();
      std::exception_ptr failure;
      try {
        apply(operation);
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      applying_ = false;
      if (failure) {
        // Nothing more is applied to this shard; the caller hears of it.
        failure_ = failure;
        queue_.clear();
      }
      changed_.notify_all();
    }
  }

  void rethrow_failure() {
    if (failure_) std::rethrow_exception(failure_);
  }

  IndexWriter writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Operation> queue_;
  bool applying_ = false;
  bool closing_ = false;
  std::exception_ptr failure_;
  std::thread thread_;  // last: started once everything it uses exists
};

ShardedWriter::ShardedWriter(const fs::path& path, const ShardOptions& options) {
  const std::size_t existing = existing_shard_count(path);
  if (existing > 0 && options.shards > 0 && options.shards != existing)
    throw IndexOpenError(layout_mismatch(path, existing, options.shards));
  const std::size_t count = existing > 0 ? existing : std::max<std::size_t>(1, options.shards);
  std::vector<fs::path> folders;
  if (existing == 0 && count > 1)
    folders = create_layout(path, count);
  else if (const auto stub = schema::stub_file_of(path))
    folders = local_shards(path, *stub);
  else
    folders = {path};
  // Each shard commits its share of the batch, so that a batch's worth of
  // documents is pending over all of them.
  const std::size_t batch = std::max<std::size_t>(1, (options.batch_size + folders.size() - 1) / folders.size());
  const bool threaded = folders.size() > 1;
  for (const fs::path& folder : folders) {
    shards_.push_back(std::make_unique<Shard>(folder, batch, options.part, threaded));
    for (const auto& [id, hash] : shards_.back()->writer().known_hashes()) known_.emplace(id, hash);
  }
}

ShardedWriter::~ShardedWriter() = default;

void ShardedWriter::replace(const std::string& id, Xapian::Document document, Spellings spellings) {
  shards_[shard_of_document(id, shards_.size())]->replace(id, std::move(document), std::move(spellings));
}

void ShardedWriter::remove(const std::string& id) { shards_[shard_of_document(id, shards_.size())]->remove(id); }

void ShardedWriter::commit() {
  // All shards commit at once; then wait for each.
  for (auto& shard : shards_) shard->request_commit();
  for (auto& shard : shards_) shard->wait_idle();
}

std::vector<std::string> ShardedWriter::ids_of_missing_files() const {
  std::vector<std::string> missing;
  for (const auto& shard : shards_) {
    auto ids = shard->writer().ids_of_missing_files();
    missing.insert(missing.end(), ids.begin(), ids.end());
  }
  std::sort(missing.begin(), missing.end());
  return missing;
}

Xapian::doccount ShardedWriter::document_count() const {
  Xapian::doccount total = 0;
  for (const auto& shard : shards_) total += shard->writer().document_count();
  return total;
}

}  // namespace letterbox
