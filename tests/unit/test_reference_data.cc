#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "indexer/reference_data.h"

using namespace letterbox;
namespace fs = std::filesystem;

namespace {

const ReferenceData& real_data() {
  static const ReferenceData data = load_reference_data(fs::path(LETTERBOX_SOURCE_DIR) / "corpus/reference");
  return data;
}

std::string holder(std::string_view office, Date date) {
  const auto holders = office_holders(real_data(), office, date);
  return holders.empty() ? "" : holders.front()->person;
}

// A copy of the real folder with one file replaced.
fs::path folder_with(const std::string& file, const std::string& content) {
  const fs::path folder = fs::temp_directory_path() / "letterbox-reference-test";
  fs::remove_all(folder);
  fs::copy(fs::path(LETTERBOX_SOURCE_DIR) / "corpus/reference", folder);
  std::ofstream(folder / file) << content;
  return folder;
}

const ReferenceBody* body(const std::string& name) {
  for (const auto& b : real_data().bodies)
    if (b.name == name) return &b;
  return nullptr;
}

bool has_alias(const ReferenceBody* b, const std::string& alias) {
  return b && std::find(b->aliases.begin(), b->aliases.end(), alias) != b->aliases.end();
}

}  // namespace

TEST_CASE("the real reference files load", "[reference]") {
  const auto& data = real_data();
  CHECK(data.people.size() >= 40);
  CHECK(data.offices.size() >= 50);
  // Ofsted's four-point scale, "requires improvement" and the assessments' four "performs" grades;
  // not the providers' "satisfactory".
  std::vector<std::string> grades;
  for (const auto& grade : data.grades) grades.push_back(grade.grade);
  std::sort(grades.begin(), grades.end());
  CHECK(grades == std::vector<std::string>{"adequate", "good", "inadequate", "outstanding", "performs adequately",
                                           "performs excellently", "performs poorly", "performs well",
                                           "requires improvement"});
  CHECK(std::count_if(data.bodies.begin(), data.bodies.end(), [](const auto& b) { return b.kind == "council"; }) >= 150);
  CHECK(std::find(data.given_names.begin(), data.given_names.end(), "Judith") != data.given_names.end());
}

TEST_CASE("offices resolve to who held them on a date", "[reference]") {
  const std::string puss = "Parliamentary Under Secretary of State for Children and Families";
  CHECK(holder(puss, {2011, 12, 21}) == "Tim Loughton");
  CHECK(holder(puss, {2015, 3, 27}) == "Edward Timpson");
  CHECK(holder(puss, {2024, 10, 1}) == "Janet Daby");
  CHECK(holder("Minister of State for Children, Young People and Families", {2009, 12, 7}) == "Dawn Primarolo");
  CHECK(holder("Minister of State for Children, Young People and Families", {2004, 1, 1}) == "Margaret Hodge");
  CHECK(holder("Secretary of State for Education", {2012, 1, 1}) == "Michael Gove");
  CHECK(holder("Secretary of State for Children, Schools and Families", {2008, 5, 1}) == "Ed Balls");
  CHECK(holder("Secretary of State for Education and Skills", {2005, 6, 1}) == "Ruth Kelly");
  CHECK(holder("Secretary of State for Education", {2025, 1, 1}) == "Bridget Phillipson");
}

TEST_CASE("a shorter form of an office names the offices it begins", "[reference]") {
  CHECK(holder("Minister of State for Children", {2016, 2, 3}) == "Edward Timpson");
  CHECK(holder("minister of state for children", {2007, 1, 1}) == "Beverley Hughes");
  CHECK(holder("Parliamentary Under-Secretary of State for Children and Families", {2011, 1, 1}) == "Tim Loughton");
  CHECK(holder("Secretary of State for Health", {2011, 1, 1}) == "Andrew Lansley");
  CHECK(holder("Secretary of State for Health", {2019, 1, 1}) == "Matt Hancock");  // "... and Social Care"
  CHECK(holder("Secretary of State for Scotland", {2011, 1, 1}).empty());
  CHECK_FALSE(office_begins_with("Minister of State for Schools", "Minister of State for School"));
}

TEST_CASE("councils get their regular name variants by rule", "[reference]") {
  CHECK(has_alias(body("Leeds City Council"), "Leeds CC"));
  CHECK(has_alias(body("Leeds City Council"), "Leeds Council"));
  CHECK(has_alias(body("Kent County Council"), "KCC"));
  CHECK(has_alias(body("London Borough of Tower Hamlets"), "LB Tower Hamlets"));
  CHECK(has_alias(body("London Borough of Tower Hamlets"), "Tower Hamlets Council"));
  CHECK(has_alias(body("Rotherham Metropolitan Borough Council"), "Rotherham MBC"));
  CHECK_FALSE(has_alias(body("Leeds City Council"), "the Council"));
  REQUIRE(body("Reading Borough Council"));
  CHECK(body("Reading Borough Council")->ambiguous_place);
  CHECK_FALSE(body("Leeds City Council")->ambiguous_place);
}

TEST_CASE("malformed rows are errors naming the file and line", "[reference]") {
  const auto message = [](const fs::path& folder) {
    try {
      load_reference_data(folder);
    } catch (const std::runtime_error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  auto text = message(folder_with("offices.tsv", "# comment\nTim Loughton\tMinister\tDfE\t2010-13-01\t\n"));
  CHECK_THAT(text, Catch::Contains("offices.tsv:2") && Catch::Contains("2010-13-01"));
  text = message(folder_with("offices.tsv", "Nobody Known\tMinister\tDfE\t2010-01-01\t\n"));
  CHECK_THAT(text, Catch::Contains("offices.tsv:1") && Catch::Contains("Nobody Known"));
  text = message(folder_with("grades.tsv", "\n\ngood\tscale\t2005\t0\tx\textra\n"));
  CHECK_THAT(text, Catch::Contains("grades.tsv:3") && Catch::Contains("columns"));
  text = message(folder_with("grades.tsv", "Good\tscale\t2005\t0\n"));
  CHECK_THAT(text, Catch::Contains("lower case"));
  CHECK_THROWS_WITH(load_reference_data("/nonexistent/reference"), Catch::Contains("/nonexistent/reference"));
}

TEST_CASE("offices of other departments and after July 2024 resolve on their dates", "[reference]") {
  const auto data = load_reference_data(fs::path(LETTERBOX_SOURCE_DIR) / "corpus/reference");
  auto holder = [&](const std::string& office, Date date) {
    const auto held = office_holders(data, office, date);
    return held.size() == 1 ? held.front()->person : std::string("(") + std::to_string(held.size()) + ")";
  };
  CHECK(holder("Secretary of State for Levelling Up, Housing and Communities", {2023, 3, 1}) == "Michael Gove");
  CHECK(holder("Secretary of State for Levelling Up, Housing and Communities", {2022, 9, 20}) == "Simon Clarke");
  CHECK(holder("Parliamentary Under Secretary of State for Safeguarding", {2022, 3, 24}) == "Rachel Maclean");
  CHECK(holder("Parliamentary Under Secretary of State for Early Education", {2025, 3, 1}) == "Stephen Morgan");
  CHECK(holder("Secretary of State for Communities and Local Government", {2012, 5, 1}) == "Eric Pickles");
}

TEST_CASE("Lords Chancellor, Chief Whips and skills ministers hold their offices on the right dates", "[reference_data]") {
  CHECK(holder("Lord Chancellor", {2013, 6, 1}) == "Chris Grayling");
  CHECK(holder("Lord Chancellor", {2020, 6, 1}) == "Robert Buckland");
  CHECK(holder("Parliamentary Secretary to the Treasury", {2014, 9, 1}) == "Michael Gove");
  CHECK(holder("Minister of State for Skills and Equalities", {2015, 1, 1}) == "Nick Boles");
  CHECK(holder("Minister of State for Lifelong Learning, Further and Higher Education", {2006, 1, 1}) == "Bill Rammell");
  // Every holder of an office is one of the people the data knows.
  for (const Office& office : real_data().offices)
    CHECK(std::any_of(real_data().people.begin(), real_data().people.end(),
                      [&](const ReferencePerson& person) { return person.name == office.person; }));
}
