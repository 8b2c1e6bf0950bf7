#include "indexer/formats/read_pdf.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <memory>
#include <mutex>
#include <stdexcept>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace letterbox {
namespace {

// Fewer letters and digits than this on a page and it is taken for a scan.
constexpr std::size_t kMinUsableCharacters = 20;

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string iso_day(std::time_t time) {
  if (time <= 0) return "";
  std::tm parts{};
  if (gmtime_r(&time, &parts) == nullptr) return "";
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &parts);
  return buffer;
}

void ignore_poppler_message(const std::string&, void*) {}

std::unique_ptr<poppler::document> open_pdf(std::string_view bytes) {
  // Poppler prints its complaints about damaged files to stderr by default;
  // library code does not print, and the failure is reported below.
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) throw std::runtime_error("damaged PDF: poppler cannot open it");
  if (document->is_locked()) throw std::runtime_error("encrypted PDF: it needs a password");
  if (document->pages() <= 0) throw std::runtime_error("PDF with no pages");
  return document;
}

// A line of words being gathered, by its vertical extent.
struct LineExtent {
  double top = 0;
  double bottom = 0;
  double height() const { return bottom - top; }
};

// Whether a word starts a new line: it sits below the line's middle, or
// wholly above the line (the next column, in reading order).
bool starts_new_line(const poppler::rectf& word, const LineExtent& line) {
  return word.top() >= line.top + line.height() / 2 || word.bottom() <= line.top;
}

// The page's words in reading order (columns one after another), lines as
// lines, and a blank line where the page leaves a line's height or more of
// space, as letters part their paragraphs and address blocks; poppler's
// own text() gives either reading order or blank lines, not both.
std::string page_text_layer(const poppler::page& page) {
  std::string text;
  LineExtent line;
  bool space_after = false;
  for (const poppler::text_box& word : page.text_list()) {
    const poppler::rectf box = word.bbox();
    if (text.empty()) {
      line = {box.top(), box.bottom()};
    } else if (starts_new_line(box, line)) {
      text += '\n';
      if (box.top() - line.bottom > 0.8 * line.height()) text += '\n';
      line = {box.top(), box.bottom()};
    } else {
      if (space_after) text += ' ';
      line = {std::min(line.top, box.top()), std::max(line.bottom, box.bottom())};
    }
    text += utf8(word.text());
    space_after = word.has_space_after();
  }
  return text;
}

std::string ocr_page(const poppler::page& page, const PdfOptions& options) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
  const poppler::image image = renderer.render_page(&page, options.ocr_dpi, options.ocr_dpi);
  if (!image.is_valid()) throw std::runtime_error("cannot render the page for OCR");
  const PixelImage pixels{reinterpret_cast<const unsigned char*>(image.const_data()), image.width(), image.height(),
                          1, image.bytes_per_row(), options.ocr_dpi};
  return recognise(pixels, options.cache).text;
}

bool wants_ocr(const std::string& text_layer, OcrMode mode) {
  if (mode == OcrMode::never) return false;
  return mode == OcrMode::always || !has_usable_text(text_layer);
}

}  // namespace

bool has_usable_text(std::string_view page_text) {
  std::size_t characters = 0;
  for (const char ch : page_text) characters += std::isalnum(static_cast<unsigned char>(ch)) != 0;
  return characters >= kMinUsableCharacters;
}

ExtractedText read_pdf(std::string_view bytes, const PdfOptions& options) {
  const std::unique_ptr<poppler::document> document = open_pdf(bytes);
  ExtractedText extracted;
  extracted.format = "pdf";
  extracted.source_title = utf8(document->get_title());
  extracted.source_author = utf8(document->get_author());
  extracted.source_date = iso_day(document->get_creation_date_t());

  const auto pages = static_cast<std::size_t>(document->pages());
  std::size_t ocr_pages = 0;
  for (std::size_t index = 0; index < pages; ++index) {
    const std::unique_ptr<poppler::page> page(document->create_page(static_cast<int>(index)));
    if (!page) throw std::runtime_error("damaged PDF: page " + std::to_string(index + 1) + " cannot be read");
    std::string text = page_text_layer(*page);
    if (wants_ocr(text, options.ocr)) {
      if (options.progress) options.progress(index + 1, pages);
      text = ocr_page(*page, options);
      ++ocr_pages;
    }
    // Pages are joined by a form feed, as pdftotext does; the offsets say
    // where each begins.
    if (index > 0) extracted.text += '\f';
    extracted.page_starts.push_back(extracted.text.size());
    extracted.text += text;
  }
  if (ocr_pages > 0) {
    extracted.ocr = true;
    extracted.format = "pdf-ocr";
  }
  return extracted;
}

}  // namespace letterbox
