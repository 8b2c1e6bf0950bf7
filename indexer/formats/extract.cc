#include "indexer/formats/extract.h"

#include <cctype>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <xxhash.h>

#include "indexer/formats/read_email.h"
#include "indexer/formats/read_html.h"
#include "indexer/formats/read_pdf.h"

namespace letterbox {
namespace {

// libmagic needs only the start of a file to tell its type.
constexpr std::size_t kSniffBytes = 64 * 1024;

Extraction skipped(std::string reason, std::uint64_t hash, FileFormat format) {
  Extraction extraction;
  extraction.skip_reason = std::move(reason);
  extraction.content_hash = hash;
  extraction.format = format;
  return extraction;
}

// Text through the plain-text checks and repairs (encodings, binary, size).
ExtractedText plain_text(std::string bytes, const ReadOptions& options, std::vector<std::string>& warnings) {
  ReadResult read = read_bytes(std::move(bytes), options);
  warnings.insert(warnings.end(), read.warnings.begin(), read.warnings.end());
  if (!read.text) throw std::runtime_error(read.skip_reason);
  ExtractedText extracted;
  extracted.text = std::move(*read.text);
  return extracted;
}

ExtractedText html_text(std::string bytes, const ReadOptions& options, std::vector<std::string>& warnings) {
  const ExtractedText utf8 = plain_text(std::move(bytes), options, warnings);
  HtmlText html = read_html(utf8.text);
  if (html.text.empty()) throw std::runtime_error("HTML page with no text");
  ExtractedText extracted;
  extracted.format = "html";
  extracted.text = std::move(html.text);
  extracted.source_title = std::move(html.title);
  return extracted;
}

ExtractedText pdf_text(std::string_view bytes, const ExtractOptions& options) {
  ExtractedText extracted = read_pdf(bytes, {options.ocr, options.cache, 200, options.progress});
  if (!has_usable_text(extracted.text))
    throw std::runtime_error(options.ocr == OcrMode::never ? "PDF with no text layer (scanned?) and OCR is off"
                                                           : "PDF with no readable text, even by OCR");
  return extracted;
}

ExtractedText image_text(std::string_view bytes, const ExtractOptions& options) {
  if (options.ocr == OcrMode::never) throw std::runtime_error("image, and OCR is off (--ocr never)");
  if (options.progress) options.progress(1, 1);
  ExtractedText extracted;
  extracted.format = "image-ocr";
  extracted.ocr = true;
  extracted.text = recognise_image_file(bytes, options.cache).text;
  extracted.page_starts = {0};
  if (!has_usable_text(extracted.text)) throw std::runtime_error("image with no readable text");
  return extracted;
}

// "Report 2012/final.pdf" -> "Report-2012-final.pdf": a name that reads
// well after '#' in an identifier.
std::string safe_name(std::string_view name) {
  std::string out;
  for (const char ch : name) {
    const bool plain = std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '_';
    if (plain) out += ch;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  return out.empty() ? "unnamed" : out;
}

ExtractedText any_text(std::string bytes, const std::filesystem::path& name, FileFormat format,
                       const ExtractOptions& options, std::vector<std::string>& warnings);

// Attachments that are letters in their own right become documents linked
// to their message; others (spreadsheets, signatures) are noted and left.
void add_attachments(const EmailMessage& message, const std::string& message_suffix, const ExtractOptions& options,
                     Extraction& extraction) {
  std::size_t number = 0;
  for (const EmailAttachment& attachment : message.attachments) {
    ++number;
    const std::string label = "attachment " + std::to_string(number) + " (" + attachment.filename + ")";
    const DetectedFormat detected = detect_format(attachment.bytes, attachment.filename);
    const bool readable = detected.format == FileFormat::pdf || detected.format == FileFormat::text ||
                          detected.format == FileFormat::html || detected.format == FileFormat::image;
    if (!readable) {
      extraction.warnings.push_back(label + " not indexed: " + detected.mime_type);
      continue;
    }
    try {
      ExtractedText text = any_text(attachment.bytes, attachment.filename, detected.format, options, extraction.warnings);
      text.id_suffix = "#attachment-" + std::to_string(number) + "-" + safe_name(attachment.filename);
      text.id_suffix.insert(0, message_suffix);
      text.parent_suffix = message_suffix;
      text.has_parent = true;
      extraction.documents.push_back(std::move(text));
    } catch (const std::exception& e) {
      extraction.warnings.push_back(label + " not indexed: " + e.what());
    }
  }
}

void add_email(const std::string& bytes, bool mbox, const ExtractOptions& options, Extraction& extraction) {
  const std::vector<EmailMessage> messages = read_email(bytes, mbox);
  for (std::size_t index = 0; index < messages.size(); ++index) {
    const std::string suffix = mbox ? "#message-" + std::to_string(index + 1) : "";
    ExtractedText text;
    text.id_suffix = suffix;
    text.format = "email";
    text.text = email_letter_text(messages[index]);
    text.source_title = messages[index].subject;
    extraction.documents.push_back(std::move(text));
    add_attachments(messages[index], suffix, options, extraction);
  }
}

ExtractedText any_text(std::string bytes, const std::filesystem::path& name, FileFormat format,
                       const ExtractOptions& options, std::vector<std::string>& warnings) {
  switch (format) {
    case FileFormat::pdf: return pdf_text(bytes, options);
    case FileFormat::image: return image_text(bytes, options);
    case FileFormat::html: return html_text(std::move(bytes), options.read, warnings);
    case FileFormat::text: return plain_text(std::move(bytes), options.read, warnings);
    default: break;
  }
  throw std::runtime_error("cannot read " + to_string(format) + " here: " + name.string());
}

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw std::runtime_error("cannot read");
  return content.str();
}

// Reads the bytes as the detected format says.
Extraction extract_detected(std::string bytes, const std::filesystem::path& path, const DetectedFormat& detected,
                            std::uint64_t hash, const ExtractOptions& options) {
  if (detected.format == FileFormat::unknown)
    return skipped("not a format Letterbox reads (" + detected.mime_type + ")", hash, detected.format);
  Extraction extraction;
  extraction.content_hash = hash;
  extraction.format = detected.format;
  try {
    if (detected.format == FileFormat::email || detected.format == FileFormat::mbox) {
      add_email(bytes, detected.format == FileFormat::mbox, options, extraction);
    } else {
      extraction.documents.push_back(any_text(std::move(bytes), path, detected.format, options, extraction.warnings));
    }
  } catch (const std::exception& e) {
    return skipped(e.what(), hash, detected.format);
  }
  return extraction;
}

Extraction from_read_result(ReadResult read) {
  Extraction extraction;
  extraction.content_hash = read.content_hash;
  extraction.warnings = std::move(read.warnings);
  extraction.format = FileFormat::text;
  if (!read.text) {
    extraction.skip_reason = std::move(read.skip_reason);
    return extraction;
  }
  ExtractedText text;
  text.text = std::move(*read.text);
  extraction.documents.push_back(std::move(text));
  return extraction;
}

std::optional<std::string> read_head(const std::filesystem::path& path) {
  std::error_code error;
  // Only regular files are opened here; read_file() gives the reason for
  // anything else without blocking on a FIFO.
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  if (in.bad()) return std::nullopt;
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

Extraction extract_bytes(std::string bytes, const std::filesystem::path& path, const ExtractOptions& options) {
  const std::uint64_t hash = XXH64(bytes.data(), bytes.size(), 0);
  const DetectedFormat detected = detect_format(std::string_view(bytes).substr(0, kSniffBytes), path);
  if (detected.format == FileFormat::text) return from_read_result(read_bytes(std::move(bytes), options.read));
  return extract_detected(std::move(bytes), path, detected, hash, options);
}

Extraction extract_file(const std::filesystem::path& path, const ExtractOptions& options) {
  const std::optional<std::string> head = read_head(path);
  if (!head) return from_read_result(read_file(path, options.read));
  const DetectedFormat detected = detect_format(*head, path);
  // Plain text keeps read_file's streaming, size limit and repairs.
  if (detected.format == FileFormat::text) return from_read_result(read_file(path, options.read));
  std::string bytes;
  try {
    bytes = read_whole_file(path);
  } catch (const std::exception&) {
    return from_read_result(read_file(path, options.read));  // its message names the OS error
  }
  const std::uint64_t hash = XXH64(bytes.data(), bytes.size(), 0);
  return extract_detected(std::move(bytes), path, detected, hash, options);
}

}  // namespace letterbox
