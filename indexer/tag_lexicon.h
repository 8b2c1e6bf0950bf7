// The tagger's lookup tables, built once from the reference data: a trie of
// lower-case word sequences (names, aliases, offices, places, grades) and the
// word lists the rules use (honorifics, role words, body suffixes...).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "indexer/reference_data.h"
#include "indexer/tag_tokens.h"

namespace letterbox::tagging {

enum class What { person, office, body, place, grade };

// One thing a phrase can name.
struct Target {
  What what = What::person;
  int index = 0;  // into ReferenceData people/bodies/grades, or Lexicon offices/places
  // Acronyms ("DfE", "GOYH") match only as written or in capitals; the words as written.
  std::vector<std::string> exact_words;
  bool needs_capital = false;  // the first word must be capitalised ("Reading", "Solace")
};

struct PhraseMatch {
  size_t first = 0;
  size_t last = 0;  // one past the last token
  std::vector<const Target*> targets;
};

struct PlaceEntry {
  std::string name;
  bool ambiguous = false;  // also a word or surname: needs "in"/"of"... before it
};

class Lexicon {
 public:
  explicit Lexicon(const ReferenceData& data);

  // The longest phrase starting at token `at` naming something of kind `what`.
  std::optional<PhraseMatch> match(const std::vector<Token>& tokens, size_t at, What what) const;

  const std::vector<std::string>& offices() const { return offices_; }  // office forms
  const std::vector<PlaceEntry>& places() const { return places_; }
  // people.tsv index of a full name or alias ("lord hill" -> Lord Hill of Oareford), or -1.
  int person_by_name(const std::string& lower_name) const;
  // people.tsv indexes whose name or an alias ends in this surname.
  std::vector<int> people_by_surname(const std::string& lower_surname) const;

  bool is_given_name(const std::string& lower) const { return given_names_.contains(lower); }
  bool is_honorific(const std::string& lower) const { return honorifics_.contains(lower); }
  bool is_role_word(const std::string& lower) const { return role_words_.contains(lower); }
  bool is_not_name(const std::string& lower) const { return not_names_.contains(lower); }
  bool is_place_word(const std::string& lower) const { return place_words_.contains(lower); }
  bool is_street_word(const std::string& lower) const { return street_words_.contains(lower); }
  // A word of a reference body's name or alias, lower case ("commissioning").
  bool is_body_word(const std::string& lower) const { return body_words_.contains(lower); }

 private:
  struct Node {
    std::unordered_map<std::string, int> next;
    std::vector<Target> targets;
  };
  void add(const std::string& phrase, Target target);
  bool accepts(const Target& target, const std::vector<Token>& tokens, size_t first, size_t last) const;

  std::vector<Node> nodes_;
  std::vector<std::string> offices_;
  std::vector<PlaceEntry> places_;
  std::unordered_map<std::string, int> person_names_;
  std::unordered_map<std::string, std::vector<int>> person_surnames_;
  std::unordered_set<std::string> given_names_, honorifics_, role_words_, not_names_, place_words_, street_words_,
      body_words_;
};

}  // namespace letterbox::tagging
