// letterbox-index: the command line. Parses options, wires the pipeline to
// the terminal, and turns outcomes into messages and exit codes.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <string_view>

#include <CLI/CLI.hpp>

#include "indexer/compact.h"
#include "indexer/explain.h"
#include "indexer/pipeline.h"

namespace fs = std::filesystem;
using namespace letterbox;

namespace {

// Exit codes, as documented in --help.
constexpr int kExitOk = 0;
constexpr int kExitSomeSkipped = 1;
constexpr int kExitUsage = 2;

std::atomic<int> g_stop_signal{0};
std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void request_stop(int signal) {
  g_stop_signal = signal;
  g_stop = true;
}

struct IndexCommandOptions {
  std::string db;
  std::vector<std::string> inputs;
  std::string reference;
  std::string explain;
  unsigned jobs = 0;
  std::size_t shards = 0;
  std::string part;
  std::string compact;
  bool single_file = false;
  std::size_t batch = 2000;
  std::size_t max_file_mb = 16;
  bool prune = false;
  bool quiet = false;
  std::string ocr = "auto";
  std::string ocr_cache;
};

std::string default_db() {
  const char* env = std::getenv("LETTERBOX_DB");
  return env && *env ? env : "./letterbox.db";
}

void setup_index(CLI::App& app, IndexCommandOptions& options) {
  app.description(
      "Index letters into a Letterbox (Xapian) index.\n\n"
      "Reads .txt, .md, .markdown and extension-less text files, PDFs (.pdf, scans through OCR), saved "
      "web pages (.html, .htm), e-mail (.eml, and .mbox as one document per message, attachments as "
      "their own documents) and page images (.png, .jpg, .jpeg, .tif, .tiff, through OCR), "
      "recursively in folders, telling the format by content; "
      "normalises the text, parses the letter's structure (date, sender, recipients, subject, cc, "
      "attendees, type), tags people, ministers, bodies, inspection grades and places, and writes one "
      "document per file, identified by its canonical path. Re-running skips unchanged files (by "
      "content hash) and replaces changed ones. Work is committed in batches: after Ctrl-C the "
      "index holds everything committed, and a re-run finishes the job.\n\n"
      "Exit codes: 0 all indexed; 1 some files skipped (each named on stderr with its reason); "
      "2 usage error or the index could not be opened; 130/143 interrupted (work so far committed).\n\n"
      "Sharding: --shards N writes N Xapian databases in parallel (PATH/shard-00 ...), a document going "
      "to the shard its identifier hashes to, and a Xapian stub file PATH/XAPIANDB listing them; "
      "letterbox-search --db PATH searches them as one index. Each shard can be served by xapian-tcpsrv "
      "and listed as 'remote HOST:PORT' in a stub file on the searching machine (see the README). "
      "--part K/N makes only shard K of N, as a plain database, so that each machine indexes its own.\n"
      "Compacting: --compact OUT writes a read-optimised copy of the index (shards merged into one "
      "database) to OUT, after indexing the PATHs if any are given, else alone:\n"
      "  letterbox-index --db letterbox.db --compact letterbox-compact.db [--single-file]");
  app.add_option("paths", options.inputs, "Files and folders to index");
  app.add_option("--db", options.db, "Index path (default: $LETTERBOX_DB, else ./letterbox.db)");
  app.add_option("--reference", options.reference,
                 "Folder of reference data for the tagger (default: $LETTERBOX_REFERENCE, else the "
                 "corpus/reference folder Letterbox was built with)");
  app.add_option("--explain", options.explain,
                 "Print as JSON what the pipeline makes of FILE (structure, entities, terms) without "
                 "touching any index")
      ->type_name("FILE");
  app.add_option("-j,--jobs", options.jobs,
                 "Worker threads for reading and analysis (default: one per core, less one for each shard's "
                 "writer unless PDFs or page images are among the files; at least 1)")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("--shards", options.shards,
                 "Split a new index into N shards written in parallel (default: as the existing index is, "
                 "else 1); an existing index must be opened with its own count")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
  app.add_option("--part", options.part,
                 "Index only the files that hash to shard K of N (0-based), into a plain database at --db: "
                 "what shard K of --shards N would hold, made on the machine that will serve it (one "
                 "indexer per machine; the searching machine lists the parts in a stub)")
      ->type_name("K/N");
  app.add_option("--compact", options.compact,
                 "Write a compacted, read-optimised copy of the index (all shards merged) to OUT, which must "
                 "not exist; with no PATHs, only that")
      ->type_name("OUT");
  app.add_flag("--single-file", options.single_file, "With --compact: make OUT one file, easy to copy");
  app.add_option("--batch", options.batch, "Commit every N changed documents")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{10000000}));
  app.add_option("--max-file-mb", options.max_file_mb, "Index only the first N MB of larger files (with a warning)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{4096}));
  app.add_option("--ocr", options.ocr,
                 "OCR (Tesseract, English) of images and of PDF pages: auto = pages without a text layer; "
                 "always = every page; never = skip scans")
      ->capture_default_str()
      ->check(CLI::IsMember({"never", "auto", "always"}));
  app.add_option("--ocr-cache", options.ocr_cache,
                 "Folder of recognised text by page-image hash, so no page is recognised twice (default: the "
                 "index path with .ocr-cache appended, beside the index)")
      ->type_name("DIR");
  app.add_flag("--prune", options.prune, "Remove documents whose files no longer exist");
  app.add_flag("-q,--quiet", options.quiet, "No progress line and no summary (problems are still reported)");
}

// Prints problems as they come and, on a terminal, a progress line.
class TerminalObserver : public IndexObserver {
 public:
  explicit TerminalObserver(bool show_progress) : show_progress_(show_progress) {}

  void warning(const std::string& path, const std::string& message) override {
    const std::lock_guard lock(mutex_);
    clear_line();
    std::cerr << "warning: " << path << ": " << message << "\n";
  }
  void skipped(const std::string& path, const std::string& reason) override {
    const std::lock_guard lock(mutex_);
    clear_line();
    std::cerr << "skipped " << path << ": " << reason << "\n";
  }
  void progress(std::size_t done, std::size_t total, std::uintmax_t bytes) override {
    if (!show_progress_) return;
    const std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? done / seconds : 0;
    const double eta = rate > 0 ? (total - done) / rate : 0;
    std::fprintf(stderr, "\r%zu/%zu files, %.0f files/s, %.1f MB/s, ETA %.0fs   ", done, total, rate,
                 seconds > 0 ? bytes / seconds / 1e6 : 0.0, eta);
    line_shown_ = true;
  }
  // From worker threads, hence the lock shared with the other messages.
  void ocr_page(const std::string& path, std::size_t page, std::size_t pages) override {
    if (!show_progress_) return;
    const std::lock_guard lock(mutex_);
    clear_line();
    std::fprintf(stderr, "\rOCR %s: page %zu/%zu   ", path.c_str(), page, pages);
    line_shown_ = true;
  }
  void finish() {
    const std::lock_guard lock(mutex_);
    clear_line();
  }

 private:
  using Clock = std::chrono::steady_clock;
  void clear_line() {
    if (line_shown_) std::cerr << "\r\033[K";
    line_shown_ = false;
  }
  bool show_progress_;
  std::mutex mutex_;
  bool line_shown_ = false;
  Clock::time_point start_ = Clock::now(), last_{};
};

Tagger load_tagger(const std::string& reference) {
  const fs::path folder = reference.empty() ? default_reference_folder() : fs::path(reference);
  return Tagger(load_reference_data(folder));
}

int run_explain(const IndexCommandOptions& options, const Tagger& tagger, const ReadOptions& read) {
  const ExplainedFile explained = explain_file(options.explain, tagger, read, parse_ocr_mode(options.ocr));
  if (!explained.read.text) {
    std::cerr << "letterbox-index: " << options.explain << " would be skipped: " << explained.read.skip_reason
              << "\n";
    return kExitSomeSkipped;
  }
  std::cout << explain(options.explain, explained.read, explained.analysed, explained.document).dump(2) << "\n";
  return kExitOk;
}

// One shard of a sharded layout, made alone: --part K/N.
struct Part {
  std::size_t index = 0;
  std::size_t count = 1;
};

// "K/N" with 0 <= K < N <= 256; throws CLI::ValidationError naming the text.
std::optional<Part> parse_part(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const auto slash = text.find('/');
  const auto number = [&](std::string_view digits) -> std::size_t {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size())
      throw CLI::ValidationError("--part", "'" + text + "' is not K/N, for example 0/4");
    return value;
  };
  if (slash == std::string::npos) throw CLI::ValidationError("--part", "'" + text + "' is not K/N, for example 0/4");
  const Part part{number(std::string_view(text).substr(0, slash)), number(std::string_view(text).substr(slash + 1))};
  if (part.count < 1 || part.count > 256 || part.index >= part.count)
    throw CLI::ValidationError("--part", "'" + text + "': K must be below N, and N from 1 to 256");
  return part;
}

// Keeps the files of one part: whole files, so nothing else is read.
void keep_part(FileList& files, const Part& part) {
  std::erase_if(files.files, [&](const ListedFile& file) { return shard_of(file.id, part.count) != part.index; });
}

// Text is cheap to analyse beside the writer, which is then the floor and
// keeps a core of its own; PDFs and page images may keep a worker on poppler
// and OCR for seconds a page while the writer waits, so then every core reads.
bool reading_may_outrun_writing(const FileList& files) {
  return std::any_of(files.files.begin(), files.files.end(),
                     [](const ListedFile& file) { return names_pages(file.path); });
}

int run_index(const IndexCommandOptions& options, const Tagger& tagger, const ReadOptions& read) {
  const std::optional<Part> part = parse_part(options.part);
  const std::string db = options.db.empty() ? default_db() : options.db;
  if (part && existing_shard_count(db) > 1)
    throw IndexOpenError("index " + db + " is sharded; --part makes one shard as a plain database: give it a path "
                         "of its own");

  std::vector<fs::path> inputs(options.inputs.begin(), options.inputs.end());
  FileList files = list_files(inputs);
  for (const Unlisted& problem : files.problems) std::cerr << "skipped " << problem.path << ": " << problem.reason << "\n";
  if (part) keep_part(files, *part);

  ShardedWriter writer(db, {.shards = options.shards,
                            .batch_size = options.batch,
                            .part = part ? std::to_string(part->index) + "/" + std::to_string(part->count) : ""});

  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  TerminalObserver observer(!options.quiet && isatty(STDERR_FILENO));
  const PipelineOptions pipeline{
      .jobs = options.jobs,
      .writers = reading_may_outrun_writing(files) ? 0U : static_cast<unsigned>(writer.shard_count()),
      .read = read,
      .ocr = parse_ocr_mode(options.ocr),
      .ocr_cache = OcrCache(options.ocr_cache.empty() ? ocr_cache_beside(db) : fs::path(options.ocr_cache)),
  };
  const IndexSummary summary = index_files(files, tagger, writer, observer, pipeline, g_stop);
  observer.finish();

  std::size_t removed = 0;
  if (options.prune && !summary.interrupted) {
    for (const std::string& id : writer.ids_of_missing_files()) {
      writer.remove(id);
      ++removed;
    }
    writer.commit();
  }
  const std::size_t skipped = summary.skipped + files.problems.size();
  if (!options.quiet)
    std::cerr << "indexed " << summary.added + summary.updated << " (" << summary.added << " new, " << summary.updated
              << " changed), unchanged " << summary.unchanged << ", removed " << removed << ", skipped " << skipped
              << "; " << db << " holds " << writer.document_count() << " documents"
              << (writer.shard_count() > 1 ? " in " + std::to_string(writer.shard_count()) + " shards" : "")
              << (part ? " (part " + options.part + ")" : "") << "\n";
  if (summary.interrupted) {
    std::cerr << "letterbox-index: interrupted by " << (g_stop_signal == SIGINT ? "SIGINT" : "SIGTERM")
              << "; everything indexed so far is committed, run the same command again to finish\n";
    return 128 + g_stop_signal;
  }
  return skipped > 0 ? kExitSomeSkipped : kExitOk;
}

int run_compact(const IndexCommandOptions& options) {
  const std::string db = options.db.empty() ? default_db() : options.db;
  const CompactSummary summary = compact_index(db, options.compact, {.single_file = options.single_file});
  if (!options.quiet)
    std::cerr << "compacted " << db << " (" << summary.sources << (summary.sources == 1 ? " database" : " shards")
              << ", " << summary.documents << " documents) into " << options.compact << "\n";
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // Tesseract's OpenMP threads fight the pipeline's own workers (one file
  // per core) and run OCR 2-3 times slower; a user's own setting is kept.
  ::setenv("OMP_THREAD_LIMIT", "1", 0);
  CLI::App app{"letterbox-index"};
  IndexCommandOptions options;
  setup_index(app, options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (!options.part.empty() && options.shards > 1) {
    std::cerr << "letterbox-index: --part makes one shard as a plain database; it cannot be used with --shards\n";
    return kExitUsage;
  }
  try {
    parse_part(options.part);
  } catch (const CLI::ValidationError& e) {
    std::cerr << "letterbox-index: " << e.what() << "\n";
    return kExitUsage;
  }
  if (options.inputs.empty() && options.explain.empty() && options.compact.empty()) {
    std::cerr << "letterbox-index: name the files or folders to index (see --help)\n";
    return kExitUsage;
  }
  try {
    if (options.inputs.empty() && options.explain.empty()) return run_compact(options);
    const Tagger tagger = load_tagger(options.reference);
    const ReadOptions read{.max_bytes = options.max_file_mb << 20};
    if (!options.explain.empty()) return run_explain(options, tagger, read);
    const int status = run_index(options, tagger, read);
    if (options.compact.empty() || status > kExitSomeSkipped) return status;
    const int compacted = run_compact(options);
    return compacted != kExitOk ? compacted : status;
  } catch (const IndexOpenError& e) {
    std::cerr << "letterbox-index: " << e.what() << "\n";
    return kExitUsage;
  } catch (const Xapian::Error& e) {
    std::cerr << "letterbox-index: " << e.get_description() << "\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "letterbox-index: " << e.what() << "\n";
    return kExitUsage;
  }
}
