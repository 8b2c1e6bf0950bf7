#include "indexer/build_document.h"

#include <algorithm>

#include <xxhash.h>

#include "schema/schema.h"
#include "schema/text_analysis.h"

namespace letterbox {
namespace {

using schema::EntityField;

// Positions left between fields and between values of one field, so that a
// phrase can never match across two of them.
constexpr Xapian::termpos kFieldGap = 100;

// One value of an entity field: the name shown in facets and the words it
// can be searched by.
struct FieldValue {
  std::string name;
  std::vector<std::string> words;  // name first, then aliases, organisation...
};

void add_unique(std::vector<FieldValue>& values, FieldValue value) {
  if (value.name.empty()) return;
  const std::string key = schema::slug(value.name);
  if (key.empty()) return;
  for (auto& existing : values) {
    if (schema::slug(existing.name) == key) {
      existing.words.insert(existing.words.end(), value.words.begin(), value.words.end());
      return;
    }
  }
  values.push_back(std::move(value));
}

FieldValue entity_value(const Entity& entity) {
  FieldValue value{entity.name, {entity.name}};
  value.words.insert(value.words.end(), entity.aliases.begin(), entity.aliases.end());
  return value;
}

// A sender or recipient: their name, searchable also by their organisation
// and that organisation's aliases ("from:dfe").
FieldValue party_value(const Party& party, const Entities& entities) {
  FieldValue value{party.name.empty() ? party.organisation : party.name, {party.name, party.organisation}};
  const std::string organisation = schema::slug(party.organisation);
  for (const Entity* body : entities.of_kind(EntityKind::body)) {
    if (!organisation.empty() && schema::slug(body->name) == organisation)
      value.words.insert(value.words.end(), body->aliases.begin(), body->aliases.end());
  }
  return value;
}

std::vector<FieldValue> field_values(std::string_view field, const AnalysedLetter& analysed) {
  std::vector<FieldValue> values;
  const Entities& entities = analysed.entities;
  const auto add_kind = [&](EntityKind kind) {
    for (const Entity* entity : entities.of_kind(kind)) add_unique(values, entity_value(*entity));
  };
  if (field == "person") add_kind(EntityKind::person);
  if (field == "body") add_kind(EntityKind::body);
  if (field == "grade") add_kind(EntityKind::grade);
  if (field == "place") add_kind(EntityKind::place);
  if (field == "minister")
    for (const Entity* minister : entities.ministers()) add_unique(values, entity_value(*minister));
  if (field == "from") add_unique(values, party_value(analysed.letter.sender, entities));
  if (field == "to")
    for (const Party& recipient : analysed.letter.recipients) add_unique(values, party_value(recipient, entities));
  return values;
}

void index_field(const EntityField& field, const std::vector<FieldValue>& values, Xapian::Document& document,
                 Xapian::TermGenerator& generator) {
  std::vector<std::string> names;
  for (const FieldValue& value : values) {
    document.add_boolean_term(schema::entity_term(field, value.name));
    names.push_back(value.name);
    for (const std::string& words : value.words) {
      if (words.empty()) continue;
      generator.increase_termpos(kFieldGap);
      generator.index_text(text::fold_case(words), 1, std::string(field.word_prefix));
    }
  }
  document.add_value(field.facet_slot, schema::encode_list(names));
}

}  // namespace

schema::DocumentData document_data(const DocumentSource& source) {
  const Letter& letter = source.analysed.letter;
  const auto party = [](const Party& p) { return schema::PartyData{p.name, p.role, p.organisation, p.address}; };
  const auto parties = [&](const std::vector<Party>& list) {
    std::vector<schema::PartyData> out;
    for (const Party& p : list) out.push_back(party(p));
    return out;
  };
  schema::DocumentData data;
  data.id = source.id;
  data.path = source.path;
  data.title = letter.title;
  data.date = letter.date.iso();
  data.type = to_string(letter.type);
  data.sender = party(letter.sender);
  data.recipients = parties(letter.recipients);
  data.cc = parties(letter.cc);
  data.attendees = parties(letter.attendees);
  data.salutation = letter.salutation;
  data.subject = letter.subject;
  data.signoff = letter.signoff;
  for (const Entity& entity : source.analysed.entities.items)
    data.entities.push_back({to_string(entity.kind), schema::slug(entity.name), entity.name, entity.role,
                             entity.aspect, entity.minister, entity.office});
  data.content_hash = source.content_hash;
  data.text = source.analysed.text.display;
  const DocumentOrigin& origin = source.origin;
  data.format = origin.format;
  data.ocr = origin.ocr;
  data.pages = origin.pages;
  data.parent = origin.parent;
  data.source_title = origin.source_title;
  data.source_author = origin.source_author;
  data.source_date = origin.source_date;
  return data;
}

Xapian::Document build_document(const DocumentSource& source, Xapian::TermGenerator& generator) {
  const AnalysedLetter& analysed = source.analysed;
  const Letter& letter = analysed.letter;
  Xapian::Document document;
  generator.set_document(document);

  generator.index_text(text::fold_case(analysed.text.clean));
  generator.increase_termpos(kFieldGap);
  generator.index_text(text::fold_case(letter.title), 1, std::string(schema::kSubjectPrefix));

  for (const EntityField& field : schema::kEntityFields)
    index_field(field, field_values(field.name, analysed), document, generator);

  const std::string type = to_string(letter.type);
  document.add_boolean_term(schema::id_term(source.id));
  for (const std::string& term : schema::sample_terms(XXH64(source.id.data(), source.id.size(), 0)))
    document.add_boolean_term(term);
  document.add_boolean_term(std::string(schema::kTypePrefix) + type);
  document.add_value(schema::kTypeSlot, type);
  if (letter.date.valid()) {
    const std::string year = std::to_string(letter.date.year);
    document.add_boolean_term(std::string(schema::kYearPrefix) + year);
    document.add_boolean_term(std::string(schema::kDatePrefix) + letter.date.compact());
    document.add_value(schema::kDateSlot, letter.date.compact());
    document.add_value(schema::kYearSlot, year);
  }
  document.add_boolean_term(std::string(schema::kFormatPrefix) + source.origin.format);
  document.add_value(schema::kFormatSlot, source.origin.format);
  document.add_value(schema::kContentHashSlot, source.content_hash);
  // After the member slots: each group copies them.
  for (const schema::FacetGroup& group : schema::kFacetGroups)
    document.add_value(group.slot, schema::encode_group(document, group));
  document.set_data(schema::encode_document_data(document_data(source)));
  return document;
}

Spellings spelling_words(const Xapian::Document& document) {
  Spellings words;
  for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
    const std::string& word = *term;
    // Prefixed terms start with a capital; numbers make poor suggestions.
    if (word.size() < 3 || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    words.emplace_back(word, term.get_wdf());
  }
  return words;
}

}  // namespace letterbox
