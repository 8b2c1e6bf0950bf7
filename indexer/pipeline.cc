#include "indexer/pipeline.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <thread>
#include <vector>

#include "schema/text_analysis.h"

namespace letterbox {

// The writer is the floor, and a worker more than the free cores only takes
// turns with it (100,000 letters, 2 cores, one shard: 510 s with one worker,
// 600 s with two; benchmarks/RESULTS.md).
unsigned default_worker_count(unsigned cores, unsigned writers) { return cores > writers ? cores - writers : 1; }

namespace {

// One document a file gave.
struct BuiltDocument {
  std::string id;
  Xapian::Document document;
  Spellings spellings;
};

// What a worker made of one file, for the writer.
struct FileOutcome {
  enum class Kind { documents, unchanged, skipped } kind = Kind::skipped;
  std::string reason;  // why skipped
  std::vector<std::string> warnings;
  std::vector<BuiltDocument> documents;
};

// The hash of each indexed file, and the identifiers of the documents it
// gave, as of opening the index.
struct KnownFiles {
  std::unordered_map<std::string, std::string> hash;
  std::unordered_map<std::string, std::vector<std::string>> ids;
};

KnownFiles known_files(const std::unordered_map<std::string, std::string>& known_hashes) {
  KnownFiles files;
  for (const auto& [id, hash] : known_hashes) {
    const std::string file = file_of_id(id);
    files.hash.emplace(file, hash);
    files.ids[file].push_back(id);
  }
  return files;
}

DocumentOrigin origin_of(const ExtractedText& text, const std::string& file_id) {
  return {text.format,       text.ocr,           text.page_starts,
          text.has_parent ? file_id + text.parent_suffix : std::string(),
          text.source_title, text.source_author, text.source_date};
}

BuiltDocument build_one(const ExtractedText& text, const ListedFile& file, const std::string& hash,
                        const Tagger& tagger, Xapian::TermGenerator& generator) {
  const AnalysedLetter analysed = analyse(text.text, tagger);
  BuiltDocument built;
  built.id = file.id + text.id_suffix;
  built.document = build_document({built.id, file.path.string() + text.id_suffix, hash, analysed,
                                   origin_of(text, file.id)},
                                  generator);
  built.spellings = spelling_words(built.document);
  return built;
}

ExtractOptions extract_options(const PipelineOptions& options, IndexObserver& observer, const ListedFile& file) {
  ExtractOptions extract{options.read, options.ocr, options.ocr_cache, {}};
  extract.progress = [&observer, path = file.path.string()](std::size_t page, std::size_t pages) {
    observer.ocr_page(path, page, pages);
  };
  return extract;
}

FileOutcome process_file(const ListedFile& file, const Tagger& tagger, Xapian::TermGenerator& generator,
                         const KnownFiles& known, const PipelineOptions& options, IndexObserver& observer) {
  FileOutcome outcome;
  const std::string* stage = nullptr;
  static const std::string reading = "reading", analysing = "analysing the letter";
  try {
    stage = &reading;
    Extraction extraction = extract_file(file.path, extract_options(options, observer, file));
    outcome.warnings = std::move(extraction.warnings);
    if (extraction.documents.empty()) {
      outcome.reason = extraction.skip_reason;
      return outcome;
    }
    const std::string hash = hash_hex(extraction.content_hash);
    if (auto it = known.hash.find(file.id); it != known.hash.end() && it->second == hash) {
      outcome.kind = FileOutcome::Kind::unchanged;
      return outcome;
    }
    stage = &analysing;
    for (const ExtractedText& text : extraction.documents)
      outcome.documents.push_back(build_one(text, file, hash, tagger, generator));
    outcome.kind = FileOutcome::Kind::documents;
  } catch (const Xapian::Error& e) {
    outcome.reason = "error while " + *stage + ": " + e.get_description();
  } catch (const std::exception& e) {
    outcome.reason = "error while " + *stage + ": " + e.what();
  }
  return outcome;
}

// Adds a changed file's documents and removes those it no longer gives (an
// mbox that lost messages).
template <typename Writer>
void write_documents(FileOutcome& outcome, const ListedFile& file, const KnownFiles& known, Writer& writer,
                     IndexSummary& summary) {
  std::unordered_set<std::string> written;
  for (BuiltDocument& built : outcome.documents) {
    ++(writer.known_hashes().count(built.id) ? summary.updated : summary.added);
    writer.replace(built.id, std::move(built.document), std::move(built.spellings));
    written.insert(built.id);
  }
  if (auto it = known.ids.find(file.id); it != known.ids.end())
    for (const std::string& id : it->second)
      if (!written.count(id)) writer.remove(id);
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

unsigned worker_count(unsigned requested, unsigned writers) {
  if (requested > 0) return requested;
  return default_worker_count(std::thread::hardware_concurrency(), writers);
}

// Writer: an IndexWriter, or a ShardedWriter routing each document to its
// shard; the same calls on both.
template <typename Writer>
IndexSummary index_into(const FileList& files, const Tagger& tagger, Writer& writer, IndexObserver& observer,
                        const PipelineOptions& options, const std::atomic<bool>& stop) {
  const std::size_t total = files.files.size();
  const KnownFiles known = known_files(writer.known_hashes());
  const unsigned jobs = worker_count(options.jobs, options.writers);
  OrderedOutcomes outcomes(64 * jobs);

  std::vector<std::jthread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Xapian::TermGenerator generator;
      text::configure(generator);
      while (auto index = outcomes.take(total, stop))
        outcomes.put(*index, process_file(files.files[*index], tagger, generator, known, options, observer));
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
      case FileOutcome::Kind::documents:
        write_documents(*outcome, file, known, writer, summary);
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

}  // namespace

IndexSummary index_files(const FileList& files, const Tagger& tagger, IndexWriter& writer,
                         IndexObserver& observer, const PipelineOptions& options, const std::atomic<bool>& stop) {
  return index_into(files, tagger, writer, observer, options, stop);
}

IndexSummary index_files(const FileList& files, const Tagger& tagger, ShardedWriter& writer,
                         IndexObserver& observer, const PipelineOptions& options, const std::atomic<bool>& stop) {
  return index_into(files, tagger, writer, observer, options, stop);
}

ExplainedFile explain_file(const std::filesystem::path& path, const Tagger& tagger, const ReadOptions& options,
                           OcrMode ocr) {
  ExplainedFile explained;
  Extraction extraction = extract_file(path, {options, ocr, {}, {}});
  explained.read.content_hash = extraction.content_hash;
  explained.read.warnings = std::move(extraction.warnings);
  explained.read.skip_reason = std::move(extraction.skip_reason);
  if (extraction.documents.empty()) return explained;
  const ExtractedText& first = extraction.documents.front();
  explained.read.text = first.text;
  explained.analysed = analyse(first.text, tagger);
  Xapian::TermGenerator generator;
  text::configure(generator);
  const std::string id = document_id(path);
  explained.document = build_document({id + first.id_suffix, path.string() + first.id_suffix,
                                       hash_hex(extraction.content_hash), explained.analysed, origin_of(first, id)},
                                      generator);
  return explained;
}

}  // namespace letterbox
