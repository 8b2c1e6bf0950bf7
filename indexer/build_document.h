// Building the Xapian document of one analysed letter, through the schema.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "indexer/analyse.h"
#include "schema/document_data.h"

namespace letterbox {

struct DocumentSource {
  std::string id;            // canonical path: the Q term
  std::string path;          // as the user gave it
  std::string content_hash;  // hash_hex() of the bytes
  const AnalysedLetter& analysed;
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
