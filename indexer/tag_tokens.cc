#include "indexer/tag_tokens.h"

#include <cctype>

namespace letterbox::tagging {

namespace {

bool is_ascii_alnum(unsigned char c) { return std::isalnum(c) != 0; }

// UTF-8 punctuation the tagger must see as such: curly quotes and dashes
// (U+2010..U+201F all begin E2 80).
size_t punctuation_length(std::string_view text, size_t at) {
  if (text.size() >= at + 3 && static_cast<unsigned char>(text[at]) == 0xE2 &&
      static_cast<unsigned char>(text[at + 1]) == 0x80)
    return 3;
  return 0;
}

bool is_letter_at(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return is_ascii_alnum(c);
  return punctuation_length(text, at) == 0;
}

bool is_apostrophe_at(std::string_view text, size_t at, size_t* length) {
  if (text[at] == '\'') {
    *length = 1;
    return true;
  }
  if (text.substr(at, 3) == "\xE2\x80\x99") {
    *length = 3;
    return true;
  }
  return false;
}

// Where the word starting at `at` ends: letters and digits, with apostrophes
// between letters ("Children's", "O'Brien").
size_t word_end(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size()) {
    size_t apostrophe = 0;
    if (is_letter_at(text, end)) {
      const auto c = static_cast<unsigned char>(text[end]);
      end += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    } else if (end > at && is_apostrophe_at(text, end, &apostrophe) && is_letter_at(text, end + apostrophe)) {
      end += apostrophe;
    } else {
      break;
    }
  }
  return std::min(end, text.size());
}

std::string normalised_lower(std::string_view word) {
  std::string lower;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == "\xE2\x80\x99") {
      lower += '\'';
      i += 2;
    } else {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    }
  }
  return lower;
}

// OCR reads "l" as "1" and "o" as "0" inside words: "Chi1dren", "B0R0UGH",
// "overa11". A word of letters with such digits among them is read with the
// letters; numbers and codes ("M1", "Y10", "SW1P") are left alone.
std::string ocr_repaired(std::string lower) {
  size_t letters = 0;
  size_t slips = 0;
  for (char c : lower) {
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
    else if (c == '0' || c == '1') ++slips;
    else if (std::isdigit(static_cast<unsigned char>(c))) return lower;
  }
  if (slips == 0 || letters < 3 || letters < 2 * slips) return lower;
  for (char& c : lower) {
    if (c == '0') c = 'o';
    if (c == '1') c = 'l';
  }
  return lower;
}

std::string without_possessive(const std::string& lower) {
  if (lower.size() > 3 && lower.ends_with("'s")) return lower.substr(0, lower.size() - 2);
  return lower;
}

Gap gap_between(std::string_view text, size_t from, size_t to) {
  if (from == to) return Gap::none;
  int newlines = 0;
  for (size_t i = from; i < to; ++i)
    if (text[i] == '\n') ++newlines;
  if (newlines >= 2) return Gap::paragraph;
  return newlines == 1 ? Gap::line : Gap::space;
}

bool is_column_gap(std::string_view text, size_t from, size_t to) {
  return to - from >= 3 || text.substr(from, to - from).find('\t') != std::string_view::npos;
}

}  // namespace

bool Token::capitalised() const {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  // OCR's "0" for a capital "O" ("0fsted", "0ctober"): read as the letter.
  if (c == '0' && word && lower.starts_with('o')) return true;
  return c >= 0x80 ? word : std::isupper(c) != 0;
}

bool Token::all_caps() const {
  int letters = 0;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::islower(c)) return false;
    if (std::isupper(c)) ++letters;
  }
  return letters >= 2;
}

bool Token::is_quote() const {
  return !word && (text == "'" || text == "\"" || text.starts_with("\xE2\x80\x98") || text.starts_with("\xE2\x80\x99") ||
                   text.starts_with("\xE2\x80\x9C") || text.starts_with("\xE2\x80\x9D"));
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t previous_end = 0;
  size_t at = 0;
  while (at < text.size()) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (std::isspace(c)) {
      ++at;
      continue;
    }
    Token token;
    token.begin = at;
    if (is_letter_at(text, at)) {
      token.end = word_end(text, at);
      token.word = true;
    } else {
      const size_t length = punctuation_length(text, at);
      token.end = at + (length ? length : c >= 0xC0 ? (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2) : 1);
      token.end = std::min(token.end, text.size());
    }
    token.text = text.substr(token.begin, token.end - token.begin);
    token.lower = ocr_repaired(normalised_lower(token.text));
    token.stem = token.word ? without_possessive(token.lower) : token.lower;
    token.gap = tokens.empty() ? Gap::paragraph : gap_between(text, previous_end, token.begin);
    token.column = token.gap == Gap::space && is_column_gap(text, previous_end, token.begin);
    // A hyphen glued between two words joins them: drop it, mark the gap.
    const bool joins = token.word && tokens.size() >= 2 && tokens.back().is("-") && tokens.back().gap == Gap::none &&
                       token.gap == Gap::none && tokens[tokens.size() - 2].word;
    if (joins) {
      tokens.pop_back();
      token.gap = Gap::hyphen;
    }
    previous_end = token.end;
    at = token.end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string lower_ascii(std::string_view text) { return normalised_lower(text); }

std::string ocr_repaired_text(std::string_view text) {
  std::string out(text);
  for (const Token& token : tokenize(text)) {
    if (!token.word || token.lower == normalised_lower(token.text)) continue;
    const bool capitals = token.all_caps();  // "B0R0UGH" -> "BOROUGH"
    for (size_t i = token.begin; i < token.end; ++i) {
      if (out[i] == '0') out[i] = capitals ? 'O' : 'o';
      if (out[i] == '1') out[i] = capitals ? 'L' : 'l';
    }
  }
  return out;
}

std::string lower_words(std::string_view text) {
  std::string out;
  for (const Token& token : tokenize(text)) {
    if (!out.empty()) out += token.gap == Gap::none ? "" : token.gap == Gap::hyphen ? "-" : " ";
    out += token.lower;
  }
  return out;
}

std::string title_case(std::string_view text) {
  std::string out(text);
  bool start_of_word = true;
  bool any_lower = false;
  for (char ch : text)
    if (std::islower(static_cast<unsigned char>(ch))) any_lower = true;
  if (any_lower) return out;
  for (size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (std::isalpha(c)) {
      // "MCCARTHY" -> "McCarthy": the letter after a leading "Mc" is a capital.
      const bool after_mc = i >= 2 && (out[i - 2] == 'M') && out[i - 1] == 'c' &&
                            (i < 3 || !std::isalpha(static_cast<unsigned char>(out[i - 3])));
      out[i] = static_cast<char>(start_of_word || after_mc ? std::toupper(c) : std::tolower(c));
      start_of_word = false;
    } else {
      start_of_word = c != '\'' && c < 0x80;
    }
  }
  return out;
}

std::string name_key(const std::vector<Token>& tokens, size_t first, size_t last) {
  std::string key;
  for (size_t i = first; i < last && i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    if (!key.empty()) key += tokens[i].gap == Gap::hyphen ? '-' : ' ';
    key += tokens[i].stem;
  }
  return key;
}

std::string name_key(std::string_view name) {
  const auto tokens = tokenize(name);
  return name_key(tokens, 0, tokens.size());
}

std::string span_text(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last) {
  if (first >= last || last > tokens.size()) return {};
  std::string out(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
  std::string flat;
  for (char ch : out) {
    const bool space = ch == '\n' || ch == '\r' || ch == '\t';
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : ch;
  }
  return flat;
}

}  // namespace letterbox::tagging
