// Reading a file: path -> UTF-8 text, or the reason it cannot be indexed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace letterbox {

struct ReadOptions {
  // Files larger than this are indexed only up to here, with a warning.
  std::uintmax_t max_bytes = 16u << 20;
};

struct ReadResult {
  std::optional<std::string> text;  // valid UTF-8 when set, without a BOM
  // Why text is unset: "binary data, not text", "empty file" (also for
  // whitespace only), "not a regular file", or "cannot open: <strerror>".
  std::string skip_reason;
  // e.g. "invalid UTF-8 repaired (3 bad sequences)", "no byte-order mark;
  // read as UTF-16LE", or a truncation naming the file size and the limit.
  std::vector<std::string> warnings;
  // xxh64 (seed 0) of all the file's bytes, even past max_bytes, so that any
  // change to the file changes it; 0 when the file could not be read.
  std::uint64_t content_hash = 0;
};

// Never throws for a bad file: I/O errors, binary content and the like come
// back as skip_reason. UTF-16 with a BOM is converted, UTF-16 without one is
// recognised by its NUL bytes and converted with a warning; a UTF-8 BOM is
// dropped; invalid UTF-8 is repaired with U+FFFD and one warning; text past
// max_bytes is cut at a character boundary with a warning.
ReadResult read_file(const std::filesystem::path& path, const ReadOptions& options = {});

// The same checks and repairs on bytes already in memory.
ReadResult read_bytes(std::string bytes, const ReadOptions& options = {});

// xxh64 as 16 lowercase hex digits, the form kept in the index.
std::string hash_hex(std::uint64_t hash);

// Whether a path names a file the indexer takes: .txt, .md, .markdown, a
// document format (.pdf .html .htm .eml .mbox .png .jpg .jpeg .tif .tiff;
// what the file holds is then told by its content), in any case, or no
// extension at all; never a hidden file (".name").
bool is_indexable_name(const std::filesystem::path& path);

// Whether a path names pages to render (a PDF or a page image, by its name):
// reading it may take poppler, and OCR at seconds a page.
bool names_pages(const std::filesystem::path& path);

}  // namespace letterbox
