#include "indexer/explain.h"

#include <map>

#include "schema/schema.h"

namespace letterbox {
namespace {

nlohmann::json to_json(const Party& party) {
  return {{"name", party.name},
          {"title", party.title},
          {"role", party.role},
          {"organisation", party.organisation},
          {"address", party.address}};
}

nlohmann::json to_json(const std::vector<Party>& parties) {
  nlohmann::json list = nlohmann::json::array();
  for (const Party& party : parties) list.push_back(to_json(party));
  return list;
}

// Terms grouped by what they are for: filters (boolean terms), field words
// by prefix, and the plain words of the text.
nlohmann::json terms_json(const Xapian::Document& document) {
  nlohmann::json filters = nlohmann::json::array();
  std::map<std::string, nlohmann::json> fields;
  nlohmann::json words = nlohmann::json::array();
  const auto starts_with = [](const std::string& term, std::string_view prefix) {
    return term.compare(0, prefix.size(), prefix) == 0;
  };
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    const std::string& term = *it;
    bool placed = false;
    for (const auto& field : schema::kEntityFields) {
      if (starts_with(term, field.id_prefix)) {
        filters.push_back(term);
        placed = true;
      } else if (starts_with(term, field.word_prefix)) {
        fields[std::string(field.name)].push_back(term.substr(field.word_prefix.size()));
        placed = true;
      }
      if (placed) break;
    }
    if (placed || starts_with(term, "Z")) continue;  // stems follow from the words
    if (starts_with(term, schema::kSubjectPrefix))
      fields["subject"].push_back(term.substr(schema::kSubjectPrefix.size()));
    else if (!term.empty() && term[0] >= 'A' && term[0] <= 'Z')
      filters.push_back(term);
    else
      words.push_back(term);
  }
  return {{"filters", filters}, {"fields", fields}, {"words", words}};
}

}  // namespace

nlohmann::json to_json(const Letter& letter) {
  return {{"type", to_string(letter.type)},
          {"date", letter.date.valid() ? nlohmann::json(letter.date.iso()) : nlohmann::json(nullptr)},
          {"date_text", letter.date_text},
          {"title", letter.title},
          {"sender", to_json(letter.sender)},
          {"recipients", to_json(letter.recipients)},
          {"salutation", letter.salutation},
          {"subject", letter.subject},
          {"signoff", letter.signoff},
          {"cc", to_json(letter.cc)},
          {"attendees", to_json(letter.attendees)}};
}

nlohmann::json to_json(const Entity& entity) {
  nlohmann::json out = {{"kind", to_string(entity.kind)}, {"name", entity.name}, {"id", schema::slug(entity.name)},
                        {"aliases", entity.aliases}, {"source", entity.source}, {"evidence", entity.evidence}};
  if (entity.kind == EntityKind::person) {
    out["role"] = entity.role;
    out["minister"] = entity.minister;
    if (entity.minister) {
      out["office"] = entity.office;
      out["department"] = entity.department;
    }
  }
  if (entity.kind == EntityKind::grade) out["aspect"] = entity.aspect;
  return out;
}

nlohmann::json to_json(const Entities& entities) {
  nlohmann::json list = nlohmann::json::array();
  for (const Entity& entity : entities.items) list.push_back(to_json(entity));
  return list;
}

nlohmann::json explain(const std::string& path, const ReadResult& read, const AnalysedLetter& analysed,
                       const Xapian::Document& document) {
  nlohmann::json out = {{"file", path}, {"content_hash", hash_hex(read.content_hash)}, {"warnings", read.warnings}};
  out.update(to_json(analysed.letter));
  out["entities"] = to_json(analysed.entities);
  nlohmann::json ministers = nlohmann::json::array();
  for (const Entity* minister : analysed.entities.ministers()) ministers.push_back(minister->name);
  out["ministers"] = ministers;
  out["terms"] = terms_json(document);
  return out;
}

}  // namespace letterbox
