#include <catch2/catch.hpp>

#include <string>

#include "indexer/normalise.h"

using letterbox::normalise_text;

namespace {

std::string clean(std::string_view text) { return normalise_text(text).clean; }

}  // namespace

TEST_CASE("display keeps the text exactly as read", "[normalise]") {
  const std::string letter =
      "**Rt Hon Ed Balls MP**\r\n\r\nDear Cllr Lee \u2013 Doncaster\u2019s safe-\r\nguarding\r\n---\r\n";
  const auto text = normalise_text(letter);
  CHECK(text.display == letter);
  CHECK(text.clean == "Rt Hon Ed Balls MP\n\nDear Cllr Lee - Doncaster's safeguarding\n\n");
}

TEST_CASE("line ends become \\n without merging lines", "[normalise]") {
  CHECK(clean("Minutes\r\nSlough Children's Trust\rAttendees\n") == "Minutes\nSlough Children's Trust\nAttendees\n");
  CHECK(clean("a\r\n\r\nb") == "a\n\nb");
}

TEST_CASE("quotes, dashes and spaces are made plain", "[normalise]") {
  CHECK(clean("judged \u2018inadequate\u2019 \u2014 \u201Cserious weaknesses\u201D") ==
        "judged 'inadequate' - \"serious weaknesses\"");
  CHECK(clean("Tower\u00A0Hamlets 2003\u20132005") == "Tower Hamlets 2003-2005");
}

TEST_CASE("OCR line-break hyphens are joined and the line break moved", "[normalise]") {
  CHECK(clean("safe-\nguarding of children") == "safeguarding\nof children");
  CHECK(clean("the improve-  \n   ment notice") == "the improvement\nnotice");
  CHECK(clean("Rotherham's chil-\r\ndren's services") == "Rotherham's children's\nservices");
  CHECK(clean("ends with a broken-\nword") == "ends with a brokenword\n");
  CHECK(clean("inspec-\ntion.\nNext line") == "inspection.\nNext line");
  // Soft and Unicode hyphens at a line break are OCR breaks too.
  CHECK(clean("perfor\u00AD\nmance data") == "performance\ndata");
  CHECK(clean("assess\u2010\nment here") == "assessment\nhere");
  CHECK(clean("\u00E9cole-\n\u00E9l\u00E8ve suite") == "\u00E9cole\u00E9l\u00E8ve\nsuite");
}

TEST_CASE("real hyphens and dashes are not joined", "[normalise]") {
  CHECK(clean("well-being and self-generated momentum") == "well-being and self-generated momentum");
  CHECK(clean("Birmingham-\nCouncil") == "Birmingham-\nCouncil");  // a capital follows
  CHECK(clean("2010-\n2011 figures") == "2010-\n2011 figures");    // digits
  CHECK(clean("progress made \u2013\nservices are good") == "progress made -\nservices are good");
  CHECK(clean("progress made\u2013\nservices are good") == "progress made-\nservices are good");
  CHECK(clean("items:\n- first\n- second") == "items:\n- first\n- second");
  CHECK(clean("word-\n\nnext paragraph") == "word-\n\nnext paragraph");
}

TEST_CASE("markdown emphasis markers are stripped", "[normalise]") {
  CHECK(clean("**Tim Loughton MP**") == "Tim Loughton MP");
  CHECK(clean("*Dear Councillor Wakefield,*") == "Dear Councillor Wakefield,");
  CHECK(clean("__Cornwall Council__ and _Ofsted_") == "Cornwall Council and Ofsted");
  CHECK(clean("***Strictly private***") == "Strictly private");
  CHECK(clean("**bold with *italic* inside**") == "bold with italic inside");
  CHECK(clean("(**\"Leeds Children's Services\"**)") == "(\"Leeds Children's Services\")");
  CHECK(clean("**DfE Review Meeting\nwith Leeds City Council**") == "DfE Review Meeting\nwith Leeds City Council");
}

TEST_CASE("markers that do not wrap text stay", "[normalise]") {
  CHECK(clean("* first point\n* second point") == "* first point\n* second point");
  CHECK(clean("- first point\n- second point") == "- first point\n- second point");
  CHECK(clean("see file_name_here and snake_case") == "see file_name_here and snake_case");
  CHECK(clean("3 * 4 = 12") == "3 * 4 = 12");
  CHECK(clean("footnote*\n\n* see annex") == "footnote*\n\n* see annex");
  CHECK(clean("**unclosed bold") == "**unclosed bold");
  // Emphasis does not run across a blank line.
  CHECK(clean("*start\n\nend*") == "*start\n\nend*");
}

TEST_CASE("heading marks are stripped", "[normalise]") {
  CHECK(clean("## Rt Hon Dawn Primarolo MP\n\nText") == "Rt Hon Dawn Primarolo MP\n\nText");
  CHECK(clean("# Minutes #\n###### Item 6") == "Minutes\nItem 6");
  CHECK(clean("#1 priority is safeguarding") == "#1 priority is safeguarding");
  CHECK(clean("Ref: C# and case #12") == "Ref: C# and case #12");
  CHECK(clean("####### seven is not a heading") == "####### seven is not a heading");
}

TEST_CASE("page-break and rule lines become blank lines", "[normalise]") {
  CHECK(clean("end of page one\n---\nstart of page two") == "end of page one\n\nstart of page two");
  CHECK(clean("a\n***\nb\n___\nc\n - - - \nd") == "a\n\nb\n\nc\n\nd");
  CHECK(clean("-----Original Message-----\nFrom: Cornwall") == "-----Original Message-----\nFrom: Cornwall");
  CHECK(clean("--\nSigned") == "--\nSigned");
}

TEST_CASE("a running header between rules goes where text runs on over the page break", "[normalise]") {
  // Mid-sentence: the text runs on over the break.
  CHECK(clean("the service was rated\n\n---\nHaringey Council - Scrutiny Panel\n4 May 2021      Page 2 of 5\n---\n"
              "\noutstanding in 2018.") == "the service was rated\noutstanding in 2018.");
  // At a paragraph's end the header stays, set apart.
  CHECK(clean("as agreed.\n---\nReport to Cabinet        Page 3\n---\nAPPENDIX B") ==
        "as agreed.\n\nReport to Cabinet        Page 3\n\nAPPENDIX B");
  // Rules without a page number around them are rules.
  CHECK(clean("a\n---\nSummary of actions\n---\nb") == "a\n\nSummary of actions\n\nb");
  CHECK(clean("see the Homepage 2 link\n---\nb") == "see the Homepage 2 link\n\nb");
}

TEST_CASE("a whole letter in e-mail style", "[normalise]") {
  const std::string email =
      "From: Director of Children\u2019s Services <dcs@rotherham.gov.uk>\r\n"
      "To: Minister of State for Children\r\n"
      "Subject: **Commissioners\u2019 report** \u2013 progress\r\n"
      "\r\n"
      "## Summary\r\n"
      "The commissioners found the council\u2019s leader-\r\n"
      "ship *much* improved.\r\n"
      "___\r\n";
  CHECK(clean(email) ==
        "From: Director of Children's Services <dcs@rotherham.gov.uk>\n"
        "To: Minister of State for Children\n"
        "Subject: Commissioners' report - progress\n"
        "\n"
        "Summary\n"
        "The commissioners found the council's leadership\n"
        "much improved.\n"
        "\n");
}

TEST_CASE("normalise_text gets through huge and deeply nested input", "[normalise]") {

  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "the Improvement Board met **twice** in Slough; ";
  CHECK(clean(line).size() < line.size());

  std::string nested;
  for (int i = 0; i < 200'000; ++i) nested += "**a *b _c ";
  for (int i = 0; i < 200'000; ++i) nested += "c_ b* a** ";
  const std::string nested_clean = clean(nested);
  CHECK(nested_clean.find('*') == std::string::npos);
  CHECK(nested_clean.find('_') == std::string::npos);

  const std::string hyphens(1'000'000, '-');
  CHECK(clean("a" + hyphens + "\nb") == "a" + hyphens + "\nb");

}

TEST_CASE("a grid table's rows are each read as one line, their wrapped cells joined", "[normalise]") {
  const std::string table =
      "Table 2: APA 2007 - Rutland\n"
      "+-----------------------------+--------------+\n"
      "| Area for judgement          | Grade        |\n"
      "+=============================+==============+\n"
      "| Making a positive           | Performs     |\n"
      "| contribution                | excellently  |\n"
      "+-----------------------------+--------------+\n"
      "| Being healthy               | Performs     |\n"
      "|                             | well         |\n"
      "+-----------------------------+--------------+\n";
  const std::string out = clean(table);
  CHECK(out.find("| Making a positive contribution | Performs excellently |") != std::string::npos);
  CHECK(out.find("| Being healthy | Performs well |") != std::string::npos);
  CHECK(out.find("| Area for judgement          | Grade        |") != std::string::npos);  // one line: as written
  // A pipe table with no borders between its rows is left as it is: a line
  // may be a row of its own.
  const std::string pipes = "| Staying safe | Good |\n| Being healthy | Adequate |\n";
  CHECK(clean(pipes) == pipes);
  // Rows with no border between them: each line starting a cell in capitals
  // or a number is a row of its own.
  const std::string boxed =
      "+--------------------------------------+-------------+\n"
      "| 1. Children who need help            | Good        |\n"
      "| 2. Experiences and progress of care  | Requires    |\n"
      "|                                      | improvement |\n"
      "| 3. Leadership                        | Outstanding |\n"
      "+--------------------------------------+-------------+\n";
  const std::string boxed_out = clean(boxed);
  CHECK(boxed_out.find("| 1. Children who need help            | Good        |") != std::string::npos);
  CHECK(boxed_out.find("| 2. Experiences and progress of care | Requires improvement |") != std::string::npos);
  CHECK(boxed_out.find("| 3. Leadership                        | Outstanding |") != std::string::npos);
  // Bars out of line (a cell's text ran over): the row stays as written.
  const std::string ragged = "+----+----+\n| ab | cd |\n| abcdef | g |\n+----+----+\n";
  CHECK(clean(ragged) == ragged);
}
