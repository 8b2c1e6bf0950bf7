#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "indexer/parse_parties.h"
#include "indexer/tag_entities.h"
#include "indexer/tag_tokens.h"

using namespace letterbox;
namespace fs = std::filesystem;

namespace {

const Tagger& tagger() {
  static const Tagger instance(load_reference_data(fs::path(LETTERBOX_SOURCE_DIR) / "corpus/reference"));
  return instance;
}

// The file's text with markdown "**" and "## " removed, as normalise_text would.
Text text_of(const fs::path& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string raw = buffer.str();
  std::string clean;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 2, "**") == 0) {
      ++i;
      continue;
    }
    if (raw.compare(i, 3, "## ") == 0) {
      i += 2;
      continue;
    }
    clean += raw[i];
  }
  return {clean, clean};
}

Text sample(const std::string& prefix) {
  for (const auto& entry : fs::directory_iterator(fs::path(LETTERBOX_SOURCE_DIR) / "corpus/letters"))
    if (entry.path().filename().string().starts_with(prefix)) return text_of(entry.path());
  FAIL("no sample letter " << prefix);
  return {};
}

Text own(const std::string& name) { return text_of(fs::path(LETTERBOX_TEST_DATA) / "tagger" / name); }

Party party(std::string name, std::string role = "", std::string organisation = "") {
  return {std::move(name), "", std::move(role), std::move(organisation), ""};
}

Letter dated(Date date) {
  Letter letter;
  letter.date = date;
  return letter;
}

const Entity* find(const Entities& entities, EntityKind kind, const std::string& name) {
  for (const auto& entity : entities.items)
    if (entity.kind == kind && entity.name == name) return &entity;
  return nullptr;
}

std::vector<std::string> names(const Entities& entities, EntityKind kind) {
  std::vector<std::string> found;
  for (const auto* entity : entities.of_kind(kind)) found.push_back(entity->name);
  return found;
}

using Catch::Matchers::VectorContains;

}  // namespace

TEST_CASE("letter 000: people, minister, bodies and the one real grade", "[tagger]") {
  Letter letter = dated({2011, 12, 21});
  letter.sender = party("Tim Loughton", "Parliamentary Under Secretary of State for Children and Families");
  letter.recipients = {party("Keith Wakefield", "Leader of Leeds City Council", "Leeds City Council")};
  const auto entities = tagger().tag(letter, sample("000"));
  const auto people = names(entities, EntityKind::person);
  for (const char* name : {"Tim Loughton", "Keith Wakefield", "Judith Blake", "Tom Riordan", "Nigel Richardson",
                           "Mariana Pexton", "Bill McCarthy", "Michael Gove"})
    CHECK_THAT(people, VectorContains(std::string(name)));
  // Not "Dear Councillor", "Key Stage", "Improvement Notice", the signature;
  // "The Secretary of State believes" is Michael Gove in December 2011.
  CHECK(people.size() == 8);
  const Entity* loughton = find(entities, EntityKind::person, "Tim Loughton");
  REQUIRE(loughton);
  CHECK(loughton->minister);
  CHECK(loughton->office == "Parliamentary Under Secretary of State for Children and Families");
  CHECK(entities.ministers().size() == 2);
  REQUIRE(find(entities, EntityKind::person, "Michael Gove"));
  CHECK(find(entities, EntityKind::person, "Michael Gove")->office == "Secretary of State for Education");
  REQUIRE(find(entities, EntityKind::person, "Tom Riordan"));
  CHECK(find(entities, EntityKind::person, "Tom Riordan")->role == "Chief Executive");
  CHECK(find(entities, EntityKind::person, "Judith Blake")->role == "Executive Member for Children's Services");
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Leeds City Council")));
  CHECK_THAT(bodies, VectorContains(std::string("Department for Education")));
  CHECK_THAT(bodies, VectorContains(std::string("Ofsted")));
  CHECK_THAT(bodies, VectorContains(std::string("Leeds Children's Services Challenge and Support Panel")));
  CHECK(names(entities, EntityKind::grade) == std::vector<std::string>{"adequate"});
  CHECK_THAT(names(entities, EntityKind::place), VectorContains(std::string("Leeds")));
  CHECK(find(entities, EntityKind::place, "Wakefield") == nullptr);
}

TEST_CASE("letter 001: grades with their aspects", "[tagger]") {
  Letter letter = dated({2015, 3, 27});
  letter.sender = party("Edward Timpson", "Parliamentary Under Secretary of State for Children and Families");
  const auto entities = tagger().tag(letter, sample("001"));
  const Entity* good = find(entities, EntityKind::grade, "good");
  const Entity* outstanding = find(entities, EntityKind::grade, "outstanding");
  REQUIRE(good);
  REQUIRE(outstanding);
  CHECK_THAT(good->aspect, Catch::Contains("overall"));
  CHECK(outstanding->aspect == "leadership, management and governance");
  CHECK(names(entities, EntityKind::grade).size() == 2);
  const Entity* timpson = find(entities, EntityKind::person, "Edward Timpson");
  REQUIRE(timpson);
  CHECK(timpson->minister);
  CHECK(find(entities, EntityKind::person, "Edward") == nullptr);
}

TEST_CASE("letter 002: APA grade, two ministers, surname merged", "[tagger]") {
  const auto entities = tagger().tag(dated({2009, 12, 7}), sample("002"));
  CHECK(names(entities, EntityKind::grade) == std::vector<std::string>{"performs poorly"});
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Dawn Primarolo")));
  CHECK_THAT(people, VectorContains(std::string("Vernon Coaker")));
  CHECK_THAT(people, VectorContains(std::string("Andrew Carter")));
  CHECK_THAT(people, VectorContains(std::string("Richard Brett")));
  CHECK_THAT(people, VectorContains(std::string("Greg Mulholland")));
  CHECK(std::count(people.begin(), people.end(), "Bill McCarthy") == 1);
  CHECK(find(entities, EntityKind::person, "McCarthy") == nullptr);
  CHECK(find(entities, EntityKind::person, "Jaun Premando") == nullptr);
  CHECK(entities.ministers().size() == 2);
  CHECK(find(entities, EntityKind::person, "Vernon Coaker")->office == "Minister of State for Schools and Learners");
  CHECK_THAT(names(entities, EntityKind::body), VectorContains(std::string("Government Office for Yorkshire and the Humber")));
  CHECK_THAT(names(entities, EntityKind::body), VectorContains(std::string("NHS Yorkshire and the Humber")));
  CHECK_THAT(names(entities, EntityKind::place), VectorContains(std::string("Yorkshire and the Humber")));
}

TEST_CASE("letter 003: recipient minister, rule bodies merged, adequate not good", "[tagger]") {
  Letter letter = dated({2011, 12, 8});
  letter.recipients = {party("Tim Loughton", "Parliamentary Under Secretary of State for Children and Families",
                             "Department for Education")};
  const auto entities = tagger().tag(letter, sample("003"));
  CHECK(names(entities, EntityKind::grade) == std::vector<std::string>{"adequate"});
  const Entity* board = find(entities, EntityKind::body, "Leeds Children's Services Improvement Board");
  REQUIRE(board);
  CHECK(find(entities, EntityKind::body, "Improvement Board") == nullptr);
  CHECK(find(entities, EntityKind::body, "Commissioning Board") == nullptr);
  CHECK(find(entities, EntityKind::body, "NHS Commissioning Board"));
  const Entity* chair = find(entities, EntityKind::person, "Bill McCarthy");
  REQUIRE(chair);
  CHECK_THAT(chair->role, Catch::StartsWith("Managing Director"));
  CHECK(find(entities, EntityKind::person, "Tim Loughton")->minister);
}

TEST_CASE("letter 004: attendee list with organisations, no false grades", "[tagger]") {
  const auto entities = tagger().tag(dated({2011, 5, 20}), sample("004"));
  const auto people = names(entities, EntityKind::person);
  for (const char* name : {"Nigel Richardson", "Mariana Pexton", "Jackie Wilson", "Simon Flowers", "Sarah Sinclair",
                           "Blake", "Bill McCarthy", "Penny Thompson", "Graham Archer", "John Hudson",
                           "Nicola Whomersley"})
    CHECK_THAT(people, VectorContains(std::string(name)));
  CHECK(people.size() == 11);
  CHECK(find(entities, EntityKind::person, "Graham Archer")->role ==
        "Deputy Director: Local Improvement and Intervention Division");
  CHECK(find(entities, EntityKind::person, "Bill McCarthy")->role == "Independent IB Chair");
  CHECK(names(entities, EntityKind::grade).empty());  // "good case", "adequate level", "good quality"
  CHECK(entities.ministers().empty());
}

TEST_CASE("an Ofsted outcome letter: requires improvement and inadequate", "[tagger]") {
  const auto entities = tagger().tag(dated({2014, 6, 12}), own("birmingham_2014_ofsted.txt"));
  const Entity* ri = find(entities, EntityKind::grade, "requires improvement");
  REQUIRE(ri);
  CHECK(ri->aspect == "overall effectiveness");
  CHECK(find(entities, EntityKind::grade, "inadequate"));
  const Entity* good = find(entities, EntityKind::grade, "good");  // "rated good for the timeliness ..."
  REQUIRE(good);
  CHECK(good->aspect == "timeliness of placements");
  CHECK(find(entities, EntityKind::body, "Birmingham City Council"));
  CHECK(find(entities, EntityKind::body, "Birmingham Safeguarding Children Board"));
  CHECK(find(entities, EntityKind::person, "Eleanor Schooling"));
  CHECK(find(entities, EntityKind::person, "Peter Hay"));
  CHECK(find(entities, EntityKind::person, "Hay") == nullptr);
  CHECK(find(entities, EntityKind::place, "Birmingham"));
}

TEST_CASE("an APA letter: performs well, acronym council form, all-caps signature", "[tagger]") {
  const auto entities = tagger().tag(dated({2007, 11, 15}), own("doncaster_2007_apa.txt"));
  CHECK(find(entities, EntityKind::grade, "performs well"));
  CHECK(find(entities, EntityKind::grade, "adequate"));
  CHECK(find(entities, EntityKind::body, "Doncaster Metropolitan Borough Council"));
  CHECK(find(entities, EntityKind::body, "Ofsted"));
  const Entity* mayes = find(entities, EntityKind::person, "Judith Mayes");
  REQUIRE(mayes);
  CHECK(mayes->source == "rule: signature");
  CHECK(find(entities, EntityKind::person, "Jane Smith")->role == "Cabinet Member for Children and Young People");
  CHECK(find(entities, EntityKind::person, "Jo Miller"));
  CHECK(entities.ministers().empty());
}

TEST_CASE("minutes: Present and Apologies lists, honorific surnames merged", "[tagger]") {
  const auto entities = tagger().tag(dated({2013, 10, 14}), own("slough_2013_minutes.txt"));
  const auto people = names(entities, EntityKind::person);
  for (const char* name : {"Rob Anderson", "Jane Palmer", "Ruth Bagley", "Kitty Ferris", "Pavitar Mann"})
    CHECK_THAT(people, VectorContains(std::string(name)));
  CHECK(find(entities, EntityKind::person, "Palmer") == nullptr);
  CHECK(find(entities, EntityKind::person, "Jane Palmer")->role == "Independent Chair");
  CHECK(find(entities, EntityKind::person, "Pavitar Mann")->role == "Lead Member for Education and Children's Services");
  CHECK(find(entities, EntityKind::person, "Key Stage") == nullptr);
  CHECK(find(entities, EntityKind::body, "Slough Borough Council"));
  CHECK(find(entities, EntityKind::grade, "inadequate"));
  CHECK(find(entities, EntityKind::grade, "good") == nullptr);
  CHECK(find(entities, EntityKind::place, "Bath and North East Somerset") == nullptr);  // "Bath Road"
}

TEST_CASE("a letter naming only offices resolves them on its date", "[tagger]") {
  const auto entities = tagger().tag(dated({2016, 2, 3}), own("rotherham_2016_office_only.txt"));
  const Entity* timpson = find(entities, EntityKind::person, "Edward Timpson");
  REQUIRE(timpson);
  CHECK(timpson->minister);
  CHECK(timpson->source == "reference: office on date");
  CHECK(timpson->office == "Minister of State for Children and Families");
  const Entity* morgan = find(entities, EntityKind::person, "Nicky Morgan");
  REQUIRE(morgan);
  CHECK(morgan->office == "Secretary of State for Education");
  CHECK(find(entities, EntityKind::body, "Rotherham Metropolitan Borough Council"));
  CHECK(names(entities, EntityKind::grade).empty());  // "Good progress", "an adequate level"
  CHECK(find(entities, EntityKind::person, "Ian Thomas"));

  SECTION("undated, an office alone names nobody") {
    const auto undated = tagger().tag(Letter{}, own("rotherham_2016_office_only.txt"));
    CHECK(undated.ministers().empty());
  }
}

TEST_CASE("the recipient's role alone names the minister", "[tagger]") {
  Letter letter = dated({2011, 12, 21});
  letter.recipients = {party("", "Parliamentary Under Secretary of State for Children and Families")};
  const std::string body = "Dear Minister\n\nThank you for your letter.\n";
  const auto entities = tagger().tag(letter, {body, body});
  REQUIRE(entities.ministers().size() == 1);
  CHECK(entities.ministers().front()->name == "Tim Loughton");
}

TEST_CASE("an e-mail: quoted grades, LB form, minister by surname", "[tagger]") {
  const auto entities = tagger().tag(dated({2018, 3, 9}), own("tower_hamlets_2018_email.txt"));
  CHECK(find(entities, EntityKind::grade, "good"));
  CHECK(find(entities, EntityKind::grade, "inadequate"));
  CHECK(find(entities, EntityKind::body, "London Borough of Tower Hamlets"));
  CHECK(find(entities, EntityKind::body, "Tower Hamlets Safeguarding Children Board"));
  const Entity* zahawi = find(entities, EntityKind::person, "Nadhim Zahawi");
  REQUIRE(zahawi);
  CHECK(zahawi->minister);
  CHECK(find(entities, EntityKind::person, "Zahawi") == nullptr);
  CHECK(find(entities, EntityKind::person, "Debbie Jones"));
  CHECK(find(entities, EntityKind::person, "Debbie") == nullptr);
}

TEST_CASE("a report: graded headings give grades with aspects", "[tagger]") {
  const auto entities = tagger().tag(dated({2021, 6, 22}), own("cornwall_2021_report.txt"));
  const Entity* outstanding = find(entities, EntityKind::grade, "outstanding");
  REQUIRE(outstanding);
  CHECK_THAT(outstanding->aspect, Catch::Contains("overall effectiveness"));
  const Entity* good = find(entities, EntityKind::grade, "good");
  REQUIRE(good);
  CHECK_THAT(good->aspect, Catch::Contains("need help and protection"));
  CHECK(find(entities, EntityKind::person, "Vicky Ford")->minister);
  CHECK(find(entities, EntityKind::person, "Kate Evan-Hart"));
  CHECK(find(entities, EntityKind::body, "Cornwall Council"));
}

TEST_CASE("2006: minister by date, KCC, surname of a full name, no joined bodies", "[tagger]") {
  const auto entities = tagger().tag(dated({2006, 9, 4}), own("kent_2006_letter.txt"));
  const Entity* hughes = find(entities, EntityKind::person, "Beverley Hughes");
  REQUIRE(hughes);
  CHECK(hughes->office == "Minister of State for Children, Young People and Families");
  CHECK(find(entities, EntityKind::person, "Alan Johnson")->office == "Secretary of State for Education and Skills");
  CHECK(find(entities, EntityKind::person, "Carter") == nullptr);
  CHECK(find(entities, EntityKind::person, "Paul Carter"));
  CHECK(find(entities, EntityKind::grade, "performs excellently"));
  for (const char* name : {"Kent County Council", "Local Government Association", "Audit Commission",
                           "Commission for Social Care Inspection", "Government Office for the South East"})
    CHECK(find(entities, EntityKind::body, name));
  CHECK(find(entities, EntityKind::body, "Audit Commission and the Commission") == nullptr);
  CHECK(find(entities, EntityKind::place, "Beverley") == nullptr);
}

TEST_CASE("false alarms: good progress, sentence-initial place words, Key Stage", "[tagger]") {
  const auto entities = tagger().tag(dated({2023, 6, 21}), own("wakefield_2023_letter.txt"));
  CHECK(names(entities, EntityKind::grade).empty());
  CHECK(find(entities, EntityKind::place, "Reading") == nullptr);
  CHECK(find(entities, EntityKind::person, "Claire Coutinho")->minister);
  CHECK(find(entities, EntityKind::person, "Denise Jeffery"));
  CHECK(names(entities, EntityKind::person).size() == 2);
  CHECK(find(entities, EntityKind::body, "Wakefield Council"));
}

TEST_CASE("the tagger is usable from several threads", "[tagger]") {
  const Text text = own("kent_2006_letter.txt");
  const auto expected = tagger().tag(dated({2006, 9, 4}), text).items.size();
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (size_t i = 0; i < counts.size(); ++i)
    threads.emplace_back([&, i] { counts[i] = tagger().tag(dated({2006, 9, 4}), text).items.size(); });
  for (auto& thread : threads) thread.join();
  for (size_t count : counts) CHECK(count == expected);
}

// ---------------------------------------------------------------- layouts and phrasings the dev set lacked

namespace {

Text inline_text(const std::string& text) { return {text, text}; }

// Each grade as "grade | aspect".
std::vector<std::string> grades_of(const Entities& entities) {
  std::vector<std::string> found;
  for (const auto* grade : entities.of_kind(EntityKind::grade)) found.push_back(grade->name + " | " + grade->aspect);
  return found;
}

}  // namespace

TEST_CASE("grades: numbered, tabbed and dashed labels lose their numbering", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2016, 5, 12}), inline_text(
      "Inspection of services for children in Doncaster\n\n"
      "1. Children who need help and protection\tInadequate\n"
      "\t2.1 Adoption performance\tGood\n"
      "* Capacity for improvement - Outstanding\n"
      "Staying safe: Grade 2 - adequate\n"
      "Achieving economic well-being\tperforms poorly\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("inadequate | children who need help and protection")));
  CHECK_THAT(grades, VectorContains(std::string("good | adoption performance")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | capacity for improvement")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | staying safe")));
  CHECK_THAT(grades, VectorContains(std::string("performs poorly | achieving economic well-being")));
  CHECK(grades.size() == 5);
}

TEST_CASE("grades: both ends of a change of grade; ordinary uses of the words are not grades", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2018, 3, 14}), inline_text(
      "Ofsted inspected Rotherham in January. Services moved from inadequate in 2014 to good. "
      "The board noted the good progress made, a good deal of work remains, there are outstanding issues "
      "in recruitment, schools have adequate resources and partnership working with the police is good. "
      "Key Stage 2 results were good overall.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("inadequate | ")));
  CHECK_THAT(grades, VectorContains(std::string("good | ")));
  CHECK(grades.size() == 2);
}

TEST_CASE("grades: a headline about the whole service is overall effectiveness", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2019, 5, 3}), inline_text(
      "Inspection of Walsall children's services\n\nChildren's services in Walsall are good. "
      "The Walsall Safeguarding Children Board requires improvement.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("good | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | walsall safeguarding children board")));
}

TEST_CASE("grades: a quoted judgement names no aspect, a dash ends the clause before a graded subject",
          "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2007, 11, 28}), inline_text(
      "Annual performance assessment of Stoke-on-Trent\n\n"
      "The improvement plan should take account of the Commission's rating of 'performs adequately', "
      "which will be published next week.\n\n"
      "Much has changed since the unannounced visit; safeguarding services are now judged to be good.\n\n"
      "Recruitment has been slow - the fostering service is now judged to be outstanding.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | ")));
  CHECK_THAT(grades, VectorContains(std::string("good | safeguarding services")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | fostering service")));
  CHECK(grades.size() == 3);
}

TEST_CASE("grade aspects: a clause naming people or a finite verb is no aspect; trailers of the subject dropped",
          "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2017, 9, 7}), inline_text(
      "Review of children's services in Sefton\n\n"
      "You asked me in May to review children's services in Sefton after the Ofsted inspection of March, "
      "in which services were judged inadequate. "
      "Overall, the council was judged to be good in 2012. "
      "Partnership working, including with Merseyside Police, was judged outstanding. "
      "Services for children in Sefton still are judged requires improvement by the board.\n"));
  std::vector<std::string> aspects;
  for (const auto* grade : entities.of_kind(EntityKind::grade)) aspects.push_back(grade->aspect);
  CHECK(aspects.size() == 4);
  CHECK_THAT(aspects, VectorContains(std::string("partnership working")));
  for (const auto& aspect : aspects) {
    CHECK_THAT(aspect, !Catch::Contains("you") && !Catch::Contains("council") && !Catch::Contains("police") &&
                           !Catch::Contains("still") && !Catch::Contains("services for children"));
  }
}

TEST_CASE("grades: an APA table keyed in the Commission's words, a grade heading a bulleted list, a table of councils",
          "[tagger][grades]") {
  const auto apa = tagger().tag(dated({2007, 12, 3}), inline_text(
      "Annual performance assessment of services for children and young people in Dudley\n\n"
      "Overall effectiveness of children's services        2\n"
      "Being healthy                                        3\n"
      "Capacity to improve, including the management of     2\n"
      "children's services\n\n"
      "Key\n"
      "4  A service that delivers well above minimum requirements for users\n"
      "3  A service that consistently delivers above minimum requirements for users\n"
      "2  A service that delivers only minimum requirements for users\n"
      "1  A service that does not deliver minimum requirements for users\n\n"
      "Partnerships are strong and budgets are adequate for the plans.\n"));
  const auto apa_grades = grades_of(apa);
  CHECK_THAT(apa_grades, VectorContains(std::string("performs adequately | overall effectiveness of children's services")));
  CHECK_THAT(apa_grades, VectorContains(std::string("performs well | being healthy")));
  CHECK(apa_grades.size() == 3);  // the third is capacity to improve; "budgets are adequate" is none

  const auto bulleted = tagger().tag(dated({2023, 3, 9}), inline_text(
      "Ofsted's letter on Gateshead gives these judgements:\n\n"
      "Outstanding\n"
      "- The impact of leaders on social work practice with children and\n"
      "  families\n"
      "- Overall effectiveness\n\n"
      "Requires improvement to be good\n"
      "- The experiences and progress of children in care and care leavers\n"));
  const auto listed = grades_of(bulleted);
  CHECK_THAT(listed, VectorContains(std::string(
                         "outstanding | the impact of leaders on social work practice with children and families")));
  CHECK_THAT(listed, VectorContains(std::string("outstanding | overall effectiveness")));
  CHECK_THAT(listed, VectorContains(
                         std::string("requires improvement | the experiences and progress of children in care and care leavers")));
  CHECK(listed.size() == 3);

  const auto neighbours = tagger().tag(dated({2021, 6, 1}), inline_text(
      "Statistical neighbours\n\n"
      "Council              Inspected     Overall effectiveness\n"
      "Bury                 Nov 2019      Requires improvement to be good\n"
      "Trafford             12/03/2019    Good\n"
      "Stockport            Jan 2020      Good\n"));
  const auto rows = grades_of(neighbours);
  CHECK_THAT(rows, VectorContains(std::string("requires improvement | bury")));
  CHECK_THAT(rows, VectorContains(std::string("good | trafford")));
  CHECK_THAT(rows, VectorContains(std::string("good | stockport")));

  // One council over the years: its own grades of the whole service.
  const auto history = tagger().tag(dated({2022, 9, 5}), inline_text(
      "Year   Authority                     Overall effectiveness\n"
      "2014   Somerset County Council       Inadequate\n"
      "2017   Somerset County Council       Requires improvement\n"
      "2022   Somerset Council              Good\n"));
  const auto years = grades_of(history);
  CHECK_THAT(years, VectorContains(std::string("inadequate | overall effectiveness")));
  CHECK_THAT(years, VectorContains(std::string("good | overall effectiveness")));
  CHECK(years.size() == 3);
}

TEST_CASE("grades: a setting's name in apposition, or named as inspected before 'judged it'", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2024, 5, 20}), inline_text(
      "Our residential service has grown. The council's new home for disabled children in Ashton, Larch Lodge, "
      "was judged good in April. Ofsted also inspected Meadowbank Court, our short-break home in Hyde, in March "
      "and judged it outstanding. Ofsted inspected Oldham's services in May and judged them inadequate.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("good | larch lodge")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | meadowbank court")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | ")));
}

TEST_CASE("grades: ', as it did A and B' extends a judgement to the aspects listed", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2019, 7, 2}), inline_text(
      "In June Ofsted judged overall effectiveness in Enfield good, as it did adoption performance and "
      "leadership, management and governance.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("good | adoption performance")));
  CHECK_THAT(grades, VectorContains(std::string("good | leadership, management and governance")));
}

TEST_CASE("grades: a grade-history table in the letters of its key", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2023, 2, 14}), inline_text(
      "Inspection history of Bexley children's services (A = adequate, G = good, O = outstanding, "
      "I = inadequate, RI = requires improvement to be good)\n\n"
      "                              2011      2016      2022\n"
      "Safeguarding                  A         I         G\n"
      "Adoption performance          G         O         n/a\n\n"
      "I am pleased to report these figures. The borough has been judged good since 2022.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("adequate | safeguarding")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | safeguarding")));
  CHECK_THAT(grades, VectorContains(std::string("good | safeguarding")));
  CHECK_THAT(grades, VectorContains(std::string("good | adoption performance")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | adoption performance")));
  CHECK_THAT(grades, VectorContains(std::string("good | ")));  // the borough as a whole
  CHECK(grades.size() == 6);
}

TEST_CASE("grades: 'B likewise' takes the grade just given; 'staffing is now adequate' is none", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2020, 1, 28}), inline_text(
      "Ofsted's inspection of Bromley\n\n"
      "Inspectors judged the impact of leaders to be outstanding, and adoption performance likewise. "
      "Recruitment of foster carers is now adequate. Children's services in Bromley are now good.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("outstanding | the impact of leaders")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | adoption performance")));
  CHECK_THAT(grades, VectorContains(std::string("good | overall effectiveness")));
  CHECK(grades.size() == 3);
}

TEST_CASE("grades: ', as well as B and C' after a judged aspect grades all three", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2013, 4, 11}), inline_text(
      "Ofsted's inspection of the arrangements for the protection of children in Wandsworth judged the overall "
      "effectiveness of arrangements to be adequate, as well as capacity for improvement and partnership "
      "working.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("adequate | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | capacity for improvement")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | partnership working")));
  CHECK(grades.size() == 3);
}

TEST_CASE("grades: the aspect after 'judgement for' ends before 'as'", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2012, 2, 6}), inline_text(
      "Ofsted inspected Camden's services in January. I do not see an inadequate judgement for adoption as a fair "
      "reflection of the service.\n"));
  CHECK_THAT(grades_of(entities), VectorContains(std::string("inadequate | adoption")));
}

TEST_CASE("grades: an APA number for capacity to improve is on the APA scale unless the letter words it",
          "[tagger][grades]") {
  const auto numbers = tagger().tag(dated({2006, 11, 30}), inline_text(
      "Annual performance assessment of services for children and young people in Essex\n\n"
      "Overall effectiveness of children's services     Grade 3\n"
      "Capacity to improve                              Grade 2\n"));
  CHECK_THAT(grades_of(numbers), VectorContains(std::string("performs adequately | capacity to improve")));
  const auto worded = tagger().tag(dated({2006, 11, 30}), inline_text(
      "Annual performance assessment of services for children and young people in Essex\n\n"
      "Overall effectiveness of children's services     Grade 3\n"
      "Capacity to improve                              Grade 2\n\n"
      "The council's capacity to improve is adequate.\n"));
  const auto grades = grades_of(worded);
  CHECK_THAT(grades, VectorContains(std::string("adequate | capacity to improve")));
  CHECK_THAT(grades, !VectorContains(std::string("performs adequately | capacity to improve")));
}

TEST_CASE("places: a postal address is where a party sits, not what the letter is about", "[tagger][places]") {
  const auto entities = tagger().tag(dated({2015, 6, 2}), inline_text(
      "Sanctuary Buildings\nGreat Smith Street\nWestminster\nLondon SW1P 3BT\n\n"
      "Councillor Amira Shah\nLeader, Sheffield City Council\nTown Hall, Pinstone Street\nSheffield S1 2HH\n\n"
      "Dear Councillor Shah,\n\nI visited Doncaster last week. Ofsted's findings in Sheffield are a concern.\n"));
  const auto places = names(entities, EntityKind::place);
  CHECK_THAT(places, VectorContains(std::string("Sheffield")));  // named in the text too
  CHECK_THAT(places, VectorContains(std::string("Doncaster")));
  CHECK(find(entities, EntityKind::place, "London") == nullptr);
  CHECK(find(entities, EntityKind::place, "Westminster") == nullptr);
  const auto in_text = tagger().tag(dated({2015, 6, 2}), inline_text(
      "Dear Colleague,\n\nThe London boroughs met in Westminster on Monday.\n"));
  CHECK(find(in_text, EntityKind::place, "London"));
}

TEST_CASE("ministers: a brief named at another rank, and 'Dear Secretary of State'", "[tagger][ministers]") {
  const auto brief = tagger().tag(dated({2012, 11, 15}), inline_text(
      "The Minister for Children and Families has asked me to write to you.\n"));
  const Entity* timpson = find(brief, EntityKind::person, "Edward Timpson");
  REQUIRE(timpson);
  CHECK(timpson->minister);
  const auto dear = tagger().tag(dated({2019, 4, 4}), inline_text("Dear Secretary of State,\n\nI attach my report.\n"));
  const Entity* hinds = find(dear, EntityKind::person, "Damian Hinds");
  REQUIRE(hinds);
  CHECK(hinds->minister);
  // In 2019-20 two ministers shared the children's brief: neither is guessed.
  const auto shared = tagger().tag(dated({2019, 11, 1}), inline_text("The Minister for Children and Families agreed.\n"));
  CHECK(shared.ministers().empty());
}

TEST_CASE("people: post-nominals, buildings, attendee tables and organisations after commas", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2018, 3, 14}), inline_text(
      "In attendance:\n\n"
      "| Name | Role |\n"
      "|---|---|\n"
      "| Chinedu Okafor | Detective Superintendent, South Yorkshire Police |\n"
      "| Wen Li | Head of Safeguarding |\n"
      "Tomasz Nowak - Head of Service, Rotherham Metropolitan Borough Council\n\n"
      "We met at Bernard Weatherill House. Yours sincerely\n\nMalcolm Newsam CBE\nCommissioner\n"));
  const auto people = names(entities, EntityKind::person);
  for (const char* name : {"Chinedu Okafor", "Wen Li", "Tomasz Nowak", "Malcolm Newsam"})
    CHECK_THAT(people, VectorContains(std::string(name)));
  for (const char* name : {"Rotherham", "South Yorkshire", "Name", "Bernard Weatherill", "Malcolm Newsam CBE"})
    CHECK(find(entities, EntityKind::person, name) == nullptr);
  CHECK(find(entities, EntityKind::body, "South Yorkshire Police"));
}

TEST_CASE("bodies: a unit of a named body, a local NHS body after a region's name", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2023, 5, 18}), inline_text(
      "Ofsted National Business Unit\n\nWe work with NHS South West London Integrated Care Board and the "
      "Social Services Inspectorate.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Ofsted")));
  CHECK_THAT(bodies, VectorContains(std::string("NHS South West London Integrated Care Board")));
  CHECK_THAT(bodies, VectorContains(std::string("Social Services Inspectorate")));
  CHECK(find(entities, EntityKind::body, "Ofsted National Business Unit") == nullptr);
  CHECK(find(entities, EntityKind::body, "NHS South West") == nullptr);
}

TEST_CASE("grades: tables flattened from PDFs and OCR slips in grade words", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2010, 5, 3}), inline_text(
      "Inspection of safeguarding and looked after children services\n\n"
      "Overall effectiveness\nInadequate\n\n"
      "Capacity for improvement\nAdequate\n\n"
      "Being healthy Good\n"
      "Staying safe lnadeguate\n\n"
      "Children's services in Slough are inadequate.\n"));
  const auto grades = grades_of(entities);
  CHECK_THAT(grades, VectorContains(std::string("inadequate | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | capacity for improvement")));
  CHECK_THAT(grades, VectorContains(std::string("good | being healthy")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | staying safe")));
  CHECK(grades.size() == 4);
}

TEST_CASE("people: names in aligned columns are one per column", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2006, 11, 30}), inline_text(
      "Yours sincerely\n\n"
      "Gwendolyn Ashby-Crane                     Thomas Wainwright\n"
      "Divisional Manager                        Regional Director\n\n"
      "Name\tOrganisation\tRole\n"
      "Farida Oyelowo\tRotherham Metropolitan Borough Council\tChair\n"));
  const auto people = names(entities, EntityKind::person);
  for (const char* name : {"Gwendolyn Ashby-Crane", "Thomas Wainwright", "Farida Oyelowo"})
    CHECK_THAT(people, VectorContains(std::string(name)));
  CHECK(people.size() == 3);
  CHECK(find(entities, EntityKind::body, "Rotherham Metropolitan Borough Council"));
}

TEST_CASE("OCR slips: digits for letters inside words, 'rn' for 'm' in known names", "[tagger][ocr]") {
  const auto entities = tagger().tag(dated({2013, 10, 2}), inline_text(
      "D0NCASTER B0R0UGH C0UNCIL\n\nWe met Edward Tirnpson MP last week.\n\n"
      "Ofsted judged the overa11 effectiveness of our services inadequate.\n"
      "Our governance is modern and our learning is returned to the board.\n"));
  const Entity* timpson = find(entities, EntityKind::person, "Edward Timpson");
  REQUIRE(timpson);
  CHECK(timpson->minister);
  CHECK_THAT(grades_of(entities), VectorContains(std::string("inadequate | overall effectiveness")));
  // Words with "rn" that are not slips are not rewritten: nothing else is found.
  CHECK(names(entities, EntityKind::person).size() == 1);
  CHECK(letterbox::tagging::lower_words("Chi1dren's Services 1ooked after, M1 and Y10") ==
        "children's services looked after, m1 and y10");
}

TEST_CASE("grades: one grade for a list of the frameworks' aspects", "[tagger][grades]") {
  const auto ilacs = grades_of(tagger().tag(dated({2023, 6, 1}), inline_text(
      "Ofsted visited Doncaster in March. The inspection judged all four areas inadequate: the impact of leaders on "
      "social work practice with children and families, the experiences and progress of children who need help and "
      "protection, the experiences and progress of children in care, and overall effectiveness.\n")));
  for (const char* grade : {"inadequate | the impact of leaders on social work practice with children and families",
                            "inadequate | the experiences and progress of children who need help and protection",
                            "inadequate | the experiences and progress of children in care",
                            "inadequate | overall effectiveness"})
    CHECK_THAT(ilacs, VectorContains(std::string(grade)));
  CHECK(ilacs.size() == 4);

  const auto sif = grades_of(tagger().tag(dated({2015, 2, 9}), inline_text(
      "Inspectors judged overall effectiveness to require improvement, with children who need help and protection "
      "inadequate, adoption performance good and leadership, management and governance requiring improvement. "
      "Children looked after and achieving permanence were judged good, as were the experiences and progress of "
      "care leavers.\n")));
  for (const char* grade : {"requires improvement | overall effectiveness",
                            "inadequate | children who need help and protection", "good | adoption performance",
                            "requires improvement | leadership, management and governance",
                            "good | children looked after and achieving permanence",
                            "good | the experiences and progress of care leavers"})
    CHECK_THAT(sif, VectorContains(std::string(grade)));
  CHECK(sif.size() == 6);

  const auto apa = grades_of(tagger().tag(dated({2007, 12, 3}), inline_text(
      "The annual performance assessment judged that Slough performs well in being healthy, staying safe and "
      "enjoying and achieving, but performs poorly in achieving economic well-being.\n\n"
      "Outstanding: a service that delivers well above minimum requirements\n\n"
      "We will not rest until services are good.\n")));
  for (const char* grade : {"performs well | being healthy", "performs well | staying safe",
                            "performs well | enjoying and achieving",
                            "performs poorly | achieving economic well-being"})
    CHECK_THAT(apa, VectorContains(std::string(grade)));
  CHECK(apa.size() == 4);
}

TEST_CASE("grades: numbers read through the letter's key, dot leaders, a number restating the grade", "[tagger][grades]") {
  const auto keyed = grades_of(tagger().tag(dated({2007, 4, 20}), inline_text(
      "Contents\n\nIntroduction                          2\nMain findings                         3\n\n"
      "Joint area review of Rotherham\n\n"
      "Grades awarded (4: outstanding; 3: good; 2: adequate; 1: inadequate)\n\n"
      "Safeguarding                                  2\n"
      "Looked after children                         3\n"
      "Service management                            1\n\n"
      "Number of children in care\t410\n")));
  for (const char* grade : {"adequate | safeguarding", "good | looked after children", "inadequate | service management"})
    CHECK_THAT(keyed, VectorContains(std::string(grade)));
  CHECK(keyed.size() == 3);

  const auto unkeyed = grades_of(tagger().tag(dated({2007, 4, 20}), inline_text(
      "Safeguarding                                  2\nLooked after children    3\n")));
  CHECK(unkeyed.empty());

  const auto dotted = grades_of(tagger().tag(dated({2006, 11, 30}), inline_text(
      "The 2006 annual performance assessment of Hartlepool:\n\n"
      "  * Being healthy ............................ the council performs well\n"
      "  * Staying safe ............................. the council performs adequately\n\n"
      "Enjoying and achieving          3     Good\n")));
  for (const char* grade : {"performs well | being healthy", "performs adequately | staying safe",
                            "good | enjoying and achieving"})
    CHECK_THAT(dotted, VectorContains(std::string(grade)));
  CHECK(dotted.size() == 3);
}

TEST_CASE("people: a hyphenated surname alone is the full name it belongs to", "[tagger][people]") {
  Letter letter = dated({2019, 2, 4});
  letter.recipients = {party("Chinwe Okafor-Lindqvist", "Director of Children's Services")};
  const auto entities = tagger().tag(letter, inline_text(
      "Dear Ms Okafor-Lindqvist\n\nThank you. I met Ms Okafor-Lindqvist and Dr Reyes-Hartmann on Monday.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Chinwe Okafor-Lindqvist")));
  CHECK(find(entities, EntityKind::person, "Okafor-Lindqvist") == nullptr);
}

TEST_CASE("bodies: local NHS bodies and bodies after 'and', trusts, universities, departments of councils", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2023, 3, 9}), inline_text(
      "We met NHS Rotherham and South Yorkshire Police, NHS Cheshire and Merseyside Integrated Care Board, "
      "Alder Hey Children's NHS Foundation Trust, the University of Sheffield, the NSPCC and Connexions "
      "Derbyshire. Doncaster Children's Services will report to the Doncaster Youth Offending Team.\n"));
  const auto bodies = names(entities, EntityKind::body);
  for (const char* name : {"NHS Rotherham", "South Yorkshire Police", "NHS Cheshire and Merseyside Integrated Care Board",
                           "Alder Hey Children's NHS Foundation Trust", "University of Sheffield",
                           "National Society for the Prevention of Cruelty to Children", "Connexions Derbyshire",
                           "Doncaster Youth Offending Team"})
    CHECK_THAT(bodies, VectorContains(std::string(name)));
  for (const char* name : {"National Health Service", "Doncaster Children's Services", "NHS Foundation Trust",
                           "NHS Rotherham and South Yorkshire Police"})
    CHECK(find(entities, EntityKind::body, name) == nullptr);
}

TEST_CASE("ministers: the Secretary of State's office, ministers of other departments", "[tagger][ministers]") {
  const auto direction = tagger().tag(dated({2019, 10, 2}), inline_text("The Secretary of State's direction remains.\n"));
  REQUIRE(find(direction, EntityKind::person, "Gavin Williamson"));
  CHECK(find(direction, EntityKind::person, "Gavin Williamson")->minister);
  const auto entities = tagger().tag(dated({2019, 10, 2}), inline_text(
      "I have copied this to Victoria Atkins MP at the Home Office and to the Secretary of State for Housing, "
      "Communities and Local Government.\n"));
  for (const char* name : {"Victoria Atkins", "Robert Jenrick"}) {
    const Entity* minister = find(entities, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
}

TEST_CASE("people: particles inside names", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2024, 3, 3}), inline_text(
      "We met Professor Rui da Silva and Dr Anouk van den Heuvel, with Ms Marguerite d'Arcy-Mensah of Ofsted.\n"));
  const auto people = names(entities, EntityKind::person);
  for (const char* name : {"Rui da Silva", "Anouk van den Heuvel", "Marguerite d'Arcy-Mensah"})
    CHECK_THAT(people, VectorContains(std::string(name)));
  CHECK(people.size() == 3);
}

TEST_CASE("ministers: 'the Children's Minister' and 'the Education Secretary' on the letter's date", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2014, 3, 12}), inline_text(
      "I met the Children's Minister last week, and the Education Secretary has asked for a note.\n"));
  for (const char* name : {"Edward Timpson", "Michael Gove"}) {
    const Entity* minister = find(entities, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
  // Two ministers held the children's brief in 2011: neither is guessed.
  const auto shared = tagger().tag(dated({2011, 6, 1}), inline_text("I met the Children's Minister.\n"));
  CHECK(shared.ministers().empty());
}

TEST_CASE("grades: aligned tables, rows naming hopes, labels over two lines, the label over the prose", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2011, 7, 1}), inline_text(
      "Inspection of safeguarding and looked after children services: Swindon\n\n"
      "Overall effectiveness                                   Inadequate\n"
      "Ambition and prioritisation                             Adequate\n"
      "The contribution of health agencies to keeping\n"
      "children and young people safe                          Good\n\n"
      "1. The overall effectiveness of safeguarding services in Swindon is inadequate.\n")));
  for (const char* grade : {"inadequate | overall effectiveness", "adequate | ambition and prioritisation",
                            "good | the contribution of health agencies to keeping children and young people safe"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
  CHECK(grades.size() == 3);
}

TEST_CASE("grades: 'Judgement:' lines take their aspect from the heading above", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2019, 5, 1}), inline_text(
      "Inspection of Sefton children's services\n\n## Overall effectiveness\n\nJudgement: Requires improvement to be good\n\n"
      "## The experiences and progress of care leavers\n\nJudgement: Inadequate\n\n"
      "## Contact details\n\nRating: Good\n")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | the experiences and progress of care leavers")));
  CHECK_THAT(grades, VectorContains(std::string("good | ")));
  CHECK(grades.size() == 3);
}

TEST_CASE("ministers: the Home Secretary; a Home Office minister does not make 'the Secretary of State' the Home Secretary", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2021, 11, 4}), inline_text(
      "The Home Secretary has written to us. Rachel Maclean MP will attend, and the Secretary of State will "
      "decide on the direction.\n"));
  for (const char* name : {"Priti Patel", "Rachel Maclean", "Nadhim Zahawi"}) {
    const Entity* minister = find(entities, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
}

TEST_CASE("ministers: a brief in brackets, a peer by the short form of the title", "[tagger][ministers]") {
  const auto bracketed = tagger().tag(dated({2013, 11, 20}), inline_text(
      "I have written to the Parliamentary Under Secretary of State (Children and Families).\n"));
  REQUIRE(find(bracketed, EntityKind::person, "Edward Timpson"));
  CHECK(find(bracketed, EntityKind::person, "Edward Timpson")->minister);
  const auto peer = tagger().tag(dated({2009, 3, 2}), inline_text("Baroness Morgan met the Board in March.\n"));
  REQUIRE(find(peer, EntityKind::person, "Baroness Morgan of Drefelin"));
  CHECK(find(peer, EntityKind::person, "Baroness Morgan of Drefelin")->minister);
  CHECK(find(peer, EntityKind::person, "Baroness Morgan") == nullptr);
}

TEST_CASE("grades: 'remains outstanding' of work still to do, and hopes that run on past 'or'", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2017, 2, 1}), inline_text(
      "Following the Ofsted inspection, the health trust's attendance at strategy meetings remains outstanding. "
      "Adoption performance remains outstanding. I do not think services would yet be judged good, or even to "
      "require improvement, if inspected now.\n")));
  CHECK(grades == std::vector<std::string>{"outstanding | adoption performance"});
}

TEST_CASE("grades: 'found it inadequate' of the body named before, framework aspects as subjects, 'perform well'", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2008, 12, 2}), inline_text(
      "The annual performance assessment found that the council performs adequately. Staying safe is good. "
      "Overall, the council was judged to perform well in enjoying and achieving. The review of the Luton "
      "Safeguarding Children Board found it to be inadequate.\n\n"
      "Overall effectiveness of children's services                 Performs well (3)\n")));
  for (const char* grade : {"good | staying safe", "performs well | enjoying and achieving",
                            "inadequate | luton safeguarding children board",
                            "performs well | overall effectiveness of children's services"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
}

TEST_CASE("bodies: names found by rule are written without OCR's digit slips", "[tagger][ocr]") {
  const auto entities = tagger().tag(dated({2016, 12, 8}), inline_text(
      "The Wokingham Loca1 Safeguarding Chi1dren Board met the Berkshire Yout0 Panel.\n"));
  CHECK(find(entities, EntityKind::body, "Wokingham Local Safeguarding Children Board"));
  CHECK(letterbox::tagging::ocr_repaired_text("B0R0UGH Po1ice 2016") == "BOROUGH Police 2016");
}

TEST_CASE("ministers: School Standards in summer 2022, the Prime Minister, a junior brief as 'Minister for'", "[tagger][ministers]") {
  const auto summer = tagger().tag(dated({2022, 8, 22}), inline_text(
      "I have written to the Minister of State for School Standards and to the Parliamentary "
      "Under-Secretary of State for Children, Families and Wellbeing.\n"));
  for (const char* name : {"Will Quince", "Brendan Clarke-Smith"}) {
    const Entity* minister = find(summer, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
  const auto early = tagger().tag(dated({2025, 10, 1}), inline_text(
      "The Minister for Early Education will open the new nursery in Gateshead.\n"));
  REQUIRE(find(early, EntityKind::person, "Stephen Morgan"));
  const auto prime = tagger().tag(dated({2015, 12, 2}), inline_text(
      "The Prime Minister visited Rotherham, and the Secretary of State has asked me to reply.\n"));
  CHECK(find(prime, EntityKind::person, "David Cameron"));
  // The Prime Minister stands for no department: "the Secretary of State" is still education's.
  CHECK(find(prime, EntityKind::person, "Nicky Morgan"));
}

TEST_CASE("ministers: a shadow, former or deputy office is not its holder on the date", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2015, 12, 2}), inline_text(
      "The Deputy Prime Minister spoke in Sheffield. The Shadow Secretary of State for Education wrote to "
      "the council, and the former Minister for Children and Families attended.\n"));
  CHECK(entities.ministers().empty());
}

TEST_CASE("ministers: a former education minister now at another department is still a minister", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2021, 10, 4}), inline_text(
      "Kemi Badenoch, who visited our family hubs in Rochdale when she was children's minister, has since moved "
      "on, and the Secretary of State has asked for a note.\n"));
  const Entity* former = find(entities, EntityKind::person, "Kemi Badenoch");
  REQUIRE(former);
  CHECK(former->minister);
  CHECK(former->department == "Department for Levelling Up, Housing and Communities");
  // Her new department does not make "the Secretary of State" its head: the education one's is meant.
  CHECK(find(entities, EntityKind::person, "Nadhim Zahawi"));
  CHECK_FALSE(find(entities, EntityKind::person, "Michael Gove"));
}

TEST_CASE("ministers: ministers of two departments named leave 'the Secretary of State' unresolved", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2023, 3, 9}), inline_text(
      "Lee Rowley and Claire Coutinho discussed the directions the Secretary of State made last year.\n"));
  CHECK_FALSE(find(entities, EntityKind::person, "Gillian Keegan"));
  CHECK_FALSE(find(entities, EntityKind::person, "Michael Gove"));
}

TEST_CASE("grades: a key's entries are no grades; numbers with the grade in brackets, and in a list on one line", "[tagger][grades]") {
  const auto bracketed = grades_of(tagger().tag(dated({2006, 11, 28}), inline_text(
      "Annual performance assessment 2006: Doncaster\n\n"
      "Grades run from 4 (performs excellently), 3 (performs well), 2 (performs adequately) to 1 (performs poorly).\n\n"
      "Being healthy: 3 (performs well)\n"
      "Staying safe: Grade 2 (performs adequately)\n"
      "Capacity to improve: 3 (good)\n")));
  for (const char* grade : {"performs well | being healthy", "performs adequately | staying safe", "good | capacity to improve"})
    CHECK_THAT(bracketed, VectorContains(std::string(grade)));
  CHECK(bracketed.size() == 3);

  const auto listed = grades_of(tagger().tag(dated({2008, 12, 3}), inline_text(
      "Our 2008 assessment gave: staying safe 3 / enjoying and achieving 2 / making a positive contribution 4 "
      "(4: performs excellently; 3: performs well; 2: performs adequately; 1: performs poorly). "
      "Capacity to improve was judged outstanding.\n")));
  for (const char* grade : {"performs well | staying safe", "performs adequately | enjoying and achieving",
                            "performs excellently | making a positive contribution", "outstanding | capacity to improve"})
    CHECK_THAT(listed, VectorContains(std::string(grade)));
  CHECK(listed.size() == 4);
}

TEST_CASE("grades: 'requires improvement in' something is no grade; 'required improvement', 'judged them good'", "[tagger][grades]") {
  const auto wanted = grades_of(tagger().tag(dated({2016, 2, 9}), inline_text(
      "Following the Ofsted inspection, we agree that supervision recording requires improvement in places, and "
      "that our assessment of risk requires improvement in its timeliness.\n")));
  CHECK(wanted.empty());
  const auto past = tagger().tag(dated({2023, 5, 2}), inline_text(
      "Ofsted inspected Rochdale in March. In 2018 its services required improvement to be good; this time "
      "inspectors judged them good overall.\n"));
  const auto names = grades_of(past);
  CHECK(std::any_of(names.begin(), names.end(), [](const std::string& g) { return g.starts_with("requires improvement |"); }));
  CHECK(std::any_of(names.begin(), names.end(), [](const std::string& g) { return g.starts_with("good |"); }));
  // Judged "in 2015": a year, so a grade.
  const auto dated_judgement = grades_of(tagger().tag(dated({2017, 6, 1}), inline_text(
      "Sefton was judged to require improvement in 2015.\n")));
  CHECK(dated_judgement.size() == 1);
}

TEST_CASE("grades: wrapped labels of pipe tables and dot leaders, OCR 'rn' in aspects, 'RI'", "[tagger][grades]") {
  const auto table = grades_of(tagger().tag(dated({2022, 6, 8}), inline_text(
      "Ofsted inspection of Tower Hamlets children's services\n\n"
      "| Judgement                                          | Grade        |\n"
      "|----------------------------------------------------|--------------|\n"
      "| The experiences and progress of children in       |              |\n"
      "| care and care leavers                              | Good         |\n"
      "| The impact of leaders on social work practice     |              |\n"
      "| with children and farnilies                        | Outstanding  |\n")));
  CHECK_THAT(table, VectorContains(std::string("good | the experiences and progress of children in care and care leavers")));
  CHECK_THAT(table, VectorContains(std::string(
      "outstanding | the impact of leaders on social work practice with children and families")));
  CHECK(table.size() == 2);

  const auto dots = grades_of(tagger().tag(dated({2010, 3, 4}), inline_text(
      "Inspection of safeguarding and looked after children services: Wakefield\n\n"
      "The contribution of health agencies to keeping children and\n"
      "young people safe ........................................ Adequate\n"
      "Ambition and prioritisation .............................. Good\n")));
  CHECK_THAT(dots, VectorContains(std::string(
      "adequate | the contribution of health agencies to keeping children and young people safe")));
  CHECK_THAT(dots, VectorContains(std::string("good | ambition and prioritisation")));

  const auto abbreviated = grades_of(tagger().tag(dated({2019, 11, 5}), inline_text(
      "Ofsted moved us from RI to Good this year. The ri in the word is no grade.\n")));
  CHECK(abbreviated.size() == 2);
}

TEST_CASE("grades: shares of many councils or cases, and the scale's own names, are no grades", "[tagger][grades]") {
  const auto entities = tagger().tag(dated({2013, 7, 10}), inline_text(
      "Ofsted has judged one in four councils' children's services inadequate. In our audit, 58% of cases were "
      "rated good by auditors. Under the new framework, 'requires improvement' replaces 'adequate'.\n"));
  CHECK(grades_of(entities).empty());
}

TEST_CASE("grades: a peer review's, a self-assessment's or a mock inspection's rating is not Ofsted's", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2019, 3, 12}), inline_text(
      "Ofsted judged services in Barnsley to be good in January. Our peer review in 2018 rated the front door as "
      "good. In our self-assessment we graded leadership outstanding. A mock inspection in May found practice "
      "with care leavers inadequate.\n")));
  CHECK(grades == std::vector<std::string>{"good | overall effectiveness"});
}

TEST_CASE("grades: nobody, any council or a count of unnamed councils is given no judgement", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2021, 6, 2}), inline_text(
      "Ofsted inspected Medway in May. None of the judgements was inadequate. The Secretary of State may "
      "intervene where a council is judged inadequate. Three councils in the region are rated outstanding. "
      "\n\n3.3 Bexley Council was judged good in 2019.\n")));
  // Bexley's grade is of the whole service: its name, once the paragraph's number is off it, is no aspect.
  CHECK(grades == std::vector<std::string>{"good | "});
}

TEST_CASE("grades: a sentence spaced like a table row is read as prose", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2016, 2, 9}), inline_text(
      "Press release\n\nOFSTED RATES SUTTON'S CHILDREN'S SERVICES GOOD\n\n"
      "Services for children in Sutton were judged good overall. Our children's home, Larch House, was judged   "
      "outstanding.\n")));
  std::vector<std::string> sorted = grades;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<std::string>{"good | overall effectiveness", "outstanding | larch house"});
}

TEST_CASE("grades: prose restating a table's row in fewer words is that row's grade", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2023, 10, 4}), inline_text(
      "Ofsted inspected children's services in Solihull in September.\n\n"
      "| Judgement | Grade |\n"
      "| The experiences and progress of children who need help and protection | Good |\n"
      "| The experiences and progress of care leavers | Outstanding |\n\n"
      "Inspectors found that the help given to children who need help and protection is good, and our care "
      "leavers' service has been judged outstanding.\n")));
  std::vector<std::string> sorted = grades;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<std::string>{
                      "good | the experiences and progress of children who need help and protection",
                      "outstanding | the experiences and progress of care leavers"});
}

TEST_CASE("grades: a key set out one entry a line gives no grades", "[tagger][grades]") {
  const auto numbered = grades_of(tagger().tag(dated({2008, 12, 3}), inline_text(
      "Annual performance assessment 2008: Rutland\n\n"
      "Key used by inspectors:\n"
      "  4  Performs excellently   A service that delivers well above minimum\n"
      "                            requirements\n"
      "  3  Performs well          A service that delivers above minimum requirements\n"
      "  2  Performs adequately    A service that delivers only minimum requirements\n"
      "  1  Performs poorly        A service that does not deliver minimum requirements\n\n"
      "The council performs well overall.\n")));
  CHECK(numbered == std::vector<std::string>{"performs well | overall effectiveness"});

  const auto graded = grades_of(tagger().tag(dated({2007, 11, 20}), inline_text(
      "Annual performance assessment 2007: Bolton\n\n"
      "Key:  Grade 4  performs excellently\n"
      "      Grade 3  performs well\n"
      "      Grade 2  performs adequately\n"
      "      Grade 1  performs poorly\n")));
  CHECK(graded.empty());
}

TEST_CASE("grades: a row naming the assessment grades the whole service, as the prose restating it does", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2009, 12, 9}), inline_text(
      "Annual children's services assessment 2009: Walsall\n\n"
      "CHILDREN'S SERVICES ASSESSMENT          PERFORMS WELL (3)\n\n"
      "Overall, children's services in Walsall perform well.\n")));
  CHECK(grades == std::vector<std::string>{"performs well | overall effectiveness"});
}

TEST_CASE("grades: recommendations, conferences and actions 'outstanding' are still to be done", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2011, 8, 30}), inline_text(
      "Ofsted inspected safeguarding in Halton in July. Three recommendations of the 2010 inspection, on the "
      "review of child protection plans, remain outstanding. Five child protection review conferences were "
      "outstanding at the end of June. The adoption service was judged outstanding in 2009.\n")));
  CHECK(grades == std::vector<std::string>{"outstanding | adoption service"});
}

TEST_CASE("grades: the scale set out with what each grade means gives no grades; a history row naming the assessment is the whole service's", "[tagger][grades]") {
  const auto scale = grades_of(tagger().tag(dated({2010, 11, 2}), inline_text(
      "Inspection of safeguarding and looked after children services: Torbay\n\n"
      "All inspection judgements are made using the following four point\nscale:\n\n"
      "   Outstanding    A service that significantly exceeds minimum requirements\n"
      "   Good           A service that exceeds minimum requirements\n"
      "   Adequate       A service that only meets minimum requirements\n"
      "   Inadequate     A service that does not meet minimum requirements\n\n"
      "Overall effectiveness          Adequate\n")));
  CHECK(scale == std::vector<std::string>{"adequate | overall effectiveness"});

  const auto history = grades_of(tagger().tag(dated({2021, 9, 1}), inline_text(
      "Year   Inspection                    Judgement                    Grade\n"
      "2008   APA                           Overall effectiveness        3 (performs well)\n")));
  CHECK(history == std::vector<std::string>{"performs well | overall effectiveness"});
  const auto numbered = grades_of(tagger().tag(dated({2021, 9, 1}), inline_text(
      "Inspection history\n\n"
      "2007\tAPA\tOverall effectiveness\t4\n"
      "2008\tAPA\tOverall effectiveness\t4\n\n"
      "APA grades: 4 performs excellently, 3 performs well, 2 performs adequately, 1 performs poorly.\n")));
  CHECK(numbered == std::vector<std::string>{"performs excellently | overall effectiveness"});
}

TEST_CASE("grades: councils whose services were judged alike, and a measure's figure called good, are no judgements", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2010, 9, 14}), inline_text(
      "Ofsted inspected Sefton in July. The Department keeps in close touch with councils whose safeguarding "
      "services were judged adequate. The timeliness of initial assessments is good, at 88 per cent within "
      "seven days.\n")));
  CHECK(grades.empty());
}

TEST_CASE("grades: OCR's 'rn' for 'm' inside a grade's long name keeps the name whole", "[tagger][grades][ocr]") {
  const auto grades = grades_of(tagger().tag(dated({2019, 7, 3}), inline_text(
      "Ofsted inspected Shropshire in June. Since the last inspection in 2016, when overall effectiveness was "
      "judged to require\nirnprovement to be good, leaders have made steady progress. The council perforrned "
      "well in 2008.\n")));
  CHECK(grades == std::vector<std::string>{"requires improvement | overall effectiveness", "performs well | "});
}

TEST_CASE("grades: a children's home named beside what it is takes its name as aspect", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2016, 10, 4}), inline_text(
      "Ofsted inspected our homes this year. Brookfield House, one of the council's children's homes, was judged "
      "adequate in July. Our short-break home, Willow Lodge, was judged outstanding in May.\n")));
  std::vector<std::string> sorted = grades;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<std::string>{"adequate | brookfield house", "outstanding | willow lodge"});
}

TEST_CASE("grades: prose naming a section of a 2009-12 report restates the section's overall grade", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2011, 4, 6}), inline_text(
      "Inspection of safeguarding and looked after children services: Wirral\n\n"
      "Safeguarding services\n"
      "Overall effectiveness                                  Adequate\n\n"
      "Services for looked after children\n"
      "Overall effectiveness                                  Good\n\n"
      "Services for looked after children and care leavers are good. Safeguarding services are adequate.\n")));
  std::vector<std::string> sorted = grades;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<std::string>{"adequate | overall effectiveness", "good | overall effectiveness"});
}

TEST_CASE("grades: what received a grade, opening phrases of time, 'and the' starting a new subject", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2018, 4, 20}), inline_text(
      "Ofsted inspected Doncaster's services in March. The fostering service received an 'outstanding' rating "
      "and the adoption agency was graded as requires improvement. At the previous inspection in 2015 leaders "
      "were judged inadequate, having previously been judged adequate in 2012.\n")));
  for (const char* grade : {"outstanding | fostering service", "requires improvement | adoption agency",
                            "inadequate | leaders"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
  // No aspect is read from the participle clause: "adequate" has none.
  CHECK_THAT(grades, VectorContains(std::string("adequate | ")));
}

TEST_CASE("grades: a rating named only as 'the previous rating' has no aspect", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2021, 4, 12}), inline_text(
      "Ofsted's letter is attached. The previous rating was \"requires improvement to be good\".\n")));
  CHECK(grades == std::vector<std::string>{"requires improvement | "});
}

TEST_CASE("ministers: junior ministers of the departments children's services letters copy in", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2013, 11, 20}), inline_text(
      "I have written to Norman Lamb and to the Minister for Crime Prevention about the Oxford cases.\n"));
  for (const char* name : {"Norman Lamb", "Norman Baker"}) {
    const Entity* minister = find(entities, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
}

TEST_CASE("ministers: a brief named in short, commas and 'and' aside; Timpson's 'Vulnerable Children and Families'", "[tagger][ministers]") {
  const auto coutinho = tagger().tag(dated({2023, 2, 9}), inline_text("The Minister for Children and Families visited Croydon.\n"));
  CHECK(find(coutinho, EntityKind::person, "Claire Coutinho"));
  const auto timpson = tagger().tag(dated({2017, 2, 9}), inline_text(
      "The Minister for Vulnerable Children and Families visited Lambeth.\n"));
  CHECK(find(timpson, EntityKind::person, "Edward Timpson"));
}

TEST_CASE("grade aspects: a label cut by a table's wrap is the framework aspect it begins; trailers dropped", "[tagger][grades]") {
  const auto grid = grades_of(tagger().tag(dated({2023, 10, 2}), inline_text(
      "Ofsted inspection of Sefton children's services\n\n"
      "+------------------------------------------------+-------------+\n"
      "| The impact of leaders on social work practice with | Good |\n"
      "| children and families |  |\n"
      "+------------------------------------------------+-------------+\n")));
  CHECK_THAT(grid, VectorContains(std::string(
      "good | the impact of leaders on social work practice with children and families")));
  const auto trailers = grades_of(tagger().tag(dated({2014, 3, 3}), inline_text(
      "Ofsted reported on Slough in February. The Slough Safeguarding Children Board (SSCB) was judged "
      "inadequate.\n")));
  CHECK_THAT(trailers, VectorContains(std::string("inadequate | slough safeguarding children board")));
}

TEST_CASE("grades: 'label - grade' items of a list on one line, parted by semicolons", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2007, 12, 12}), inline_text(
      "The 2007 assessment of Rotherham's services gave: being healthy - good; staying safe - adequate; "
      "enjoying and achieving - good.\n")));
  for (const char* grade : {"good | being healthy", "adequate | staying safe", "good | enjoying and achieving"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
  CHECK(grades.size() == 3);
}

TEST_CASE("grades: conditions, rules and what merely remains poor are no grades", "[tagger][grades]") {
  const auto none = grades_of(tagger().tag(dated({2016, 4, 4}), inline_text(
      "Thank you for the Ofsted inspection report. Funding remains inadequate. Where services are judged "
      "inadequate, the Secretary of State may intervene. If services were judged inadequate, we would act. Any "
      "council judged inadequate receives an improvement notice. The staff did outstanding work.\n")));
  CHECK(none.empty());
  // A graded thing that remains inadequate is one.
  const auto real = grades_of(tagger().tag(dated({2016, 4, 4}), inline_text(
      "Following the Ofsted inspection, services for children in need remain inadequate.\n")));
  CHECK(real.size() == 1);
}

TEST_CASE("grades: 'considered to be' and 'evaluated as' in a sentence about inspection; a paragraph's opening words", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2015, 11, 11}), inline_text(
      "Dear Councillor Ali,\n\n"
      "Following the Ofsted inspection, the council's services for children looked after were considered to be good.\n\n"
      "If services were judged inadequate, we would act. Ofsted's inspection found the adoption service was "
      "evaluated as outstanding.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | services for children looked after")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | adoption service")));
  CHECK(grades.size() == 2);
}

TEST_CASE("grades: 'found it inadequate too', a council's services as the object, OCR 'rn' in a list of aspects", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2018, 9, 3}), inline_text(
      "Ofsted's inspection found Torbay's children's services to be inadequate. The review of the Torbay "
      "Safeguarding Children Board found it inadequate too. The judgements for children looked after and "
      "achieving permanence and for leadership, rnanagernent and governance were also inadequate.\n")));
  for (const char* grade : {"inadequate | overall effectiveness", "inadequate | torbay safeguarding children board",
                            "inadequate | children looked after and achieving permanence",
                            "inadequate | leadership, management and governance"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
}

TEST_CASE("grades: a year of the letter's own is no earlier inspection; 'at least' a quoted grade is a target", "[tagger][grades]") {
  const auto current = grades_of(tagger().tag(dated({2019, 7, 2}), inline_text(
      "Subject: Ofsted: Sutton children's services judged GOOD\nDate: 2 July 2019\n\n"
      "Overall effectiveness - Good\n")));
  CHECK(current == std::vector<std::string>{"good | overall effectiveness"});
  const auto target = grades_of(tagger().tag(dated({2009, 5, 1}), inline_text(
      "The improvement notice sets a target of a judgement of at least \"adequate\" for staying safe in the "
      "2009 assessment.\n")));
  CHECK(target.empty());
}

TEST_CASE("grades: a table with a second column of text beside it, labels wrapped in the left column", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2016, 8, 1}), inline_text(
      "Children's services in Thurrock require improvement\n\n"
      "1. Children who need help and          About this local authority area\n"
      "protection                Requires improvement   Some 41,000 children live in Thurrock,\n"
      "3. Leadership, management and          of whom a fifth live in poverty. The\n"
      "governance                Good           council has a new director.\n")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | children who need help and protection")));
  CHECK_THAT(grades, VectorContains(std::string("good | leadership, management and governance")));
}

TEST_CASE("grades: a table's label wrapped under its row, and 'Requires / improvement to be / good' wrapped beside one", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2021, 6, 9}), inline_text(
      "The inspectors' judgements on Solihull were:\n\n"
      "    The impact of leaders on social work practice          Requires\n"
      "    with children and families                             improvement to be\n"
      "                                                           good\n\n"
      "    The experiences and progress of children in            Good\n"
      "    care and care leavers\n\n"
      "    Overall effectiveness                                  Good\n")));
  CHECK_THAT(grades, VectorContains(std::string(
      "requires improvement | the impact of leaders on social work practice with children and families")));
  CHECK_THAT(grades, VectorContains(std::string("good | the experiences and progress of children in care and care leavers")));
  CHECK_THAT(grades, VectorContains(std::string("good | overall effectiveness")));
  CHECK(grades.size() == 3);  // the wrapped "good" is no grade of its own
}

TEST_CASE("grades: a label wrapped over the lines above its grade, in a table, a bulleted list or capitals", "[tagger][grades]") {
  const auto table = grades_of(tagger().tag(dated({2022, 10, 4}), inline_text(
      "Ofsted's judgements on Rotherham:\n\n"
      "  The impact of leaders on social\n"
      "  work practice with children and\n"
      "  families                              Requires improvement to be good\n"
      "  The experiences and progress of\n"
      "  children who need help and\n"
      "  protection                            Good\n")));
  CHECK_THAT(table, VectorContains(std::string(
      "requires improvement | the impact of leaders on social work practice with children and families")));
  CHECK_THAT(table, VectorContains(std::string(
      "good | the experiences and progress of children who need help and protection")));

  const auto bulleted = grades_of(tagger().tag(dated({2024, 2, 20}), inline_text(
      "Colleagues, the inspection report on Torbay is published today:\n\n"
      "  - Overall effectiveness: Requires improvement to be good\n"
      "  - The experiences and progress of children in care and care\n"
      "    leavers: Good\n"
      "  - the impact of leaders on social work practice with children and\n"
      "    families: Good\n")));
  CHECK_THAT(bulleted, VectorContains(std::string(
      "good | the experiences and progress of children in care and care leavers")));
  CHECK_THAT(bulleted, VectorContains(std::string(
      "good | the impact of leaders on social work practice with children and families")));

  const auto capitals = grades_of(tagger().tag(dated({2019, 9, 12}), inline_text(
      "THE JUDGEMENTS GIVEN TO SALFORD WERE:\n\n"
      "  THE IMPACT OF LEADERS ON SOCIAL WORK PRACTICE\n"
      "  WITH CHILDREN AND FAMILIES .................  GOOD\n"
      "  THE EXPERIENCES AND PROGRESS OF CHILDREN WHO\n"
      "  NEED HELP AND PROTECTION ...................  OUTSTANDING\n")));
  CHECK_THAT(capitals, VectorContains(std::string(
      "good | the impact of leaders on social work practice with children and families")));
  CHECK_THAT(capitals, VectorContains(std::string(
      "outstanding | the experiences and progress of children who need help and protection")));
}

TEST_CASE("grades: a pipe table's date cell is no label; list items closed by ';' are rows", "[tagger][grades]") {
  const auto table = grades_of(tagger().tag(dated({2018, 3, 1}), inline_text(
      "Overall effectiveness of our neighbours at their last inspection:\n\n"
      "Council           | Published  | Overall effectiveness\n"
      "------------------+------------+----------------------\n"
      "Bracknell Forest  | Mar 2016   | Good\n"
      "Slough            | Feb 2017   | Inadequate\n"
      "Wokingham         | Jul 2015   | Requires improvement to be good\n")));
  CHECK_THAT(table, VectorContains(std::string("good | bracknell forest")));
  CHECK_THAT(table, VectorContains(std::string("inadequate | slough")));
  CHECK_THAT(table, VectorContains(std::string("requires improvement | wokingham")));
  CHECK(table.size() == 3);

  const auto items = grades_of(tagger().tag(dated({2015, 9, 1}), inline_text(
      "At the inspection in 2015 Ofsted judged the overall effectiveness of children's services in\n"
      "Torbay to be inadequate. Within that judgement:\n\n"
      "   - children who need help and protection: inadequate;\n"
      "   - adoption performance: requires improvement;\n"
      "   - leadership, management and governance: inadequate.\n")));
  CHECK_THAT(items, VectorContains(std::string("inadequate | children who need help and protection")));
  CHECK_THAT(items, VectorContains(std::string("requires improvement | adoption performance")));
  CHECK_THAT(items, VectorContains(std::string("inadequate | leadership, management and governance")));
}

TEST_CASE("grades: a grade word wrapped before its noun is no grade; who chairs a board is no part of it", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2017, 6, 5}), inline_text(
      "Ofsted inspected Hull's children's services in May. When I met the Director of Children's Services in\n"
      "October, I found a leadership team with a very good\n"
      "understanding of its weaknesses. The Hull Safeguarding Children Board, chaired by Professor Alan Pryce,\n"
      "was judged good.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | hull safeguarding children board")));
  CHECK(grades.size() == 1);
}

TEST_CASE("grades: what trails a graded thing's name is no part of it, but a bracket telling two rows apart is", "[tagger][grades]") {
  const auto history = grades_of(tagger().tag(dated({2021, 11, 8}), inline_text(
      "Inspection history of children's services in Swindon\n\n"
      "  2008   Annual performance assessment   Overall effectiveness   Performs well\n"
      "  2019   ILACS                           Overall effectiveness   Good\n\n"
      "Children's homes\n\n"
      "  Juniper House (children's home)            Good\n"
      "  Mill Lane (short breaks                    Outstanding\n")));
  CHECK_THAT(history, VectorContains(std::string("performs well | overall effectiveness")));
  CHECK_THAT(history, VectorContains(std::string("good | overall effectiveness")));
  CHECK_THAT(history, VectorContains(std::string("good | juniper house")));
  CHECK_THAT(history, VectorContains(std::string("outstanding | mill lane")));

  const auto sections = grades_of(tagger().tag(dated({2011, 5, 3}), inline_text(
      "Inspection of safeguarding and looked after children services: Rochdale\n\n"
      "Capacity for improvement (safeguarding)                 Adequate\n"
      "Capacity for improvement (looked after children)        Good\n\n"
      "The council's fostering agency, inspected in March 2010, was judged good.\n")));
  CHECK_THAT(sections, VectorContains(std::string("adequate | capacity for improvement (safeguarding)")));
  CHECK_THAT(sections, VectorContains(std::string("good | capacity for improvement (looked after children)")));
  CHECK_THAT(sections, VectorContains(std::string("good | fostering agency")));
}

TEST_CASE("grades: counts, own ratings, tasks done well and papers are no judgements", "[tagger][grades]") {
  const auto apa = grades_of(tagger().tag(dated({2007, 12, 3}), inline_text(
      "Annual performance assessment 2007: Wigan\n\n"
      "Key: 4 = performs excellently; 3 = performs well; 2 = performs adequately; 1 = performs poorly.\n\n"
      "                                     Self-assessment    APA 2007\n"
      "Being healthy                               4                3\n"
      "Staying safe                                3                2\n\n"
      "Nationally, about one council in two was judged to perform well, and only a handful performed poorly. "
      "Two of our primary schools were judged outstanding this year. The council's adoption team performs "
      "well in recruitment, and the council performs adequately in keeping children safe.\n")));
  CHECK_THAT(apa, VectorContains(std::string("performs well | being healthy")));
  CHECK_THAT(apa, VectorContains(std::string("performs adequately | staying safe")));
  for (const auto& grade : apa) {
    CHECK(grade != "performs excellently | being healthy");  // the council's own column
    CHECK(grade.find("council in two") == std::string::npos);
    CHECK(grade.find("handful") == std::string::npos);
    CHECK(grade.find("schools") == std::string::npos);
    CHECK(grade.find("adoption team") == std::string::npos);
    CHECK(grade != "performs poorly | ");
  }

  const auto minutes = grades_of(tagger().tag(dated({2016, 3, 9}), inline_text(
      "4.1 Health partners completed a self-assessment against the Ofsted criteria and rated their own "
      "contribution to the front door as good.\n\n"
      "4.2 Members agreed that the quarterly performance report itself requires improvement.\n\n"
      "4.3 Ofsted judged the council's children's services to require improvement to be good.\n")));
  CHECK(minutes.size() == 1);
  CHECK_THAT(minutes, VectorContains(std::string("requires improvement | overall effectiveness")));
}

TEST_CASE("grades: a grade's number between a row's label and its words is no part of the label", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2008, 1, 17}), inline_text(
      "APA 2007: the council's grades\n\n"
      "  Staying safe                     Grade 2   performs adequately\n"
      "  Making a positive contribution   Grade 4   performs excellently\n")));
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | staying safe")));
  CHECK_THAT(grades, VectorContains(std::string("performs excellently | making a positive contribution")));
}

TEST_CASE("grades: the scale described, grades aimed at or feared, and counts are no judgements", "[tagger][grades]") {
  const auto apa = grades_of(tagger().tag(dated({2007, 11, 30}), inline_text(
      "Annual performance assessment 2007: Bury\n\n"
      "The council's children's services were judged to perform well. The grades run from \"performs poorly\" at "
      "the bottom to \"performs excellently\" at the top. Judgements use a four-point scale: performs excellently, "
      "performs well, performs adequately and performs poorly. Our self-assessment, sent to Ofsted in June, put us "
      "at \"performs excellently\" for being healthy. Members asked whether staying safe could fall to \"performs "
      "poorly\". The plan sets the target of \"performs excellently\" for enjoying and achieving. In 2006 some six "
      "councils in ten were judged to perform well.\n")));
  CHECK(apa == std::vector<std::string>{"performs well | overall effectiveness"});

  const auto homes = grades_of(tagger().tag(dated({2021, 8, 2}), inline_text(
      "Ofsted judged the council's children's home, Elm Lodge, good in May. You asked how many privately run "
      "children's homes in the borough are judged inadequate. Of our neighbours' homes, three were judged "
      "outstanding, and the other two primaries in the ward are good.\n")));
  CHECK(homes == std::vector<std::string>{"good | elm lodge"});
}

TEST_CASE("grades: a list item opening with its grade, and a home named before what it is", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2023, 5, 18}), inline_text(
      "Ofsted's judgements on Salford are:\n\n"
      "  * Good - The impact of leaders on social work practice\n"
      "    with children and families\n"
      "  * Requires improvement to be good: The experiences and progress of care leavers\n\n"
      "Ashbrook, the council's children's home in Eccles, was judged outstanding in March.\n")));
  CHECK_THAT(grades, VectorContains(std::string(
      "good | the impact of leaders on social work practice with children and families")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | the experiences and progress of care leavers")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | ashbrook")));
  CHECK(grades.size() == 3);
}

TEST_CASE("grades: an aspect after 'good for' ends where a clause with its own verb begins", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2024, 11, 5}), inline_text(
      "Ofsted has confirmed its judgements on Sunderland. We have been judged good for overall effectiveness, and "
      "the experiences and progress of children in care have been judged outstanding.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("outstanding | the experiences and progress of children in care")));
  CHECK(grades.size() == 2);
}

TEST_CASE("grades: a line under a row that holds a row of its own or prose is no part of its label", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2012, 3, 2}), inline_text(
      "  2010  Annual assessment      Safeguarding services     Good\n"
      "        looked after           Services for looked after children     Adequate\n\n"
      "  Capacity for improvement                Good\n"
      "  and the council has since appointed a new director.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | capacity for improvement")));
}

TEST_CASE("grades: prose restating a numbered table's row at length is that row", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2008, 2, 14}), inline_text(
      "Joint area review of Walsall: grades (4: outstanding; 3: good; 2: adequate; 1: inadequate)\n\n"
      "Safeguarding                                   2\n"
      "Looked after children                          3\n\n"
      "The safeguarding of children in Walsall is adequate. Services for looked after children are good.\n")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | safeguarding")));
  CHECK_THAT(grades, VectorContains(std::string("good | looked after children")));
  CHECK(grades.size() == 2);
}

TEST_CASE("ministers: an office written beside a name is that person's, not its holder's on the date", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2011, 5, 3}), inline_text(
      "Tim Loughton, Minister for Children and Families, visited Leeds. The Minister for Schools, Nick Gibb, "
      "also came.\n"));
  CHECK(entities.ministers().size() == 2);
  CHECK_FALSE(find(entities, EntityKind::person, "Sarah Teather"));
}

TEST_CASE("grades: a paragraph's first word in the subject; a dash ending the label's line; 'the review of' dropped", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2007, 11, 30}), inline_text(
      "Annual performance assessment of Hull's services\n\n"
      "Staying safe is good. The council's partners are engaged.\n\n"
      "Children looked after and achieving permanence -\nRequires improvement\n\n"
      "The review of the Hull Safeguarding Children Board -\nGood\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | staying safe")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | children looked after and achieving permanence")));
  CHECK_THAT(grades, VectorContains(std::string("good | hull safeguarding children board")));
}

TEST_CASE("bodies: a minister's office holds no body ('Minister of State for School Standards')", "[tagger][bodies]") {
  Letter letter = dated({2016, 11, 22});
  letter.recipients.push_back(party("Nick Gibb", "Minister of State for School Standards", ""));
  const auto entities = tagger().tag(letter, inline_text(
      "I have written to the Minister of State for Schools and to the Secretary of State for Children, Schools "
      "and Families about the academy.\n"));
  for (const auto& body : names(entities, EntityKind::body)) CHECK(body.find("State") == std::string::npos);
}

TEST_CASE("bodies: a department's division is no body of its own", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2014, 1, 20}), inline_text(
      "The Ministerial and Public Communications Division of the Department for Education has replied.\n"));
  CHECK(names(entities, EntityKind::body) == std::vector<std::string>{"Department for Education"});
}

TEST_CASE("ministers: a Health Secretary named in passing is a minister and leaves 'the Secretary of State' education's", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2014, 6, 2}), inline_text(
      "Jeremy Hunt has written about child and adolescent mental health services, and the Secretary of State "
      "has asked for a joint plan.\n"));
  for (const char* name : {"Jeremy Hunt", "Michael Gove"}) {
    const Entity* minister = find(entities, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
}

TEST_CASE("bodies: OCR's 'rn' and digit slips in names found by rule; 'Members of the' and 'Portfolio Holder for' are no part of a body", "[tagger][bodies][ocr]") {
  const auto entities = tagger().tag(dated({2018, 3, 1}), inline_text(
      "We met NHS Wakefield Clinica1 Cornrnissioning Group. Members of the Leeds Area Child Protection Committee "
      "and the Portfolio Holder for Social Services attended.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("NHS Wakefield Clinical Commissioning Group")));
  CHECK_THAT(bodies, VectorContains(std::string("Leeds Area Child Protection Committee")));
  for (const auto& body : bodies) CHECK(body.find("Holder") == std::string::npos);
}

TEST_CASE("grades: 'requires improvement' of something no framework grades is no grade", "[tagger][grades]") {
  const auto none = grades_of(tagger().tag(dated({2016, 4, 4}), inline_text(
      "After the Ofsted inspection, inspectors said that the timeliness of visits requires improvement.\n")));
  CHECK(none.empty());
  for (const char* sentence : {"After the Ofsted inspection, our fostering service requires improvement.\n",
                               "Following the Ofsted inspection, Birmingham requires improvement.\n",
                               "The council requires improvement, inspectors said after the Ofsted inspection.\n"})
    CHECK(grades_of(tagger().tag(dated({2016, 4, 4}), inline_text(sentence))).size() == 1);
}

TEST_CASE("people: a double-barrelled surname whose second half is a street word ('Ferreira-Hall')", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2012, 6, 1}), inline_text(
      "I met Councillor Desmond Ferreira-Hall and Mrs Joan Pickering-Wood at the Town Hall.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Desmond Ferreira-Hall")));
  CHECK_THAT(people, VectorContains(std::string("Joan Pickering-Wood")));
  CHECK_FALSE(find(entities, EntityKind::person, "Desmond Ferreira"));
}

TEST_CASE("ministers: 'the Schools Minister' is the Commons minister when a peer shares the brief", "[tagger][ministers]") {
  // December 2013: David Laws (Minister of State for Schools) and Lord Nash
  // (Parliamentary Under Secretary of State for Schools).
  const auto schools = tagger().tag(dated({2013, 12, 2}), inline_text("The Schools Minister has asked for a note.\n"));
  REQUIRE(schools.ministers().size() == 1);
  CHECK(schools.ministers().front()->name == "David Laws");
  // March 2016: the Minister of State's brief is School Standards.
  const auto standards = tagger().tag(dated({2016, 3, 8}), inline_text("The Schools Minister will visit.\n"));
  REQUIRE(standards.ministers().size() == 1);
  CHECK(standards.ministers().front()->name == "Nick Gibb");
}

TEST_CASE("people: a forename and a double-barrelled surname name a person without a title", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2019, 5, 16}), inline_text(
      "The post has been filled by Oona Fairweather-Nkemelu, who joins from Stockton-on-Tees in June. "
      "The DfE Six-Monthly review follows.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK(people == std::vector<std::string>{"Oona Fairweather-Nkemelu"});
}

TEST_CASE("ministers: 'the Chancellor', 'the Lord Chancellor' and a Chief Whip on the letter's date; a university's Chancellor is none", "[tagger][ministers]") {
  const auto budget = tagger().tag(dated({2011, 3, 24}), inline_text(
      "The Chancellor's Budget leaves the council short, and we have written to the Lord Chancellor about "
      "the youth courts.\n"));
  for (const char* name : {"George Osborne", "Kenneth Clarke"}) {
    const Entity* minister = find(budget, EntityKind::person, name);
    REQUIRE(minister);
    CHECK(minister->minister);
  }
  CHECK_FALSE(find(budget, EntityKind::person, "Lord Chancellor"));
  const auto university = tagger().tag(dated({2011, 3, 24}), inline_text(
      "The Chancellor of the University of Leeds and the Vice-Chancellor opened the centre.\n"));
  CHECK(university.ministers().empty());
  // Michael Gove was Chief Whip from July 2014: a former Education Secretary still in office.
  const auto whip = tagger().tag(dated({2014, 9, 1}), inline_text("Your predecessor, Michael Gove, issued the notice.\n"));
  const Entity* gove = find(whip, EntityKind::person, "Michael Gove");
  REQUIRE(gove);
  CHECK(gove->minister);
}

TEST_CASE("grades: APA 'performed poorly in', an adverb standing for 'performs', a council named as the subject", "[tagger][grades]") {
  const auto apa = grades_of(tagger().tag(dated({2009, 2, 2}), inline_text(
      "The 2008 annual performance assessment found that Bolton performed poorly in staying safe. It judged that "
      "the council performs well overall but only adequately in being healthy.\n")));
  CHECK_THAT(apa, VectorContains(std::string("performs poorly | staying safe")));
  CHECK_THAT(apa, VectorContains(std::string("performs adequately | being healthy")));
  const auto council = grades_of(tagger().tag(dated({2023, 6, 1}), inline_text(
      "Ofsted's inspection is published. This is the first time Wigan has been judged good.\n")));
  CHECK(council == std::vector<std::string>{"good | "});
}

TEST_CASE("grades: no grade in a class of councils, the scale's names as alternatives or a threshold", "[tagger][grades]") {
  for (const char* text : {
           "After the inspection I write to every council whose services are found to be inadequate.\n",
           "Since 2015 each inspection of a children's home gives an overall judgement of outstanding, good, "
           "requires improvement to be good or inadequate.\n",
           "After their Ofsted inspections the council's own children's homes are all judged good or better.\n"})
    CHECK(grades_of(tagger().tag(dated({2017, 3, 1}), inline_text(text))).empty());
}

TEST_CASE("grades: a table row's date and kind-of-inspection cells are no part of what was graded", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2018, 10, 1}), inline_text(
      "Home              Inspection   Date         Judgement\n"
      "Willow Lodge      Full         02/05/2018   Good\n"
      "Ash Grove         Full         19/07/2018   Inadequate\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | willow lodge")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | ash grove")));
}

TEST_CASE("grades: 'respectively', 'both X and Y', 'up from', and a school judged by Ofsted", "[tagger][grades]") {
  const auto respectively = grades_of(tagger().tag(dated({2019, 11, 4}), inline_text(
      "Leadership, management and governance, and adoption performance, were judged good and outstanding "
      "respectively.\n")));
  CHECK_THAT(respectively, VectorContains(std::string("good | leadership, management and governance")));
  CHECK_THAT(respectively, VectorContains(std::string("outstanding | adoption performance")));
  CHECK(respectively.size() == 2);
  const auto both = grades_of(tagger().tag(dated({2012, 3, 1}), inline_text(
      "The 2011 inspection judged both safeguarding and services for looked after children to be adequate.\n")));
  CHECK_THAT(both, VectorContains(std::string("adequate | safeguarding")));
  CHECK_THAT(both, VectorContains(std::string("adequate | services for looked after children")));
  const auto up = grades_of(tagger().tag(dated({2024, 2, 1}), inline_text(
      "Ofsted judged us good overall, up from inadequate in 2019.\n")));
  CHECK(up.size() == 2);
  const auto school = grades_of(tagger().tag(dated({2018, 9, 1}), inline_text(
      "Ofsted judged the school inadequate in June.\n")));
  CHECK(school.size() == 1);
}

TEST_CASE("people and bodies: a surname hyphenated across a line, a profession as a role; a council's units are no bodies", "[tagger][people][bodies]") {
  const auto entities = tagger().tag(dated({2010, 3, 3}), inline_text(
      "Present: Dr Kwesi Ashdown-\nBaptiste (Named Doctor) | Orla\nVenn (Connexions)\n\n"
      "Mary Oduya, Designated Nurse, reported that the Fostering Service, the Corporate Parenting Panel and the "
      "Children's Services Leadership Team had met, as had the Head of Paid Service and Hackney Youth Offending "
      "Team. Telford & Wrekin Council and the Shropshire Comrnunity Health NHS Trust sent apologies.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Kwesi Ashdown-Baptiste")));
  for (const auto& person : people) CHECK(person.find("Doctor") == std::string::npos);
  for (const auto& person : people) CHECK(person.find("Nurse") == std::string::npos);
  const auto bodies = names(entities, EntityKind::body);
  for (const char* unit : {"Fostering Service", "Corporate Parenting Panel", "Parenting Panel", "Paid Service",
                           "Children's Services Leadership Team"})
    CHECK_FALSE(find(entities, EntityKind::body, unit));
  CHECK_THAT(bodies, VectorContains(std::string("Hackney Youth Offending Team")));
  CHECK_THAT(bodies, VectorContains(std::string("Telford and Wrekin Council")));
  CHECK_THAT(bodies, VectorContains(std::string("Shropshire Community Health NHS Trust")));
}

TEST_CASE("grades: an APA table's numbers on the APA scale whatever words its key gives; an inverted condition is no grade", "[tagger][grades]") {
  const auto apa = grades_of(tagger().tag(dated({2006, 11, 20}), inline_text(
      "Annual performance assessment of services for children and young people in Bury, 2006\n\n"
      "Key: 4 = outstanding / excellent, 3 = good / well, 2 = adequate, 1 = inadequate / poor\n\n"
      "Outcome                                   Grade\n"
      "Being healthy                             3\n"
      "Staying safe                              2\n"
      "Capacity to improve                       3\n")));
  CHECK_THAT(apa, VectorContains(std::string("performs well | being healthy")));
  CHECK_THAT(apa, VectorContains(std::string("performs adequately | staying safe")));
  CHECK_THAT(apa, VectorContains(std::string("good | capacity to improve")));
  CHECK(grades_of(tagger().tag(dated({2018, 5, 1}), inline_text(
            "Had the service been judged inadequate after the inspection, the Secretary of State would have intervened.\n")))
            .empty());
}

TEST_CASE("bodies: a body's full name from the reference data, departments of state beyond education", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2016, 2, 1}), inline_text(
      "The Youth Justice Board, HM Inspectorate of Prisons and G4S met officials of the Department for Business, "
      "Energy and Industrial Strategy.\n"));
  const auto bodies = names(entities, EntityKind::body);
  for (const char* body : {"Youth Justice Board for England and Wales", "HM Inspectorate of Prisons", "G4S",
                           "Department for Business, Energy and Industrial Strategy"})
    CHECK_THAT(bodies, VectorContains(std::string(body)));
}

TEST_CASE("bodies: areas parted by a comma in one body's name, 'Partnership NHS Trust'; buildings and inquiries are no people", "[tagger][bodies][people]") {
  const auto entities = tagger().tag(dated({2016, 5, 1}), inline_text(
      "We met NHS Northern, Eastern and Western Devon Clinical Commissioning Group, then the Sussex Partnership "
      "NHS Foundation Trust. The Bill Committee met at Jack Straw House; the Mark Scheme and the Victoria Climbie "
      "Inquiry were discussed.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("NHS Northern, Eastern and Western Devon Clinical Commissioning Group")));
  CHECK_THAT(bodies, VectorContains(std::string("Sussex Partnership NHS Foundation Trust")));
  CHECK(names(entities, EntityKind::person) == std::vector<std::string>{"Victoria Climbie"});
}

TEST_CASE("grades: an APA paragraph under its outcome's heading, OCR's 'perforrns', a wrapped 'to be good', a plan's aim", "[tagger][grades][ocr]") {
  const auto apa = grades_of(tagger().tag(dated({2007, 12, 3}), inline_text(
      "Annual performance assessment of Bury's services for children\n\nThe council perforrns well overall.\n\n"
      "Being healthy\n\nThe council perforrns adequately in this area. Rates of immunisation are low.\n\n"
      "Staying safe\n\nThe council performs well in this area.\n")));
  CHECK_THAT(apa, VectorContains(std::string("performs adequately | being healthy")));
  CHECK_THAT(apa, VectorContains(std::string("performs well | staying safe")));
  const auto table = grades_of(tagger().tag(dated({2019, 6, 1}), inline_text(
      "Judgement                                                          Grade\n"
      "The experiences and progress of children in care and care          Requires improvement\n"
      "leavers                                                            to be good\n"
      "The experiences and progress of children who need help             Requires irnprovement\n"
      "and protection                                                     to be good\n"
      "Overall effectiveness                                              Good\n")));
  CHECK(table.size() == 3);
  CHECK(grades_of(tagger().tag(dated({2015, 6, 1}), inline_text(
            "After the Ofsted inspection in 2013, the Trust's business plan aimed for services to require improvement.\n")))
            .empty());
}

TEST_CASE("people and bodies: OCR's 'l' for 'I' and digits in names; a grant named after schools is no body", "[tagger][people][ocr]") {
  const auto entities = tagger().tag(dated({2012, 1, 9}), inline_text(
      "I have asked Councillor Yusuf lbrahim to lead, with Cllr Michae1 Whitbread-Ansah. The Dedicated Schools "
      "Grant is settled.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Yusuf Ibrahim")));
  CHECK_THAT(people, VectorContains(std::string("Michael Whitbread-Ansah")));
  CHECK_FALSE(find(entities, EntityKind::body, "Dedicated Schools"));
}

TEST_CASE("grades: 'we are good overall' of an ILACS report the letter is about", "[tagger][grades]") {
  CHECK(grades_of(tagger().tag(dated({2023, 2, 14}), inline_text(
            "Quick note: the ILACS report is out. We are good overall.\n"))) ==
        std::vector<std::string>{"good | overall effectiveness"});
  CHECK(grades_of(tagger().tag(dated({2023, 2, 14}), inline_text("The trip went well. We are good overall.\n"))).empty());
}

TEST_CASE("grades: 'a capacity to improve that is good', 'found that it requires improvement' of a board named before", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2006, 7, 1}), inline_text(
      "The 2005 annual performance assessment found that the council performs well, with a capacity to improve "
      "that is good. The review of the Bury Safeguarding Children Board found that it requires improvement.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | capacity to improve")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | bury safeguarding children board")));
}

TEST_CASE("bodies: 'Isle of Wight' inside an NHS body's name, a region's words and a county, a council's services", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2022, 9, 1}), inline_text(
      "NHS Hampshire and Isle of Wight Integrated Care Board agreed, as did NHS North East Essex. The Director of "
      "Educational Services and the Children and Family Services attended.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("NHS Hampshire and Isle of Wight Integrated Care Board")));
  CHECK_THAT(bodies, VectorContains(std::string("NHS North East Essex")));
  CHECK_FALSE(find(entities, EntityKind::body, "Educational Services"));
  CHECK_FALSE(find(entities, EntityKind::body, "Children and Family Services"));
}

TEST_CASE("grades: an APA table with two years' columns, a key written as a sentence over lines, 'the inadequate judgement for X'", "[tagger][grades]") {
  const auto table = grades_of(tagger().tag(dated({2008, 12, 1}), inline_text(
      "This letter summarises the 2008 annual performance assessment (APA). The grades are: 4 performs excellently; "
      "3 performs well; 2 performs\nadequately; 1 performs poorly.\n\n"
      "| Judgement area      | 2008 | 2007 |\n"
      "| Staying safe        |  2   |  3   |\n"
      "| Being healthy       |  4   |  4   |\n")));
  CHECK_THAT(table, VectorContains(std::string("performs adequately | staying safe")));
  CHECK_THAT(table, VectorContains(std::string("performs well | staying safe")));
  CHECK_THAT(table, VectorContains(std::string("performs excellently | being healthy")));
  CHECK(table.size() == 3);
  const auto rating = grades_of(tagger().tag(dated({2013, 2, 1}), inline_text(
      "Ofsted's findings, with the inadequate judgement for safeguarding in the 2010 inspection, concern me.\n")));
  CHECK(rating == std::vector<std::string>{"inadequate | safeguarding"});
}

TEST_CASE("bodies: '&' for 'and' in a reference body's name", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2010, 5, 1}), inline_text(
      "Bath & North East Somerset Council and Redcar & Cleveland Borough Council replied.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Bath and North East Somerset Council")));
  CHECK_THAT(bodies, VectorContains(std::string("Redcar and Cleveland Borough Council")));
  CHECK_FALSE(find(entities, EntityKind::body, "Somerset County Council"));
}

TEST_CASE("grades: 'judged Thurrock good overall, and good for A, for B, and for C'; a finding on practice is no grade", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2023, 5, 1}), inline_text(
      "Ofsted's ILACS in 2019 judged Wigan good overall, and good for help and protection, for children in care and "
      "care leavers, and for the impact of leaders. The focused visit found practice to be consistently good.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("good | help and protection")));
  CHECK_THAT(grades, VectorContains(std::string("good | children in care and care leavers")));
  CHECK_THAT(grades, VectorContains(std::string("good | the impact of leaders")));
  CHECK(grades.size() == 4);
}

TEST_CASE("grades: an aspect in quotes before its grade, as a report cites its table's row", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2010, 7, 1}), inline_text(
      "Following the inspection, the safeguarding grades are mostly good, with \"children and young people are safe "
      "and feel safe\" good and \"quality of provision\" adequate.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | children and young people are safe and feel safe")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | quality of provision")));
}

TEST_CASE("bodies: 'the Integrated Care Board' alone names no body", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2023, 4, 4}), inline_text(
      "The NHS Foundation Trust and the Integrated Care Board have held their contributions.\n"));
  CHECK_FALSE(find(entities, EntityKind::body, "Integrated Care Board"));
}

TEST_CASE("grades: a Comprehensive Performance Assessment category is no Ofsted grade", "[tagger][grades]") {
  CHECK(grades_of(tagger().tag(dated({2004, 12, 20}), inline_text(
            "The Audit Commission's Comprehensive Performance Assessment rated the county council 'good' last week.\n")))
            .empty());
  CHECK(grades_of(tagger().tag(dated({2007, 12, 20}), inline_text("In the CPA, Ofsted judged children's services good.\n")))
            .size() == 1);
}

TEST_CASE("grades: a grade before 'capacity to improve' in a letter about an assessment", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2007, 12, 3}), inline_text(
      "The annual performance assessment found that the council performs well overall, with good capacity to improve.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | capacity to improve")));
  CHECK(grades_of(tagger().tag(dated({2007, 12, 3}), inline_text("The team has good capacity to improve its offer.\n"))).empty());
}

TEST_CASE("bodies: a named children's centre or secure training centre; a civic centre is none", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2016, 3, 1}), inline_text(
      "Staff of Oak Tree Children's Centre and Rainsbrook Secure Training Centre met at the Civic Centre and the "
      "Children's Centre.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK(bodies == std::vector<std::string>{"Oak Tree Children's Centre", "Rainsbrook Secure Training Centre"});
}

TEST_CASE("people: 'Her Honour Judge' before a name; forenames that are also places", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2019, 2, 4}), inline_text(
      "In the care proceedings, Her Honour Judge Winifred Osei-Lyle said so. His Honour Judge Amrit Dhillon agreed.\n"
      "Present: Lincoln Atherton (Police), Sydney Okafor-Reeve (Health)\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Winifred Osei-Lyle")));
  CHECK_THAT(people, VectorContains(std::string("Amrit Dhillon")));
  CHECK_THAT(people, VectorContains(std::string("Lincoln Atherton")));
  CHECK_THAT(people, VectorContains(std::string("Sydney Okafor-Reeve")));
  // A postcode's district after a town is no surname.
  CHECK_FALSE(find(tagger().tag(dated({2011, 5, 1}), inline_text("County Offices, Newland, Lincoln LN1 1YL\n")),
                   EntityKind::person, "Lincoln LN1"));
}

TEST_CASE("people: 'Councillors' before a list of initialled names titles each of them", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2015, 9, 9}), inline_text(
      "Apologies were received from Councillors K. Whitlock, P. Moreno-Hale and S. Ibbotson.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("K Whitlock")));
  CHECK_THAT(people, VectorContains(std::string("P Moreno-Hale")));
  CHECK_THAT(people, VectorContains(std::string("S Ibbotson")));
  for (const auto& name : people) CHECK_FALSE(name.starts_with("Councillors"));
}

TEST_CASE("people: a name greeting by forenames alone is the one longer name it begins", "[tagger][people]") {
  Letter letter = dated({2022, 1, 12});
  letter.recipients.push_back(party("Mei Ling Tan"));
  const auto entities = tagger().tag(letter, inline_text("Mei Ling\n\nThank you for your note.\n"));
  CHECK(names(entities, EntityKind::person) == std::vector<std::string>{"Mei Ling Tan"});
}

TEST_CASE("ministers: 'the Minister for the Chair' names no office", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2022, 11, 3}), inline_text(
      "Action: draft the board's response to the Minister for the Chair to sign.\n"));
  CHECK(entities.ministers().empty());
}

TEST_CASE("people: in an attendee list, the item after a person's role is where they work", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2018, 6, 6}), inline_text(
      "Present:\nMaeve Okonedo-Price, Head of Service, Fostering Counts\nRajan Mistry, Principal, Woodside Park Academy\n"
      "Lucy Aldana, Director, Harrow Lane Consulting\nGrace Ibe, Chair, Peter Carter\n\nNotes\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Maeve Okonedo-Price")));
  CHECK_THAT(people, VectorContains(std::string("Rajan Mistry")));
  CHECK_THAT(people, VectorContains(std::string("Lucy Aldana")));
  CHECK_THAT(people, VectorContains(std::string("Peter Carter")));  // a known forename is a person
  for (const auto& name : people) {
    CHECK(name != "Fostering Counts");
    CHECK(name != "Woodside Park");
    CHECK(name != "Harrow Lane Consulting");
  }
}

TEST_CASE("people: an attendee table's cells wrapped under their row name no one", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2013, 2, 7}), inline_text(
      "Present:\n"
      "Gwen Ashworth-Pryce        Director, Children              Knowsley Council\n"
      "                           and Enterprise\n"
      "Tomasz Wierzbicki          Named Doctor, NHS Knowsley      Clinical\n"
      "                           Commissioning Group\n"
      "Imelda Okafor              Head of Safeguarding            St Helens and Knowsley\n"
      "                                                           Hospitals NHS Trust\n\n"
      "1. Minutes\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Gwen Ashworth-Pryce")));
  CHECK_THAT(people, VectorContains(std::string("Tomasz Wierzbicki")));
  CHECK_THAT(people, VectorContains(std::string("Imelda Okafor")));
  CHECK(people.size() == 3);  // not "Enterprise", "Commissioning Group" or "Hospitals"
}

TEST_CASE("bodies: associations, clubs, institutes and companies; places listed before the kind", "[tagger][bodies]") {
  const auto bodies = names(tagger().tag(dated({2015, 6, 2}), inline_text(
      "The board thanked Havebury Housing Association, Ipswich Boys and Girls Club, the Hull Training Institute and "
      "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire Community Rehabilitation Company for their "
      "work.\n")),
      EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Havebury Housing Association")));
  CHECK_THAT(bodies, VectorContains(std::string("Ipswich Boys and Girls Club")));
  CHECK_THAT(bodies, VectorContains(std::string("Hull Training Institute")));
  CHECK_THAT(bodies, VectorContains(std::string(
      "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire Community Rehabilitation Company")));
}

TEST_CASE("bodies: an NHS body after a role and a comma starts after the comma", "[tagger][bodies]") {
  const auto bodies = names(tagger().tag(dated({2016, 4, 4}), inline_text(
      "Present:\n"
      "Dr Idris Pugh-Mensah          Named Doctor, Leicester Women's and Children's NHS Foundation Trust\n"
      "Cllr Rabina Khan              Lead Member for Children\n")),
      EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Leicester Women's and Children's NHS Foundation Trust")));
  for (const auto& body : bodies) CHECK(body.find("Doctor") == std::string::npos);
}

TEST_CASE("people: a known forename at a line's end in running text, its surname on the next line", "[tagger][people]") {
  const auto entities = tagger().tag(dated({2017, 10, 2}), inline_text(
      "The audit was carried out by Priya Nandakumar and Hamish\nOkoro-Lindqvist in June. The lead member, Cllr Fiona\n"
      "Adebayo-Marsh, will report to cabinet.\n\nYours sincerely\n\nHamish\nDirector\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Hamish Okoro-Lindqvist")));
  CHECK_THAT(people, VectorContains(std::string("Fiona Adebayo-Marsh")));
  CHECK_FALSE(find(entities, EntityKind::person, "Fiona"));
  CHECK_FALSE(find(entities, EntityKind::person, "Hamish Director"));
}

TEST_CASE("ministers: 'Secretary of State's Private Office' heading a copy list names the office's holder", "[tagger][ministers]") {
  const auto entities = tagger().tag(dated({2019, 3, 5}), inline_text(
      "Copies:   Secretary of State's Private Office\n          Regional Schools Commissioner\n\n"
      "A Secretary of State may decide otherwise.\n"));
  CHECK(names(entities, EntityKind::person) == std::vector<std::string>{"Damian Hinds"});
  CHECK(tagger().tag(dated({2019, 3, 5}), inline_text("Every Secretary of State's duty is the same.\n")).ministers().empty());
}

TEST_CASE("people: 'DSupt' is a police rank before a name; 'Lifelong Learning' in a directorate's brief is nobody",
          "[tagger][people]") {
  Letter letter = dated({2024, 5, 8});
  letter.cc = letterbox::parsing::parse_cc_list("Niamh Carberry, Director of Education and Lifelong Learning");
  const auto entities = tagger().tag(letter, inline_text(
      "DSupt Olamide Carrick-Hesketh said that two officers would join the team.\n"
      "Present: Sorcha Bell, Director, Children, Lifelong Learning and Families, Sefton Council\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Olamide Carrick-Hesketh")));
  CHECK_THAT(people, VectorContains(std::string("Niamh Carberry")));
  for (const auto& name : people) {
    CHECK(name != "Lifelong Learning");
    CHECK_FALSE(name.starts_with("DSupt"));
  }
}

TEST_CASE("bodies: a name wrapped over two lines of prose is one body; a table's rows and a short list's lines are not joined", "[tagger][bodies]") {
  const auto wrapped = tagger().tag(dated({2014, 2, 1}), inline_text(
      "The partnership met in January with West Yorkshire Police, Leeds Teaching Hospitals\n"
      "NHS Trust and Leeds Community Healthcare NHS Trust, and agreed to commission a\n"
      "review of the front door from the Calderdale Safeguarding Children\n"
      "Board's business unit, which will report to members in the spring of 2014.\n"));
  const auto bodies = names(wrapped, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Leeds Teaching Hospitals NHS Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Leeds Community Healthcare NHS Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Calderdale Safeguarding Children Board")));
  CHECK_FALSE(find(wrapped, EntityKind::body, "NHS Trust"));
  const auto table = tagger().tag(dated({2011, 6, 1}), inline_text(
      "The inspection of safeguarding and looked after children services found the following.\n"
      "Capacity for improvement                                  Inadequate\n"
      "Partnership working                                       Adequate\n"
      "Leadership and management of the services for children    Inadequate\n"));
  CHECK(names(table, EntityKind::body).empty());
}

TEST_CASE("bodies: prose wrapped narrower than the letter's tables still joins a wrapped name", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2021, 9, 8}), inline_text(
      "| Judgement                                                        | Grade                  |\n"
      "| The impact of leaders on social work practice with children and families | Requires improvement |\n"
      "| The experiences and progress of children who need help and protection | Requires improvement |\n\n"
      "The plan will be refreshed by the spring, with the Sefton Safeguarding\n"
      "Children Partnership and with Mersey Valley Community Health NHS\n"
      "Trust, so that the service can show its progress to members and to\n"
      "partners at the next meeting of the board in the summer of this year.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Mersey Valley Community Health NHS Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Sefton Safeguarding Children Partnership")));
}

TEST_CASE("bodies: a name wrapped inside an indented list item is one body", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2015, 3, 3}), inline_text(
      "In summary, the council must do the following things within the month:\n\n"
      "  a) establish, within one month, an Improvement Board with an independent\n"
      "     chair agreed with my officials, on which Lancashire Constabulary and NHS\n"
      "     Blackpool Clinical Commissioning Group are represented; and then\n"
      "  b) produce, within three months, an improvement plan that answers each of\n"
      "     the recommendations made by the inspectors in their report this winter.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("NHS Blackpool Clinical Commissioning Group")));
  CHECK_FALSE(find(entities, EntityKind::body, "National Health Service"));
}

TEST_CASE("bodies: an NHS body named by a joined place, its kind after the place", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2016, 5, 5}), inline_text(
      "The board brought together the council, Cumbria Constabulary and NHS Brighton and Hove Clinical "
      "Commissioning Group.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("NHS Brighton and Hove Clinical Commissioning Group")));
  CHECK_FALSE(find(entities, EntityKind::body, "NHS Brighton and Hove"));
}

TEST_CASE("bodies: integrated care boards by their names in the data, with or without 'NHS'; vetting agencies, a regional adoption agency, Coram Voice", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2023, 10, 2}), inline_text(
      "Kent and Medway ICB and the Sussex Integrated Care Board have joined Adopt South and Coram Voice in the "
      "review; the Disclosure and Barring Service will advise. Planning for adoption counts for a great deal, as the "
      "Children's Commissioner has said.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("NHS Kent and Medway Integrated Care Board")));
  CHECK_THAT(bodies, VectorContains(std::string("NHS Sussex Integrated Care Board")));
  CHECK_THAT(bodies, VectorContains(std::string("Adopt South")));
  CHECK_THAT(bodies, VectorContains(std::string("Coram Voice")));
  CHECK_THAT(bodies, VectorContains(std::string("Disclosure and Barring Service")));
  CHECK_THAT(bodies, VectorContains(std::string("Children's Commissioner for England")));
  CHECK_FALSE(find(entities, EntityKind::body, "Adoption Counts"));
  CHECK_FALSE(find(entities, EntityKind::body, "Coram"));
}

TEST_CASE("bodies: 'the <kind>' after a sentence's first word, a place's possessive, a hyphenated 'Agency' and a group of a partnership are no bodies", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2012, 3, 5}), inline_text(
      "Recruitment In Bradford's Schools\n\nWhat the Department can offer is time. But the Board was clear that the "
      "Multi-Agency Safeguarding Hub and the Inter-Agency Panel must report to the Strategic Partnership Group.\n"));
  CHECK(names(entities, EntityKind::body).empty());
}

TEST_CASE("bodies: two bodies joined by 'and' are two; an NHS trust named by areas after a role's comma", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2016, 11, 8}), inline_text(
      "The CCG and Sheffield Children's NHS Foundation Trust agreed, as did Airedale NHS Foundation Trust and "
      "Bradford Teaching Hospitals NHS Foundation Trust.\nAttending: Jo Bell, Head of Safeguarding, Dorset, Somerset "
      "and Wiltshire NHS Foundation Trust.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Sheffield Children's NHS Foundation Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Airedale NHS Foundation Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Bradford Teaching Hospitals NHS Foundation Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Dorset, Somerset and Wiltshire NHS Foundation Trust")));
  CHECK(bodies.size() == 4);
}

TEST_CASE("bodies: a council's ACPC, a board two councils share, a place of five words; 'Local' spelled out and in the acronym name one board", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2005, 6, 1}), inline_text(
      "The Bolton ACPC met the Barnsley and Rotherham Local Safeguarding Children Board and the Bath and North East "
      "Somerset Local Safeguarding Children Board. The Area Child Protection Committee will close. The Redcar and "
      "Cleveland Loca1 Safeguarding Chi1dren Board and the Redcar and Cleveland LSCB's chair agreed.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Bolton Area Child Protection Committee")));
  CHECK_THAT(bodies, VectorContains(std::string("Barnsley and Rotherham Local Safeguarding Children Board")));
  CHECK_THAT(bodies, VectorContains(std::string("Bath and North East Somerset Local Safeguarding Children Board")));
  CHECK_THAT(bodies, VectorContains(std::string("Redcar and Cleveland Local Safeguarding Children Board")));
  CHECK_FALSE(find(entities, EntityKind::body, "Area Child Protection Committee"));
  CHECK_FALSE(find(entities, EntityKind::body, "Rotherham Local Safeguarding Children Board"));
  CHECK(bodies.size() == 4);
}

TEST_CASE("bodies: OCR's '0' for a capital 'O'; a university named before its kind", "[tagger][bodies][ocr]") {
  const auto entities = tagger().tag(dated({2013, 10, 1}), inline_text(
      "0fsted's report of 0ctober cites work by Lancaster University and Leeds Beckett University; the University "
      "will publish it.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Ofsted")));
  CHECK_THAT(bodies, VectorContains(std::string("Lancaster University")));
  CHECK_THAT(bodies, VectorContains(std::string("Leeds Beckett University")));
  CHECK_FALSE(find(entities, EntityKind::body, "University"));
}

TEST_CASE("bodies: a name wrapped in a quoted reply, the '> ' of each line no part of it", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2022, 5, 9}), inline_text(
      "Thanks - happy to go ahead on that basis.\n\n"
      "> On 4 May 2022, at 10:02, Sam Ode wrote:\n"
      "> Following the call, I attach a note on the scope of our review for\n"
      "> the members of the Hammersmith and Fulham Safeguarding Children\n"
      "> Partnership, with the terms we discussed and a timetable for the work.\n"
      "> Best wishes, Sam\n"));
  CHECK_THAT(names(entities, EntityKind::body),
             VectorContains(std::string("Hammersmith and Fulham Safeguarding Children Partnership")));
}

TEST_CASE("bodies: an integrated care board the data lacks is named with its 'NHS'", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2027, 1, 11}), inline_text(
      "The council and the Thames Estuary Integrated Care Board have agreed a joint plan.\n"));
  CHECK_THAT(names(entities, EntityKind::body), VectorContains(std::string("NHS Thames Estuary Integrated Care Board")));
}

TEST_CASE("bodies: a body named at the end of a full line does not begin a name on the next", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2018, 6, 20}), inline_text(
      "The visit was hosted by the children's services team with Greater Manchester Police\n"
      "Hollingworth Academy staff joined for the afternoon session on exclusions, and the\n"
      "headteachers of three primary schools in Middleton attended for the morning.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Hollingworth Academy")));
  CHECK_FALSE(find(entities, EntityKind::body, "Greater Manchester Police Hollingworth Academy"));
}

TEST_CASE("bodies: short forms of departments ('the Treasury', 'the Department for Levelling Up'); ACPO", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2022, 2, 14}), inline_text(
      "The Treasury and the Department for Levelling Up have agreed the funding; ACPO's guidance of 2012 still "
      "applies.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("HM Treasury")));
  CHECK_THAT(bodies, VectorContains(std::string("Department for Levelling Up, Housing and Communities")));
  CHECK_THAT(bodies, VectorContains(std::string("Association of Chief Police Officers")));
}

TEST_CASE("bodies: 'University' inside a trust's name, 'upon' in a place, an area list not begun by a person's surname", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2019, 4, 2}), inline_text(
      "We thank the Tees, Esk and Wear Valleys NHS Foundation Trust for its report. We met Ms Jane Boateng, "
      "Cambridgeshire and Peterborough NHS Foundation Trust; Sam Hale, Kingston upon Hull "
      "Teaching Hospitals NHS Trust. Leeds Teaching Hospitals NHS Trust and Sheffield University Hospitals NHS Trust sent "
      "apologies, as did Leeds Beckett University.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Tees, Esk and Wear Valleys NHS Foundation Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Kingston upon Hull Teaching Hospitals NHS Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Sheffield University Hospitals NHS Trust")));
  CHECK_THAT(bodies, VectorContains(std::string("Leeds Beckett University")));
  CHECK_FALSE(find(entities, EntityKind::body, "Sheffield University"));
  CHECK_THAT(bodies, VectorContains(std::string("Cambridgeshire and Peterborough NHS Foundation Trust")));
  CHECK(bodies.size() == 6);
}

TEST_CASE("bodies: adoption charities and services from the data", "[tagger][bodies]") {
  const auto bodies = names(tagger().tag(dated({2015, 3, 3}), inline_text(
      "Adopters can call First4Adoption, and Adoption UK runs a buddy scheme for new adopters in Dudley.\n")),
                            EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("First4Adoption")));
  CHECK_THAT(bodies, VectorContains(std::string("Adoption UK")));
}

TEST_CASE("bodies: a programme named like a partnership is no body, its last word in lower case or not", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2012, 7, 2}), inline_text(
      "Councils in the Troubled Families Partnership programme and the Early Years Partnership Programme will report.\n"));
  CHECK(names(entities, EntityKind::body).empty());
}

TEST_CASE("bodies: a youth justice board or team is generic without its council's place", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2019, 9, 9}), inline_text(
      "The Youth Justice Partnership Board and the Youth Offending Team met; so did Wigan Youth Offending Team.\n"));
  CHECK(names(entities, EntityKind::body) == std::vector<std::string>{"Wigan Youth Offending Team"});
}

TEST_CASE("bodies: a fire and rescue service is a body whatever its name begins with", "[tagger][bodies]") {
  const auto entities = tagger().tag(dated({2014, 1, 20}), inline_text(
      "We met officers of Hereford and Worcester Fire and Rescue Service and Royal Berkshire Fire and Rescue Service.\n"));
  const auto bodies = names(entities, EntityKind::body);
  CHECK_THAT(bodies, VectorContains(std::string("Hereford and Worcester Fire and Rescue Service")));
  CHECK_THAT(bodies, VectorContains(std::string("Royal Berkshire Fire and Rescue Service")));
}

TEST_CASE("bodies: a council's board named by its acronym in the cc list and written out in the text is the written-out name", "[tagger][bodies]") {
  Letter letter = dated({2012, 11, 5});
  letter.cc = letterbox::parsing::parse_cc_list("Professor Ann Hale, Independent Chair, Wigan LSCB");
  const auto entities = tagger().tag(letter, inline_text(
      "The review of the Wigan Local Safeguarding Children Board found that it is good.\n\n"
      "cc: Professor Ann Hale, Independent Chair, Wigan LSCB\n"));
  CHECK(names(entities, EntityKind::body) == std::vector<std::string>{"Wigan Local Safeguarding Children Board"});
}

TEST_CASE("people: a wrapped heading's word under an attendee is no name", "[tagger]") {
  const auto people = names(tagger().tag(dated({2020, 2, 11}), inline_text(
      "From: Okafor-Lane, Adaeze <AdaezeOkafor-Lane@example.gov.uk>\n"
      "Sent: 11 February 2020 10:02\nTo: Gareth Pryce\n\n"
      "Attendees:  Gareth Pryce, Head of Placements, attending for\n"
      "                                   Sufficiency (item 5)\n")),
                            EntityKind::person);
  CHECK_THAT(people, !VectorContains(std::string("Sufficiency")));
  CHECK_THAT(people, VectorContains(std::string("Gareth Pryce")));
}

TEST_CASE("bodies: a council's own committees, meetings and units are no bodies of their own", "[tagger]") {
  const auto bodies = names(tagger().tag(dated({2024, 5, 15}), inline_text(
      "Report to Full Council and to the Children and Young People Select Committee, after the Children's "
      "Services Overview and Scrutiny Committee met. The Virtual School and our Social Work Academy reported "
      "with Tameside Metropolitan Borough Council and the Hull Area Child Protection Committee.\n")),
                            EntityKind::body);
  for (const char* not_a_body : {"Full Council", "Children and Young People Select Committee",
                                 "Children's Services Overview and Scrutiny Committee", "Virtual School",
                                 "Social Work Academy"})
    CHECK_THAT(bodies, !VectorContains(std::string(not_a_body)));
  CHECK_THAT(bodies, VectorContains(std::string("Hull Area Child Protection Committee")));
}

TEST_CASE("grades: 'one authority in six', 'only a handful', 'very few' and councils in general give no judgement", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2015, 4, 9}), inline_text(
      "Ofsted inspected Wigan children's services this year. Across the North West, only about one authority in six "
      "was judged good. Of the councils inspected so far, only a handful have been judged outstanding; very few have "
      "been judged good. Most of the county's neighbouring councils have been judged inadequate.\n")));
  CHECK(grades.empty());
}

TEST_CASE("grades: a hope named before a comma ('Its ambition, to perform well overall') is no judgement", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2007, 11, 20}), inline_text(
      "This annual performance assessment letter sets out the findings for Dorset. Its goal, to perform "
      "excellently overall by 2010, is demanding.\n")));
  CHECK(grades.empty());
}

TEST_CASE("grades: the APA scale's names as alternatives ('performs excellently, performs well ... or performs poorly')", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2008, 6, 4}), inline_text(
      "The annual performance assessment grades each outcome on the scale performs excellently, performs well, "
      "performs adequately or performs poorly.\n")));
  CHECK(grades.empty());
}

TEST_CASE("grades: 'performs well in recruiting' after the APA years is ordinary", "[tagger][grades]") {
  const auto later = grades_of(tagger().tag(dated({2018, 2, 14}), inline_text(
      "Ofsted inspected our adoption service in January. The adoption service performs well in recruiting adopters.\n")));
  CHECK(later.empty());
  const auto history = grades_of(tagger().tag(dated({2018, 2, 14}), inline_text(
      "Ofsted inspected our adoption service in January. In 2008 the council performs well overall, the annual "
      "performance assessment said.\n")));
  CHECK_FALSE(history.empty());
}

TEST_CASE("grades: an inverted condition after a colon, in lower case ('had Ofsted judged ... inadequate, ...')", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2013, 5, 2}), inline_text(
      "Ofsted inspected Stockport in April. For context: had the inspectors judged the service inadequate, the "
      "Department would have issued a notice.\n")));
  CHECK(grades.empty());
}

TEST_CASE("grades: an APA table whose labels and numbers are joined by dot leaders, with the key in the Commission's words", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2006, 1, 18}), inline_text(
      "The annual performance assessment gives the following grades:\n\n"
      "    Overall effectiveness of children's services ................ 2\n"
      "    Staying safe ................................................ 3\n"
      "    Making a positive contribution .............................. 4\n"
      "    Capacity to improve ......................................... 2\n\n"
      "    4  A service that delivers well above minimum requirements for users\n"
      "    3  A service that consistently delivers above minimum requirements\n"
      "    2  A service that delivers only minimum requirements\n"
      "    1  A service that does not deliver minimum requirements\n")));
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | overall effectiveness of children's services")));
  CHECK_THAT(grades, VectorContains(std::string("performs well | staying safe")));
  CHECK_THAT(grades, VectorContains(std::string("performs excellently | making a positive contribution")));
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | capacity to improve")));
  CHECK(grades.size() == 4);
}

TEST_CASE("grades: 'the experiences and progress of A, and of B, were each judged': both things in full", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2021, 10, 6}), inline_text(
      "Ofsted inspected Torbay in July. The experiences and progress of children who need help and protection, and "
      "of care leavers, were each judged to be good.\n")));
  CHECK_THAT(grades, VectorContains(std::string(
      "good | the experiences and progress of children who need help and protection")));
  CHECK_THAT(grades, VectorContains(std::string("good | the experiences and progress of care leavers")));
  CHECK(grades.size() == 2);
}

TEST_CASE("grades: 'to perform well in A and in B': the preposition repeated in a list of outcomes", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2008, 12, 10}), inline_text(
      "The annual performance assessment judged the council to perform adequately in being healthy and in making a "
      "positive contribution.\n")));
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | being healthy")));
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | making a positive contribution")));
}

TEST_CASE("grades: a dot leader of two dots on a long row; a board's review graded on its row", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2015, 3, 2}), inline_text(
      "The report gives the following judgements:\n\n"
      "    1. Children who need help and protection ........ Good\n"
      "    2. Children looked after and achieving permanence .. Inadequate\n\n"
      "    Review of the Local Safeguarding Children Board .. Good\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | children who need help and protection")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | children looked after and achieving permanence")));
  CHECK_THAT(grades, VectorContains(std::string("good | local safeguarding children board")));
}

TEST_CASE("grades: 'The other judgements were good for A and for B' names what it counts", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2017, 3, 8}), inline_text(
      "Inspectors judged overall effectiveness to require improvement to be good. The other judgements were good for "
      "adoption performance and for leadership, management and governance.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | adoption performance")));
  CHECK_THAT(grades, VectorContains(std::string("good | leadership, management and governance")));
}

TEST_CASE("people: a name wrapped with its paragraph is one name; a surname split at a line's end stays whole", "[tagger]") {
  const auto entities = tagger().tag(dated({2018, 5, 9}), inline_text(
      "The Cabinet Member for Children and Education, Councillor Tendaiyi\n"
      "Okonkwo-Hart, and the Chief Executive chair a monthly improvement board\n"
      "with the police and health partners. The review was led by Dr Chidubem\n"
      "Ballantyne-Osei and was published in June, with its findings on sharing\n"
      "information, and was sent to the independent reviewer, Mr Tomasz Kowal-\n"
      "Brennan, for comment before it went to the partnership's executive.\n"));
  const auto people = names(entities, EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("Tendaiyi Okonkwo-Hart")));
  CHECK_THAT(people, VectorContains(std::string("Chidubem Ballantyne-Osei")));
  CHECK_THAT(people, VectorContains(std::string("Tomasz Kowal-Brennan")));
  CHECK_THAT(people, !VectorContains(std::string("Tendaiyi")));
}

TEST_CASE("grades: social care 'judged good overall' is the overall effectiveness grade", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2020, 2, 11}), inline_text(
      "    Overall effectiveness                         Good\n\n"
      "This is the first time that children's social care in Kirklees has been judged good overall since 2013.\n")));
  CHECK(grades == std::vector<std::string>{"good | overall effectiveness"});
}

TEST_CASE("grades: a table's generic board row repeats the named board's grade", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2021, 6, 9}), inline_text(
      "At the inspection in May 2017 the Harrow Safeguarding Children Board was also found to be inadequate.\n\n"
      "Judgement                                   May 2017\n\n"
      "Overall effectiveness                       Requires improvement to be good\n"
      "Local Safeguarding Children Board           Inadequate\n")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | harrow safeguarding children board")));
  CHECK_THAT(grades, VectorContains(std::string("requires improvement | overall effectiveness")));
  CHECK(grades.size() == 2);
}

TEST_CASE("grades: the letter's own council's row among its neighbours repeats its overall grade", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2016, 4, 20}), inline_text(
      "Review of children's services in Medway\n\n"
      "Ofsted judged the overall effectiveness of Medway's services to be inadequate in 2015. Medway's referral "
      "rate is high, and Medway has lost many social workers.\n\n"
      "   Council            Most recent     Framework   Overall judgement\n"
      "   Medway             Nov 2015        SIF         Inadequate\n"
      "   Kent               Mar 2015        SIF         Inadequate\n"
      "   Bexley             Jun 2012        SLAC        Adequate\n"
      "   Bromley            Jul 2014        SIF         Good\n")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("inadequate | kent")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | bexley")));
  CHECK_THAT(grades, VectorContains(std::string("good | bromley")));
  CHECK(grades.size() == 4);
}

TEST_CASE("grades: 'judged good for X under any framework' grades X, which restates the table's row", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2018, 2, 14}), inline_text(
      "    Overall effectiveness                             Good\n"
      "    Children who need help and protection             Good\n\n"
      "This is the first time Sefton has been judged good for help and protection under any framework.\n")));
  CHECK_THAT(grades, VectorContains(std::string("good | children who need help and protection")));
  CHECK(grades.size() == 2);
}

TEST_CASE("grades: a history table's framework cell is not part of the judgement's label", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2011, 9, 6}), inline_text(
      "Annual performance assessment history\n\n"
      "The 2011 inspection judged overall effectiveness to be adequate.\n\n"
      "  Year  Framework                           Judgement                 Grade\n"
      "  2007  Annual performance assessment       Overall effectiveness     2\n"
      "  2008  Annual performance assessment       Overall effectiveness     3\n"
      "  2009  Children's services assessment      Overall effectiveness     3\n\n"
      "  Key: 4 = performs excellently; 3 = performs well; 2 = performs adequately; 1 = performs poorly.\n")));
  CHECK_THAT(grades, VectorContains(std::string("performs adequately | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("performs well | overall effectiveness")));
  CHECK_THAT(grades, VectorContains(std::string("adequate | overall effectiveness")));
  CHECK(grades.size() == 3);
}

TEST_CASE("grades: 'found services good for the first time' names no aspect in 'the first time'", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2022, 7, 4}), inline_text(
      "Members congratulated Halton on its inspection in May, which found services good for the first time.\n")));
  CHECK(grades.size() == 1);
  CHECK_FALSE(std::find(grades.begin(), grades.end(), std::string("good | the first time")) != grades.end());
  CHECK_FALSE(std::find(grades.begin(), grades.end(), std::string("good | first time")) != grades.end());
}

TEST_CASE("grades: a council by year table in a listed letter key ('Key: O outstanding | G good')", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2024, 1, 19}), inline_text(
      "The table gives the overall effectiveness judgement at each full inspection.\n\n"
      "  Key: O outstanding | G good | RI requires improvement to be good |\n"
      "       I inadequate | .  no full inspection that year\n\n"
      "  Local authority             2019    2020    2022    2023\n"
      "  Gateshead                    G       .       O       .\n"
      "  Sunderland                   I       .       .       RI\n"
      "  Stockton-on-Tees             .       RI      G       .\n\n"
      "Directors congratulated Gateshead on its inspection in March, which found services outstanding.\n")));
  for (const char* grade : {"good | gateshead", "outstanding | gateshead", "inadequate | sunderland",
                            "requires improvement | sunderland", "requires improvement | stockton-on-tees",
                            "good | stockton-on-tees"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
  CHECK(grades.size() == 6);
}

TEST_CASE("grades: a table of two years' numbers with a key of 'Grade 4  performs excellently' lines", "[tagger][grades]") {
  const auto grades = grades_of(tagger().tag(dated({2008, 11, 27}), inline_text(
      "Annual performance assessment of services for children and young people\n\n"
      "                                                          2007     2008\n"
      "  Being healthy                                             2        3\n"
      "  Enjoying and achieving                                    3        3\n"
      "  Making a positive contribution                            4        4\n\n"
      "  Key:  Grade 4  performs excellently\n"
      "        Grade 3  performs well\n"
      "        Grade 2  performs adequately\n"
      "        Grade 1  performs poorly\n")));
  for (const char* grade : {"performs adequately | being healthy", "performs well | being healthy",
                            "performs well | enjoying and achieving", "performs excellently | making a positive contribution"})
    CHECK_THAT(grades, VectorContains(std::string(grade)));
}

TEST_CASE("people: a cleric's title is no part of the name", "[tagger][people]") {
  const auto people = names(tagger().tag(dated({2014, 3, 12}), inline_text(
      "Present: Councillor J. Okafor (Chair), Reverend Canon B. Adeyemi-Shaw (Diocese of Ely), Rabbi Miriam Feld\n"
      "Co-opted: Father Tomas Okonkwo-Reilly (Catholic diocese)\n")),
                            EntityKind::person);
  CHECK_THAT(people, VectorContains(std::string("B Adeyemi-Shaw")));
  CHECK_THAT(people, VectorContains(std::string("Miriam Feld")));
  CHECK_THAT(people, VectorContains(std::string("Tomas Okonkwo-Reilly")));
  for (const auto& name : people) {
    CHECK(name.find("Canon") == std::string::npos);
    CHECK(name.find("Father") == std::string::npos);
  }
}
