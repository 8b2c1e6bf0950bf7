// What the tagger's passes find in one letter before people are merged and
// ministers resolved: shared by tag_people, tag_bodies, tag_grades and
// tag_entities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/tag_entities.h"
#include "indexer/tag_lexicon.h"
#include "indexer/tag_tokens.h"

namespace letterbox::tagging {

struct Found {
  Entity entity;
  std::string key;            // lower-case identity: name_key() of a person or body, a grade, a place
  int reference = -1;         // ReferenceData people or bodies index when the data names it
  bool surname_only = false;  // a person named by surname alone ("Councillor Blake")
  std::string organisation;   // a person's organisation where stated
  size_t position = 0;        // byte offset of the first mention (0 for the letter's parties)
  bool past = false;          // a grade in a sentence about an earlier inspection (names a year)
};

struct OfficeMention {
  int office = 0;  // Lexicon::offices() index, or kSecretaryOfState
  static constexpr int kSecretaryOfState = -1;  // "the Secretary of State" naming no brief
  std::string evidence;
  size_t position = 0;
};

struct Draft {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<bool> person_token;  // tokens inside a person's name
  std::vector<bool> body_token;    // tokens inside a body's name
  std::vector<Found> people, bodies, grades, places;
  std::vector<OfficeMention> offices;
  int year = 0;  // of the letter's date, 0 when undated

  explicit Draft(std::string_view clean_text);
  bool free(size_t first, size_t last) const;  // no token in [first, last) is a person or body
  void claim_person(size_t first, size_t last);
  void claim_body(size_t first, size_t last);
  std::string span(size_t first, size_t last) const { return span_text(text, tokens, first, last); }
  // How far token `at` stands from the start of its line, in bytes (a table's column).
  size_t column(size_t at) const {
    const size_t newline = text.rfind('\n', tokens[at].begin);
    return newline == std::string::npos ? tokens[at].begin : tokens[at].begin - newline - 1;
  }
};

// Each pass appends what it finds. People first: their tokens are then not
// read as places or bodies ("Keith Wakefield" is not the place Wakefield).
void find_people(const Lexicon& lexicon, const ReferenceData& data, Draft& draft);
void find_offices(const Lexicon& lexicon, Draft& draft);
void find_bodies(const Lexicon& lexicon, const ReferenceData& data, Draft& draft);
void find_places(const Lexicon& lexicon, Draft& draft);
void find_grades(const Lexicon& lexicon, const ReferenceData& data, Draft& draft);

// A body found by name in a short text (a party's organisation), or nothing.
std::vector<Found> bodies_in(const Lexicon& lexicon, const ReferenceData& data, std::string_view text);

}  // namespace letterbox::tagging
