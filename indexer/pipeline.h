// Indexing a list of files: workers read, analyse and build documents on
// every core while one writer adds them to the index in a stable order.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>

#include "indexer/formats/extract.h"
#include "indexer/index_writer.h"
#include "indexer/sharded_writer.h"
#include "indexer/list_files.h"
#include "indexer/read.h"
#include "indexer/tag_entities.h"

namespace letterbox {

struct PipelineOptions {
  unsigned jobs = 0;     // worker threads; 0 = one per core not taken by a writer
  unsigned writers = 1;  // cores the default keeps for writing: one per shard's writer, 0 when reading is slower
  ReadOptions read{};
  OcrMode ocr = OcrMode::auto_;  // for PDF pages without text, and images
  OcrCache ocr_cache{};          // none unless given (main uses DB.ocr-cache)
};

// Workers when --jobs is not given: each writer keeps a core of its own, and
// there is always at least one worker. `cores` 0 (unknown) counts as one.
unsigned default_worker_count(unsigned cores, unsigned writers);

// What the pipeline reports as it goes; main() decides how to show it.
class IndexObserver {
 public:
  virtual ~IndexObserver() = default;
  virtual void warning(const std::string& path, const std::string& message) = 0;
  virtual void skipped(const std::string& path, const std::string& reason) = 0;
  // After each file: how many of the list are done and their bytes.
  virtual void progress(std::size_t done, std::size_t total, std::uintmax_t bytes_done) = 0;
  // Before each page is recognised by OCR. Called from worker threads, at
  // the same time as the others: an observer that shows it must lock.
  virtual void ocr_page(const std::string& /*path*/, std::size_t /*page*/, std::size_t /*pages*/) {}
};

// Counts are of documents, except skipped (of files); one file can give
// several documents (an mbox's messages, an e-mail's attachments).
struct IndexSummary {
  std::size_t added = 0;      // new to the index
  std::size_t updated = 0;    // replaced because the file changed
  std::size_t unchanged = 0;  // same content hash as indexed before
  std::size_t skipped = 0;    // could not be indexed (reported one by one)
  std::size_t removed = 0;    // pruned: their files are gone
  bool interrupted = false;   // stop was requested; what was done is committed
};

// Indexes the files into the writer and commits. Stops early, committing what
// is done, when stop becomes true. One bad file never stops the run: every
// failure of one file becomes a skip with its reason.
IndexSummary index_files(const FileList& files, const Tagger& tagger, IndexWriter& writer,
                         IndexObserver& observer, const PipelineOptions& options, const std::atomic<bool>& stop);
// The same into a sharded index: documents go to their shards' writer
// threads in the same order, so each shard is the same whatever --jobs is.
IndexSummary index_files(const FileList& files, const Tagger& tagger, ShardedWriter& writer,
                         IndexObserver& observer, const PipelineOptions& options, const std::atomic<bool>& stop);

// The stages for one file without any index: what --explain shows. For a
// file of several documents, the first (an mbox's first message).
struct ExplainedFile {
  ReadResult read;  // text: the text extracted from the file
  AnalysedLetter analysed;
  Xapian::Document document;
};
ExplainedFile explain_file(const std::filesystem::path& path, const Tagger& tagger, const ReadOptions& options,
                           OcrMode ocr = OcrMode::auto_);

}  // namespace letterbox
