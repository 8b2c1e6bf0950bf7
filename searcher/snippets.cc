#include "searcher/snippets.h"

#include <algorithm>

#include "schema/text_analysis.h"

namespace letterbox::search {
namespace {

// Control characters cannot occur in normalised text, so they can stand for
// the highlight marks until the text is split into parts.
constexpr std::string_view kOpenMark = "\x02";
constexpr std::string_view kCloseMark = "\x03";

// MSet::snippet escapes its output for HTML; the printers want plain text.
std::string unescape_html(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, plain] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out += plain;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

// One line: runs of whitespace become one space; "**" and "__" go.
std::string flatten(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '*' || c == '_') && i + 1 < text.size() && text[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

Snippet split_marks(std::string_view marked) {
  Snippet parts;
  bool highlighted = false;
  size_t start = 0;
  while (start <= marked.size()) {
    const size_t mark = marked.find_first_of("\x02\x03", start);
    const size_t end = mark == std::string_view::npos ? marked.size() : mark;
    if (end > start) parts.push_back({std::string(marked.substr(start, end - start)), highlighted});
    if (mark == std::string_view::npos) break;
    highlighted = marked[mark] == kOpenMark[0];
    start = mark + 1;
  }
  return parts;
}

constexpr std::string_view kSpacing = " \t\n\r\f\v";

// Whether text at offset holds the words of phrase, any run of white space
// standing for any other.
bool words_at(std::string_view text, std::size_t offset, std::string_view phrase) {
  std::size_t at = offset;
  for (std::size_t i = 0; i < phrase.size();) {
    if (kSpacing.find(phrase[i]) != std::string_view::npos) {
      if (at >= text.size() || kSpacing.find(text[at]) == std::string_view::npos) return false;
      i = std::min(phrase.find_first_not_of(kSpacing, i), phrase.size());
      at = std::min(text.find_first_not_of(kSpacing, at), text.size());
    } else {
      if (at >= text.size() || text[at] != phrase[i]) return false;
      ++i, ++at;
    }
  }
  return true;
}

// The first offset of phrase's words in text, however they are spaced.
std::size_t find_ignoring_spacing(std::string_view text, std::string_view phrase) {
  const std::string_view first_word = phrase.substr(0, phrase.find_first_of(kSpacing));
  if (first_word.empty()) return std::string_view::npos;
  for (std::size_t at = text.find(first_word); at != std::string_view::npos; at = text.find(first_word, at + 1))
    if (words_at(text, at, phrase)) return at;
  return std::string_view::npos;
}

}  // namespace

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, size_t length) {
  // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of
  // the text in the index, which made snippets forty times the cost of the
  // match itself; the query's own terms choose the excerpt well enough.
  // Every word of the text is stemmed: one memo per thread serves all hits
  // and queries (a memo must not be shared between threads).
  thread_local const Xapian::Stem stemmer = text::make_stemmer();
  const std::string marked = mset.snippet(text, length, stemmer, Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                          std::string(kOpenMark), std::string(kCloseMark), "...");
  return split_marks(flatten(unescape_html(marked)));
}

Snippet opening_snippet(const schema::DocumentData& data, size_t length) {
  const std::string_view text = data.text;
  std::size_t start = std::string_view::npos;
  for (const std::string* landmark : {&data.salutation, &data.subject})
    if (start == std::string_view::npos && !landmark->empty()) start = find_ignoring_spacing(text, *landmark);
  if (start == std::string_view::npos) start = 0;
  // Flattening only shortens; a few times the length is plenty to cut from.
  std::string opening = flatten(text.substr(start, 4 * length + 64));
  if (opening.size() > length) {
    std::size_t cut = opening.rfind(' ', length);
    if (cut == std::string::npos || cut == 0) cut = length;
    while (cut > 0 && (static_cast<unsigned char>(opening[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    opening.resize(cut);
    opening += "...";
  }
  if (opening.empty()) return {};
  return {{std::move(opening), false}};
}

std::string join_snippet(const Snippet& snippet, std::string_view open, std::string_view close) {
  std::string out;
  for (const auto& part : snippet) {
    if (part.highlighted) out += open;
    out += part.text;
    if (part.highlighted) out += close;
  }
  return out;
}

std::size_t snippet_page(const Snippet& snippet, const schema::DocumentData& data) {
  if (data.pages.empty()) return 0;
  for (const SnippetPart& part : snippet) {
    if (!part.highlighted || part.text.empty()) continue;
    // The snippet is cut from the text as stored, so its words are found
    // there as they are; but a highlighted phrase may run over a line or
    // page break, which the snippet shows as one space.
    const std::size_t offset = find_ignoring_spacing(data.text, part.text);
    return offset == std::string::npos ? 0 : schema::page_at(data, offset);
  }
  return 0;
}

}  // namespace letterbox::search
