// libFuzzer target: any query text through the searcher's translation and a
// full search (filters, facets, snippets) on an in-memory index of the
// sample letters. A UsageError is the expected answer to a bad query;
// anything else escaping is a finding.
#include <cstddef>
#include <cstdlib>
#include <stdexcept>
#include <cstdint>
#include <filesystem>
#include <string>

#include <xapian.h>

#include "indexer/analyse.h"
#include "indexer/build_document.h"
#include "indexer/read.h"
#include "indexer/reference_data.h"
#include "schema/schema.h"
#include "schema/text_analysis.h"
#include "searcher/errors.h"
#include "searcher/parse_query.h"
#include "searcher/run_search.h"

namespace {

// A real (glass) index in a fresh temporary folder: the in-memory backend
// is deprecated and behaves differently.
Xapian::WritableDatabase index_of_sample_letters() {
  std::string folder = (std::filesystem::temp_directory_path() / "letterbox-fuzz-XXXXXX").string();
  if (::mkdtemp(folder.data()) == nullptr) throw std::runtime_error("cannot make a folder for the fuzz index");
  Xapian::WritableDatabase db(folder + "/db", Xapian::DB_CREATE);
  letterbox::schema::stamp_version(db);
  const letterbox::Tagger tagger(letterbox::load_reference_data(letterbox::default_reference_folder()));
  Xapian::TermGenerator generator;
  letterbox::text::configure(generator);
  for (const auto& entry : std::filesystem::directory_iterator(LETTERBOX_SOURCE_DIR "/corpus/letters")) {
    const letterbox::ReadResult read = letterbox::read_file(entry.path());
    if (!read.text) continue;
    const letterbox::AnalysedLetter analysed = letterbox::analyse(*read.text, tagger);
    const std::string id = entry.path().string();
    const letterbox::DocumentSource source{
        .id = id, .path = id, .content_hash = letterbox::hash_hex(read.content_hash), .analysed = analysed};
    Xapian::Document document = letterbox::build_document(source, generator);
    const std::string term = letterbox::schema::id_term(id);
    document.add_boolean_term(term);
    db.replace_document(term, document);
    for (const auto& [word, frequency] : letterbox::spelling_words(document)) db.add_spelling(word, frequency);
  }
  db.commit();
  return db;
}

Xapian::Database& database() {
  static Xapian::WritableDatabase db = index_of_sample_letters();
  static Xapian::Database reader = db;
  return reader;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    letterbox::search::QueryTranslator translator(database());
    translator.parse(text);
  } catch (const letterbox::search::UsageError&) {
  }
  try {
    letterbox::search::SearchRequest request{.query_text = text, .limit = 3};
    request.facets = letterbox::search::select_facets("all");
    letterbox::search::run_search(database(), request);
  } catch (const letterbox::search::UsageError&) {
  }
  return 0;
}
