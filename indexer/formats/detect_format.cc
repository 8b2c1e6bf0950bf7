#include "indexer/formats/detect_format.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <stdexcept>

#include <magic.h>

namespace letterbox {
namespace {

// libmagic cookies are not thread-safe: one per thread, loaded once.
magic_t thread_cookie() {
  struct Cookie {
    magic_t handle = nullptr;
    Cookie() {
      handle = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
      if (handle == nullptr) throw std::runtime_error("libmagic: cannot open a magic cookie");
      if (magic_load(handle, nullptr) != 0) {
        const std::string error = magic_error(handle) ? magic_error(handle) : "no message";
        magic_close(handle);
        throw std::runtime_error("libmagic: cannot load the magic database: " + error);
      }
    }
    ~Cookie() { magic_close(handle); }
  };
  thread_local Cookie cookie;
  return cookie.handle;
}

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return extension;
}

FileFormat format_of_extension(const std::string& extension) {
  if (extension == ".pdf") return FileFormat::pdf;
  if (extension == ".html" || extension == ".htm") return FileFormat::html;
  if (extension == ".eml") return FileFormat::email;
  if (extension == ".mbox") return FileFormat::mbox;
  if (extension == ".png" || extension == ".jpg" || extension == ".jpeg" || extension == ".tif" ||
      extension == ".tiff")
    return FileFormat::image;
  return FileFormat::text;
}

// Formats whose content libmagic recognises beyond doubt.
FileFormat format_of_binary_mime(const std::string& mime) {
  if (mime == "application/pdf") return FileFormat::pdf;
  if (mime == "image/png" || mime == "image/jpeg" || mime == "image/tiff") return FileFormat::image;
  return FileFormat::unknown;
}

bool is_textual_mime(const std::string& mime) {
  return mime.starts_with("text/") || mime == "message/rfc822" || mime == "application/mbox" ||
         mime == "application/json" || mime == "application/x-empty" || mime == "inode/x-empty";
}

}  // namespace

std::string to_string(FileFormat format) {
  switch (format) {
    case FileFormat::text: return "text";
    case FileFormat::pdf: return "pdf";
    case FileFormat::html: return "html";
    case FileFormat::email: return "email";
    case FileFormat::mbox: return "mbox";
    case FileFormat::image: return "image";
    case FileFormat::unknown: break;
  }
  return "unknown";
}

std::string mime_type_of(std::string_view bytes) {
  const char* type = magic_buffer(thread_cookie(), bytes.data(), bytes.size());
  return type ? type : "application/octet-stream";
}

namespace {

// The common cases told from their first bytes, without libmagic, whose
// text tests cost as much as parsing a letter: a signature of a binary
// format we read, or a file named as text with no NUL byte in its head.
std::optional<DetectedFormat> sniff(std::string_view head, FileFormat by_name) {
  const auto starts = [&](std::string_view signature) { return head.starts_with(signature); };
  if (starts("%PDF-")) return DetectedFormat{FileFormat::pdf, "application/pdf"};
  if (starts("\x89PNG\r\n\x1a\n")) return DetectedFormat{FileFormat::image, "image/png"};
  if (starts("\xff\xd8\xff")) return DetectedFormat{FileFormat::image, "image/jpeg"};
  if (starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4)))
    return DetectedFormat{FileFormat::image, "image/tiff"};
  if (by_name != FileFormat::text || head.find('\0') != std::string_view::npos) return std::nullopt;
  // A saved page with a .txt name (or none) is still HTML.
  const size_t start = head.find_first_not_of(" \t\r\n");
  std::string opening(head.substr(start == std::string_view::npos ? head.size() : start, 15));
  std::transform(opening.begin(), opening.end(), opening.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (opening.starts_with("<!doctype html") || opening.starts_with("<html")) return std::nullopt;
  return DetectedFormat{FileFormat::text, "text/plain"};
}

}  // namespace

DetectedFormat detect_format(std::string_view head, const std::filesystem::path& path) {
  if (auto sniffed = sniff(head, format_of_extension(lower_extension(path)))) return *sniffed;
  DetectedFormat detected;
  detected.mime_type = mime_type_of(head);
  // Content wins for the binary formats, whatever the name says.
  if (const FileFormat binary = format_of_binary_mime(detected.mime_type); binary != FileFormat::unknown) {
    detected.format = binary;
    return detected;
  }
  const FileFormat by_name = format_of_extension(lower_extension(path));
  if (is_textual_mime(detected.mime_type)) {
    // Text of any kind: the name says how to read it (an .eml without a
    // Received: line looks like plain text to libmagic); a text file named
    // .pdf or .png is damaged or misnamed.
    const bool binary_name = by_name == FileFormat::pdf || by_name == FileFormat::image;
    if (binary_name) return detected;  // unknown
    detected.format = by_name;
    if (by_name == FileFormat::text && detected.mime_type == "text/html") detected.format = FileFormat::html;
    return detected;
  }
  // Text in odd encodings (UTF-16) is left to the plain-text reader, which
  // knows them; anything else is not a format Letterbox reads.
  if (detected.mime_type == "application/octet-stream" && by_name == FileFormat::text) detected.format = FileFormat::text;
  return detected;
}

}  // namespace letterbox
