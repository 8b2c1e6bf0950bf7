// Scoring predicted annotations against gold ones: name matching, accuracy
// and precision/recall per field, the misses and false alarms, and targets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gold.h"

namespace letterbox::eval {

// How person names are compared. Both rules first compare schema::slug()
// of the names, so case and punctuation never matter.
//   strict:  the slugs must be equal.
//   initials (the default): also equal when the surnames (last words) are
//            equal, both names have at least one forename, and each forename
//            of the shorter list is a prefix of the one in the same place in
//            the other, or the other way round: "J Blake" = "Judith Blake",
//            "Ed Balls" = "Edward Balls", "Edward Timpson" = "Edward Philip
//            Timpson". A surname alone never matches a full name ("Blake" is
//            not "Judith Blake"): the tagger must find the full name.
enum class NameRule { strict, initials };

bool same_person(std::string_view gold, std::string_view predicted, NameRule rule);
// Bodies, places, roles and grades: slugs equal.
bool same_text(std::string_view gold, std::string_view predicted);
// Grade aspects: same_text, but with or without a leading "the", and
// "overall effectiveness" with or without "of children's services".
bool same_aspect(std::string_view gold, std::string_view predicted);

struct Tally {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  // With nothing predicted precision is 1 (no false alarm); with nothing to
  // find recall is 1. F1 is 0 when both are 0.
  double precision() const;
  double recall() const;
  double f1() const;
  Tally& operator+=(const Tally& other);
};

struct Accuracy {
  int right = 0;
  int total = 0;
  double value() const;  // 1 when total is 0
  void add(bool is_right);
};

// One line of the error listing: "miss  person  Judith Blake  dev/x.txt".
struct Finding {
  std::string kind;   // "miss", "false alarm", "wrong" or "error"
  std::string field;  // "person", "date", "sender role", ...
  std::string value;  // the name, or "gold X, got Y" for a wrong value
  std::string file;
};

struct Scores {
  int letters = 0;
  Accuracy date;
  Accuracy type;
  Accuracy sender;               // sender's name (or role when gold names none)
  Accuracy sender_role;          // over letters whose gold sender has a role
  Accuracy sender_organisation;  // over letters whose gold sender has one
  Accuracy minister_sets;        // letters whose set of ministers is exactly right
  Accuracy grade_aspect;         // matched grades whose gold aspect is not empty
  Accuracy grade_no_aspect;      // matched grades whose gold gives none: right when none is read
  Tally recipients;
  Tally ministers;
  Tally people;
  Tally bodies;
  Tally grades;
  Tally places;
  std::vector<Finding> findings;
};

// Scores one letter into scores.
void score_letter(const std::string& file, const Annotation& gold, const Annotation& predicted, NameRule rule,
                  Scores& scores);

// A letter the pipeline could not analyse: every gold fact is a miss.
void score_failure(const std::string& file, const Annotation& gold, const std::string& reason, NameRule rule,
                   Scores& scores);

struct Target {
  std::string measure;  // "people recall"
  double minimum = 0;
  double actual = 0;
  bool met() const { return actual >= minimum; }
};

// The targets the tagger must meet before the evaluation gates the build.
std::vector<Target> check_targets(const Scores& scores);

}  // namespace letterbox::eval
