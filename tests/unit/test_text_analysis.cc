#include <catch2/catch.hpp>

#include <string>

#include <xapian.h>

#include "schema/text_analysis.h"

using letterbox::text::configure;
using letterbox::text::fold_case;
using letterbox::text::make_stemmer;
using letterbox::text::normalise;
using letterbox::text::normalise_query;

TEST_CASE("normalise returns plain ASCII text unchanged", "[text_analysis]") {
  const std::string letter = "Dear Councillor Khan,\n\n\tRe: Slough Children's Trust, 14 May 2019.\n";
  CHECK(normalise(letter) == letter);
  CHECK(normalise("") == "");
}

TEST_CASE("normalise straightens curly quotes and primes", "[text_analysis]") {
  CHECK(normalise("Doncaster\u2019s \u2018good\u2019 grade") == "Doncaster's 'good' grade");
  CHECK(normalise("\u201CCornwall Council\u201D \u201Eperforms poorly\u201F") ==
        "\"Cornwall Council\" \"performs poorly\"");
  CHECK(normalise("\u201Aa\u201B b\u2032 c\u2033") == "'a' b' c\"");
}

TEST_CASE("normalise turns the dash family into '-'", "[text_analysis]") {
  CHECK(normalise("2010\u20132011") == "2010-2011");
  CHECK(normalise("made \u2014 services") == "made - services");
  CHECK(normalise("a\u2010b a\u2011b a\u2012b a\u2015b \u22125") == "a-b a-b a-b a-b -5");
  // Compatibility forms that NFKC turns into dashes are mapped too.
  CHECK(normalise("x\uFE58y") == "x-y");
}

TEST_CASE("normalise makes odd spaces plain and drops invisible characters", "[text_analysis]") {
  CHECK(normalise("Tower\u00A0Hamlets") == "Tower Hamlets");
  CHECK(normalise("10\u202F000 a\u2009b c\u3000d") == "10 000 a b c d");
  CHECK(normalise("safe\u00ADguarding") == "safeguarding");
  CHECK(normalise("Rother\u200Bham") == "Rotherham");
  CHECK(normalise("\uFEFFDear Minister") == "Dear Minister");
}

TEST_CASE("normalise keeps lines and tabs and drops other controls", "[text_analysis]") {
  CHECK(normalise("a\r\nb\rc\nd") == "a\nb\nc\nd");
  CHECK(normalise("page one\fpage two") == "page one\npage two");
  using namespace std::string_literals;
  CHECK(normalise("a\0b\x01" "c\x7f" "d\te"s) == "abcd\te");
  CHECK(normalise("x\u0085y\u2028z") == "x\ny\nz");
}

TEST_CASE("normalise applies NFKC and keeps case and non-Latin text", "[text_analysis]") {
  CHECK(normalise("e\u0301cole") == "\u00E9cole");        // combining accent composed
  CHECK(normalise("\uFB01nance o\uFB03ce") == "finance office");  // OCR ligatures
  CHECK(normalise("\uFF2C\uFF45\uFF45\uFF44\uFF53") == "Leeds");  // full-width letters
  CHECK(normalise("Stra\u00DFe Caerdydd \u0175yr") == "Stra\u00DFe Caerdydd \u0175yr");
  CHECK(normalise("\u4E2D\u6587\u4FE1\u4EF6") == "\u4E2D\u6587\u4FE1\u4EF6");
}

TEST_CASE("normalise replaces ill-formed UTF-8 rather than copying it", "[text_analysis]") {
  CHECK(normalise("bad \xC3 byte") == "bad \uFFFD byte");
  CHECK(normalise("\xFF\xFE") == "\uFFFD\uFFFD");
}

TEST_CASE("fold_case applies full Unicode case folding", "[text_analysis]") {
  CHECK(fold_case("Tim LOUGHTON") == "tim loughton");
  CHECK(fold_case("Stra\u00DFe") == "strasse");
  CHECK(fold_case("\u00C9COLE") == "\u00E9cole");
  CHECK(fold_case("\u0174YR") == "\u0175yr");
  CHECK(fold_case("\u4E2D\u6587") == "\u4E2D\u6587");
}

TEST_CASE("normalise_query lowercases words but keeps operators", "[text_analysis]") {
  CHECK(normalise_query("Improvement Notice AND Leeds") == "improvement notice AND leeds");
  CHECK(normalise_query("Ofsted OR Estyn NOT Wales") == "ofsted OR estyn NOT wales");
  CHECK(normalise_query("Doncaster XOR Rotherham") == "doncaster XOR rotherham");
  CHECK(normalise_query("safeguarding NEAR/5 Board ADJ Chair") == "safeguarding NEAR/5 board ADJ chair");
  // Only the capitalised words are operators, and only whole words.
  CHECK(normalise_query("and Or ANDREW ORLANDO NOTICE") == "and or andrew orlando notice");
  CHECK(normalise_query("\u00C9AND AND\u00C9") == "\u00E9and and\u00E9");
}

TEST_CASE("normalise_query keeps prefix and range syntax", "[text_analysis]") {
  CHECK(normalise_query("minister:\"Tim Loughton\" date:2009..2011") ==
        "minister:\"tim loughton\" date:2009..2011");
  CHECK(normalise_query("Minister:\u201CEdward Timpson\u201D AND grade:Good") ==
        "minister:\"edward timpson\" AND grade:good");
  CHECK(normalise_query("-Birmingham +\"Tower Hamlets\"") == "-birmingham +\"tower hamlets\"");
}

TEST_CASE("normalise_query folds case as the indexer does", "[text_analysis]") {
  // The indexer indexes fold_case() of the text, so "Straße" is "strasse".
  CHECK(normalise_query("Stra\u00DFe") == "strasse");
  CHECK(normalise_query("\u0174YR AND \u00C9COLE") == "\u0175yr AND \u00E9cole");
  CHECK(normalise_query("\u4E2D\u6587 OR Leeds") == "\u4E2D\u6587 OR leeds");
}

TEST_CASE("make_stemmer stems as Xapian's English stemmer, repeatedly", "[text_analysis]") {
  Xapian::Stem memo = make_stemmer();
  const Xapian::Stem english("english");
  for (int round = 0; round < 2; ++round)
    for (const std::string word : {"inspections", "improvement", "safeguarding", "councils", "performs", "poorly"})
      CHECK(memo(word) == english(word));
  CHECK(memo.get_description().find("english") != std::string::npos);
}

TEST_CASE("the stemmer stays correct past its memo bound", "[text_analysis]") {
  Xapian::Stem memo = make_stemmer();
  const Xapian::Stem english("english");
  for (int i = 0; i < 200'010; ++i) memo("w" + std::to_string(i) + "ings");
  CHECK(memo("meetings") == english("meetings"));
  CHECK(memo("w5ings") == english("w5ings"));
}

TEST_CASE("indexing and querying configured alike find each other", "[text_analysis]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  configure(generator);
  Xapian::Document doc;
  generator.set_document(doc);
  // As build_document indexes a letter: the clean text, case-folded.
  generator.index_text(fold_case(normalise("Birmingham\u2019s Improvement Notices were lifted in 2016, Stra\u00DFe.")));
  db.add_document(doc);

  Xapian::QueryParser parser;
  configure(parser);
  parser.set_database(db);
  auto count = [&](const std::string& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query(normalise_query(query)));
    return enquire.get_mset(0, 10).get_matches_estimated();
  };
  CHECK(count("IMPROVEMENT NOTICE") == 1);  // stemmed despite the capitals
  CHECK(count("notice lifted") == 1);
  CHECK(count("notice Doncaster") == 0);     // default operator is AND
  CHECK(count("notice OR Doncaster") == 1);  // OR survives as an operator
  CHECK(count("notice NOT lifted") == 0);
  CHECK(count("\"improvement notices\"") == 1);
  CHECK(count("STRASSE") == 1);
  CHECK(count("Stra\u00DFe") == 1);
  CHECK(count("birmingham\u2019s") == 1);
}
