#include "indexer/tag_wrapped.h"

#include <algorithm>
#include <functional>
#include <string_view>

#include "indexer/letter_text.h"

namespace letterbox::tagging {

namespace {

// The longest line of wrapped text: lines longer than this are paragraphs
// left unwrapped, whose breaks are the writer's own.
constexpr size_t kLongestWrappedLine = 120;

// Whether a line is a table's row: cells parted by a tab, a bar or a run
// of spaces after its first word.
bool table_row(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const std::string_view cells = line.substr(first);
  return cells.find('\t') != std::string_view::npos || cells.find('|') != std::string_view::npos ||
         cells.find("   ") != std::string_view::npos;
}

// The width a text's prose was wrapped to: the length its longest lines
// reach, leaving out tables' rows (often wider) and the two longest lines
// (a heading set apart); 0 when the text is not wrapped, its paragraphs
// left as long lines.
size_t wrap_width(std::string_view text) {
  std::vector<size_t> lengths;
  size_t unwrapped = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    const size_t last = line.find_last_not_of(" \t\r");
    if (last != std::string_view::npos && !table_row(line.substr(0, last + 1)))
      (last + 1 <= kLongestWrappedLine ? lengths.push_back(last + 1) : void(++unwrapped));
    begin = end + 1;
  }
  constexpr size_t kOutliers = 2;
  if (lengths.size() <= kOutliers) return 0;
  std::nth_element(lengths.begin(), lengths.begin() + kOutliers, lengths.end(), std::greater<>());
  const size_t width = lengths[kOutliers];
  const auto full = std::count_if(lengths.begin(), lengths.end(), [&](size_t length) { return 4 * length >= 3 * width; });
  return static_cast<size_t>(full) > 2 * unwrapped ? width : 0;
}

size_t line_begin_of(std::string_view text, size_t offset) {
  const size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// A quoted reply's "> " at the start of a line, the line before quoted too.
bool quote_marker(std::string_view text, const std::vector<Token>& tokens, size_t at) {
  if (!tokens[at].is(">") || tokens[at].gap != Gap::line || at == 0) return false;
  const size_t above = line_begin_of(text, tokens[at - 1].begin);
  return parsing::trim(text.substr(above)).starts_with(">");
}

// Whether the line break before tokens[at] is where the text was wrapped:
// the line before runs to near the text's width ("... Royal Berkshire NHS /
// Foundation Trust"). A short line (a letterhead's, a list's) ends where its
// writer ended it; so does a table's row, unless the next line goes on under
// its last cell (a cell wrapped in its column).
bool wrapped_before(std::string_view text, const std::vector<Token>& tokens, size_t at, size_t width) {
  if (at == 0 || tokens[at].gap != Gap::line || !(tokens[at].word || quote_marker(text, tokens, at))) return false;
  if (tokens[at - 1].is("-")) return false;  // "Kearney- / Adjei": a word split at the line's end, read as such
  constexpr size_t kNarrowestWrap = 40;
  const size_t line_begin = line_begin_of(text, tokens[at - 1].begin);
  const size_t line_length = tokens[at - 1].end - line_begin;
  if (width < kNarrowestWrap || line_length > kLongestWrappedLine || 4 * line_length < 3 * width) return false;
  // The next line goes on where the line before began, or under its last cell.
  size_t cell = at - 1;
  while (cell > 0 && tokens[cell - 1].begin >= line_begin && !tokens[cell].column) --cell;
  return tokens[at].begin - line_begin_of(text, tokens[at].begin) == tokens[cell].begin - line_begin;
}

}  // namespace

WrappedLinesJoined::WrappedLinesJoined(Draft& draft, const std::function<bool(size_t)>& also) : draft_(draft) {
  const size_t width = wrap_width(draft.text);
  for (size_t i = 0; i < draft.tokens.size(); ++i)
    if (wrapped_before(draft.text, draft.tokens, i, width) && (!also || also(i))) {
      joined_.push_back({i, draft.tokens[i].column});
      draft.tokens[i].gap = Gap::space;
      draft.tokens[i].column = false;  // an indented paragraph's next line is no new column
    }
}

WrappedLinesJoined::~WrappedLinesJoined() {
  for (const auto& [i, column] : joined_) {
    draft_.tokens[i].gap = Gap::line;
    draft_.tokens[i].column = column;
  }
}

}  // namespace letterbox::tagging
