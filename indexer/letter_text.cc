// Line and word helpers shared by the letter parser's modules.
#include "indexer/letter_text.h"

#include <algorithm>
#include <cctype>

namespace letterbox::parsing {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// "---", "***", "___", "===": page breaks and rules.
bool is_rule(std::string_view s) {
  if (s.size() < 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || c == '*' || c == '_' || c == '=' || c == ' '; });
}

void remove_all(std::string& s, std::string_view mark) {
  size_t pos = 0;
  std::string out;
  out.reserve(s.size());
  while (true) {
    size_t next = s.find(mark, pos);
    if (next == std::string::npos) break;
    out.append(s, pos, next - pos);
    pos = next + mark.size();
  }
  out.append(s, pos, std::string::npos);
  s = std::move(out);
}

// The parser must cope with markdown the normaliser left behind.
std::string strip_markdown(std::string_view raw) {
  std::string_view s = trim(raw);
  if (is_rule(s)) return "";
  while (!s.empty() && (s.front() == '#' || s.front() == '>')) s = trim(s.substr(1));
  std::string text(s);
  remove_all(text, "**");
  remove_all(text, "__");
  // "*Dear Councillor Wakefield,*": emphasis around the whole line.
  if (text.size() >= 2 && text.front() == '*' && text.back() == '*') text = text.substr(1, text.size() - 2);
  return std::string(trim(text));
}

}  // namespace

std::vector<Line> split_lines(std::string_view clean) {
  std::vector<Line> lines;
  size_t start = 0;
  while (start <= clean.size()) {
    size_t end = clean.find('\n', start);
    if (end == std::string_view::npos) end = clean.size();
    lines.push_back(Line{strip_markdown(clean.substr(start, end - start)), start, end});
    start = end + 1;
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_blank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string_view strip_trailing_punctuation(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ':' || s.back() == ';' ||
                        is_blank(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_ci(s.substr(0, prefix.size()), prefix);
}

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_lower(x) == to_lower(y); });
}

size_t find_ci(std::string_view s, std::string_view needle, size_t from) {
  auto it = std::search(s.begin() + static_cast<std::ptrdiff_t>(std::min(from, s.size())), s.end(),
                        needle.begin(), needle.end(),
                        [](char x, char y) { return to_lower(x) == to_lower(y); });
  return it == s.end() ? std::string_view::npos : static_cast<size_t>(it - s.begin());
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && (is_blank(s[pos]) || s[pos] == '\n')) ++pos;
    size_t start = pos;
    while (pos < s.size() && !is_blank(s[pos]) && s[pos] != '\n') ++pos;
    if (pos > start) words.push_back(s.substr(start, pos - start));
  }
  return words;
}

size_t count_words(std::string_view s, size_t limit) {
  size_t count = 0;
  bool in_word = false;
  for (char c : s) {
    bool blank = is_blank(c) || c == '\n';
    if (!blank && !in_word && ++count >= limit) return count;
    in_word = !blank;
  }
  return count;
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_digit); }

bool is_all_caps(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    if (is_lower_ascii(c)) return false;
    if (is_upper(c)) ++letters;
  }
  return letters >= 2;
}

namespace {

// "LS1", "SW1P", "M1", "EC1A": the outward code.
bool is_outward_code(std::string_view w) {
  if (w.size() < 2 || w.size() > 4 || !is_upper(w[0])) return false;
  size_t i = 1;
  if (is_upper(w[i])) ++i;
  if (i >= w.size() || !is_digit(w[i])) return false;
  ++i;
  if (i < w.size() && (is_digit(w[i]) || is_upper(w[i]))) ++i;
  return i == w.size();
}

// "1UR", "3BT": the inward code.
bool is_inward_code(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  return w.size() == 3 && is_digit(w[0]) && is_upper(w[1]) && is_upper(w[2]);
}

}  // namespace

bool contains_postcode(std::string_view s) {
  auto words = split_words(s);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (is_outward_code(words[i]) && is_inward_code(words[i + 1])) return true;
  }
  return false;
}

bool word_in(std::string_view word, const WordSet& set) {
  std::string key;
  for (char c : word) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-') key += to_lower(c);
  }
  if (key.size() > 2 && key.ends_with("'s")) key.resize(key.size() - 2);
  while (!key.empty() && (key.back() == '\'' || key.back() == '-')) key.pop_back();
  if (set.contains(key)) return true;
  // OCR's "l" for a capital "I" ("lnspector", "lndependent"): no English word
  // starts with "l" and a consonant other than "l" or "y".
  if (key.size() > 3 && key[0] == 'l' && std::string_view("aeiouly'-").find(key[1]) == std::string_view::npos &&
      set.contains("i" + key.substr(1)))
    return true;
  // "Under-Secretary" is a secretary: the part after the last hyphen.
  const size_t hyphen = key.rfind('-');
  return hyphen != std::string::npos && set.contains(key.substr(hyphen + 1));
}

std::string m_for_rn(std::string_view word) {
  std::string fixed;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool rn = word.compare(i, 2, "rn") == 0;
    fixed += rn ? 'm' : word[i];
    if (rn) ++i;
  }
  return fixed;
}

}  // namespace letterbox::parsing
