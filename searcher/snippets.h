// Highlighted excerpts of a hit's original text, as parts the printer marks
// up its own way (bold on a terminal, brackets in plain text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/document_data.h"

namespace letterbox::search {

struct SnippetPart {
  std::string text;
  bool highlighted = false;
  friend bool operator==(const SnippetPart&, const SnippetPart&) = default;
};
using Snippet = std::vector<SnippetPart>;

// Xapian's snippet of text for the query that produced mset, on one line,
// HTML escapes undone and markdown emphasis marks dropped.
Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, size_t length);

// When the query's words are not in the text (filters alone, or words only
// in the metadata), the letter's opening instead: from its salutation, else
// its subject, else the start, about `length` characters cut at a word.
Snippet opening_snippet(const schema::DocumentData& data, size_t length);

// The page of a paged document (PDF, scan) that holds the snippet's first
// highlighted word; 0 when the document has no pages or the word is not found.
std::size_t snippet_page(const Snippet& snippet, const schema::DocumentData& data);

// The parts joined, each highlighted part between open and close.
std::string join_snippet(const Snippet& snippet, std::string_view open, std::string_view close);

}  // namespace letterbox::search
