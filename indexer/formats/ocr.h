// Optical character recognition of page images (Tesseract), with a cache on
// disk keyed by the image's content hash so no page is recognised twice.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace letterbox {

enum class OcrMode { never, auto_, always };
// "never", "auto", "always"; throws std::runtime_error for anything else.
OcrMode parse_ocr_mode(std::string_view text);

// A greyscale (1 byte per pixel) or RGB(A) image in memory.
struct PixelImage {
  const unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  int bytes_per_pixel = 1;
  int bytes_per_row = 0;
  int dpi = 0;  // 0 when unknown
};

// Where recognised text is kept: one file per image, named by its xxh64.
// An empty folder means no cache. Safe to share between threads and
// processes: entries are written to a temporary file and renamed.
class OcrCache {
 public:
  OcrCache() = default;
  explicit OcrCache(std::filesystem::path folder) : folder_(std::move(folder)) {}
  bool enabled() const { return !folder_.empty(); }
  const std::filesystem::path& folder() const { return folder_; }
  // The text recognised before for this hash, if any.
  bool find(std::uint64_t hash, std::string& text) const;
  // Keeps the text; a cache that cannot be written is not an error (the
  // text is still returned to the caller), so this reports by its result.
  bool store(std::uint64_t hash, const std::string& text) const;

 private:
  std::filesystem::path folder_;
};

// The default cache for an index: "DB.ocr-cache" beside it.
std::filesystem::path ocr_cache_beside(const std::filesystem::path& db);

struct OcrResult {
  std::string text;
  bool from_cache = false;
};

// Recognises English text in the image (or takes it from the cache).
// Throws std::runtime_error when Tesseract or its English data is missing.
OcrResult recognise(const PixelImage& image, const OcrCache& cache);

// Recognises an image file's bytes (PNG, JPEG, TIFF) through leptonica; the
// cache key is the hash of the bytes. Throws std::runtime_error naming the
// problem when the bytes are not an image leptonica can read.
OcrResult recognise_image_file(std::string_view bytes, const OcrCache& cache);

}  // namespace letterbox
