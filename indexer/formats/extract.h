// A file of any format Letterbox reads -> the texts to index from it: the
// step between reading bytes and analysing a letter.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "indexer/formats/detect_format.h"
#include "indexer/formats/extracted.h"
#include "indexer/formats/ocr.h"
#include "indexer/read.h"

namespace letterbox {

struct ExtractOptions {
  ReadOptions read{};
  OcrMode ocr = OcrMode::auto_;
  OcrCache cache{};         // none by default
  PageProgress progress{};  // before each page is recognised
};

struct Extraction {
  std::vector<ExtractedText> documents;  // empty when skipped
  std::string skip_reason;
  std::vector<std::string> warnings;
  std::uint64_t content_hash = 0;  // xxh64 of the whole file
  FileFormat format = FileFormat::unknown;
};

// Never throws for a bad file: damaged, encrypted, unknown or empty content
// comes back as skip_reason. One file may give several documents (an mbox,
// an e-mail's attachments).
Extraction extract_file(const std::filesystem::path& path, const ExtractOptions& options);

// The same on bytes in memory; the path only lends its extension.
Extraction extract_bytes(std::string bytes, const std::filesystem::path& path, const ExtractOptions& options);

}  // namespace letterbox
