// Indexing a list of files: workers read, analyse and build documents on
// every core while one writer adds them to the index in a stable order.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>

#include "indexer/index_writer.h"
#include "indexer/list_files.h"
#include "indexer/read.h"
#include "indexer/tag_entities.h"

namespace letterbox {

struct PipelineOptions {
  unsigned jobs = 0;  // worker threads; 0 = one per core
  ReadOptions read;
};

// What the pipeline reports as it goes; main() decides how to show it.
class IndexObserver {
 public:
  virtual ~IndexObserver() = default;
  virtual void warning(const std::string& path, const std::string& message) = 0;
  virtual void skipped(const std::string& path, const std::string& reason) = 0;
  // After each file: how many of the list are done and their bytes.
  virtual void progress(std::size_t done, std::size_t total, std::uintmax_t bytes_done) = 0;
};

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

// The stages for one file without any index: what --explain shows.
struct ExplainedFile {
  ReadResult read;
  AnalysedLetter analysed;
  Xapian::Document document;
};
ExplainedFile explain_file(const std::filesystem::path& path, const Tagger& tagger, const ReadOptions& options);

}  // namespace letterbox
