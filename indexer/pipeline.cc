#include "indexer/pipeline.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <thread>
#include <vector>

#include "schema/text_analysis.h"

namespace letterbox {
namespace {

// What a worker made of one file, for the writer.
struct FileOutcome {
  enum class Kind { document, unchanged, skipped } kind = Kind::skipped;
  std::string reason;  // why skipped
  std::vector<std::string> warnings;
  Xapian::Document document;
  Spellings spellings;
};

FileOutcome process_file(const ListedFile& file, const Tagger& tagger, Xapian::TermGenerator& generator,
                         const IndexWriter& writer, const ReadOptions& read_options) {
  FileOutcome outcome;
  const std::string* stage = nullptr;
  static const std::string reading = "reading", analysing = "analysing", building = "building the document";
  try {
    stage = &reading;
    ReadResult read = read_file(file.path, read_options);
    outcome.warnings = std::move(read.warnings);
    if (!read.text) {
      outcome.reason = read.skip_reason;
      return outcome;
    }
    const std::string hash = hash_hex(read.content_hash);
    const auto& known = writer.known_hashes();
    if (auto it = known.find(file.id); it != known.end() && it->second == hash) {
      outcome.kind = FileOutcome::Kind::unchanged;
      return outcome;
    }
    stage = &analysing;
    const AnalysedLetter analysed = analyse(*read.text, tagger);
    stage = &building;
    outcome.document = build_document({file.id, file.path.string(), hash, analysed}, generator);
    outcome.spellings = spelling_words(outcome.document);
    outcome.kind = FileOutcome::Kind::document;
  } catch (const Xapian::Error& e) {
    outcome.reason = "error while " + *stage + ": " + e.get_description();
  } catch (const std::exception& e) {
    outcome.reason = "error while " + *stage + ": " + e.what();
  }
  return outcome;
}

// Workers take files in list order and leave outcomes in a window of slots
// the writer empties in the same order, so the index is the same whatever
// the number of workers, and memory is bounded by the window.
class OrderedOutcomes {
 public:
  explicit OrderedOutcomes(std::size_t window) : window_(window) {}

  // The next file for a worker, or nothing when all are taken or stopping.
  std::optional<std::size_t> take(std::size_t total, const std::atomic<bool>& stop) {
    std::unique_lock lock(mutex_);
    // Timed waits: a stop request comes from a signal handler, which cannot
    // notify a condition variable.
    while (!room_.wait_for(lock, kPoll, [&] { return next_ < delivered_ + window_ || stop || next_ >= total; })) {
    }
    if (stop || next_ >= total) return std::nullopt;
    return next_++;
  }

  void put(std::size_t index, FileOutcome outcome) {
    std::lock_guard lock(mutex_);
    ready_.emplace(index, std::move(outcome));
    arrived_.notify_all();
  }

  // The outcome of file index, waiting for it; nothing if it will never come.
  std::optional<FileOutcome> next_in_order(std::size_t index, const std::atomic<bool>& stop) {
    std::unique_lock lock(mutex_);
    while (!arrived_.wait_for(lock, kPoll, [&] { return ready_.count(index) || (stop && index >= next_); })) {
    }
    auto it = ready_.find(index);
    if (it == ready_.end()) return std::nullopt;
    FileOutcome outcome = std::move(it->second);
    ready_.erase(it);
    delivered_ = index + 1;
    room_.notify_all();
    return outcome;
  }

  void wake_all() {
    std::lock_guard lock(mutex_);
    room_.notify_all();
    arrived_.notify_all();
  }

 private:
  static constexpr std::chrono::milliseconds kPoll{100};
  std::size_t window_;
  std::mutex mutex_;
  std::condition_variable room_, arrived_;
  std::size_t next_ = 0, delivered_ = 0;
  std::unordered_map<std::size_t, FileOutcome> ready_;
};

unsigned worker_count(unsigned requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

}  // namespace

IndexSummary index_files(const FileList& files, const Tagger& tagger, IndexWriter& writer,
                         IndexObserver& observer, const PipelineOptions& options, const std::atomic<bool>& stop) {
  const std::size_t total = files.files.size();
  const unsigned jobs = worker_count(options.jobs);
  OrderedOutcomes outcomes(64 * jobs);

  std::vector<std::jthread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Xapian::TermGenerator generator;
      text::configure(generator);
      while (auto index = outcomes.take(total, stop))
        outcomes.put(*index, process_file(files.files[*index], tagger, generator, writer, options.read));
    });
  }

  IndexSummary summary;
  std::uintmax_t bytes_done = 0;
  for (std::size_t index = 0; index < total; ++index) {
    std::optional<FileOutcome> outcome = outcomes.next_in_order(index, stop);
    if (!outcome) break;
    const ListedFile& file = files.files[index];
    const std::string path = file.path.string();
    for (const std::string& warning : outcome->warnings) observer.warning(path, warning);
    switch (outcome->kind) {
      case FileOutcome::Kind::skipped:
        ++summary.skipped;
        observer.skipped(path, outcome->reason);
        break;
      case FileOutcome::Kind::unchanged:
        ++summary.unchanged;
        break;
      case FileOutcome::Kind::document:
        ++(writer.known_hashes().count(file.id) ? summary.updated : summary.added);
        writer.replace(file.id, outcome->document, outcome->spellings);
        break;
    }
    bytes_done += file.size;
    observer.progress(index + 1, total, bytes_done);
  }
  summary.interrupted = stop;
  outcomes.wake_all();
  workers.clear();  // joins
  writer.commit();
  return summary;
}

ExplainedFile explain_file(const std::filesystem::path& path, const Tagger& tagger, const ReadOptions& options) {
  ExplainedFile explained;
  explained.read = read_file(path, options);
  if (!explained.read.text) return explained;
  explained.analysed = analyse(*explained.read.text, tagger);
  Xapian::TermGenerator generator;
  text::configure(generator);
  explained.document = build_document(
      {document_id(path), path.string(), hash_hex(explained.read.content_hash), explained.analysed}, generator);
  return explained;
}

}  // namespace letterbox
