// Normalising text: UTF-8 -> the clean text that parsing and indexing read,
// keeping the original for display.
#pragma once

#include <string>
#include <string_view>

namespace letterbox {

struct Text {
  std::string display;  // the text as read (valid UTF-8), for display and snippets
  // text::normalise() (NFKC, quotes and dashes plain, "\r\n" -> "\n"), OCR
  // line-break hyphens joined ("safe-\nguarding of" -> "safeguarding\nof";
  // also soft hyphens; only between lowercase letters), markdown emphasis
  // (**bold**, *italic*, __x__, _x_) removed where it wraps text, heading
  // marks ("## ") removed, page-break and rule lines ("---", "***", "___")
  // turned into blank lines, a grid table's rows ("+---+" between them)
  // each on one line, their cells' wrapped lines joined. Case is kept;
  // other lines are kept. Linear time.
  std::string clean;
};

Text normalise_text(std::string_view utf8);

}  // namespace letterbox
