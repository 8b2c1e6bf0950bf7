// Building the Xapian document of one analysed letter, through the schema.
#pragma once

#include <string>

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

}  // namespace letterbox
