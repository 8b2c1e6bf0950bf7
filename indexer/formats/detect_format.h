// Telling what kind of file a path holds, by its content (libmagic) first and
// its name second, so that a PDF named .txt is still read as a PDF.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace letterbox {

enum class FileFormat { text, pdf, html, email, mbox, image, unknown };
std::string to_string(FileFormat format);

struct DetectedFormat {
  FileFormat format = FileFormat::unknown;
  std::string mime_type;  // what libmagic says of the content
};

// Detects from the start of the content (a few KB is enough) and the path's
// extension. Never throws for odd content: unknown binary is FileFormat::unknown.
DetectedFormat detect_format(std::string_view head, const std::filesystem::path& path);

// The MIME type libmagic gives these bytes ("application/pdf").
std::string mime_type_of(std::string_view bytes);

}  // namespace letterbox
