// Line and word helpers shared by the letter parser's modules: splitting the
// clean text into lines and the small tests the parser asks of them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace letterbox::parsing {

struct Line {
  std::string text;   // trimmed, with leftover markdown (**, __, #, *...*) removed
  size_t offset = 0;  // where the raw line starts in the clean text
  size_t end = 0;     // where it ends (before its '\n')
  bool blank() const { return text.empty(); }
};

// One Line per '\n'-separated line; page-break lines ("---") come out blank.
std::vector<Line> split_lines(std::string_view clean);

std::string_view trim(std::string_view s);
// Without trailing ",.:;" and blanks.
std::string_view strip_trailing_punctuation(std::string_view s);
std::string lower(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool equals_ci(std::string_view a, std::string_view b);
// Position of needle in s ignoring ASCII case, or npos.
size_t find_ci(std::string_view s, std::string_view needle, size_t from = 0);

// Blank-separated words.
std::vector<std::string_view> split_words(std::string_view s);
// Counts words but stops counting at limit, so a huge line costs little.
size_t count_words(std::string_view s, size_t limit = 1000);

bool has_digit(std::string_view s);
// At least two letters and no lowercase ASCII letter.
bool is_all_caps(std::string_view s);
// A UK postcode such as "LS1 1UR" or "SW1P 3BT" somewhere in s.
bool contains_postcode(std::string_view s);
using WordSet = std::unordered_set<std::string_view>;
// Whether the lower-cased word (letters only, possessive "'s" dropped), or
// its part after the last hyphen ("Under-Secretary"), is in the set.
bool word_in(std::string_view word, const WordSet& set);

// OCR's "rn" for "m" undone: "tirnpson" -> "timpson". Only for words that
// are otherwise unknown: "government" has a real "rn".
std::string m_for_rn(std::string_view word);

}  // namespace letterbox::parsing
