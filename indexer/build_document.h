// Building the Xapian document of one analysed letter, through the schema.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "indexer/analyse.h"
#include "schema/document_data.h"

namespace letterbox {

// Where a document's text came from, beyond a plain-text file.
struct DocumentOrigin {
  std::string format = "text";     // pdf, pdf-ocr, image-ocr, html, email, text
  bool ocr = false;
  std::vector<std::size_t> pages;  // byte offsets in the text where pages begin
  std::string parent;              // identifier of the message it was attached to
  std::string source_title;        // the file's own metadata
  std::string source_author;
  std::string source_date;
};

struct DocumentSource {
  std::string id;            // canonical path (plus "#message-N" and the like): the Q term
  std::string path;          // as the user gave it
  std::string content_hash;  // hash_hex() of the file's bytes
  const AnalysedLetter& analysed;
  DocumentOrigin origin = {};
};

// What the searcher shows of this letter.
schema::DocumentData document_data(const DocumentSource& source);

// The generator is the caller's (one per thread), configured with
// text::configure(); this sets its document.
Xapian::Document build_document(const DocumentSource& source, Xapian::TermGenerator& generator);

// The words of a built document worth offering as spelling corrections,
// with their frequencies. Made beside the document so that the writer
// thread only has to add them (TermGenerator's own spelling support would
// write to the database from the worker thread).
using Spellings = std::vector<std::pair<std::string, Xapian::termcount>>;
Spellings spelling_words(const Xapian::Document& document);

}  // namespace letterbox
