#include "predict.h"

namespace letterbox::eval {
namespace {

PartyAnnotation to_party(const Party& party) { return {party.name, party.role, party.organisation}; }

void collect_aliases(const Entities& entities, Annotation& annotation) {
  for (const auto& entity : entities.items)
    if (!entity.aliases.empty()) annotation.aliases[entity.name] = entity.aliases;
}

std::vector<std::string> names_of(const Entities& entities, EntityKind kind) {
  std::vector<std::string> names;
  for (const Entity* entity : entities.of_kind(kind)) names.push_back(entity->name);
  return names;
}

}  // namespace

Annotation to_annotation(const AnalysedLetter& analysed) {
  const Letter& letter = analysed.letter;
  Annotation annotation;
  annotation.date = letter.date.iso();
  annotation.type = to_string(letter.type);
  annotation.sender = to_party(letter.sender);
  for (const auto& recipient : letter.recipients) annotation.recipients.push_back(to_party(recipient));
  for (const Entity* minister : analysed.entities.ministers()) annotation.ministers.push_back(minister->name);
  annotation.people = names_of(analysed.entities, EntityKind::person);
  annotation.bodies = names_of(analysed.entities, EntityKind::body);
  annotation.places = names_of(analysed.entities, EntityKind::place);
  for (const Entity* grade : analysed.entities.of_kind(EntityKind::grade))
    annotation.grades.push_back({grade->name, grade->aspect});
  collect_aliases(analysed.entities, annotation);
  return annotation;
}

}  // namespace letterbox::eval
