// format_bench: pages per second for PDF text layers and for OCR, on
// letters the fixtures typeset (one thread; the indexer runs one file per
// core). Usage: format_bench [PDF_PAGES] [OCR_PAGES]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "indexer/formats/extract.h"
#include "tests/formats/fixtures.h"

using namespace letterbox;
using namespace letterbox::testing;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A long PDF: the letter's lines over and over, 50 lines a page.
std::string long_pdf(std::size_t pages) {
  std::string text;
  while (paginate(text, 50).size() < pages) text += birmingham_letter();
  auto split = paginate(text, 50);
  split.resize(pages);
  return text_pdf(split);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t pdf_pages = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 500;
  const std::size_t ocr_pages = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 4;

  const std::string pdf = long_pdf(pdf_pages);
  auto start = std::chrono::steady_clock::now();
  const Extraction text_layer = extract_bytes(pdf, "long.pdf", {});
  const double text_seconds = seconds_since(start);
  std::printf("pdf text layer: %zu pages in %.2f s = %.0f pages/s (%s)\n", pdf_pages, text_seconds,
              pdf_pages / text_seconds, text_layer.skip_reason.empty() ? "ok" : text_layer.skip_reason.c_str());

  // Each scan differs (its page number), so none comes from a cache.
  double ocr_seconds = 0;
  for (std::size_t page = 0; page < ocr_pages; ++page) {
    const std::string letter = "Page " + std::to_string(page + 1) + "\n\n" + birmingham_letter();
    const std::string scan = image_pdf(render_page(text_pdf(paginate(letter, 60)), 0, 150), 150);
    start = std::chrono::steady_clock::now();
    const Extraction ocr = extract_bytes(scan, "scan.pdf", {});
    ocr_seconds += seconds_since(start);
    if (!ocr.skip_reason.empty()) std::printf("scan %zu skipped: %s\n", page + 1, ocr.skip_reason.c_str());
  }
  std::printf("pdf OCR (200 dpi render + Tesseract): %zu pages in %.2f s = %.2f pages/s\n", ocr_pages, ocr_seconds,
              ocr_pages / ocr_seconds);
}
