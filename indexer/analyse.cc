#include "indexer/analyse.h"

#include "indexer/parse_letter.h"

namespace letterbox {
namespace {

// A minister's letterhead rarely names the department; the office they held
// on the letter's date does.
void fill_ministers_departments(Letter& letter, const Entities& entities) {
  const auto fill = [&](Party& party) {
    if (!party.organisation.empty() || party.name.empty()) return;
    for (const Entity* minister : entities.ministers())
      if (minister->name == party.name && !minister->department.empty()) party.organisation = minister->department;
  };
  fill(letter.sender);
  for (Party& recipient : letter.recipients) fill(recipient);
}

}  // namespace

AnalysedLetter analyse(std::string_view utf8, const Tagger& tagger) {
  AnalysedLetter analysed;
  analysed.text = normalise_text(utf8);
  analysed.letter = parse_letter(analysed.text);
  analysed.entities = tagger.tag(analysed.letter, analysed.text);
  fill_ministers_departments(analysed.letter, analysed.entities);
  return analysed;
}

}  // namespace letterbox
