// Reading a saved web page (gumbo): its visible text, without scripts,
// styles and navigation, and its title.
#pragma once

#include <string>
#include <string_view>

namespace letterbox {

struct HtmlText {
  std::string title;  // <title>, whitespace collapsed
  std::string text;   // blocks on their own lines, paragraphs apart
};

// Gumbo parses any bytes as HTML5 does, so this does not fail; the bytes
// should be UTF-8 (read_bytes() repairs them first).
HtmlText read_html(std::string_view utf8);

}  // namespace letterbox
