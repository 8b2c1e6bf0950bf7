// Reading a PDF (poppler): the text of each page in reading order, the PDF's
// metadata, and OCR of pages that have no usable text layer.
#pragma once

#include <string_view>

#include "indexer/formats/extracted.h"
#include "indexer/formats/ocr.h"

namespace letterbox {

struct PdfOptions {
  OcrMode ocr = OcrMode::auto_;
  OcrCache cache{};
  int ocr_dpi = 200;  // resolution pages are rendered at for OCR
  PageProgress progress{};
};

// Pages are read one after another (files run in parallel in the pipeline).
// Throws std::runtime_error for a damaged, encrypted or empty PDF, or one
// whose pages have no text when OCR is off.
ExtractedText read_pdf(std::string_view bytes, const PdfOptions& options);

// Whether a page's text layer holds enough to read: scans often carry a few
// stray characters, or none.
bool has_usable_text(std::string_view page_text);

}  // namespace letterbox
