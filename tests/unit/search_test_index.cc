#include "tests/unit/search_test_index.h"

#include <random>

#include <xxhash.h>

#include "schema/document_data.h"
#include "schema/schema.h"
#include "schema/text_analysis.h"

namespace letterbox::testing {
namespace {

constexpr Xapian::termpos kGapBetweenValues = 100;

std::string compact_date(const std::string& iso) {
  std::string out;
  for (char c : iso)
    if (c != '-') out += c;
  return out;
}

// Terms for every word of the text, and its words as spelling data.
void index_words(Xapian::TermGenerator& generator, Xapian::WritableDatabase& db, const std::string& text,
                 const std::string& prefix = "") {
  const std::string folded = text::fold_case(text::normalise(text));
  generator.index_text(folded, 1, prefix);
  if (!prefix.empty()) return;
  Xapian::TermGenerator words_only;
  Xapian::Document scratch;
  words_only.set_document(scratch);
  words_only.index_text_without_positions(folded);
  for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term) db.add_spelling(*term);
}

void add_entities(Xapian::Document& doc, Xapian::TermGenerator& generator, const TestLetter& letter,
                  schema::DocumentData& data) {
  for (const auto& field : schema::kEntityFields) {
    std::vector<std::string> names;
    for (const auto& entity : letter.entities) {
      if (entity.field != field.name) continue;
      names.push_back(entity.name);
      doc.add_boolean_term(schema::entity_term(field, entity.name));
      for (const auto& name : entity.aliases) {
        generator.increase_termpos(kGapBetweenValues);
        generator.index_text(text::fold_case(name), 1, std::string(field.word_prefix));
      }
      generator.increase_termpos(kGapBetweenValues);
      generator.index_text(text::fold_case(entity.name), 1, std::string(field.word_prefix));
      const bool is_person = field.name == "person" || field.name == "minister";
      schema::EntityData described;
      described.kind = is_person ? "person" : field.name == "grade" ? "grade" : "body";
      described.id = schema::slug(entity.name);
      described.name = entity.name;
      described.minister = field.name == "minister";
      data.entities.push_back(described);
      if (field.name == "from") data.sender.name = entity.name;
      if (field.name == "to") data.recipients.emplace_back().name = entity.name;
    }
    if (!names.empty()) doc.add_value(field.facet_slot, schema::encode_list(names));
  }
}

Xapian::Document make_document(const TestLetter& letter, Xapian::TermGenerator& generator,
                               Xapian::WritableDatabase& db) {
  Xapian::Document doc;
  generator.set_document(doc);
  index_words(generator, db, letter.text);
  generator.increase_termpos(kGapBetweenValues);
  index_words(generator, db, letter.title, std::string(schema::kSubjectPrefix));
  schema::DocumentData data;
  data.id = data.path = letter.id;
  data.title = letter.title;
  data.date = letter.date;
  data.type = letter.type;
  data.text = letter.text;
  add_entities(doc, generator, letter, data);
  doc.add_boolean_term(schema::id_term(letter.id));
  doc.add_boolean_term(std::string(schema::kTypePrefix) + letter.type);
  doc.add_value(schema::kTypeSlot, letter.type);
  if (!letter.date.empty()) {
    const std::string date = compact_date(letter.date);
    doc.add_boolean_term(std::string(schema::kYearPrefix) + date.substr(0, 4));
    doc.add_boolean_term(std::string(schema::kDatePrefix) + date);
    doc.add_value(schema::kDateSlot, date);
    doc.add_value(schema::kYearSlot, date.substr(0, 4));
  }
  // As the indexer's: bounded facets sample documents by these terms.
  for (const std::string& term : schema::sample_terms(XXH64(letter.id.data(), letter.id.size(), 0)))
    doc.add_boolean_term(term);
  for (const schema::FacetGroup& group : schema::kFacetGroups)
    doc.add_value(group.slot, schema::encode_group(doc, group));
  doc.set_data(schema::encode_document_data(data));
  return doc;
}

}  // namespace

ScratchDir::ScratchDir() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() / ("letterbox-search-test-" + std::to_string(random()));
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

Xapian::Database make_test_index(const std::filesystem::path& path, const std::vector<TestLetter>& letters) {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  schema::stamp_version(db);
  Xapian::TermGenerator generator;
  text::configure(generator);
  for (const auto& letter : letters) db.replace_document(schema::id_term(letter.id),
                                                         make_document(letter, generator, db));
  db.commit();
  return Xapian::Database(path.string());
}

std::vector<TestLetter> sample_test_letters() {
  const TestEntity dfe{"body", "Department for Education", {"DfE"}};
  const TestEntity ofsted{"body", "Ofsted", {"Office for Standards in Education, Children's Services and Skills"}};
  return {
      {.id = "/letters/birmingham-2008.txt",
       .date = "2008-03-14",
       .title = "Birmingham safeguarding inspections",
       .text = "Dear Councillor Whitby, Following the inspections of safeguarding in Birmingham the "
               "Department will issue an Improvement Notice. Yours sincerely, Beverley Hughes",
       .entities = {{"minister", "Beverley Hughes", {}}, {"person", "Beverley Hughes", {}},
                    {"person", "Mike Whitby", {}}, {"from", "Beverley Hughes", {}},
                    {"to", "Mike Whitby", {}}, {"body", "Birmingham City Council", {}}, ofsted,
                    {"grade", "inadequate", {}}, {"place", "Birmingham", {}}}},
      {.id = "/letters/doncaster-2009.txt",
       .date = "2009-11-02",
       .title = "Doncaster children's services",
       .text = "Dear Mr Winter, I am pleased that you responded guickly to the Improvement Notice. "
               "Ofsted judged the council's services as performs poorly.",
       .entities = {{"minister", "Dawn Primarolo", {}}, {"person", "Dawn Primarolo", {}},
                    {"person", "Peter Winter", {}}, {"from", "Dawn Primarolo", {}},
                    {"to", "Peter Winter", {}}, {"body", "Doncaster Council", {}}, ofsted,
                    {"grade", "performs poorly", {}}, {"place", "Doncaster", {}}}},
      {.id = "/letters/slough-2011.eml",
       .date = "2011-06-30",
       .type = "email",
       .title = "Re: Slough commissioner",
       .text = "From: Tim Loughton. The commissioner for Slough reported promptly; see "
               "https://www.gov.uk/slough at 10:30 today.",
       .entities = {{"minister", "Tim Loughton", {}}, {"person", "Tim Loughton", {}},
                    {"person", "Ruth Bagley", {}}, {"from", "Tim Loughton", {}}, {"to", "Ruth Bagley", {}},
                    dfe, {"body", "Slough Borough Council", {}}, {"place", "Slough", {}}}},
      {.id = "/letters/rotherham-2011-minutes.txt",
       .date = "2011-12-05",
       .type = "minutes",
       .title = "Rotherham improvement board minutes",
       .text = "Attending: Malcolm Newsam, Tim Loughton. The board reviewed safeguarding and the "
               "inspection grade of good for adoption.",
       .entities = {{"minister", "Tim Loughton", {}}, {"person", "Tim Loughton", {}},
                    {"person", "Malcolm Newsam", {}}, dfe, ofsted,
                    {"body", "Rotherham Metropolitan Borough Council", {}}, {"grade", "good", {}},
                    {"place", "Rotherham", {}}}},
      {.id = "/letters/cornwall-2015-report.txt",
       .date = "2015-01-20",
       .type = "report",
       .title = "Cornwall inspection report",
       .text = "Ofsted found children's services in Cornwall outstanding and leadership good.",
       .entities = {{"person", "Edward Timpson", {}}, {"minister", "Edward Timpson", {}}, ofsted,
                    {"body", "Cornwall Council", {}}, {"grade", "outstanding", {}}, {"grade", "good", {}},
                    {"place", "Cornwall", {}}}},
      {.id = "/letters/tower-hamlets-note.txt",
       .title = "Note on Tower Hamlets",
       .text = "An undated note about Tower Hamlets safeguarding.",
       .entities = {{"body", "Tower Hamlets Council", {}}, {"place", "Tower Hamlets", {}}}},
  };
}

}  // namespace letterbox::testing
