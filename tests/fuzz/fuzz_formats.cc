// libFuzzer target: any bytes through format detection and extraction, as
// an HTML page, an e-mail, an mbox, a PDF or a text file. OCR is off: one
// page takes seconds, and Tesseract is not ours to fuzz.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "indexer/formats/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The first byte picks the name, whose extension breaks ties between
  // formats the content alone does not settle (an .eml against an .mbox).
  static constexpr std::array<const char*, 6> kNames = {"page.html", "message.eml", "folder.mbox",
                                                        "letter.pdf", "letter.txt", "letter"};
  if (size == 0) return 0;
  const char* name = kNames[data[0] % kNames.size()];
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const letterbox::ExtractOptions options{.read = {.max_bytes = 256u << 10}, .ocr = letterbox::OcrMode::never};
  const letterbox::Extraction extraction = letterbox::extract_bytes(bytes, name, options);
  // Every document must be valid to index: text present, pages in order.
  for (const letterbox::ExtractedText& text : extraction.documents) {
    std::size_t previous = 0;
    for (const std::size_t start : text.page_starts) {
      if (start < previous || start > text.text.size()) __builtin_trap();
      previous = start;
    }
  }
  return 0;
}
