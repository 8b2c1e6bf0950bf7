#include <catch2/catch.hpp>

#include "indexer/build_document.h"
#include "schema/schema.h"
#include "schema/text_analysis.h"

using namespace letterbox;

namespace {

AnalysedLetter sample_letter() {
  AnalysedLetter analysed;
  analysed.text.display = "**Dear Councillor Hussain,**\nThe Improvement Notice is lifted.";
  analysed.text.clean = "Dear Councillor Hussain,\nThe Improvement Notice is lifted.";
  analysed.letter.type = DocType::letter;
  analysed.letter.date = {2016, 3, 4};
  analysed.letter.title = "Birmingham children's services";
  analysed.letter.sender = {"Edward Timpson", "MP", "Parliamentary Under Secretary of State", "Department for Education", ""};
  analysed.letter.recipients = {{"Tahir Hussain", "Councillor", "Leader", "Birmingham City Council", ""}};
  Entity minister{EntityKind::person, "Edward Timpson", {}, "", "", true, "Minister", "", "reference", ""};
  Entity leader{EntityKind::person, "Tahir Hussain", {}, "Leader", "", false, "", "", "rule: honorific", ""};
  Entity dfe{EntityKind::body, "Department for Education", {"DfE"}, "", "", false, "", "", "reference", ""};
  Entity grade{EntityKind::grade, "requires improvement", {}, "", "overall effectiveness", false, "", "", "rule", ""};
  analysed.entities.items = {minister, leader, dfe, grade};
  return analysed;
}

Xapian::Document build(const AnalysedLetter& analysed, const std::string& id = "/letters/a.txt") {
  Xapian::TermGenerator generator;
  text::configure(generator);
  return build_document({id, "letters/a.txt", "00000000000000ff", analysed}, generator);
}

bool has_term(const Xapian::Document& document, const std::string& term) {
  auto it = document.termlist_begin();
  it.skip_to(term);
  return it != document.termlist_end() && *it == term;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& document, const std::string& term) {
  auto it = document.termlist_begin();
  it.skip_to(term);
  REQUIRE((it != document.termlist_end() && *it == term));
  return {it.positionlist_begin(), it.positionlist_end()};
}

}  // namespace

TEST_CASE("a document carries its filters, values and data through the schema", "[build_document]") {
  const Xapian::Document document = build(sample_letter());
  CHECK(has_term(document, schema::id_term("/letters/a.txt")));
  CHECK(has_term(document, "Kletter"));
  CHECK(has_term(document, "Y2016"));
  CHECK(has_term(document, "D20160304"));
  CHECK(has_term(document, schema::entity_term(schema::entity_field("minister"), "Edward Timpson")));
  CHECK(has_term(document, schema::entity_term(schema::entity_field("person"), "Tahir Hussain")));
  CHECK(has_term(document, schema::entity_term(schema::entity_field("grade"), "requires improvement")));
  CHECK(has_term(document, schema::entity_term(schema::entity_field("from"), "Edward Timpson")));
  CHECK(has_term(document, schema::entity_term(schema::entity_field("to"), "Tahir Hussain")));
  CHECK(document.get_value(schema::kDateSlot) == "20160304");
  CHECK(document.get_value(schema::kYearSlot) == "2016");
  CHECK(schema::decode_list(document.get_value(schema::kPersonSlot)) ==
        std::vector<std::string>{"Edward Timpson", "Tahir Hussain"});
  CHECK(schema::decode_list(document.get_value(schema::kMinisterSlot)) == std::vector<std::string>{"Edward Timpson"});
  CHECK(document.get_value(schema::kContentHashSlot) == "00000000000000ff");

  const auto data = schema::decode_document_data(document.get_data());
  CHECK(data.date == "2016-03-04");
  CHECK(data.sender.name == "Edward Timpson");
  CHECK(data.text == sample_letter().text.display);  // the original, markdown and all
  REQUIRE(data.entities.size() == 4);
  CHECK(data.entities[3].aspect == "overall effectiveness");
}

TEST_CASE("names are searchable by their words and aliases, case-folded", "[build_document]") {
  const Xapian::Document document = build(sample_letter());
  const auto& body = schema::entity_field("body");
  CHECK(has_term(document, std::string(body.word_prefix) + "dfe"));
  CHECK(has_term(document, std::string(body.word_prefix) + "education"));
  // from:dfe finds a letter sent from the Department, through its alias.
  CHECK(has_term(document, std::string(schema::entity_field("from").word_prefix) + "dfe"));
  CHECK(has_term(document, "improvement"));
  CHECK(has_term(document, "Zimprov"));
  CHECK(has_term(document, std::string(schema::kSubjectPrefix) + "birmingham"));
}

TEST_CASE("a phrase cannot run from one name into the next", "[build_document]") {
  const Xapian::Document document = build(sample_letter());
  const std::string prefix(schema::entity_field("person").word_prefix);
  const auto last_of_first = positions(document, prefix + "timpson");
  const auto first_of_second = positions(document, prefix + "tahir");
  CHECK(first_of_second.front() > last_of_first.back() + 1);
}

TEST_CASE("an undated letter has no date terms or values", "[build_document]") {
  AnalysedLetter analysed = sample_letter();
  analysed.letter.date = {};
  const Xapian::Document document = build(analysed);
  CHECK(document.get_value(schema::kDateSlot).empty());
  CHECK(document.get_value(schema::kYearSlot).empty());
  auto it = document.termlist_begin();
  it.skip_to("Y");
  CHECK((it == document.termlist_end() || (*it)[0] != 'Y'));
}

TEST_CASE("a very long identifier still makes a valid term", "[build_document]") {
  const std::string id = "/" + std::string(400, 'x') + ".txt";
  const Xapian::Document document = build(sample_letter(), id);
  CHECK(has_term(document, schema::id_term(id)));
  CHECK(schema::id_term(id).size() <= 200);
  CHECK(schema::id_term(id) != schema::id_term(id + "2"));
}

TEST_CASE("spelling words are the plain words of the text, without numbers or prefixed terms", "[build_document]") {
  AnalysedLetter analysed = sample_letter();
  analysed.text.clean += " In 2016 the guickly written notice.";
  const auto words = spelling_words(build(analysed));
  const auto has = [&](const std::string& w) {
    return std::any_of(words.begin(), words.end(), [&](const auto& p) { return p.first == w; });
  };
  CHECK(has("guickly"));
  CHECK(has("improvement"));
  CHECK_FALSE(has("2016"));
  CHECK_FALSE(has("Zimprov"));
  for (const auto& [word, frequency] : words) CHECK_FALSE((word[0] >= 'A' && word[0] <= 'Z'));
}
