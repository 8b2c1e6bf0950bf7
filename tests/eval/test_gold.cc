#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "gold.h"

using namespace letterbox::eval;
namespace fs = std::filesystem;

namespace {

const char* const kSlough = R"(# Ofsted letter, Slough, 2013
date: 2013-11-29            # dateline at the foot
type: letter
sender: Edward Timpson | Parliamentary Under Secretary of State for Children and Families | Department for Education
recipient: Rob Anderson | Leader of Slough Borough Council | Slough Borough Council
recipient: | Chief Executive | Slough Borough Council
minister: Edward Timpson
person: Edward Timpson
person: Rob Anderson
body: Slough Borough Council
body: Ofsted
grade: inadequate | overall effectiveness
grade: Requires Improvement
place: Slough
)";

std::string error_of(const std::string& text) {
  try {
    parse_gold(text, "x.gold");
  } catch (const GoldError& error) {
    return error.what();
  }
  return "";
}

const std::string kHead = "date: 2010-01-01\ntype: letter\nsender: none\n";

void write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("a gold file is read field by field", "[gold]") {
  const Annotation gold = parse_gold(kSlough, "slough.gold");
  CHECK(gold.date == "2013-11-29");
  CHECK(gold.type == "letter");
  CHECK(gold.sender.name == "Edward Timpson");
  CHECK(gold.sender.organisation == "Department for Education");
  REQUIRE(gold.recipients.size() == 2);
  CHECK(gold.recipients[1].name.empty());
  CHECK(gold.recipients[1].role == "Chief Executive");
  CHECK(gold.ministers == std::vector<std::string>{"Edward Timpson"});
  CHECK(gold.people.size() == 2);
  CHECK(gold.bodies == std::vector<std::string>{"Slough Borough Council", "Ofsted"});
  REQUIRE(gold.grades.size() == 2);
  CHECK(gold.grades[0].grade == "inadequate");
  CHECK(gold.grades[0].aspect == "overall effectiveness");
  CHECK(gold.grades[1].grade == "requires improvement");
  CHECK(gold.grades[1].aspect.empty());
  CHECK(gold.places == std::vector<std::string>{"Slough"});
}

TEST_CASE("'none' leaves the date and sender empty", "[gold]") {
  const Annotation gold = parse_gold("date: none\ntype: minutes\nsender: none\n", "m.gold");
  CHECK(gold.date.empty());
  CHECK(gold.sender.empty());
  CHECK(gold.type == "minutes");
}

TEST_CASE("a '#' inside a value is kept; one after a space starts a comment", "[gold]") {
  const Annotation gold = parse_gold(kHead + "body: Team#4 Trust   # a comment\n", "x.gold");
  CHECK(gold.bodies == std::vector<std::string>{"Team#4 Trust"});
}

TEST_CASE("malformed gold lines are reported with file and line", "[gold]") {
  CHECK(error_of(kHead + "minster: Ed Balls\n") ==
        "x.gold:4: unknown field 'minster:' (did you mean 'minister:'?)");
  CHECK(error_of(kHead + "colour: blue\n") == "x.gold:4: unknown field 'colour:'");
  CHECK(error_of(kHead + "person Ed Balls\n") == "x.gold:4: expected 'field: value', got 'person Ed Balls'");
  CHECK(error_of(kHead + "person:\n") == "x.gold:4: 'person:' has no value");
  CHECK(error_of("date: 2010-13-01\ntype: letter\nsender: none\n") ==
        "x.gold:1: date '2010-13-01' is not YYYY-MM-DD or 'none'");
  CHECK(error_of("date: 21 December 2011\n") == "x.gold:1: date '21 December 2011' is not YYYY-MM-DD or 'none'");
  CHECK(error_of(kHead + "type: memo\n") == "x.gold:4: second 'type:' line (first on line 2)");
  CHECK(error_of("type: memo\n") == "x.gold:1: type 'memo' is not one of letter, minutes, report, email");
  CHECK(error_of(kHead + "recipient: a | b | c | d\n").starts_with("x.gold:4: 'recipient:' takes at most 3 fields"));
  CHECK(error_of(kHead + "recipient: | |\n") == "x.gold:4: 'recipient:' has only empty fields");
  CHECK(error_of(kHead + "grade: | leadership\n") == "x.gold:4: 'grade:' has no grade in '| leadership'");
  CHECK(error_of(kHead + "person: Ed Balls\nperson: ed balls\n") ==
        "x.gold:5: 'person: ed balls' repeated (first on line 4)");
  CHECK(error_of(kHead + "grade: Good | Leadership\ngrade: good|leadership\n") ==
        "x.gold:5: 'grade: good | leadership' repeated (first on line 4)");
}

TEST_CASE("date, type and sender must each be given", "[gold]") {
  CHECK(error_of("type: letter\nsender: none\n") == "x.gold: no 'date:' line (write 'date: none' if so)");
  CHECK(error_of("date: none\nsender: none\n") == "x.gold: no 'type:' line (write 'type: letter' if so)");
  CHECK(error_of("date: none\ntype: email\n") == "x.gold: no 'sender:' line (write 'sender: none' if so)");
}

TEST_CASE("annotated letters are found in order, named from the folder", "[gold]") {
  const fs::path root = fs::temp_directory_path() / "letterbox-eval-test-find";
  fs::remove_all(root);
  fs::create_directories(root / "dev" / "sub");
  write(root / "dev" / "b.txt", "text");
  write(root / "dev" / "b.gold", kHead);
  write(root / "dev" / "sub" / "a.txt", "text");
  write(root / "dev" / "sub" / "a.gold", kHead);
  write(root / "dev" / "unannotated.txt", "text");

  const auto letters = find_annotated_letters(root / "dev");
  REQUIRE(letters.size() == 2);
  CHECK(letters[0].display_name == "dev/b.txt");
  CHECK(letters[1].display_name == "dev/sub/a.txt");
  CHECK(letters[1].gold == root / "dev" / "sub" / "a.gold");

  write(root / "dev" / "orphan.gold", kHead);
  CHECK_THROWS_WITH(find_annotated_letters(root / "dev"), Catch::Contains("orphan.gold: gold file without its letter"));
  CHECK_THROWS_WITH(find_annotated_letters(root / "missing"), Catch::Contains("missing: no such folder"));
  fs::create_directories(root / "empty");
  CHECK_THROWS_WITH(find_annotated_letters(root / "empty"), Catch::Contains("no annotated letters"));
  fs::remove_all(root);
}

TEST_CASE("every gold file of the evaluation set is well formed", "[gold][eval-set]") {
  for (const char* half : {"dev", "test"}) {
    const auto letters = find_annotated_letters(fs::path(LETTERBOX_EVAL_DATA) / half);
    CHECK(letters.size() >= 22);
    for (const auto& item : letters) {
      INFO(item.gold.string());
      const Annotation gold = read_gold_file(item.gold);
      CHECK(!gold.people.empty());
      // The sender, recipients and ministers are people of the letter too.
      if (!gold.sender.name.empty())
        CHECK(std::find(gold.people.begin(), gold.people.end(), gold.sender.name) != gold.people.end());
      for (const auto& recipient : gold.recipients) {
        if (recipient.name.empty()) continue;
        CHECK(std::find(gold.people.begin(), gold.people.end(), recipient.name) != gold.people.end());
      }
      for (const auto& minister : gold.ministers)
        CHECK(std::find(gold.people.begin(), gold.people.end(), minister) != gold.people.end());
    }
  }
}
