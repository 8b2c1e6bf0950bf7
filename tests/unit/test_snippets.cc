// Snippets when the query's words are not in the text: the letter's opening.
#include <catch2/catch.hpp>

#include "searcher/snippets.h"

using namespace letterbox::search;

namespace {

letterbox::schema::DocumentData rochdale_letter() {
  letterbox::schema::DocumentData data;
  data.text =
      "Department for Education\nSanctuary Buildings\n\n14 March 2016\n\nCouncillor Ann Kerr\nRochdale Borough "
      "Council\n\nDear Councillor  Kerr,\n\nRochdale children's services: improvement notice\n\nI am writing to "
      "confirm that the improvement notice issued in 2014 is now lifted.\n\nYours sincerely";
  data.salutation = "Dear Councillor Kerr,";
  data.subject = "Rochdale children's services: improvement notice";
  return data;
}

std::string text_of(const Snippet& snippet) { return join_snippet(snippet, "[", "]"); }

}  // namespace

TEST_CASE("a letter's opening starts at its salutation, however it is spaced in the text", "[snippets]") {
  const std::string opening = text_of(opening_snippet(rochdale_letter(), 60));
  CHECK(opening.starts_with("Dear Councillor Kerr, Rochdale children's"));
  CHECK(opening.ends_with("..."));
  CHECK(opening.size() <= 63);
  CHECK(opening.find('[') == std::string::npos);  // nothing is highlighted
}

TEST_CASE("without a salutation the opening starts at the subject, else at the start", "[snippets]") {
  auto data = rochdale_letter();
  data.salutation.clear();
  CHECK(text_of(opening_snippet(data, 200)).starts_with("Rochdale children's services: improvement notice I am"));
  data.subject = "words the text does not hold";
  CHECK(text_of(opening_snippet(data, 200)).starts_with("Department for Education Sanctuary Buildings"));
}

TEST_CASE("a short letter's opening is all of it, without an ellipsis", "[snippets]") {
  letterbox::schema::DocumentData data;
  data.text = "Notes of a meeting\n\nPresent: Ann Kerr";
  CHECK(text_of(opening_snippet(data, 200)) == "Notes of a meeting Present: Ann Kerr");
  data.text.clear();
  CHECK(opening_snippet(data, 200).empty());
}

TEST_CASE("an opening is never cut inside a character", "[snippets]") {
  letterbox::schema::DocumentData data;
  data.text = std::string(10, 'a') + "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // no space to cut at
  const std::string opening = text_of(opening_snippet(data, 11));
  CHECK(opening == std::string(10, 'a') + "...");
}
