// What the format readers make of a file: one or more texts to analyse as
// letters, each with where it came from (format, pages, OCR, parent).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace letterbox {

struct ExtractedText {
  // Appended to the file's identifier: "" for the file itself,
  // "#message-2" for an mbox message, "#attachment-1-report.pdf".
  std::string id_suffix;
  std::string text;                     // valid UTF-8
  std::string format = "text";          // pdf, pdf-ocr, image-ocr, html, email, text
  bool ocr = false;                     // some of the text was recognised from images
  std::vector<std::size_t> page_starts;  // byte offset in text where each page begins
  std::string source_title;             // the file's own title (PDF metadata, HTML <title>)
  std::string source_author;            // PDF metadata
  std::string source_date;              // PDF creation date, YYYY-MM-DD; never the letter's date
  std::string parent_suffix;            // id_suffix of the document this was attached to
  bool has_parent = false;
};

// Called from a worker thread before each page is recognised.
using PageProgress = std::function<void(std::size_t page, std::size_t pages)>;

}  // namespace letterbox
