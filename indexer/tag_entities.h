// Tagging entities: Letter + text -> people, bodies, grades and places, each
// with its canonical name and where it came from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "indexer/letter.h"
#include "indexer/normalise.h"
#include "indexer/reference_data.h"

namespace letterbox {

enum class EntityKind { person, body, grade, place };
std::string to_string(EntityKind kind);

struct Entity {
  EntityKind kind = EntityKind::person;
  std::string name;     // canonical display name: "Tim Loughton", "Department for Education", "good"
  std::vector<std::string> aliases;  // other names it is known by ("DfE"), indexed as words too
  std::string role;     // a person's role as the letter states it
  std::string aspect;   // for a grade: what was graded ("leadership, management and governance")
  bool minister = false;  // a person holding ministerial office on the letter's date
  std::string office;     // that office
  std::string department; // the department the office belongs to
  std::string source;     // "reference" or "rule: <which rule>"
  std::string evidence;   // the text it was found in
};

struct Entities {
  std::vector<Entity> items;  // each entity once, in order of first appearance
  std::vector<const Entity*> of_kind(EntityKind kind) const;
  std::vector<const Entity*> ministers() const;
};

// Built once from the reference data, then used for many letters (from
// several threads at once: tag() is const and keeps no state).
class Tagger {
 public:
  explicit Tagger(ReferenceData reference);
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;
  Entities tag(const Letter& letter, const Text& text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace letterbox
