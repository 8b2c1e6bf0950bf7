#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "indexer/normalise.h"
#include "indexer/parse_letter.h"
#include "indexer/parse_parties.h"

using letterbox::DocType;
using letterbox::Letter;
using letterbox::parse_letter;
using letterbox::Party;
using letterbox::Text;

namespace {

namespace fs = std::filesystem;

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) {
    text.replace(pos, from.size(), to);
  }
}

// The parts of normalise_text() the parser relies on: plain dashes and quotes,
// no bold marks, page breaks blank. Heading marks are left in on purpose: the
// parser must cope with leftover markdown.
Text make_text(std::string raw) {
  std::string clean = raw;
  replace_all(clean, "\xe2\x80\x93", "-");  // en dash
  replace_all(clean, "\xe2\x80\x94", "-");  // em dash
  replace_all(clean, "\xe2\x80\x99", "'");
  replace_all(clean, "**", "");
  replace_all(clean, "\n---\n", "\n\n");
  return Text{std::move(raw), std::move(clean)};
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Letter parse_file(const fs::path& path) { return parse_letter(make_text(read_file(path))); }

fs::path sample(const std::string& stem) {
  for (const auto& entry : fs::directory_iterator(fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters")) {
    if (entry.path().filename().string().starts_with(stem)) return entry.path();
  }
  FAIL("no sample letter " << stem);
  return {};
}

std::vector<std::string> names(const std::vector<Party>& parties) {
  std::vector<std::string> out;
  for (const auto& party : parties) out.push_back(party.name);
  return out;
}

template <typename Field>
std::vector<std::string> fields(const std::vector<Party>& parties, Field field) {
  std::vector<std::string> out;
  for (const auto& party : parties) out.push_back(party.*field);
  return out;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// "A; B; C" -> {"A", "B", "C"}; "" -> {}.
std::vector<std::string> split_expected(const std::string& value) {
  std::vector<std::string> items;
  if (value.empty()) return items;
  size_t start = 0;
  while (true) {
    size_t end = value.find(';', start);
    items.push_back(trimmed(std::string_view(value).substr(start, end - start)));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return items;
}

// NAME.expect: "key: value" lines; only the keys present are checked.
std::map<std::string, std::string> read_expectations(const fs::path& path) {
  std::map<std::string, std::string> expect;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    size_t colon = line.find(':');
    if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
    expect[line.substr(0, colon)] = trimmed(std::string_view(line).substr(colon + 1));
  }
  return expect;
}

Party first_or_empty(const std::vector<Party>& parties) { return parties.empty() ? Party{} : parties.front(); }

void check_expectation(const Letter& letter, const std::string& key, const std::string& value) {
  INFO("key " << key);
  const Party recipient = first_or_empty(letter.recipients);
  if (key == "type") CHECK(to_string(letter.type) == value);
  else if (key == "date") CHECK(letter.date.iso() == value);
  else if (key == "date_text") CHECK(letter.date_text == value);
  else if (key == "sender") CHECK(letter.sender.name == value);
  else if (key == "sender_title") CHECK(letter.sender.title == value);
  else if (key == "sender_role") CHECK(letter.sender.role == value);
  else if (key == "sender_org") CHECK(letter.sender.organisation == value);
  else if (key == "recipients") CHECK(names(letter.recipients) == split_expected(value));
  else if (key == "recipient_title") CHECK(recipient.title == value);
  else if (key == "recipient_role") CHECK(recipient.role == value);
  else if (key == "recipient_org") CHECK(recipient.organisation == value);
  else if (key == "recipient_address") CHECK(recipient.address == value);
  else if (key == "recipient_address_contains") CHECK(recipient.address.find(value) != std::string::npos);
  else if (key == "salutation") CHECK(letter.salutation == value);
  else if (key == "subject") CHECK(letter.subject == value);
  else if (key == "signoff") CHECK(letter.signoff == value);
  else if (key == "title") CHECK(letter.title == value);
  else if (key == "cc") CHECK(names(letter.cc) == split_expected(value));
  else if (key == "cc_roles") CHECK(fields(letter.cc, &Party::role) == split_expected(value));
  else if (key == "attendees") CHECK(names(letter.attendees) == split_expected(value));
  else if (key == "attendee_orgs") CHECK(fields(letter.attendees, &Party::organisation) == split_expected(value));
  else if (key == "body_starts") CHECK(letter.body.starts_with(value));
  else FAIL("unknown expectation key '" << key << "'");
}

}  // namespace

TEST_CASE("Test letters parse as their .expect files say", "[parse_letter]") {
  const fs::path folder = fs::path(LETTERBOX_TEST_DATA) / "letters";
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    fs::path expect_path = entry.path();
    expect_path.replace_extension(".expect");
    REQUIRE(fs::exists(expect_path));
    SECTION(entry.path().filename().string()) {
      Letter letter = parse_file(entry.path());
      for (const auto& [key, value] : read_expectations(expect_path)) check_expectation(letter, key, value);
    }
    ++checked;
  }
  CHECK(checked >= 12);
}

TEST_CASE("Sample 000: letterhead, address block, cc list across a page break", "[parse_letter]") {
  Letter letter = parse_file(sample("000_"));
  CHECK(letter.type == DocType::letter);
  CHECK(letter.date.iso() == "2011-12-21");
  CHECK(letter.date_text == "21 December 2011");
  CHECK(letter.sender.name == "Tim Loughton");
  CHECK(letter.sender.title == "MP");
  CHECK(letter.sender.role == "Parliamentary Under Secretary of State for Children and Families");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Keith Wakefield");
  CHECK(letter.recipients[0].title == "Councillor");
  CHECK(letter.recipients[0].role == "Leader of Leeds City Council");
  CHECK(letter.recipients[0].organisation == "Leeds City Council");
  CHECK(letter.recipients[0].address == "Civic Hall, Calverley Street, Leeds, LS1 1UR");
  CHECK(letter.salutation == "Dear Councillor Wakefield");
  CHECK(letter.subject.empty());
  CHECK(names(letter.cc) ==
        std::vector<std::string>{"Judith Blake", "Tom Riordan", "Nigel Richardson", "Mariana Pexton"});
  CHECK(letter.cc[0].title == "Councillor");
  CHECK(letter.cc[0].role == "Executive Member for Children's Services");
  CHECK(letter.cc[2].role == "Director of Children's Services");
  CHECK(letter.title == "Letter from Tim Loughton to Keith Wakefield");
  CHECK(letter.body.starts_with("I am writing regarding the Improvement Notice"));
  CHECK(letter.body.find("handwritten signature") == std::string::npos);
}

TEST_CASE("Sample 001: capitals subject after the salutation", "[parse_letter]") {
  Letter letter = parse_file(sample("001_"));
  CHECK(letter.date.iso() == "2015-03-27");
  CHECK(letter.sender.name == "Edward Timpson");
  CHECK(letter.sender.title == "MP");
  CHECK(letter.subject == "LEEDS CITY COUNCIL: OFSTED SINGLE INSPECTION (PUBLISHED 27 MARCH 2015)");
  CHECK(letter.title == letter.subject);
  CHECK(letter.signoff == "Yours sincerely");
  CHECK(names(letter.recipients) == std::vector<std::string>{"Keith Wakefield"});
  CHECK(letter.recipients[0].role == "Council Leader");
  CHECK(names(letter.cc) == std::vector<std::string>{"Judith Blake", "Tom Riordan", "Nigel Richardson"});
  CHECK(letter.body.starts_with("I am writing following Ofsted's inspection"));
  CHECK(letter.body.ends_with("Tom Riordan and Nigel Richardson."));
}

TEST_CASE("Sample 002: one-line recipient block and a scribble after the signature", "[parse_letter]") {
  Letter letter = parse_file(sample("002_"));
  CHECK(letter.date.iso() == "2009-12-07");
  CHECK(letter.sender.name == "Dawn Primarolo");
  CHECK(letter.sender.title == "Rt Hon MP");
  CHECK(letter.sender.role == "Minister of State for Children, Young People and Families");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Andrew Carter");
  CHECK(letter.recipients[0].title == "Councillor");
  CHECK(letter.recipients[0].address.find("LS1 1UR") != std::string::npos);
  CHECK(letter.salutation == "Dear Andrew");
  CHECK(letter.signoff == "Kind Regards");
  auto cc = names(letter.cc);
  REQUIRE(cc.size() == 12);
  CHECK(cc.front() == "Richard Brett");
  CHECK(cc.back() == "Paul Truswell");
  CHECK(letter.cc[1].name == "Stewart Golton");
  CHECK(letter.cc[1].role == "Lead Executive Member for Children's Services");
  CHECK(letter.cc[3].name == "Bill McCarthy");
  CHECK(letter.cc[3].organisation == "NHS Yorkshire and the Humber");
}

TEST_CASE("Sample 003: a letter to the minister, sender only in the signature", "[parse_letter]") {
  Letter letter = parse_file(sample("003_"));
  CHECK(letter.date.iso() == "2011-12-08");
  CHECK(letter.sender.name == "Bill McCarthy");
  CHECK(letter.sender.role == "Managing Director - NHS Commissioning Board Authority");
  CHECK(letter.sender.organisation == "NHS Commissioning Board Authority");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Tim Loughton");
  CHECK(letter.recipients[0].organisation == "Department for Education");
  CHECK(letter.salutation == "Dear Minister");
  CHECK(letter.subject == "LEEDS CHILDREN'S SERVICES IMPROVEMENT BOARD");
  CHECK(letter.cc.empty());
}

TEST_CASE("Sample 004: meeting notes with attendees and a capitals signature", "[parse_letter]") {
  Letter letter = parse_file(sample("004_"));
  CHECK(letter.type == DocType::minutes);
  CHECK(letter.date.iso() == "2011-05-20");
  CHECK(letter.title == "DfE Review Meeting with Leeds City Council - 20 May 2011");
  CHECK(letter.sender.name == "Graham Archer");
  CHECK(letter.sender.role == "Deputy Director: Local Improvement and Intervention Division");
  CHECK(letter.sender.organisation == "DfE");
  REQUIRE(letter.attendees.size() == 11);
  CHECK(letter.attendees[0].name == "Nigel Richardson");
  CHECK(letter.attendees[0].organisation == "Leeds CC");
  CHECK(letter.attendees[5].name == "Blake");
  CHECK(letter.attendees[5].title == "Councillor");
  CHECK(letter.attendees[10].name == "Nicola Whomersley");
  CHECK(letter.attendees[10].organisation == "DfE");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Nigel Richardson");
  CHECK(letter.salutation == "Dear Nigel");
  CHECK(letter.body.starts_with("It was good to meet you"));
}

TEST_CASE("A date inside a sentence is not the letter's date", "[parse_letter]") {
  Letter letter = parse_letter(make_text(
      "Dear Councillor Jones,\n\nThank you for your letter of 4 December 2012 about the visit on "
      "7 November 2012.\n\nYours sincerely,\n\nJohn Smith\nDirector of Children's Services\n"));
  CHECK_FALSE(letter.date.valid());
  CHECK(letter.date_text.empty());
  CHECK(letter.sender.name == "John Smith");
  CHECK(names(letter.recipients) == std::vector<std::string>{"Jones"});
}

TEST_CASE("The parser survives empty and hostile input", "[parse_letter]") {
  for (const char* raw : {"", "\n", "\n\n\n", "Dear", "Dear ", "Yours sincerely", "cc:", "Attending:",
                          "I am copying this letter to", "From:\nTo:", "(((((", "**\n**", "---"}) {
    INFO(raw);
    Letter letter;
    CHECK_NOTHROW(letter = parse_letter(make_text(raw)));
    CHECK(letter.title.size() < 100);
  }
}

TEST_CASE("The parser gets through huge inputs (a quadratic step would hit the test timeout)", "[parse_letter]") {
  std::string one_line(8u << 20, 'a');
  for (size_t i = 0; i < one_line.size(); i += 7) one_line[i] = ' ';
  std::string cc = "Dear Minister,\n\nI am copying this letter to ";
  for (int i = 0; i < 10000; ++i) cc += "Jane Smith" + std::to_string(i % 10) + " - Chief Executive, ";
  cc += "and Paul Jones.\n\nYours sincerely\n\nJohn Brown\n";
  std::string many_lines;
  for (int i = 0; i < 200000; ++i) many_lines += "Dear X\nYours\n21 May 2011\n";

  Letter huge = parse_letter(make_text(one_line));
  Letter long_cc = parse_letter(make_text(cc));
  Letter lines = parse_letter(make_text(many_lines));
  CHECK(huge.body.size() > 1000);
  CHECK(long_cc.cc.size() == 10001);
  CHECK(long_cc.sender.name == "John Brown");
  CHECK(lines.salutation == "Dear X");
}

TEST_CASE("Honorifics leave the name and go to the title", "[parse_letter]") {
  using letterbox::parsing::split_name_line;
  auto dawn = split_name_line("Rt Hon Dawn Primarolo MP");
  CHECK(dawn.name == "Dawn Primarolo");
  CHECK(dawn.title == "Rt Hon MP");
  auto keith = split_name_line("Cllr. Keith Wakefield, Leader of the Council");
  CHECK(keith.name == "Keith Wakefield");
  CHECK(keith.title == "Councillor");
  CHECK(keith.rest == "Leader of the Council");
  auto wilshaw = split_name_line("SIR MICHAEL WILSHAW");
  CHECK(wilshaw.name == "Michael Wilshaw");
  CHECK(wilshaw.title == "SIR");
  CHECK(split_name_line("The Rt. Hon. Ed Balls MP").name == "Ed Balls");
  CHECK(split_name_line("Dame Christine Lenehan DBE").title == "Dame DBE");
}

TEST_CASE("Names in capitals are put in proper case", "[parse_letter]") {
  using letterbox::parsing::proper_case;
  CHECK(proper_case("GRAHAM ARCHER") == "Graham Archer");
  CHECK(proper_case("BILL MCCARTHY") == "Bill McCarthy");
  CHECK(proper_case("ITA O'DONOVAN") == "Ita O'Donovan");
  CHECK(proper_case("ANNE-MARIE SMITH-JONES") == "Anne-Marie Smith-Jones");
}

TEST_CASE("Scribbles and signature descriptions are not names", "[parse_letter]") {
  using letterbox::parsing::is_name_line;
  using letterbox::parsing::is_signature_description;
  CHECK(is_name_line("TIM LOUGHTON MP"));
  CHECK(is_name_line("Councillor Blake"));
  CHECK_FALSE(is_name_line("LTP JLP"));
  CHECK_FALSE(is_name_line("Edward"));
  CHECK_FALSE(is_name_line("Commissioning Board"));
  CHECK_FALSE(is_name_line("Civic Hall"));
  CHECK_FALSE(is_name_line("Rm 1W09"));
  CHECK(is_signature_description("A handwritten signature in black ink, appearing to read 'LTP JLP'"));
  CHECK(is_signature_description("[signature]"));
  CHECK_FALSE(is_signature_description("Yours sincerely"));
}

TEST_CASE("The body a role names is its organisation", "[parse_letter]") {
  using letterbox::parsing::organisation_in;
  CHECK(organisation_in("Leader of Leeds City Council") == "Leeds City Council");
  CHECK(organisation_in("Managing Director - NHS Commissioning Board Authority") ==
        "NHS Commissioning Board Authority");
  CHECK(organisation_in("Chief Executive of NHS Yorkshire and the Humber") == "NHS Yorkshire and the Humber");
  CHECK(organisation_in("Director, Department for Education.") == "Department for Education");
  CHECK(organisation_in("Director of Children's Services").empty());
  CHECK(organisation_in("Parliamentary Under Secretary of State for Children and Families").empty());
}

TEST_CASE("Cc lists split at commas, semicolons and 'and' before a person", "[parse_letter]") {
  using letterbox::parsing::parse_cc_list;
  auto cc = parse_cc_list(
      "Cllr Sue Woodcock; Jo Miller, Chief Executive, Doncaster MBC and Sir Michael Wilshaw HMI, "
      "Chief Inspector, and the Children's Commissioner");
  REQUIRE(cc.size() == 4);
  CHECK(cc[0].name == "Sue Woodcock");
  CHECK(cc[0].title == "Councillor");
  CHECK(cc[1].name == "Jo Miller");
  CHECK(cc[1].role == "Chief Executive");
  CHECK(cc[1].organisation == "Doncaster MBC");
  CHECK(cc[2].name == "Michael Wilshaw");
  CHECK(cc[2].title == "Sir HMI");
  CHECK(cc[2].role == "Chief Inspector");
  CHECK(cc[3].name.empty());
  CHECK(cc[3].role == "Children's Commissioner");
  CHECK(parse_cc_list("").empty());
}

TEST_CASE("Letters read the same through normalise_text()", "[parse_letter]") {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters")) {
    paths.push_back(entry.path());
  }
  for (const auto& entry : fs::directory_iterator(fs::path(LETTERBOX_TEST_DATA) / "letters")) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  for (const auto& path : paths) {
    INFO(path.filename().string());
    std::string raw = read_file(path);
    Letter ours = parse_letter(make_text(raw));
    Letter real = parse_letter(letterbox::normalise_text(raw));
    CHECK(real.type == ours.type);
    CHECK(real.date == ours.date);
    CHECK(real.sender.name == ours.sender.name);
    CHECK(names(real.recipients) == names(ours.recipients));
    CHECK(names(real.cc) == names(ours.cc));
    CHECK(names(real.attendees) == names(ours.attendees));
    CHECK(real.subject == ours.subject);
    CHECK(real.signoff == ours.signoff);
  }
}

TEST_CASE("Outlook quoted headers, a report's publication date and a peer's signature", "[parse_letter]") {
  const Letter email = parse_letter(make_text(
      "From: Deepak Chaudhry [mailto:deepak.chaudhry@gose.gsi.gov.uk]\nSent: 03 June 2008 09:14\n"
      "To: Fiona Gallagher\nSubject: APA grades\n\nFiona\n\nThe grades came through.\n\nDeepak\n"));
  CHECK(email.sender.name == "Deepak Chaudhry");
  CHECK(email.sender.address == "deepak.chaudhry@gose.gsi.gov.uk");

  const Letter report = parse_letter(make_text(
      "Bristol City Council\n\nInspection of services for children\n\nInspection date: 9 February 2015 - 5 March 2015\n"
      "Report published: 14 May 2015\n\nOverall effectiveness: requires improvement\n"));
  CHECK(report.type == DocType::report);
  CHECK(report.date.year == 2015);
  CHECK(report.date.month == 5);
  CHECK(report.date.day == 14);

  const Letter peer = parse_letter(make_text(
      "Department for Children, Schools and Families\n\n2 February 2009\n\nDear Ms Jones\n\nThank you.\n\n"
      "Yours sincerely\n\nBARONESS MORGAN OF DREFELIN\n"
      "Parliamentary Under Secretary of State for Children, Young People and Families\n"));
  CHECK(peer.sender.name == "Baroness Morgan of Drefelin");
}

TEST_CASE("Outlook replies: surname-first names, quoted names, mailboxes and the quoted message", "[parse_letter]") {
  const Letter email = parse_letter(make_text(
      "From: Pemberton, Alisha [mailto:Alisha.Pemberton@education.gov.uk]\n"
      "Sent: 04 March 2016 11:02\n"
      "To: Kowalczyk, Marek; 'Siobhan Doyle-Ferris'\n"
      "Cc: Intervention Casework Team; PS Edward Timpson\n"
      "Subject: RE: Doncaster improvement plan\n\n"
      "Marek\n\nThank you: we will look at the plan before the review meeting in April.\n\n"
      "Alisha\n\nAlisha Pemberton\nDeputy Director, Children's Services Intervention\nDepartment for Education\n\n"
      "-----Original Message-----\n"
      "From: Kowalczyk, Marek [mailto:marek.kowalczyk@doncaster.gov.uk]\n"
      "Sent: 03 March 2016 17:40\nTo: Pemberton, Alisha\nSubject: Doncaster improvement plan\n\n"
      "Dear Alisha\n\nPlease find the plan attached.\n\nKind regards\n\nMarek Kowalczyk\n"
      "Director of Children's Services\nDoncaster Metropolitan Borough Council\n"));
  CHECK(email.sender.name == "Alisha Pemberton");
  CHECK(email.sender.role == "Deputy Director, Children's Services Intervention");
  REQUIRE(email.recipients.size() == 2);
  CHECK(email.recipients[0].name == "Marek Kowalczyk");
  CHECK(email.recipients[1].name == "Siobhan Doyle-Ferris");
  REQUIRE(email.cc.size() == 2);
  CHECK(email.cc[0].name.empty());
  // A team's mailbox is written as a role, as the evaluation's gold has it ("| All Members |").
  CHECK(email.cc[0].role == "Intervention Casework Team");
  CHECK(email.cc[0].organisation.empty());
  CHECK(email.cc[1].name == "Edward Timpson");
  // The quoted message's salutation and sign-off are not this e-mail's.
  CHECK(email.salutation.empty());
  CHECK(email.signoff.empty());

  const Letter alone = parse_letter(make_text(
      "From: Ng, Wai\nSent: 2 May 2019\nTo: Brightwell, Harriet, Osei, Kwame\nSubject: Visit\n\nThanks.\n"));
  CHECK(alone.sender.name == "Wai Ng");
  REQUIRE(alone.recipients.size() == 2);
  CHECK(alone.recipients[1].name == "Kwame Osei");
}

TEST_CASE("Dates of minutes, notes under a protective marking and reports dated at the foot", "[parse_letter]") {
  const Letter minutes = parse_letter(make_text(
      "ROTHERHAM LOCAL SAFEGUARDING CHILDREN BOARD\n\n"
      "Minutes of the meeting held on Thursday 12th June 2014 at 9.30 a.m.\n\n"
      "1. MINUTES OF THE MEETING OF 3RD APRIL 2014\n   Agreed.\n"));
  CHECK(minutes.date.iso() == "2014-06-12");

  const Letter note = parse_letter(make_text(
      "OFFICIAL - SENSITIVE\n\nNOTE OF MEETING\n\nDate:     Tues 14/03/17\n"
      "Attendees:    Edward Timpson MP (Minister of State for Children and Families); Cllr Joe Bloggs-Hart (Leader)\n\n"
      "Summary\n\nThe Minister asked about caseloads.\n"));
  CHECK(note.type == DocType::minutes);
  CHECK(note.date.iso() == "2017-03-14");

  const Letter report = parse_letter(make_text(
      "Slough Borough Council Adoption Service\n\nInspection dates: 2 to 6 May 2016\n\n"
      "Overall effectiveness     good\n\nDate of last inspection: 4 June 2012\n\n"
      "Inspector: Ann Other\nDate of report: 23/06/2016\n"));
  CHECK(report.type == DocType::report);
  CHECK(report.date.iso() == "2016-06-23");

  const Letter jar = parse_letter(make_text(
      "Joint Area Review\nDoncaster Children's Services Authority Area\n\n"
      "Age group: All          Published: 2 May 2006          Reference no: 123\n\n"
      "1. This joint area review took place in February 2006.\n"));
  CHECK(jar.type == DocType::report);
  CHECK(jar.date.iso() == "2006-05-02");
}

TEST_CASE("Joint signatures side by side: the first column signs", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "14 March 2007\n\nMs Rukhsana Begum-Holt\nDirector of Children's Services\nDoncaster Council\n\n"
      "Dear Ms Begum-Holt\n\nThis letter sets out our findings.\n\nYours sincerely\n\n"
      "Gwendolyn Ashby-Crane                     Thomas Wainwright\n"
      "Divisional Manager                        Regional Director\n"
      "Ofsted\tCommission for Social Care Inspection\n"));
  CHECK(letter.sender.name == "Gwendolyn Ashby-Crane");
  CHECK(letter.sender.role == "Divisional Manager");
  CHECK(letter.sender.organisation == "Ofsted");
}

TEST_CASE("Attendee tables in aligned columns: a person per row, header rows left out", "[parse_letter]") {
  const Letter minutes = parse_letter(make_text(
      "Tower Hamlets Children's Services Improvement Board\n\nNotes of meeting\nDate:\t12/09/18\n\n"
      "Attendees\n"
      "Name\tOrganisation\tRole\n"
      "Dame Carol Fenwick-Ashe\tIndependent\tChair\n"
      "Cllr Sirajul Haque-Miah\tTower Hamlets Council\tLead Member, Children's Services\n"
      "Supt Ruth Okonedo          Metropolitan Police Service          RO\n\n"
      "1. Welcome\n   The Chair welcomed members.\n"));
  REQUIRE(minutes.attendees.size() == 3);
  CHECK(minutes.attendees[0].name == "Carol Fenwick-Ashe");
  CHECK(minutes.attendees[0].role == "Chair");
  CHECK(minutes.attendees[1].name == "Sirajul Haque-Miah");
  CHECK(minutes.attendees[1].organisation == "Tower Hamlets Council");
  CHECK(minutes.attendees[1].role == "Lead Member, Children's Services");
  CHECK(minutes.attendees[2].name == "Ruth Okonedo");
  CHECK(minutes.attendees[2].organisation == "Metropolitan Police Service");
}

TEST_CASE("Cc lists separated by bars, with roles of bodies and a role holding a comma", "[parse_letter]") {
  const auto cc = letterbox::parsing::parse_cc_list(
      "Moira Kettleby, Chief Executive  |  Arun Sethi, Director for Children, Young People and Families  |  "
      "Chief Constable, Thames Valley Police  |  DCSF");
  REQUIRE(cc.size() == 4);
  CHECK(cc[0].name == "Moira Kettleby");
  CHECK(cc[1].name == "Arun Sethi");
  CHECK(cc[1].role == "Director for Children, Young People and Families");
  CHECK(cc[2].name.empty());
  CHECK(cc[2].role == "Chief Constable");
  CHECK(cc[2].organisation == "Thames Valley Police");
  CHECK(cc[3].name.empty());
  CHECK(cc[3].organisation == "DCSF");
}

TEST_CASE("Names with particles sign letters; a building heading the letter is no one", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Ofsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD\n\n12 May 2008\n\n"
      "Ms Hannah van der Berg\nDirector of Children's Services\nSalford City Council\n\n"
      "Dear Ms van der Berg\n\nThis letter sets out the findings.\n\nYours sincerely\n\n"
      "Lucien d'Almeida-Booth\nDivisional Manager\n"));
  CHECK(letter.sender.name == "Lucien d'Almeida-Booth");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Hannah van der Berg");

  const Letter dame = parse_letter(make_text(
      "Alexandra House\n1 Victoria Street\nLondon SW1H 0ET\n\n3 March 2024\n\nDear Councillor Patel\n\n"
      "Thank you.\n\nWith best wishes,\n\nEmma\n\nDame Emma de la Cruz\nChildren's Commissioner for England\n"));
  CHECK(dame.sender.name == "Emma de la Cruz");
  CHECK(dame.sender.title == "Dame");
}

TEST_CASE("Senders named by a label: a report's author, a memo's From: line; e-mail signatures on one line", "[parse_letter]") {
  const Letter report = parse_letter(make_text(
      "Bury Metropolitan Borough Council\n\nReport to Cabinet\n\n"
      "Report prepared by: Yusuf Adebayo-Kerr, Executive Director of Children's Services\n\n"
      "1. Purpose of Report\n\n1.1 To report the outcome of the inspection published on 2 May 2016.\n\n"
      "2. Recommendations\n\n2.1 That Cabinet notes the outcome.\n"));
  CHECK(report.type == DocType::report);
  CHECK(report.sender.name == "Yusuf Adebayo-Kerr");
  CHECK(report.sender.role == "Executive Director of Children's Services");

  const Letter memo = parse_letter(make_text(
      "MEMORANDUM\n\nTo:      Director of Children's Services\n"
      "From:    Gillian Aske-Ferris, Head of Safeguarding\nDate:    3 May 2011\n\nThe inspection found no areas for "
      "priority action.\n"));
  CHECK(memo.sender.name == "Gillian Aske-Ferris");

  const Letter email = parse_letter(make_text(
      "From: Hartley, Nicola (DfE) <Nicola.HARTLEY@education.gov.uk>\nSent: 18 October 2019 16:02\n"
      "To: Mark Anderson-Pryce\nSubject: Norfolk\n\nMark,\n\nThe Minister has seen the letter.\n\nRegards\nNicola\n\n"
      "Nicola Hartley | Deputy Director | Children's Social Care Improvement | Department for Education\n"));
  CHECK(email.sender.name == "Nicola Hartley");
  CHECK(email.sender.organisation == "DfE");
  CHECK(email.sender.role == "Deputy Director");
}

TEST_CASE("A letterhead giving name and role on one line; a title in brackets after a signer's name", "[parse_letter]") {
  const Letter minister = parse_letter(make_text(
      "EDWARD TIMPSON MP, Minister of State for Children and Families\n\n"
      "Councillor Ann Lucas\nLeader\nCoventry City Council\n\n9 June 2016\n\nDear Ann\n\nThank you.\n\nYours ever,\n\nEdward\n"));
  CHECK(minister.sender.name == "Edward Timpson");
  CHECK(minister.sender.role == "Minister of State for Children and Families");
  REQUIRE(minister.recipients.size() == 1);
  CHECK(minister.recipients[0].name == "Ann Lucas");

  const Letter clerk = parse_letter(make_text(
      "4 April 2006\n\nDear Sir\n\nThe Board met on 1 April.\n\nYours faithfully\n\n"
      "for and on behalf of the Board\n\nP. Okonjo-Reid (Mrs)\nClerk to the Board\n"));
  CHECK(clerk.sender.name == "P. Okonjo-Reid");
  CHECK(clerk.sender.role == "Clerk to the Board");
}

TEST_CASE("Group mailboxes, police ranks and labelled groups of attendees", "[parse_letter]") {
  const Letter email = parse_letter(make_text(
      "From: Ruth Okafor <ruth.okafor@lbhf.gov.uk>\nSent: 2 May 2019 10:00\nTo: All Members; Chief Officers\n"
      "Cc: ACC Shabnam Iqbal\nSubject: Ofsted\n\nColleagues,\n\nThe report is out.\n\nRuth\n"));
  REQUIRE(email.recipients.size() == 2);
  CHECK(email.recipients[0].name.empty());
  CHECK(email.recipients[0].role == "All Members");
  REQUIRE(email.cc.size() == 1);
  CHECK(email.cc[0].name == "Shabnam Iqbal");
  CHECK(email.cc[0].title == "ACC");

  const Letter note = parse_letter(make_text(
      "NOTE OF MEETING\n\nDate:   4 May 2022\n"
      "Attendees:   Will Quince MP (Minister for Children and Families); Det Ch Supt Kamran Aziz (West Yorkshire Police)\n"
      "Officials:   Orla Byrne-Mensah (DfE)\nNote taker:   Orla Byrne-Mensah\n\nSummary\n\n1. The Minister opened.\n"));
  std::vector<std::string> attendees;
  for (const auto& party : note.attendees) attendees.push_back(party.name);
  CHECK(attendees == std::vector<std::string>{"Will Quince", "Kamran Aziz", "Orla Byrne-Mensah", "Orla Byrne-Mensah"});
}

TEST_CASE("Signed for someone ('pp'), and e-mails sent on behalf of a team", "[parse_letter]") {
  const Letter pp = parse_letter(make_text(
      "19 July 2012\n\nDear Councillor Shaw\n\nThank you for your letter.\n\nYours sincerely\n\n[signature]\n"
      "pp TIM LOUGHTON MP\nParliamentary Under Secretary of State for Children and Families\n"));
  CHECK(pp.sender.name == "Tim Loughton");
  const Letter behalf = parse_letter(make_text(
      "From: Priya Raman on behalf of Children's Services Intervention\nSent: 2 June 2016 09:00\nTo: Ian Cole\n"
      "Subject: Visit\n\nIan\n\nSee you on Monday.\n\nPriya\n"));
  CHECK(behalf.sender.name == "Priya Raman");
}

TEST_CASE("A sign-off as OCR misreads it", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "12 Ju1y 2007\n\nDear Mr Okoro\n\nThank you for your 1etter.\n\nYours sincere1y\n\nBeverley Hughes\n"
      "Minister of State for Chi1dren, Young Peop1e and Fami1ies\n"));
  CHECK(letter.signoff == "Yours sincerely");
  CHECK(letter.sender.name == "Beverley Hughes");
  CHECK(letter.date.iso() == "2007-07-12");
}

TEST_CASE("A table of attendees at the head of notes is no addressee", "[parse_letter]") {
  const Letter notes = parse_letter(make_text(
      "Halton Children's Improvement Board\n\nNotes of meeting\nDate:\t02/03/17\n\nAttendees\n"
      "Name\tOrganisation\tRole\nLiam Okeke-Barr\tIndependent\tChair\nGwen Dawes\tHalton Borough Council\tLeader\n\n"
      "1. Welcome\n   The Chair opened the meeting.\n"));
  CHECK(notes.type == DocType::minutes);
  CHECK(notes.recipients.empty());
  CHECK(notes.attendees.size() == 2);
}

TEST_CASE("Cc lists: a department's name with commas, a body without a body's word", "[parse_letter]") {
  const auto cc = letterbox::parsing::parse_cc_list(
      "Ed Balls MP, Secretary of State for Children, Schools and Families; Orla Quinn, Chief Executive, "
      "Warrington Children First");
  REQUIRE(cc.size() == 2);
  CHECK(cc[0].role == "Secretary of State for Children, Schools and Families");
  CHECK(cc[1].name == "Orla Quinn");
  CHECK(cc[1].organisation == "Warrington Children First");
}

TEST_CASE("A minister's letterhead 'From <name>' over the office is the sender when nobody signs", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "From Parmjit Dhanda MP\nParliamentary Under Secretary of State for Children, Young People and Families\n\n"
      "Councillor Ruth Okafor\nLeader\nLuton Borough Council\nTown Hall\nLuton LU1 2BQ\n\n3 October 2006\n\n"
      "Dear Ruth\n\nThank you for your letter about the review.\n\nYours ever,\n"));
  CHECK(letter.sender.name == "Parmjit Dhanda");
  CHECK(letter.sender.role == "Parliamentary Under Secretary of State for Children, Young People and Families");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Ruth Okafor");
}

TEST_CASE("A signer's role cut short at a line's end runs on to the next line", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "12 May 2022\n\nDear Minister\n\nThank you for your letter.\n\nKind regards,\n\nAyodele Brennan-Walsh\n"
      "Acting Director of Children's\nServices\nNorth Lincolnshire Council\n"));
  CHECK(letter.sender.name == "Ayodele Brennan-Walsh");
  CHECK(letter.sender.role == "Acting Director of Children's Services");
  CHECK(letter.sender.organisation == "North Lincolnshire Council");
}

TEST_CASE("A letter to 'The Secretary of State for ...' by office alone has that office as recipient", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Thurrock Council\nCivic Offices, New Road, Grays RM17 6SL\n\n"
      "The Secretary of State for Education\nDepartment for Education\nSanctuary Buildings\nLondon SW1P 3BT\n\n"
      "2 May 2023\n\nDear Secretary of State\n\nThank you.\n\nYours faithfully\n\nMarisol Achterberg\nChief Executive\n"));
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name.empty());
  CHECK(letter.recipients[0].role == "Secretary of State for Education");
  CHECK(letter.sender.name == "Marisol Achterberg");
}

TEST_CASE("A form below the signature is not the signer; the letterhead's office is the signer's role", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "From the Parliamentary Under Secretary of State for Children and Families\nTim Loughton MP\n\n"
      "Mr Gareth Oyelaran\nDirector of Children's Services\nWirral Council\nWallasey CH44 8ED\n\n4 March 2011\n\n"
      "Dear Mr Oyelaran\n\nPlease return the form below.\n\nYours sincerely\n\nTIM LOUGHTON\n\n\n\n"
      "BOOKING FORM\nRegional event for directors\n\nName: ________________\n\nPosition: Head of Service\n"));
  CHECK(letter.sender.name == "Tim Loughton");
  CHECK(letter.sender.role == "Parliamentary Under Secretary of State for Children and Families");
}

TEST_CASE("An address in a town whose name starts like a contact label ('Telford', 'Webster Road') is an address", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Ofsted\nCannon House\nBirmingham B4 6BS\n\n10 March 2023\n\nMr Idris Talbot-Nwosu\nDirector of Children's Services\n"
      "Telford & Wrekin Council\nTelford TF3 4NT\n\nDear Mr Talbot-Nwosu\n\nThis letter sets out the findings.\n\n"
      "Yours sincerely\n\nMaeve Oduya-Lindqvist\nHis Majesty's lnspector\n"));
  CHECK(letter.sender.name == "Maeve Oduya-Lindqvist");
  CHECK(letter.sender.role == "His Majesty's lnspector");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Idris Talbot-Nwosu");
}

TEST_CASE("A peer signs with the territorial designation and post-nominals", "[parse_letter]") {
  const auto line = letterbox::parsing::split_name_line("BARONESS MORGAN OF DREFELIN DL");
  CHECK(line.name == "Baroness Morgan of Drefelin");
  CHECK(line.title == "DL");
  CHECK(letterbox::parsing::split_name_line("The Lord Hill of Oareford CBE").name == "Lord Hill of Oareford");
}

TEST_CASE("A committee report's 'Responsible Officer' column names its author", "[parse_letter]") {
  const Letter report = parse_letter(make_text(
      "Wiltshire Council\n\nChildren's Select Committee\n12 January 2017\n\n"
      "Responsible Officer    Tomasz Adeyemi-Clark, Corporate Director\n\n1. Purpose\n\n1.1 To report the outcome.\n\n"
      "2. Recommendation\n\n2.1 That the Committee notes it.\n"));
  CHECK(report.type == DocType::report);
  CHECK(report.sender.name == "Tomasz Adeyemi-Clark");
  CHECK(report.sender.role == "Corporate Director");
}

TEST_CASE("Cc lists: a minister's brief with 'and' in it is no second person", "[parse_letter]") {
  const auto cc = letterbox::parsing::parse_cc_list(
      "Oksana Reilly, Minister of State for Local Government and English Devolution, and Cllr Ben Mwale");
  REQUIRE(cc.size() == 2);
  CHECK(cc[0].role == "Minister of State for Local Government and English Devolution");
  CHECK(cc[1].name == "Ben Mwale");
}

TEST_CASE("Attendees parted by bars and wrapped anywhere, a name hyphenated across lines, labelled lines after", "[parse_letter]") {
  const Letter notes = parse_letter(make_text(
      "SALFORD LOCAL SAFEGUARDING CHILDREN BOARD\n\nMINUTES OF MEETING HELD ON 3 MARCH 2010\n\n"
      "Present:  Imelda Fortescue-Obi (Chair) | Dr Kwesi Ashdown-\nBaptiste (Named Doctor, NHS Salford) | Orla\n"
      "Venn (Connexions) | Priya Lakeland (Salford City Council)\nOfficers:  Tom Hurley (minutes)\n\n"
      "1. Welcome\n1.1 The Chair welcomed members.\n"));
  std::vector<std::string> names;
  for (const auto& attendee : notes.attendees) names.push_back(attendee.name);
  CHECK(names == std::vector<std::string>{"Imelda Fortescue-Obi", "Kwesi Ashdown-Baptiste", "Orla Venn", "Priya Lakeland",
                                          "Tom Hurley"});
}

TEST_CASE("A signature with OCR's digits for letters ('Michae1') is still a name", "[parse_letter][ocr]") {
  const Letter letter = parse_letter(make_text(
      "7 July 2006\n\nDear Secretary of State\n\nThank you.\n\nYours sincerely\n\n\n\nCllr Danie1 Oke-Marsha11\n"
      "Leader of the Council\n"));
  CHECK(letter.sender.name == "Daniel Oke-Marshall");
  CHECK(letter.sender.role == "Leader of the Council");
}

TEST_CASE("E-mail parties: Outlook's 'Surname, Forename <address>' with a double-barrelled surname; an office's mailbox is no person", "[parse_letter][email]") {
  const Letter mail = parse_letter(make_text(
      "From: Okonjo, Adaeze <adaeze.okonjo@dcsf.gsi.gov.uk>\n"
      "To: Pryce-Mensah, Gareth <gareth.pryce-mensah@cumbriacc.gov.uk>\n"
      "Cc: Lund-Achebe, Simon (DCSF) <simon.lund-achebe@dcsf.gsi.gov.uk>; \"Commissioner's Office\" <office@essex.gov.uk>\n"
      "Sent: 3 March 2008 10:12\nSubject: APA\n\nGareth,\n\nThe letter is attached.\n\nAdaeze\n"));
  REQUIRE(mail.recipients.size() == 1);
  CHECK(mail.recipients[0].name == "Gareth Pryce-Mensah");
  REQUIRE(mail.cc.size() == 2);
  CHECK(mail.cc[0].name == "Simon Lund-Achebe");
  CHECK(mail.cc[1].name.empty());
  CHECK(mail.cc[1].role == "Commissioner's Office");
  const auto welsh = letterbox::parsing::split_name_line("Councillor Rhiannon ap Gwilym-Mensah");
  CHECK(welsh.name == "Rhiannon ap Gwilym-Mensah");
}

TEST_CASE("E-mail parties: a folded Cc header goes on over its indented lines; a surname with its particle", "[parse_letter][email]") {
  const Letter mail = parse_letter(make_text(
      "From: Nwachukwu, Ifeoma\n"
      "Sent: 14 May 2013 09:40\n"
      "To: Van der Merwe, Pieter; St John-Ashby, Carys\n"
      "Cc: Hollis, Grainne; Okafor-Lund, Tobias;\n"
      "    Zhao, Mei; Brennan, Ciaran\n"
      "Subject: Inspection report\n\nPieter, Carys\n\nThe report is attached.\n\nIfeoma\n"));
  REQUIRE(mail.recipients.size() == 2);
  CHECK(mail.recipients[0].name == "Pieter Van der Merwe");
  CHECK(mail.recipients[1].name == "Carys St John-Ashby");
  REQUIRE(mail.cc.size() == 4);
  CHECK(mail.cc[2].name == "Mei Zhao");
  CHECK(mail.cc[3].name == "Ciaran Brennan");
}

TEST_CASE("A signature block written as a form ('Name:', 'Position:'), two signatories, no sign-off", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Swindon Borough Council\nEuclid Street\nSwindon SN1 2JH\n\n3 March 2022\n\nDear Minister\n\n"
      "The council accepts the terms of the notice.\n\nSigned on behalf of the Council:\n\n\n"
      "Signed:   ..............[signature]..............\n\nName:     Councillor Oona Brightwell-Sesay\n"
      "Position: Leader of the Council\nDate:     03/03/2022\n\n\nSigned:   ..........\n\nName:     Piotr Adeyemi\n"
      "Position: Chief Executive\n"));
  CHECK(letter.sender.name == "Oona Brightwell-Sesay");
  CHECK(letter.sender.role == "Leader of the Council");
}

TEST_CASE("E-mail parties: a management team's mailbox by its initials is a role", "[parse_letter][email]") {
  const Letter mail = parse_letter(make_text(
      "From: Ola Brennan-Asante <ola.brennan-asante@thurrock.gov.uk>\nTo: \"Childrens Services DMT\" <csdmt@thurrock.gov.uk>\n"
      "Date: Tue, 4 Apr 2023 09:12:00 +0100\nSubject: Notes\n\nAll,\n\nNotes attached.\n\nOla\n"));
  REQUIRE(mail.recipients.size() == 1);
  CHECK(mail.recipients[0].name.empty());
  CHECK(mail.recipients[0].role == "Childrens Services DMT");
}

TEST_CASE("A sign-off and signature in a column beside an enclosures and cc column", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "12 May 2016\n\nDear Minister\n\nThank you for your letter about the inspection.\n\n"
      "Enc.                                        Yours sincerely\n"
      "Action plan (May 2016)                      [signature]\n\n"
      "cc  Cllr Tobias Wren-Achebe,                Marisa Okonkwo-Hale\n"
      "    Cabinet Member for                      Director of Children's Services\n"
      "    Children and Young People               Warrington Borough Council\n"));
  CHECK(letter.signoff == "Yours sincerely");
  CHECK(letter.sender.name == "Marisa Okonkwo-Hale");
  CHECK(letter.sender.role == "Director of Children's Services");
}

TEST_CASE("Minutes have no sender, even with a councillor in the chair at their head", "[parse_letter]") {
  const Letter minutes = parse_letter(make_text(
      "SOUTHWARK COUNCIL\n\nFOSTERING PANEL\n\n4 June 2014\n\nPRESENT:\n\n"
      "Councillor Idris Vaughan-Okafor (in the Chair),\nCouncillors P. Lomax and R. Hendry-Bassey.\n\n"
      "1. MINUTES\n\nThe minutes of the meeting of 2 April 2014 were agreed as a correct record.\n"));
  CHECK(minutes.type == DocType::minutes);
  CHECK(minutes.sender.name.empty());
  CHECK(minutes.sender.role.empty());
  std::vector<std::string> attendees;
  for (const auto& party : minutes.attendees) attendees.push_back(party.name);
  CHECK(attendees == std::vector<std::string>{"Idris Vaughan-Okafor", "P. Lomax", "R. Hendry-Bassey"});
  CHECK(minutes.attendees[1].title == "Councillor");
}

TEST_CASE("A report's 'Lead Officer:' names its author, not a capitals heading further down", "[parse_letter]") {
  const Letter report = parse_letter(make_text(
      "NORFOLK COUNTY COUNCIL\n\nCHILDREN'S SERVICES COMMITTEE                  Item 9\n\n14 March 2017\n\n"
      "REPORT OF THE EXECUTIVE DIRECTOR\n\nLead Officer:     Ifeoma Castellanos-Reid, Executive Director, Children's Services\n\n"
      "1. PURPOSE\n\nThis report tells members about the monitoring visit in January.\n\n"
      "2. RISK IMPLICATIONS\n\nThere are none beyond those in the improvement plan.\n\n"
      "NEXT STEPS\n\nThe next visit is due in May.\n"));
  CHECK(report.type == DocType::report);
  CHECK(report.sender.name == "Ifeoma Castellanos-Reid");
  CHECK(report.sender.role == "Executive Director, Children's Services");
  CHECK(report.sender.organisation == "NORFOLK COUNTY COUNCIL");
  for (const auto& recipient : report.recipients) CHECK(recipient.name != "Next Steps");
}

TEST_CASE("E-mail parties: Outlook's 'Surname, Forename' with two forenames; a department's all-staff mailbox",
          "[parse_letter][email]") {
  const Letter mail = parse_letter(make_text(
      "From: Okonjo, Ngozi <Ngozi.Okonjo@lambeth.gov.uk>\nTo: Zhang, Xiao Ming <XiaoMing.Zhang@dfe.gov.uk>\n"
      "Cc: CYP All Staff <cyp.allstaff@lambeth.gov.uk>\nSent: 3 May 2021 10:02\nSubject: Visit\n\n"
      "Xiao Ming,\n\nThank you for the visit.\n\nNgozi\n"));
  REQUIRE(mail.recipients.size() == 1);
  CHECK(mail.recipients[0].name == "Xiao Ming Zhang");
  REQUIRE(mail.cc.size() == 1);
  CHECK(mail.cc[0].name.empty());
  CHECK(mail.cc[0].role == "CYP All Staff");
}

TEST_CASE("A cc list: 'Her Majesty's Chief Inspector' and '... and Young People's Services' are roles", "[parse_letter]") {
  const auto cc = letterbox::parsing::parse_cc_list(
      "Sir Martin Ferris-Grant, Her Majesty's Chief Inspector; Oyelola Brandt, Director of Children and Young "
      "People's Services");
  std::vector<std::string> names;
  for (const auto& party : cc)
    if (!party.name.empty()) names.push_back(party.name);
  CHECK(names == std::vector<std::string>{"Martin Ferris-Grant", "Oyelola Brandt"});
}

TEST_CASE("A heavily OCR'd minister's letter: '1' for 'l' in the letterhead and address, 'rn' for 'm', a logo's name over two lines",
          "[parse_letter][ocr]") {
  const Letter letter = parse_letter(make_text(
      "Kim Brarnhall MP\nMinister of State for Chi1dren and Fami1ies\n\n"
      "                                   Sanctuary Bui1dings Great Smith Street London SW1P 3BT\n"
      "                                                                     Department\n"
      "                                                                     for Education\n\n"
      "Counci11or Wilhelmina Oduya-Bell\nLeader of the Counci1\nCumbria County Counci1\nThe Courts\nCarlisle CA3 8NA\n\n"
      "                                                                     9 February 2O11\n\n"
      "Dear Wilhelmina,\n\nThank you for your letter about the inspection.\n\nYours sincerely\n\nKIM BRAMHALL\n"));
  CHECK(letter.date.iso() == "2011-02-09");
  CHECK(letter.sender.name == "Kim Bramhall");
  CHECK(letter.sender.role == "Minister of State for Children and Families");
  CHECK(letter.sender.organisation == "Department for Education");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Wilhelmina Oduya-Bell");
  CHECK(letter.recipients[0].role == "Leader of the Council");
}

TEST_CASE("Signature roles: an inspectorate's line of work under the title; the board a chair signs for is the organisation",
          "[parse_letter]") {
  const Letter apa = parse_letter(make_text(
      "Ofsted\nAviation House\n125 Kingsway\nLondon WC2B 6SE\n\n30 November 2008\n\nDear Mr Osborne-Price\n\n"
      "This letter sets out the findings of the annual performance assessment.\n\nYours sincerely\n\n"
      "Imelda Fairweather-Nkosi\nDivisional Manager\nLocal Services Inspection\n"));
  CHECK(apa.sender.role == "Divisional Manager, Local Services Inspection");

  const Letter chair = parse_letter(make_text(
      "12 January 2021\n\nDear Minister\n\nThe board met on 5 January.\n\nYours sincerely\n\n"
      "Ruairi Castellano-Boateng\nIndependent Chair, Torbay Safeguarding Children Partnership\n"));
  CHECK(chair.sender.role == "Independent Chair");
  CHECK(chair.sender.organisation == "Torbay Safeguarding Children Partnership");

  // A board named after its parent's initials stays in the role.
  const Letter lga = parse_letter(make_text(
      "3 May 2015\n\nDear Secretary of State\n\nThe board discussed the funding settlement.\n\nYours sincerely\n\n"
      "Tomasina Brierley-Osei\nChair, NHS Confederation Children's Health Board\n"));
  CHECK(lga.sender.role == "Chair, NHS Confederation Children's Health Board");
}

TEST_CASE("A cc list: a body's name wrapped onto the next line, OCR's '1' for 'l', a place and a body's initials",
          "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "2 July 2012\n\nDear Minister\n\nThank you for your letter.\n\nYours sincerely\n\nMarcus Ede-Lindqvist\nLeader\n\n"
      "cc:  Pauline Ostrowska, Director of Children's Services, Stockport Metropolitan\n"
      "     Borough Counci1\n"
      "     Professor Ifan Rhys-Okoro, Independent Chair, Stockport LSCB\n"));
  std::vector<std::string> names;
  for (const auto& party : letter.cc)
    if (!party.name.empty()) names.push_back(party.name);
  CHECK(names == std::vector<std::string>{"Pauline Ostrowska", "Ifan Rhys-Okoro"});
}

TEST_CASE("Attendees: initials in brackets close the name, and the next column is not part of it", "[parse_letter]") {
  const auto parties = letterbox::parsing::parse_attendee_items(
      {"Dr Halima Ferreira-Dunn (HFD) Leeds Beckett University (item 3)", "Piers Oyelowo (PO)   Head of Service"});
  REQUIRE(parties.size() == 2);
  CHECK(parties[0].name == "Halima Ferreira-Dunn");
  CHECK(parties[0].organisation == "Leeds Beckett University");
  CHECK(parties[1].name == "Piers Oyelowo");
}

TEST_CASE("A review note: 'Prepared for:' names its recipient, 'Prepared by:' its author's organisation, both wrapping",
          "[parse_letter]") {
  const Letter note = parse_letter(make_text(
      "OFFICIAL\n\nSLOUGH BOROUGH COUNCIL: CHILDREN'S SERVICES\nREPORT OF THE IMPROVEMENT ADVISER\n\n"
      "Prepared for:   Nick Gibb MP, Minister of State for\n                School Standards\n"
      "Prepared by:    Ottilie Barnard-Mensah, Improvement Adviser,\n                Department for Education\n"
      "Date:           4 February 2016\n\n1. Purpose\n\n1.1 This note reviews the trust's first year.\n\n"
      "2. Findings\n\n2.1 Caseloads have fallen.\n\nOttilie Barnard-Mensah\nImprovement Adviser\n"));
  CHECK(note.type == DocType::report);
  CHECK(note.sender.name == "Ottilie Barnard-Mensah");
  CHECK(note.sender.organisation == "Department for Education");
  REQUIRE(note.recipients.size() == 1);
  CHECK(note.recipients[0].name == "Nick Gibb");
  CHECK(note.recipients[0].role == "Minister of State for School Standards");
}

TEST_CASE("A letter signed only with a post, whose holder the letterhead names after the post and a colon",
          "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "SANDWELL CHILDREN'S TRUST BOARD\n\nChair: Professor Kwame Ellison-Bright\nThe Council House, Oldbury B69 3DE\n\n\n"
      "Vicky Ford MP\nParliamentary Under Secretary of State for Children and Families\nDepartment for Education\n"
      "Sanctuary Buildings\nLondon SW1P 3BT\n\n2 March 2021\n\nDear Minister\n\nThe board met in February.\n\n"
      "Yours sincerely\n\nSigned\n\nChair\nSandwell Children's Trust Board\n"));
  CHECK(letter.sender.name == "Kwame Ellison-Bright");
  CHECK(letter.sender.role == "Chair");
}

TEST_CASE("Signatures: pronouns after the name; a London or Royal borough as the organisation", "[parse_letter][email]") {
  const Letter mail = parse_letter(make_text(
      "From: Tunde Okafor-Ryan <tunde.okafor-ryan@southwark.gov.uk>\nTo: Ava Lindgren <ava.lindgren@dfe.gov.uk>\n"
      "Sent: 2 March 2022 11:04\nSubject: Visit\n\nAva\n\nThanks for the notes.\n\nKind regards\n\nTunde\n\n"
      "Tunde Okafor-Ryan (he/him)\nStrategic Director of Children's Services\nLondon Borough of Southwark\n"
      "160 Tooley Street, London SE1 2QH\n"));
  CHECK(mail.sender.name == "Tunde Okafor-Ryan");
  CHECK(mail.sender.role == "Strategic Director of Children's Services");
  CHECK(mail.sender.organisation == "London Borough of Southwark");
  CHECK(letterbox::parsing::is_organisation_line("Royal Borough of Kingston upon Thames"));
  CHECK_FALSE(letterbox::parsing::is_organisation_line("Borough High Street"));
}

TEST_CASE("OCR in a letterhead: a speck line above the name; 'rn' for 'm' in the office's words", "[parse_letter][ocr]") {
  const Letter letter = parse_letter(make_text(
      "                                        Departrnent for Education\n"
      "                                        Sanctuary Buildings  London SW1P 3BT\n"
      "~\n**Tim Loughton MP**\nParliamentary Under Secretary of State for Children and Farnilies\n\n"
      "Councillor Aneurin Pask-Odell\nLeader of the Council\nTorbay Council\nTown Hall\nTorquay TQ1 3DR\n\n"
      "14 March 2011\n\nDear Councillor Pask-Odell\n\nThank you for your letter.\n\nYours sincerely\n\nTIM LOUGHTON\n"));
  CHECK(letter.sender.name == "Tim Loughton");
  CHECK(letter.sender.role == "Parliamentary Under Secretary of State for Children and Families");
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Aneurin Pask-Odell");
}

TEST_CASE("Attendees grouped under labels in a column ('Partners:', 'Leeds City Council:')", "[parse_letter]") {
  const Letter notes = parse_letter(make_text(
      "NOTE OF MEETING\n\nAttendees\n  Partners:             Ch Supt Ifor Madaki, West Yorkshire Police\n"
      "  Leeds City Council:   Cllr Hamida Sturge-Okoro, Executive Member\n"
      "                        Tomasz Greenhalgh, Chief Executive\n\n1. Purpose\n\nThe meeting reviewed progress.\n"));
  std::vector<std::string> names;
  for (const auto& party : notes.attendees) names.push_back(party.name);
  CHECK(names == std::vector<std::string>{"Ifor Madaki", "Hamida Sturge-Okoro", "Tomasz Greenhalgh"});
}

TEST_CASE("A council's report is addressed to the committee, panel or cabinet named at its head", "[parse_letter]") {
  const Letter report = parse_letter(make_text(
      "CORNWALL COUNCIL\n\nCHILDREN'S SCRUTINY COMMITTEE                      Agenda Item 7\n\n9 October 2013\n\n"
      "REPORT OF THE DIRECTOR OF CHILDREN'S SERVICES\n\nAuthor: Rhodri Pellow-Nkem, Head of Quality Assurance\n\n"
      "1. Purpose\n\nThis report sets out the findings of the inspection.\n\n2. Findings\n\nThe findings are in the annex.\n"));
  CHECK(report.type == DocType::report);
  REQUIRE(report.recipients.size() == 1);
  CHECK(report.recipients[0].name.empty());
  CHECK(report.recipients[0].role == "Children's Scrutiny Committee");
  CHECK(report.recipients[0].organisation == "CORNWALL COUNCIL");
  // "Cabinet Member:" is a label, not the meeting.
  const Letter labelled = parse_letter(make_text(
      "WIGAN COUNCIL\n\nREPORT OF THE DIRECTOR\n\nCabinet Member:  Cllr Ada Ferris-Iqbal\n\n"
      "1. Purpose\n\nTo note the visit.\n\n2. Findings\n\nNone.\n"));
  CHECK(labelled.recipients.empty());
}

TEST_CASE("An inspectorate's letter: the letterhead's web address names the sender's organisation; a council's does not",
          "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Piccadilly Gate                                   T 0300 123 1231\nStore Street\n"
      "Manchester M1 2WD                                 www.ofsted.gov.uk\n\n4 December 2007\n\n"
      "Mr Emrys Tovey-Adams\nDirector of Children's Services\nBolton Council\nTown Hall\nBolton BL1 1RU\n\n"
      "Dear Mr Tovey-Adams\n\nThis letter sets out the findings.\n\nYours sincerely\n\nMagdalena Orrell-Ifeanyi\n"
      "Divisional Manager\nLocal Services Inspection\n"));
  CHECK(letter.sender.organisation == "Ofsted");
  const Letter council = parse_letter(make_text(
      "Town Hall\nBolton BL1 1RU\nwww.bolton.gov.uk\n\n4 December 2007\n\nDear Minister\n\nThank you.\n\n"
      "Yours sincerely\n\nEmrys Tovey-Adams\nDirector of Children's Services\n"));
  CHECK(council.sender.organisation.empty());
}

TEST_CASE("An address block headed 'County Councillor' names the recipient", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Department\nfor Education\n\nNick Gibb MP\nMinister of State for School Standards\n\n"
      "County Councillor Emlyn Braithwaite-Osei\nLeader of the Council\nDevon County Council\nCounty Hall\n"
      "Exeter EX2 4QD\n\n3 June 2016\n\nDear Councillor Braithwaite-Osei\n\nThank you.\n\nYours sincerely\n\nNICK GIBB\n"));
  REQUIRE(letter.recipients.size() == 1);
  CHECK(letter.recipients[0].name == "Emlyn Braithwaite-Osei");
  CHECK(letter.recipients[0].role == "Leader of the Council");
}

TEST_CASE("An attendee's role wrapped under the table's second column goes on with that row", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "HALTON SAFEGUARDING PARTNERSHIP\n\nNOTES OF THE MEETING HELD ON 4 MARCH 2020\n\n"
      "Present:\n"
      "Dr Wynne Achterberg                 Designated Doctor, Bridgewater NHS\n"
      "                                    Foundation Trust\n"
      "Councillor Peter Okafor-Lund        Lead Member for Children,\n"
      "                                    Halton Borough Council\n"
      "Sergeant Maud Ellery                Cheshire Constabulary\n\n"
      "1. Welcome\n\nThe chair welcomed members.\n"));
  REQUIRE(letter.attendees.size() == 3);
  CHECK(letter.attendees[0].name == "Wynne Achterberg");
  CHECK(letter.attendees[1].name == "Peter Okafor-Lund");
  CHECK(letter.attendees[2].name == "Maud Ellery");
  const Letter grouped = parse_letter(make_text(
      "STOCKTAKE NOTE\n\n14 May 2015\n\nAttendees\n"
      "  DfE:                  Amara Lindqvist, Deputy Director (chair)\n"
      "                        Tobias Ncube, Intervention Adviser\n"
      "  Council:              Fenella Rourke, Director of Children's Services\n\n"
      "1. Progress\n\nNoted.\n"));
  CHECK(grouped.attendees.size() == 3);
}

TEST_CASE("A grade table's header row is no signature", "[parse_letter]") {
  const Letter letter = parse_letter(make_text(
      "Enfield Council\n\nInspection of children's social care services\n\nInspection dates: 3 to 14 May 2021\n\n"
      "Judgement                                                        Grade\n\n"
      "Overall effectiveness                                            Good\n"));
  CHECK(letter.sender.name.empty());
}

TEST_CASE("A press release's heading and a report's graded heading are no signature", "[parse_letter]") {
  const Letter release = parse_letter(make_text(
      "LONDON BOROUGH OF HOUNSLOW\n\nPress Release\n\nFor immediate release: 4 May 2017\n\n"
      "OFSTED FINDS HOUNSLOW'S CHILDREN'S SERVICES GOOD\n\nServices were judged good.\n\n"
      "Councillor Amrit Sandhu, Cabinet Member for Children, said: \"This is a good day.\"\n"));
  CHECK(release.sender.name != "Press Release");
  const Letter report = parse_letter(make_text(
      "Inspection of services for children in Sefton\n\nInspection dates: 2 to 13 March 2015\n\n"
      "OVERALL EFFECTIVENESS\n\nRequires improvement\n\nLead inspector:   Dorota Kaminska HMI\n"));
  CHECK(report.sender.name != "Overall Effectiveness");
}
