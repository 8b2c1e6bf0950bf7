#include <catch2/catch.hpp>

#include <algorithm>

#include "score.h"

using namespace letterbox::eval;

namespace {

Annotation doncaster_gold() {
  Annotation gold;
  gold.date = "2014-02-03";
  gold.type = "letter";
  gold.sender = {"Edward Timpson", "Parliamentary Under Secretary of State for Children and Families",
                 "Department for Education"};
  gold.recipients = {{"Ros Jones", "Mayor of Doncaster", "Doncaster Metropolitan Borough Council"},
                     {"", "Chief Executive", "Doncaster Metropolitan Borough Council"}};
  gold.ministers = {"Edward Timpson", "Michael Gove"};
  gold.people = {"Edward Timpson", "Ros Jones", "Michael Gove", "Julie Jones"};
  gold.bodies = {"Doncaster Metropolitan Borough Council", "Ofsted", "Department for Education"};
  gold.grades = {{"inadequate", "overall effectiveness"}, {"requires improvement", ""}};
  gold.places = {"Doncaster"};
  return gold;
}

bool has_finding(const Scores& scores, const std::string& kind, const std::string& field, const std::string& value) {
  return std::any_of(scores.findings.begin(), scores.findings.end(), [&](const Finding& f) {
    return f.kind == kind && f.field == field && f.value == value && f.file == "dev/doncaster.txt";
  });
}

}  // namespace

TEST_CASE("person names match on slugs, and on initials only with the rule", "[score]") {
  CHECK(same_person("Judith Blake", "JUDITH  BLAKE.", NameRule::strict));
  CHECK_FALSE(same_person("Judith Blake", "J. Blake", NameRule::strict));
  CHECK(same_person("Judith Blake", "J. Blake", NameRule::initials));
  CHECK(same_person("Ed Balls", "Edward Balls", NameRule::initials));
  CHECK(same_person("Edward Timpson", "Edward Philip Timpson", NameRule::initials));
  CHECK_FALSE(same_person("Judith Blake", "Blake", NameRule::initials));
  CHECK_FALSE(same_person("Blake", "Judith Blake", NameRule::initials));
  CHECK_FALSE(same_person("Judith Blake", "Jane Blake", NameRule::initials));
  CHECK_FALSE(same_person("Judith Blake", "Judith Blakey", NameRule::initials));
  CHECK_FALSE(same_person("", "", NameRule::initials));
}

TEST_CASE("other names match on slugs only", "[score]") {
  CHECK(same_text("Children's Services", "childrens services"));
  CHECK(same_text("leadership, management and governance", "Leadership management and governance"));
  CHECK_FALSE(same_text("DfE", "Department for Education"));
}

TEST_CASE("precision and recall follow their definitions, with edge cases", "[score]") {
  const Tally tally{3, 1, 2};
  CHECK(tally.precision() == Approx(0.75));
  CHECK(tally.recall() == Approx(0.6));
  CHECK(tally.f1() == Approx(2 * 0.75 * 0.6 / 1.35));
  const Tally nothing_predicted{0, 0, 4};
  CHECK(nothing_predicted.precision() == 1.0);
  CHECK(nothing_predicted.recall() == 0.0);
  CHECK(nothing_predicted.f1() == 0.0);
  CHECK(Accuracy{}.value() == 1.0);
}

TEST_CASE("a perfect prediction scores 1 everywhere and lists nothing", "[score]") {
  Scores scores;
  score_letter("dev/doncaster.txt", doncaster_gold(), doncaster_gold(), NameRule::initials, scores);
  CHECK(scores.letters == 1);
  CHECK(scores.findings.empty());
  CHECK(scores.people.true_positives == 4);
  CHECK(scores.grade_aspect.total == 1);
  CHECK(scores.grade_no_aspect.total == 1);
  CHECK(scores.grade_no_aspect.right == 1);
  for (const auto& target : check_targets(scores)) CHECK(target.met());
}

TEST_CASE("mistakes become misses, false alarms and wrong values", "[score]") {
  Annotation predicted = doncaster_gold();
  predicted.date = "2014-03-02";
  predicted.sender.role = "Minister";
  predicted.recipients.pop_back();
  predicted.ministers = {"Edward Timpson", "Edward Timpson", "Nick Gibb"};
  predicted.people = {"E. Timpson", "Ros Jones", "Gove", "Julie Jones", "Doncaster"};
  predicted.bodies = {"Doncaster Metropolitan Borough Council", "DfE", "Ofsted"};
  predicted.grades = {{"requires improvement", ""}, {"inadequate", "leadership"}, {"good", ""}};

  Scores scores;
  score_letter("dev/doncaster.txt", doncaster_gold(), predicted, NameRule::initials, scores);

  CHECK(scores.date.right == 0);
  CHECK(has_finding(scores, "wrong", "date", "gold '2014-02-03', got '2014-03-02'"));
  CHECK(scores.sender.right == 1);
  CHECK(scores.sender_role.right == 0);
  CHECK(scores.sender_organisation.right == 1);
  CHECK(has_finding(scores, "miss", "recipient", " | Chief Executive | Doncaster Metropolitan Borough Council"));
  // A duplicate minister is one minister; the set is still wrong.
  CHECK(scores.ministers.true_positives == 1);
  CHECK(scores.ministers.false_positives == 1);
  CHECK(scores.minister_sets.right == 0);
  CHECK(has_finding(scores, "miss", "minister", "Michael Gove"));
  CHECK(has_finding(scores, "false alarm", "minister", "Nick Gibb"));
  // "E. Timpson" counts under the initials rule; a bare "Gove" does not.
  CHECK(scores.people.true_positives == 3);
  CHECK(has_finding(scores, "miss", "person", "Michael Gove"));
  CHECK(has_finding(scores, "false alarm", "person", "Gove"));
  CHECK(has_finding(scores, "false alarm", "person", "Doncaster"));
  CHECK(has_finding(scores, "miss", "body", "Department for Education"));
  CHECK(has_finding(scores, "false alarm", "body", "DfE"));
  // Grades pair on the grade; the aspect is scored apart.
  CHECK(scores.grades.true_positives == 2);
  CHECK(scores.grades.false_positives == 1);
  CHECK(scores.grade_aspect.right == 0);
  CHECK(has_finding(scores, "wrong", "grade aspect", "gold 'overall effectiveness', got 'leadership'"));
}

TEST_CASE("an aspect read where the text gives none is scored apart", "[score]") {
  Annotation predicted = doncaster_gold();
  predicted.grades = {{"inadequate", "overall effectiveness"}, {"requires improvement", "ofsted's judgement"}};
  Scores scores;
  score_letter("dev/doncaster.txt", doncaster_gold(), predicted, NameRule::initials, scores);
  CHECK(scores.grades.true_positives == 2);  // the grade itself is right
  CHECK(scores.grade_aspect.right == 1);
  CHECK(scores.grade_no_aspect.right == 0);
  CHECK(scores.grade_no_aspect.total == 1);
  CHECK(has_finding(scores, "wrong", "grade with no aspect", "gold '', got 'ofsted's judgement'"));
}

TEST_CASE("aspects match with or without 'the', and the whole service's overall effectiveness by either name", "[score]") {
  CHECK(same_aspect("the experiences and progress of care leavers", "Experiences and progress of care leavers"));
  CHECK(same_aspect("overall effectiveness of children's services", "overall effectiveness"));
  CHECK(same_aspect("the overall effectiveness of Brent's children's services", "overall effectiveness"));
  CHECK(same_aspect("overall effectiveness of children's services in the City of London", "overall effectiveness"));
  CHECK(same_aspect("overall effectiveness of our safeguarding services",
                    "overall effectiveness of safeguarding services"));
  // What was judged still has to agree.
  CHECK_FALSE(same_aspect("overall effectiveness of safeguarding services", "overall effectiveness"));
  CHECK_FALSE(same_aspect("overall effectiveness of services for looked after children",
                          "overall effectiveness of safeguarding services"));
  CHECK_FALSE(same_aspect("the experiences and progress of care leavers", "care leavers"));
  CHECK_FALSE(same_aspect("theatre provision", "atre provision"));
}

TEST_CASE("a predicted entity also matches by one of its aliases", "[score]") {
  Annotation predicted = doncaster_gold();
  predicted.bodies[0] = "Doncaster Council";
  predicted.aliases["Doncaster Council"] = {"Doncaster MBC", "Doncaster Metropolitan Borough Council"};
  predicted.bodies[2] = "DfE";  // no aliases given: a false alarm and a miss
  Scores scores;
  score_letter("dev/doncaster.txt", doncaster_gold(), predicted, NameRule::initials, scores);
  CHECK(scores.bodies.true_positives == 2);
  CHECK(has_finding(scores, "miss", "body", "Department for Education"));
  CHECK_FALSE(has_finding(scores, "miss", "body", "Doncaster Metropolitan Borough Council"));
}

TEST_CASE("the strict rule refuses initials", "[score]") {
  Annotation predicted = doncaster_gold();
  predicted.people[0] = "E Timpson";
  Scores scores;
  score_letter("dev/doncaster.txt", doncaster_gold(), predicted, NameRule::strict, scores);
  CHECK(scores.people.false_negatives == 1);
  CHECK(has_finding(scores, "miss", "person", "Edward Timpson"));
}

TEST_CASE("a letter to an office matches a recipient with that role, whatever its name", "[score]") {
  Annotation gold;
  gold.type = "letter";
  gold.recipients = {{"", "Minister of State for Children and Families", "Department for Education"}};
  Annotation predicted = gold;
  predicted.recipients[0].name = "Sarah Teather";
  Scores scores;
  score_letter("dev/doncaster.txt", gold, predicted, NameRule::initials, scores);
  CHECK(scores.recipients.true_positives == 1);
  CHECK(scores.date.right == 1);  // both undated
  CHECK(scores.sender.right == 1);  // neither has a sender
}

TEST_CASE("a letter the pipeline failed on misses everything", "[score]") {
  Scores scores;
  score_failure("dev/doncaster.txt", doncaster_gold(), "analysis failed: boom", NameRule::initials, scores);
  CHECK(has_finding(scores, "error", "pipeline", "analysis failed: boom"));
  CHECK(scores.people.false_negatives == 4);
  CHECK(scores.type.right == 0);
  const auto targets = check_targets(scores);
  CHECK(std::none_of(targets.begin(), targets.end(),
                     [](const Target& t) { return t.measure == "people recall" && t.met(); }));
}
