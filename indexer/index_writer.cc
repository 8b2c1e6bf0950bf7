#include "indexer/index_writer.h"

#include <algorithm>

#include "indexer/list_files.h"
#include "schema/document_data.h"
#include "schema/schema.h"

namespace letterbox {
namespace {

Xapian::WritableDatabase open_writable(const std::string& path) {
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    throw IndexOpenError("index " + path + " is locked by another writer (another letterbox-index is running on it?)" +
                         (e.get_msg().empty() ? "" : ": " + e.get_msg()));
  } catch (const Xapian::Error& e) {
    throw IndexOpenError("cannot open index " + path + ": " + e.get_description());
  }
}

// Reads the identifier and content hash of every document: Q terms give the
// identifiers, the hash slot the content.
std::unordered_map<std::string, std::string> load_known(const Xapian::Database& db) {
  std::unordered_map<std::string, std::string> known;
  known.reserve(db.get_doccount());
  const std::string prefix(schema::kIdPrefix);
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
    auto posting = db.postlist_begin(*term);
    if (posting == db.postlist_end(*term)) continue;
    const Xapian::Document document = db.get_document(*posting);
    // The full identifier is in the data; the term may be shortened.
    std::string id = (*term).substr(prefix.size());
    if (id.find('#') != std::string::npos) id = schema::decode_document_data(document.get_data()).id;
    known.emplace(std::move(id), document.get_value(schema::kContentHashSlot));
  }
  return known;
}

// A part of a collection holds only that part's files, and a whole index
// all of them: updating one as the other would mix the two. A new (empty)
// index is stamped with the part it is made as.
void check_part(Xapian::WritableDatabase& db, const std::string& path, const std::string& part) {
  const std::string key(schema::kPartKey);
  const std::string recorded = db.get_metadata(key);
  if (recorded == part) return;
  if (recorded.empty() && db.get_doccount() == 0) {
    db.set_metadata(key, part);
    return;
  }
  if (recorded.empty())
    throw IndexOpenError("index " + path + " holds a whole collection, not part " + part +
                         ": give the part a path of its own");
  if (part.empty())
    throw IndexOpenError("index " + path + " was made as part " + recorded +
                         " of a collection: update it with --part " + recorded);
  throw IndexOpenError("index " + path + " was made as part " + recorded + ", not part " + part +
                       ": give part " + part + " a path of its own");
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, std::size_t batch_size, const std::string& part)
    : path_(path.string()), db_(open_writable(path_)), batch_size_(batch_size == 0 ? 1 : batch_size) {
  try {
    schema::check_version(db_, path_);
  } catch (const std::runtime_error& e) {
    throw IndexOpenError(e.what());
  }
  if (db_.get_metadata(std::string(schema::kVersionKey)).empty()) schema::stamp_version(db_);
  check_part(db_, path_, part);
  db_.commit();  // nothing to commit when the index was already stamped
  known_ = load_known(db_);
}

IndexWriter::~IndexWriter() {
  try {
    commit();
  } catch (...) {
    // Never throw from a destructor; an uncommitted batch is redone by the
    // next run, which finds those files changed.
  }
}

void IndexWriter::replace(const std::string& id, Xapian::Document document, const Spellings& spellings) {
  const std::string term = schema::id_term(id);
  document.add_boolean_term(term);
  retract_spellings(term);
  db_.replace_document(term, document);
  for (const auto& [word, frequency] : spellings) pending_spellings_[word] += frequency;
  changed();
}

void IndexWriter::remove(const std::string& id) {
  const std::string term = schema::id_term(id);
  retract_spellings(term);
  db_.delete_document(term);
  changed();
}

// The version being replaced or removed gave its words to the spelling
// table; take them back, so that a corrected OCR slip stops being suggested.
void IndexWriter::retract_spellings(const std::string& id_term) {
  const Xapian::PostingIterator posting = db_.postlist_begin(id_term);
  if (posting == db_.postlist_end(id_term)) return;
  for (const auto& [word, frequency] : spelling_words(db_.get_document(*posting)))
    pending_spellings_[word] -= static_cast<std::int64_t>(frequency);
}

void IndexWriter::changed() {
  if (++pending_ >= batch_size_) commit();
}

void IndexWriter::commit() {
  if (pending_ == 0) return;
  for (const auto& [word, change] : pending_spellings_) {
    if (change > 0) db_.add_spelling(word, static_cast<Xapian::termcount>(change));
    if (change < 0) db_.remove_spelling(word, static_cast<Xapian::termcount>(-change));
  }
  pending_spellings_.clear();
  db_.commit();
  pending_ = 0;
}

std::vector<std::string> IndexWriter::ids_of_missing_files() const {
  std::vector<std::string> missing;
  for (const auto& [id, hash] : known_) {
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::path(file_of_id(id)), error) && !error) missing.push_back(id);
  }
  std::sort(missing.begin(), missing.end());
  return missing;
}

}  // namespace letterbox
