// Bodies, places and ministerial offices named in a letter's text: by the
// reference data, and bodies the data does not list by their last word
// ("... Improvement Board", "... Support Panel").
#include <algorithm>
#include <unordered_set>

#include "indexer/tag_draft.h"

namespace letterbox::tagging {

namespace {

// Last words that make a capitalised name a body.
const std::unordered_set<std::string> kBodySuffixes = {
    "council", "board", "authority", "trust", "panel", "partnership", "commission", "agency", "service",
    "services", "department", "inspectorate", "academy", "school", "schools", "committee", "forum", "group",
    "unit", "division", "directorate", "college", "foundation", "network", "alliance", "federation", "police",
    "constabulary"};

// Suffixes that also end descriptions ("Children's Services", "the
// Department"): these need a word that is not generic before them.
const std::unordered_set<std::string> kWeakSuffixes = {"service", "services", "department", "council", "school",
                                                       "schools", "group", "unit", "division", "directorate"};

const std::unordered_set<std::string> kGenericWords = {
    "children's", "children", "young", "people's", "people", "families", "family", "social", "care", "education",
    "local", "adult", "adults", "health", "and", "of", "for", "the", "council", "county", "city", "borough",
    "public", "specialist", "support", "early", "help", "primary", "secondary", "special", "improvement",
    "safeguarding", "protection", "child", "services", "service", "youth", "community", "your", "our"};

// Words a body's name does not begin with, though capitalised at the start
// of a sentence.
const std::unordered_set<std::string> kLeadingWords = {
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his", "her", "each", "every",
    "any", "all", "some", "new", "former", "dear", "in", "at", "to", "from", "with", "by", "on", "for", "through",
    "as", "whilst", "while", "when", "if", "since", "following", "both", "thank", "we", "i", "it", "overall",
    "and", "of", "also", "under", "my", "whole", "entire", "relevant", "re", "cc"};

// Words that end a phrase of their own: "Improvement Notice and Improvement
// Board" is two things.
const std::unordered_set<std::string> kNotInBodyNames = {"notice", "notices", "plan", "plans", "report", "reports",
                                                         "letter", "act", "framework", "order", "direction", "meeting",
                                                         "assessment", "inspection", "review"};

const std::unordered_set<std::string> kConnectors = {"and", "of", "for", "the", "&", "on", "in"};

const std::unordered_set<std::string> kPlacePrepositions = {"in", "of", "across", "for", "from", "to", "at",
                                                            "around", "within", "throughout", "near", "outside"};

bool joined(const Token& token) { return token.gap == Gap::space || token.gap == Gap::hyphen; }

Found reference_body(const ReferenceData& data, int index, std::string evidence, size_t position) {
  const ReferenceBody& body = data.bodies[static_cast<size_t>(index)];
  Found found;
  found.entity.kind = EntityKind::body;
  found.entity.name = body.name;
  found.entity.aliases = body.aliases;
  found.entity.source = "reference";
  found.entity.evidence = std::move(evidence);
  found.key = name_key(body.name);
  found.reference = index;
  found.position = position;
  return found;
}

// The first token of a body name ending at `suffix`, walking back over
// capitalised words and connectors; `suffix` itself when there is none.
size_t body_start(const Lexicon& lexicon, const Draft& draft, size_t suffix) {
  const auto& tokens = draft.tokens;
  size_t first = suffix;
  size_t at = suffix;
  while (at > 0 && joined(tokens[at])) {
    const Token& previous = tokens[at - 1];
    if (draft.person_token[at - 1] || !(previous.word || previous.is("&"))) break;
    const bool capital_word = previous.word && previous.capitalised() && !lexicon.is_role_word(previous.stem);
    if (!capital_word && !kConnectors.contains(previous.lower)) break;
    if (kNotInBodyNames.contains(previous.stem)) break;
    // "the Department and the Commission" are two bodies.
    if (previous.lower == "and" && tokens[at].lower == "the") break;
    --at;
    if (capital_word) first = at;
  }
  while (first < suffix && (kLeadingWords.contains(tokens[first].lower) || !tokens[first].capitalised() ||
                            kConnectors.contains(tokens[first].lower)))
    ++first;
  return first;
}

bool has_specific_word(const std::vector<Token>& tokens, size_t first, size_t suffix) {
  for (size_t i = first; i < suffix; ++i)
    if (tokens[i].word && !kGenericWords.contains(tokens[i].stem)) return true;
  return false;
}

void find_rule_body(const Lexicon& lexicon, Draft& draft, size_t suffix) {
  const auto& tokens = draft.tokens;
  const size_t first = body_start(lexicon, draft, suffix);
  if (first == suffix) return;  // "the Council", "the Board": one already named
  if (kWeakSuffixes.contains(tokens[suffix].stem) && !has_specific_word(tokens, first, suffix)) return;
  if (std::all_of(draft.body_token.begin() + static_cast<long>(first), draft.body_token.begin() + static_cast<long>(suffix) + 1,
                  [](bool claimed) { return claimed; }))
    return;  // the data's name for it was already found
  Found found;
  found.entity.kind = EntityKind::body;
  std::string name = draft.span(first, suffix + 1);
  if (tokens[suffix].stem != tokens[suffix].lower) name.resize(name.size() - (name.ends_with("'s") ? 2 : 4));
  found.entity.name = title_case(name);
  found.entity.source = "rule: body suffix";
  found.entity.evidence = draft.span(first, suffix + 1);
  found.key = name_key(tokens, first, suffix + 1);
  found.position = tokens[first].begin;
  draft.bodies.push_back(std::move(found));
  draft.claim_body(first, suffix + 1);
}

}  // namespace

Draft::Draft(std::string_view clean_text)
    : text(clean_text), tokens(tokenize(clean_text)), person_token(tokens.size()), body_token(tokens.size()) {}

bool Draft::free(size_t first, size_t last) const {
  for (size_t i = first; i < last && i < tokens.size(); ++i)
    if (person_token[i] || body_token[i]) return false;
  return true;
}

void Draft::claim_person(size_t first, size_t last) {
  for (size_t i = first; i < last && i < tokens.size(); ++i) person_token[i] = true;
}

void Draft::claim_body(size_t first, size_t last) {
  for (size_t i = first; i < last && i < tokens.size(); ++i) body_token[i] = true;
}

void find_offices(const Lexicon& lexicon, Draft& draft) {
  for (size_t i = 0; i < draft.tokens.size(); ++i) {
    const auto match = lexicon.match(draft.tokens, i, What::office);
    if (!match) continue;
    draft.offices.push_back({match->targets.front()->index, draft.span(i, match->last), draft.tokens[i].begin});
    i = match->last - 1;
  }
}

void find_bodies(const Lexicon& lexicon, const ReferenceData& data, Draft& draft) {
  const auto& tokens = draft.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (draft.person_token[i]) continue;
    const auto match = lexicon.match(tokens, i, What::body);
    if (!match) continue;
    draft.bodies.push_back(
        reference_body(data, match->targets.front()->index, draft.span(i, match->last), tokens[i].begin));
    draft.claim_body(i, match->last);
    i = match->last - 1;
  }
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].word && tokens[i].capitalised() && kBodySuffixes.contains(tokens[i].stem) && !draft.person_token[i] &&
        !draft.body_token[i])
      find_rule_body(lexicon, draft, i);
}

void find_places(const Lexicon& lexicon, Draft& draft) {
  const auto& tokens = draft.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (draft.person_token[i]) continue;
    const auto match = lexicon.match(tokens, i, What::place);
    if (!match) continue;
    const PlaceEntry& place = lexicon.places()[static_cast<size_t>(match->targets.front()->index)];
    const bool in_body_name = draft.body_token[i];
    const bool after_preposition = i > 0 && kPlacePrepositions.contains(tokens[i - 1].lower);
    if (place.ambiguous && !in_body_name && !after_preposition) continue;
    // "Bath Road" is an address, not the place.
    if (match->last < tokens.size() && lexicon.is_street_word(tokens[match->last].stem)) continue;
    Found found;
    found.entity.kind = EntityKind::place;
    found.entity.name = place.name;
    found.entity.source = "reference";
    found.entity.evidence = draft.span(i, match->last);
    found.key = lower_ascii(place.name);
    found.position = tokens[i].begin;
    draft.places.push_back(std::move(found));
    i = match->last - 1;
  }
}

std::vector<Found> bodies_in(const Lexicon& lexicon, const ReferenceData& data, std::string_view text) {
  Draft draft(text);
  find_bodies(lexicon, data, draft);
  return std::move(draft.bodies);
}

}  // namespace letterbox::tagging
