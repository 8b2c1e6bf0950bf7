// The token stream the entity tagger reads: words and punctuation of a text,
// with byte offsets and what separates each from the one before.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/letter_text.h"

namespace letterbox::tagging {

enum class Gap : char {
  none,       // glued to the previous token ("'good" -> ' then good)
  space,      // spaces or tabs
  hyphen,     // a hyphen between two words: "Clarke-Smith", "Under-Secretary"
  line,       // one line break
  paragraph,  // a blank line or more
};

struct Token {
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  std::string_view text;
  std::string lower;  // ASCII lower case, curly apostrophe as '\'', OCR's "1" and "0" in words as "l" and "o"
  std::string stem;   // lower without a possessive "'s" ("ofsted's" -> "ofsted")
  bool word = false;  // letters/digits; otherwise one punctuation character
  Gap gap = Gap::none;
  bool column = false;  // a tab or three spaces before it: a new column of aligned text
  bool capitalised() const;  // begins with an upper-case letter (or a non-ASCII letter)
  bool all_caps() const;     // two or more letters, none lower case
  bool is(std::string_view punctuation) const { return !word && text == punctuation; }
  bool is_quote() const;     // ' " or a curly quote
};

std::vector<Token> tokenize(std::string_view text);

std::string lower_ascii(std::string_view text);
// The words of a text as tokens read them (lower case, OCR digit slips
// repaired), one space between words: "Overa11  Effectiveness" -> "overall effectiveness".
std::string lower_words(std::string_view text);
// The text with OCR's digit slips in words put right, case kept: "Loca1 Chi1dren" -> "Local Children".
std::string ocr_repaired_text(std::string_view text);
using parsing::m_for_rn;  // shared with the letter parser

// "BILL MCCARTHY" -> "Bill McCarthy", "CHILDREN'S" -> "Children's"; words
// already in mixed case are kept.
std::string title_case(std::string_view text);

// The identity of a name: its words in lower case, joined by ' ' (or '-'
// where hyphenated), punctuation dropped: "Brendan Clarke-Smith" ->
// "brendan clarke-smith", "Lord Hill." -> "lord hill".
std::string name_key(std::string_view name);
std::string name_key(const std::vector<Token>& tokens, size_t first, size_t last);

// The text of tokens [first, last) as written, line breaks made spaces.
std::string span_text(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last);

}  // namespace letterbox::tagging
