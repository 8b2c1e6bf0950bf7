#include "indexer/normalise.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "schema/text_analysis.h"

// Every step is a single forward scan without recursion or regular
// expressions: a letter can be a 50 MB line of OCR output, or markdown nested
// as deep as its author liked.
namespace letterbox {
namespace {

// ---- OCR line-break hyphens -------------------------------------------------

bool is_horizontal_space(char ch) { return ch == ' ' || ch == '\t'; }

// The length of the hyphen starting at text[i], 0 if there is none there:
// '-', U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN or U+00AD SOFT HYPHEN (which
// PDF converters leave at the end of a broken line).
size_t hyphen_length(std::string_view text, size_t i) {
  if (text[i] == '-') return 1;
  const std::string_view rest = text.substr(i, 3);
  if (rest == "\xE2\x80\x90" || rest == "\xE2\x80\x91") return 3;
  if (rest.substr(0, 2) == "\xC2\xAD") return 2;
  return 0;
}

// The length of the line break at text[i]: "\n", "\r\n" or "\r"; 0 if none.
size_t line_break_length(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == '\n') return 1;
  if (text[i] == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  return 0;
}

bool is_lowercase_at(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return byte >= 'a' && byte <= 'z';
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
  return c >= 0 && u_islower(c);
}

bool ends_with_lowercase(const std::string& text) {
  if (text.empty()) return false;
  size_t start = text.size() - 1;
  // Step back over continuation bytes to the start of the last character.
  for (int back = 0; back < 3 && start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80; ++back)
    --start;
  return is_lowercase_at(text, start);
}

// The position of the next byte at or after i that may start a hyphen.
size_t next_hyphen_candidate(std::string_view text, size_t i) {
  while (i < text.size() && text[i] != '-' && text[i] != '\xE2' && text[i] != '\xC2') ++i;
  return i;
}

// Where the second half of a word broken at text[hyphen] resumes, or 0 when
// the hyphen is not followed by a line break and a lowercase letter.
size_t broken_word_resumes(std::string_view text, size_t hyphen, size_t length) {
  size_t i = hyphen + length;
  while (i < text.size() && is_horizontal_space(text[i])) ++i;
  const size_t line_break = line_break_length(text, i);
  if (line_break == 0) return 0;
  i += line_break;
  while (i < text.size() && is_horizontal_space(text[i])) ++i;
  return is_lowercase_at(text, i) ? i : 0;
}

// "safe-\nguarding of" -> "safeguarding\nof": the halves joined and the line
// break moved to the end of the joined word, so lines survive. This runs on
// the text as read, before dashes are made plain, so that an en dash ending
// a line ("made –\nservices") is never mistaken for a hyphen and soft
// hyphens are still there to be seen.
std::string join_broken_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool moved_line_break = false;
  size_t i = 0;
  while (i < text.size()) {
    if (!moved_line_break) {
      // Copy up to the next byte that could start a hyphen in one go.
      const size_t next = next_hyphen_candidate(text, i);
      out.append(text, i, next - i);
      i = next;
      if (i == text.size()) break;
    }
    const char ch = text[i];
    if (moved_line_break && is_horizontal_space(ch)) {
      out += '\n';
      while (i < text.size() && is_horizontal_space(text[i])) ++i;
      moved_line_break = false;
      continue;
    }
    if (moved_line_break && (ch == '\n' || ch == '\r')) moved_line_break = false;  // the line ends here anyway
    if (const size_t length = hyphen_length(text, i); length > 0 && ends_with_lowercase(out)) {
      if (const size_t resume = broken_word_resumes(text, i, length); resume > 0) {
        i = resume;
        moved_line_break = true;
        continue;
      }
    }
    out += ch;
    ++i;
  }
  if (moved_line_break) out += '\n';
  return out;
}

// ---- Line marks: headings and rules -----------------------------------------

std::string_view trim_spaces(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const size_t last = line.find_last_not_of(" \t");
  return line.substr(first, last - first + 1);
}

// "---", "***", "___", "- - -": a page break or horizontal rule.
bool is_rule_line(std::string_view line) {
  const std::string_view trimmed = trim_spaces(line);
  if (trimmed.empty()) return false;
  const char mark = trimmed.front();
  if (mark != '-' && mark != '*' && mark != '_') return false;
  size_t marks = 0;
  for (const char ch : trimmed) {
    if (ch == mark)
      ++marks;
    else if (!is_horizontal_space(ch))
      return false;
  }
  return marks >= 3;
}

// "## Rt Hon Dawn Primarolo MP ##" -> "Rt Hon Dawn Primarolo MP"; a line
// that is not an ATX heading ("#1 priority") comes back unchanged.
std::string_view strip_heading(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  size_t hashes = 0;
  while (i + hashes < line.size() && line[i + hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return line;
  const size_t after = i + hashes;
  if (after < line.size() && !is_horizontal_space(line[after])) return line;
  std::string_view title = trim_spaces(line.substr(after));
  // An optional closing run of '#', after a space.
  const size_t closing = title.find_last_not_of('#');
  if (closing == std::string_view::npos) return {};
  if (closing + 1 < title.size() && is_horizontal_space(title[closing])) title = trim_spaces(title.substr(0, closing));
  return title;
}

// "Page 2", "Page 3 of 14": a page number, as a running header gives it.
bool has_page_number(std::string_view line) {
  for (size_t at = line.find_first_of("Pp"); at != std::string_view::npos; at = line.find_first_of("Pp", at + 1)) {
    if (at > 0 && !is_horizontal_space(line[at - 1])) continue;
    if (line.substr(at + 1, 4) != "age ") continue;
    size_t digit = at + 5;
    while (digit < line.size() && is_horizontal_space(line[digit])) ++digit;
    if (digit < line.size() && std::isdigit(static_cast<unsigned char>(line[digit]))) return true;
  }
  return false;
}

std::vector<std::string_view> split_at_newlines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// "---\nHaringey Council - Scrutiny Panel\n4 May 2021      Page 2 of 5\n---":
// a running header between two rules, set at a page break. One past the
// closing rule's line, or `at` when the lines from `at` are no such header.
size_t page_header_end(const std::vector<std::string_view>& lines, size_t at) {
  constexpr size_t kMostHeaderLines = 3;
  if (!is_rule_line(lines[at])) return at;
  bool numbered = false;
  for (size_t i = at + 1; i < lines.size() && i <= at + kMostHeaderLines + 1; ++i) {
    if (is_rule_line(lines[i])) return numbered && i > at + 1 ? i + 1 : at;
    if (trim_spaces(lines[i]).empty()) return at;
    numbered = numbered || has_page_number(lines[i]);
  }
  return at;
}

// Whether the text before a page break stopped mid-sentence ("... was
// judged" / page break / "good, and ..."): the last line that is not blank
// ends in a letter or a comma, not a full stop or a colon.
bool ends_mid_sentence(const std::string& out) {
  const size_t last = out.find_last_not_of(" \t\n");
  if (last == std::string::npos) return false;
  const char ch = out[last];
  return ch != '.' && ch != '!' && ch != '?' && ch != ':' && ch != ';';
}

std::string strip_line_marks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto lines = split_at_newlines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    // Where a sentence or a table's row runs on over a page break, the
    // page's running header goes and the text is joined up again, one line
    // to the next. Elsewhere the header stays (it may name a body), set apart.
    if (size_t after = page_header_end(lines, i); after != i) {
      if (ends_mid_sentence(out)) {
        while (out.size() >= 2 && out.back() == '\n' && out[out.size() - 2] == '\n') out.pop_back();
        while (after + 1 < lines.size() && trim_spaces(lines[after]).empty()) ++after;
        i = after - 1;
        continue;
      }
    }
    if (!is_rule_line(lines[i])) out += strip_heading(lines[i]);
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

// ---- Grid tables -------------------------------------------------------------

// "+-------------+--------+": the border between a grid table's rows.
bool is_grid_border(std::string_view line) {
  const std::string_view trimmed = trim_spaces(line);
  return trimmed.size() >= 3 && trimmed.front() == '+' && trimmed.back() == '+' &&
         trimmed.find_first_not_of("+-=: ") == std::string_view::npos &&
         trimmed.find_first_of("-=") != std::string_view::npos;
}

bool is_grid_line(std::string_view line) {
  const std::string_view trimmed = trim_spaces(line);
  return trimmed.size() >= 2 && trimmed.front() == '|' && trimmed.back() == '|';
}

// The row [first, last) of a grid table as one line, each cell's wrapped
// lines joined; "" when the lines' bars do not stand in the same places.
std::string joined_grid_row(const std::vector<std::string_view>& lines, size_t first, size_t last) {
  std::vector<size_t> bars;
  for (size_t at = lines[first].find('|'); at != std::string_view::npos; at = lines[first].find('|', at + 1))
    bars.push_back(at);
  for (size_t i = first; i < last; ++i)
    for (const size_t bar : bars)
      if (bar >= lines[i].size() || lines[i][bar] != '|') return {};
  std::string row(lines[first].substr(0, bars.front()));
  row += '|';
  for (size_t cell = 0; cell + 1 < bars.size(); ++cell) {
    std::string joined;
    for (size_t i = first; i < last; ++i) {
      const std::string_view part = trim_spaces(lines[i].substr(bars[cell] + 1, bars[cell + 1] - bars[cell] - 1));
      if (part.empty()) continue;
      if (!joined.empty()) joined += ' ';
      joined += part;
    }
    row += ' ' + joined + " |";
  }
  return row;
}

// Whether a grid line goes on with the row of the line above: its first
// cell is empty or starts in lower case ("|              | well    |",
// "| contribution  | excellently |").
bool continues_grid_row(std::string_view line) {
  const size_t bar = line.find('|');
  const size_t next_bar = line.find('|', bar + 1);
  const std::string_view first_cell = trim_spaces(line.substr(bar + 1, next_bar - bar - 1));
  return first_cell.empty() || std::islower(static_cast<unsigned char>(first_cell.front()));
}

// "| Making a positive   | Performs    |\n| contribution        | excellently |":
// a grid table's row may wrap its cells over lines. Each row becomes one
// line, so that a label and its grade are read whole, side by side. Rows
// are read between the table's "+---+" borders; a line starts a row of its
// own unless it continues_grid_row().
std::string join_grid_table_rows(std::string_view text) {
  const auto lines = split_at_newlines(text);
  std::string out;
  out.reserve(text.size());
  const auto emit = [&](std::string_view line, size_t i) {
    out += line;
    if (i + 1 < lines.size()) out += '\n';
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == 0 || !is_grid_border(lines[i - 1]) || !is_grid_line(lines[i])) {
      emit(lines[i], i);
      continue;
    }
    size_t end = i;
    while (end < lines.size() && is_grid_line(lines[end])) ++end;
    const bool bordered = end < lines.size() && is_grid_border(lines[end]);
    for (size_t row = i; row < end;) {
      size_t row_end = row + 1;
      while (bordered && row_end < end && continues_grid_row(lines[row_end])) ++row_end;
      const std::string joined = row_end - row > 1 ? joined_grid_row(lines, row, row_end) : std::string{};
      if (joined.empty()) {
        for (size_t j = row; j < row_end; ++j) emit(lines[j], j);
      } else {
        emit(joined, row_end - 1);
      }
      row = row_end;
    }
    i = end - 1;
  }
  return out;
}

// ---- Emphasis ---------------------------------------------------------------

bool is_space_or_edge(char ch) { return ch == ' ' || ch == '\t' || ch == '\n'; }

bool is_ascii_punctuation(char ch) {
  const auto byte = static_cast<unsigned char>(ch);
  return byte < 0x80 && std::ispunct(byte);
}

// A run of '*' or '_' and what it may do, after CommonMark's flanking rules:
// it opens emphasis when it leans on the text after it, closes when it leans
// on the text before. A lone '*' between spaces (a bullet) does neither, and
// '_' inside a word (file_name_here) is not emphasis.
struct DelimiterRun {
  bool can_open = false;
  bool can_close = false;
};

DelimiterRun classify_run(char mark, char before, char after) {
  const bool left_flanking = !is_space_or_edge(after) && (!is_ascii_punctuation(after) ||
                                                          is_space_or_edge(before) || is_ascii_punctuation(before));
  const bool right_flanking = !is_space_or_edge(before) && (!is_ascii_punctuation(before) ||
                                                            is_space_or_edge(after) || is_ascii_punctuation(after));
  if (mark == '*') return {left_flanking, right_flanking};
  return {left_flanking && (!right_flanking || is_ascii_punctuation(before)),
          right_flanking && (!left_flanking || is_ascii_punctuation(after))};
}

// The unmatched marks of an opening run: text[start, start + count).
struct Opener {
  size_t start;
  size_t count;
};

// Finds matching pairs of emphasis marks and marks their characters for
// removal. Openers wait on one stack per mark; each closer pairs with the
// nearest, innermost marks first, so "**a *b* c**" and "***x***" unwrap
// fully. Emphasis does not cross a blank line.
class EmphasisStripper {
 public:
  explicit EmphasisStripper(const std::string& text) : text_(text) {}

  std::string run() {
    bool line_has_text = false;
    size_t i = 0;
    while (i < text_.size()) {
      const char ch = text_[i];
      if (ch == '\n') {
        if (!line_has_text) {
          stars_.clear();
          underscores_.clear();
        }
        line_has_text = false;
        ++i;
        continue;
      }
      if (!is_horizontal_space(ch)) line_has_text = true;
      if (ch != '*' && ch != '_') {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < text_.size() && text_[end] == ch) ++end;
      handle_run(ch, i, end);
      i = end;
    }
    return kept_text();
  }

 private:
  void handle_run(char mark, size_t start, size_t end) {
    const char before = start > 0 ? text_[start - 1] : '\n';
    const char after = end < text_.size() ? text_[end] : '\n';
    const DelimiterRun run = classify_run(mark, before, after);
    std::vector<Opener>& openers = mark == '*' ? stars_ : underscores_;
    size_t remaining = end - start;
    if (run.can_close) remaining = close(openers, end - remaining, remaining);
    if (remaining > 0 && run.can_open) openers.push_back({end - remaining, remaining});
  }

  // Pairs the closing marks text[start, start + count) with open ones;
  // returns how many closing marks are left unpaired.
  size_t close(std::vector<Opener>& openers, size_t start, size_t count) {
    while (count > 0 && !openers.empty()) {
      Opener& opener = openers.back();
      const size_t paired = std::min(opener.count, count);
      remove(opener.start + opener.count - paired, paired);
      remove(start, paired);
      opener.count -= paired;
      start += paired;
      count -= paired;
      if (opener.count == 0) openers.pop_back();
    }
    return count;
  }

  void remove(size_t start, size_t count) { removed_.push_back({start, count}); }

  // The text without the removed marks; the removed spans never overlap.
  std::string kept_text() {
    std::sort(removed_.begin(), removed_.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    std::string out;
    out.reserve(text_.size());
    size_t copied = 0;
    for (const Span& span : removed_) {
      out.append(text_, copied, span.start - copied);
      copied = span.start + span.count;
    }
    out.append(text_, copied);
    return out;
  }

  struct Span {
    size_t start;
    size_t count;
  };

  const std::string& text_;
  std::vector<Span> removed_;
  std::vector<Opener> stars_;
  std::vector<Opener> underscores_;
};

std::string strip_emphasis(std::string text) {
  // Two vectorised searches; find_first_of("*_") is far slower on long text.
  if (text.find('*') == std::string::npos && text.find('_') == std::string::npos) return text;
  return EmphasisStripper(text).run();
}

}  // namespace

Text normalise_text(std::string_view utf8) {
  Text text;
  text.display = std::string(utf8);
  // text::normalise also turns "\r\n" and "\r" into "\n", which the markdown
  // steps after it rely on.
  text.clean = strip_emphasis(strip_line_marks(join_grid_table_rows(text::normalise(join_broken_words(utf8)))));
  return text;
}

}  // namespace letterbox
