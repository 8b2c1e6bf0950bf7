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
  std::optional<std::string> text;    // valid UTF-8 when set
  std::string skip_reason;            // why text is unset ("binary data (NUL bytes)")
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 repaired (3 sequences)"
  std::uint64_t content_hash = 0;     // xxh64 of the bytes as read
};

// Never throws for a bad file: I/O errors, binary content and the like come
// back as skip_reason. UTF-16 with a BOM is converted; invalid UTF-8 is
// repaired with U+FFFD and one warning.
ReadResult read_file(const std::filesystem::path& path, const ReadOptions& options = {});

// The same checks and repairs on bytes already in memory.
ReadResult read_bytes(std::string bytes, const ReadOptions& options = {});

// xxh64 as 16 lowercase hex digits, the form kept in the index.
std::string hash_hex(std::uint64_t hash);

// Whether a path names a file the indexer takes: .txt, .md, .markdown, or
// no extension at all.
bool is_indexable_name(const std::filesystem::path& path);

}  // namespace letterbox
