// Ofsted grades where the text gives them as judgements: quoted ('good'),
// after "judged", "rated", "judgement of"; "judged X to be Y" and "X was
// judged Y" with X as the aspect; graded lines and tables ("Overall
// effectiveness: Good", "| Overall effectiveness | Good |", "Staying safe
// Grade 1"); APA phrases ("performs poorly") in a letter about assessment.
// "good progress", "an adequate level" and hoped-for grades are not judgements.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <unordered_map>
#include <unordered_set>

#include "indexer/parse_date.h"
#include "indexer/tag_draft.h"

namespace letterbox::tagging {

namespace {

using Words = std::unordered_set<std::string>;

const Words kCueWords = {"judged", "judges", "judge", "judgement", "judgment", "judgements", "judgments", "graded",
                         "rated", "rating", "grade", "assessed", "deemed", "found", "finds", "remains", "remain",
                         "category"};
// Words that may stand between a cue and the grade: "judged to be", "rated as".
const Words kBetweenWords = {"to", "be", "as", "being", "been", "was", "were", "is", "are", "of", "an", "a", "the",
                             "overall", "still", "now", "its", "also", "again", "both", "all", "has", "have", "had",
                             "currently", "previously", "then", "once", "consistently", "each"};
// A verb joining an aspect to its grade: "capacity to improve is adequate".
const Words kCopulas = {"is", "are", "was", "were", "remains", "remain", "been"};
// After a grade, these keep it a judgement; any other word makes it an
// adjective of that word ("good progress").
const Words kAfterWords = {"too", "now", "already", "previously", "itself", "themselves",
                           "and", "or", "with", "for", "in", "at", "but", "overall", "across", "by", "on", "as",
                           "since", "following", "under", "because", "from", "when", "which", "rating", "judgement",
                           "judgment", "grade", "last", "this", "is", "was", "are", "were", "has", "had", "to", "after",
                           "before", "until", "while", "whereas", "again", "then", "once", "both", "throughout"};
const Words kAfterCues = {"rating", "judgement", "judgment", "grade"};
// What a list's item may start with: "*", "-", "•", "·", "–".
const Words kBulletMarks = {"*", "-", "\u2022", "\u00b7", "\u2013"};
const Words kAssessmentWords = {"assessment", "apa", "judgement", "judgment", "rating", "rated", "ofsted",
                                "inspection", "judged", "annual", "graded", "assessed", "inspectors"};
// Subjects that make "X is adequate" a judgement rather than an opinion.
const Words kAspectNouns = {"effectiveness", "capacity", "leadership", "management", "governance", "services",
                            "service", "performance", "practice", "experiences", "progress", "impact", "board",
                            "arrangements", "safeguarding", "provision", "help", "protection", "contribution",
                            "outcomes", "care", "adoption", "fostering", "partnership", "quality"};
// Aspect nouns that, without "judged", describe rather than name what was graded.
const Words kDescriptiveNouns = {"practice", "partnership", "quality", "contribution", "outcomes", "provision",
                                 "arrangements", "care", "progress"};
// A grade spoken of as hoped for or counted is not one given.
const Words kHopeWords = {"next", "future", "aim", "aims", "aiming", "aimed", "hope", "hoped", "hopes", "hoping",
                          "target", "targets", "targeted", "intend", "intends", "intended", "expected", "expecting",
                          "ambition", "aspire", "aspiration", "realistic", "expect", "expects", "goal", "want",
                          "wants", "would", "could", "should", "might", "least", "secure", "until", "unless"};
const Words kCountWords = {"first", "second", "third", "fourth", "fifth", "sixth", "two", "three", "four", "five",
                           "successive", "consecutive", "repeated", "another"};
// Counts in words, as in "one council in eight".
const Words kNumberWords = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty"};
const Words kPossessives = {"your", "its", "their", "our", "his", "her", "my"};
const Words kPronouns = {"it", "they", "them", "this", "these", "those", "that", "which", "he", "she", "services", "service",
                         "children's", "council"};
// Clause openers before a subject aspect: "found that X are inadequate".
const Words kClauseOpeners = {"that", "and", "but", "while", "whereas", "although", "however", "also", "where",
                              "when", "since", "having"};
// Words of grades: a cue before one of them belongs to that grade.
const Words kGradeWords = {"outstanding", "good", "adequate", "inadequate", "improvement", "excellently", "well",
                           "adequately", "poorly", "satisfactory"};
// The five outcomes of Every Child Matters, graded in APA letters.
const Words kApaOutcomes = {"being healthy", "staying safe", "enjoying and achieving",
                            "making a positive contribution", "achieving economic well-being",
                            "achieving economic wellbeing"};
const Words kPastWords = {"previous", "previously", "last", "earlier", "prior", "former", "formerly"};

// What Ofsted's frameworks grade, by name: the single inspection framework
// (2013-18), ILACS (from 2018), safeguarding and looked after children
// inspections (2009-12) and the APA and JAR outcomes (2005-09). A grade next
// to a list of these applies to each ("judged A, B and C to be inadequate",
// "inadequate: A, B and C", "with A inadequate, B requiring improvement").
const std::vector<std::vector<std::string>> kFrameworkAspects = {
    {"overall", "effectiveness"},
    {"overall", "effectiveness", "of", "safeguarding", "services"},
    {"overall", "effectiveness", "of", "services", "for", "looked", "after", "children"},
    {"overall", "effectiveness", "of", "children's", "services"},
    {"children", "who", "need", "help", "and", "protection"},
    {"children", "looked", "after", "and", "achieving", "permanence"},
    {"adoption", "performance"},
    {"experiences", "and", "progress", "of", "care", "leavers"},
    {"leadership", "management", "and", "governance"},
    {"impact", "of", "leaders", "on", "social", "work", "practice", "with", "children", "and", "families"},
    {"impact", "of", "leaders"},
    {"impact", "of", "leaders", "on", "social", "work", "practice"},
    {"experiences", "and", "progress", "of", "children", "who", "need", "help", "and", "protection"},
    {"experiences", "and", "progress", "of", "children", "in", "care", "and", "care", "leavers"},
    {"experiences", "and", "progress", "of", "children", "in", "care"},
    {"capacity", "for", "improvement"},
    {"capacity", "to", "improve"},
    {"capacity", "to", "improve", "including", "the", "management", "of", "children's", "services"},
    {"service", "management"},
    {"being", "healthy"},
    {"staying", "safe"},
    {"enjoying", "and", "achieving"},
    {"making", "a", "positive", "contribution"},
    {"achieving", "economic", "well", "being"},
    {"achieving", "economic", "wellbeing"},
    {"ambition", "and", "prioritisation"},
    {"leadership", "and", "management"},
    {"performance", "management", "and", "quality", "assurance"},
    {"partnership", "working"},
    {"equality", "and", "diversity"},
    {"safeguarding", "services"},
    {"services", "for", "looked", "after", "children"},
};
// Words that may stand between a list of graded things and its grade:
// "A and B were both judged to be", "A, B and C all to be".
const Words kListGlue = {"to", "be", "as", "being", "been", "was", "were", "is", "are", "also", "all", "both", "each",
                         "judged", "found", "rated", "graded", "now", "still", "remain", "remains", "two", "three",
                         "four", "five", "again", "considered", "deemed"};
// Between the items of such a list.
const Words kListJoins = {"and", "for", "as", "well", "also", "with"};

// "capacity for improvement" names something graded; "somerset" does not.
bool names_graded_thing(const std::string& aspect) {
  for (const auto& token : tokenize(aspect))
    if (kAspectNouns.contains(token.stem)) return true;
  return false;
}

// A row label of a numbered grade table: a graded thing or whom the services
// are for ("Looked after children", "Learning difficulties and/or disabilities").
bool names_table_aspect(const std::string& label) {
  static const Words kPeopleServed = {"children", "disabilities", "healthy", "safe", "achieving", "improve",
                                      "improvement", "people", "families", "leavers"};
  if (names_graded_thing(label)) return true;
  for (const auto& token : tokenize(label))
    if (kPeopleServed.contains(token.stem)) return true;
  return false;
}

// An aspect's words as OCR may misread them, "rn" for "m" ("farnilies",
// "rnanagernent"), put right where the repaired word is one the frameworks'
// aspects use; other words are left ("governance" has a real "rn").
std::string repaired_aspect(const std::string& aspect) {
  static const Words kVocabulary = [] {
    Words words(kAspectNouns.begin(), kAspectNouns.end());
    for (const auto& phrase : kFrameworkAspects) words.insert(phrase.begin(), phrase.end());
    return words;
  }();
  if (aspect.find("rn") == std::string::npos) return aspect;
  std::string out;
  size_t start = 0;
  while (start <= aspect.size()) {
    size_t end = aspect.find(' ', start);
    if (end == std::string::npos) end = aspect.size();
    std::string word = aspect.substr(start, end - start);
    if (word.find("rn") != std::string::npos && !kVocabulary.contains(word)) {
      std::string fixed = m_for_rn(word);
      if (kVocabulary.contains(fixed)) word = fixed;
    }
    out += (out.empty() ? "" : " ") + word;
    start = end + 1;
  }
  return out;
}

// "the impact of leaders on social work practice with", a label cut where a
// table wrapped it: the framework aspect it begins, in full (the longest
// where the aspects it begins extend one another). An aspect that is one
// already, or begins unrelated ones, is kept as it is.
// Whether word list `longer` begins with `start`.
bool begins(const std::vector<std::string>& longer, const std::vector<std::string>& start) {
  return longer.size() >= start.size() && std::equal(start.begin(), start.end(), longer.begin());
}

std::string completed_aspect(const std::string& aspect) {
  std::vector<std::string> words;
  for (const auto& token : tokenize(aspect))
    if (token.word) words.push_back(token.lower);
  const bool article = !words.empty() && words.front() == "the";
  if (article) words.erase(words.begin());
  if (words.size() < 4) return aspect;
  const std::vector<std::string>* only = nullptr;
  for (const auto& known : kFrameworkAspects) {
    if (known == words) return aspect;
    if (!begins(known, words) || known.size() == words.size()) continue;
    if (!only || begins(known, *only)) only = &known;
    else if (!begins(*only, known)) return aspect;
  }
  if (!only) return aspect;
  std::string full = article ? "the" : "";
  for (const auto& word : *only) full += (full.empty() ? "" : " ") + word;
  return full;
}

// "the review of the Kent Safeguarding Children Board", "judgements for
// children in care": the graded thing, without the words for its grading.
std::string without_grading_words(std::string aspect) {
  for (std::string_view lead : {"the review of ", "review of ", "the inspection of ", "inspection of ",
                                "the judgements for ", "judgements for ", "the judgement for ", "judgement for ",
                                "the judgement on ", "judgement on "}) {
    if (aspect.size() > lead.size() + 3 && aspect.starts_with(lead)) {
      aspect.erase(0, lead.size());
      if (aspect.starts_with("the ")) aspect.erase(0, 4);
      break;
    }
  }
  return aspect;
}

// "fostering service, inspected", "Barnet Safeguarding Children Board
// (BSCB)", "Cedar Court (short breaks home)", "adoption agency, inspected
// in July 2008": what trails the name of the graded thing.
std::string without_trailer(std::string aspect) {
  aspect = without_grading_words(std::move(aspect));
  // A bracket at the end, closed or cut off by the table's edge, that says
  // what the thing is or when it was seen: the aspect is what comes before
  // it. Not one that tells two judgements of one name apart ("capacity for
  // improvement (safeguarding)", "... (looked after children)").
  if (const size_t open = aspect.rfind(" ("); open != std::string::npos && open > 0) {
    static const std::regex kWhatOrWhen(R"(\b(home|homes|unit|school|academy|centre|agency|provider|(19|20)\d\d)\b)");
    const size_t close = aspect.find(')', open);
    const std::string inside = aspect.substr(open + 2, close == std::string::npos ? std::string::npos : close - open - 2);
    // One word is an acronym ("(BSCB)"), unless it names a service ("(safeguarding)").
    const bool one_word = inside.find(' ') == std::string::npos && inside != "safeguarding" &&
                          inside != "adoption" && inside != "fostering";
    if (close == std::string::npos || (close + 1 == aspect.size() && (one_word || std::regex_search(inside, kWhatOrWhen))))
      aspect.resize(open);
  }
  const size_t comma = aspect.rfind(", ");
  if (comma != std::string::npos && aspect.find(' ', comma + 2) == std::string::npos &&
      (aspect.ends_with("ed") || aspect.ends_with("ing")))
    aspect.resize(comma);
  // ", inspected in July 2008", ", visited last spring": a participle's
  // clause (not "looked after children", which names the children).
  static const std::regex kParticipleClause(R"(, (?!looked )[a-z]+ed (in|on|at|during|last|by|this|since) .*$)");
  aspect = std::regex_replace(aspect, kParticipleClause, "");
  return aspect;
}

bool sentence_end(const Token& token) {
  return token.is(".") || token.is("!") || token.is("?") || token.is(";") || token.gap == Gap::paragraph;
}

bool is_dash(const Token& token) {
  return token.is("-") || token.text == "\xE2\x80\x93" || token.text == "\xE2\x80\x94";
}

bool is_digit_word(const Token& token) {
  return token.word && std::all_of(token.text.begin(), token.text.end(),
                                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool is_year(const Token& token) {
  return token.word && token.text.size() == 4 && (token.text.starts_with("19") || token.text.starts_with("20")) &&
         std::all_of(token.text.begin(), token.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A grade judged by number: "Grade 2". APA letters (2005-08) used 4 for
// "performs excellently" down to 1 for "performs poorly" (capacity to improve
// too, unless the letter's key or words say otherwise); inspections use
// 1 = outstanding.
std::string numbered_grade(int number, bool apa, int year) {
  if (number < 1 || number > 4) return {};
  if (apa) {
    static const char* const kApa[] = {"performs poorly", "performs adequately", "performs well", "performs excellently"};
    return kApa[number - 1];
  }
  static const char* const kInspection[] = {"outstanding", "good", "", "inadequate"};
  if (number == 3) return year >= 2013 ? "requires improvement" : "adequate";
  return kInspection[number - 1];
}

class GradeFinder {
 public:
  GradeFinder(const Lexicon& lexicon, const ReferenceData& data, Draft& draft)
      : lexicon_(lexicon),
        data_(data),
        draft_(draft),
        tokens_(draft.tokens),
        about_assessment_(mentions_performance_assessment()),
        mentions_inspection_(mentions_inspection()) {
    read_number_key(lexicon);
    read_letter_key(lexicon);
  }

  bool apa() const { return about_assessment_; }

  // "an overall judgement of outstanding, good, requires improvement or
  // inadequate": the scale's names listed as alternatives, not a judgement.
  bool in_scale_list(size_t first, size_t after) const {
    // "performs excellently, performs well, ... or performs poorly": the APA's
    // grades are two words, the verb among them.
    auto grade_word = [&](size_t i) {
      return i < tokens_.size() && (kGradeWords.contains(tokens_[i].lower) || tokens_[i].lower.starts_with("requir") ||
                                    tokens_[i].lower == "performs" || tokens_[i].lower == "perform");
    };
    size_t grades = 1;
    bool alternatives = false;
    for (size_t i = after; i + 1 < tokens_.size() && i < after + 12; ++i) {
      if (!(tokens_[i].is(",") || tokens_[i].lower == "or" || tokens_[i].lower == "and")) break;
      alternatives = alternatives || tokens_[i].lower == "or";
      size_t next = i + 1;
      if (tokens_[next].lower == "or" || tokens_[next].lower == "and") {
        alternatives = alternatives || tokens_[next].lower == "or";
        ++next;
      }
      if (!grade_word(next)) break;
      ++grades;
      i = next;
      while (i + 1 < tokens_.size() && tokens_[i + 1].word && !tokens_[i + 1].is(",") && tokens_[i + 1].lower != "or" &&
             i < after + 12 && (grade_word(i + 1) || tokens_[i + 1].lower == "to" || tokens_[i + 1].lower == "be"))
        ++i;
    }
    for (size_t i = first; i >= 2 && first - i < 12;) {
      if (!(tokens_[i - 1].is(",") || tokens_[i - 1].lower == "or" || tokens_[i - 1].lower == "and")) break;
      alternatives = alternatives || tokens_[i - 1].lower == "or";
      if (!grade_word(i - 2)) break;
      ++grades;
      i -= 2;
      while (i > 0 && first - i < 12 && tokens_[i - 1].word && grade_word(i - 1)) --i;  // "performs well"
    }
    // "performs excellently, performs well, performs adequately and performs
    // poorly": the whole scale, whatever joins it.
    return (grades >= 3 && alternatives) || grades >= 4;
  }

  // "The grades run from 'performs poorly' at the bottom to 'performs
  // excellently' at the top", "Ofsted's four-point scale: outstanding, good
  // ...": a sentence about the scale names its grades, and gives none.
  bool describes_the_scale(size_t first) const {
    const size_t end = sentence_finish(first);
    size_t grades = 0;
    bool scale = false;
    bool bottom = false;
    bool top = false;
    for (size_t i = sentence_begin(first); i < end; ++i) {
      if (lexicon_.match(tokens_, i, What::grade)) ++grades;
      const std::string& word = tokens_[i].lower;
      scale = scale || word == "scale" || word == "scales";
      bottom = bottom || word == "bottom";
      top = top || word == "top";
    }
    return grades >= 2 && (scale || (bottom && top));
  }

  // "sets the target of 'performs excellently'", "could fall to 'performs
  // poorly'": a quoted grade aimed at or feared, not given.
  bool quoted_as_target(size_t first) const {
    if (first < 3) return false;
    const std::string& one = tokens_[first - 2].lower;  // the word before the opening quote
    const std::string& two = tokens_[first - 3].lower;
    static const Words kMoves = {"fall", "drop", "slip", "rise", "move", "climb", "return", "go"};
    static const Words kAims = {"reach", "achieve", "become", "secure", "attain", "regain"};
    if (one == "to" && kMoves.contains(two)) return true;
    if (kAims.contains(one)) return true;
    if (one == "of" && (two == "target" || two == "ambition" || two == "aim" || two == "goal")) return true;
    return one == "for" && (two == "aim" || two == "aiming" || two == "aims" || two == "target" || two == "push");
  }

  // "judged both safeguarding and services for looked after children to be
  // good": two things graded alike. Their aspects, or empty strings.
  std::pair<std::string, std::string> both_judged(size_t first) const {
    const size_t begin = sentence_begin(first);
    size_t both = first;
    for (size_t i = first; i-- > begin && first - i < 24;)
      if (tokens_[i].lower == "both") {
        both = i;
        break;
      }
    if (both == first || both == begin || !kCueWords.contains(tokens_[both - 1].lower)) return {};
    size_t end = first;
    while (end > both && (tokens_[end - 1].lower == "to" || tokens_[end - 1].lower == "be" || tokens_[end - 1].lower == "as"))
      --end;
    for (size_t joint = both + 2; joint + 1 < end; ++joint)
      if (tokens_[joint].lower == "and") {
        auto one = aspect_text(both + 1, joint);
        auto other = aspect_text(joint + 1, end);
        if (one.empty() || other.empty()) return {};
        return {one, other};
      }
    return {};
  }

  // "Requires improvement" in a table cell with "to be good" wrapped under
  // it: the end of that grade's name, not a grade of its own.
  bool ends_wrapped_requires_improvement(size_t first, const std::string& grade) const {
    if (grade != "good" || first < 3 || tokens_[first - 1].lower != "be" || tokens_[first - 2].lower != "to") return false;
    for (size_t i = first - 2; i-- > 0 && first - i < 14;) {
      if (sentence_end(tokens_[i])) return false;
      // "improvement\nto be good" and "improvement to be\ngood" alike.
      if (tokens_[i].lower == "improvement" || m_for_rn(tokens_[i].lower) == "improvement")  // OCR's "irnprovement"
        return !same_line_as(i, first);
    }
    return false;
  }

  bool same_line_as(size_t a, size_t b) const {
    for (size_t i = a + 1; i <= b; ++i)
      if (tokens_[i].gap == Gap::line || tokens_[i].gap == Gap::paragraph) return false;
    return true;
  }

  // "all judged good or better", "good or above": a threshold, not one grade.
  bool threshold(size_t after) const {
    if (after + 1 >= tokens_.size() || tokens_[after].lower != "or") return false;
    static const Words kMore = {"better", "above", "higher", "outstanding", "more"};
    return kMore.contains(tokens_[after + 1].lower);
  }

  // "performs well overall but only adequately in staying safe": an APA
  // adverb standing for "performs ..." of an outcome named after it, in a
  // sentence that says how the council performs.
  size_t consider_elided_performance(size_t at) {
    static const Words kAdverbs = {"excellently", "well", "adequately", "poorly"};
    if (!kAdverbs.contains(tokens_[at].lower) || at == 0 || tokens_[at - 1].lower.starts_with("perform")) return at;
    if (at + 1 >= tokens_.size() || tokens_[at + 1].lower != "in") return at;
    size_t end = 0;
    std::string outcome;
    for (size_t i = at + 2; i < tokens_.size() && i < at + 7 && tokens_[i].word; ++i) {
      outcome += (outcome.empty() ? "" : " ") + tokens_[i].lower;
      if (kApaOutcomes.contains(outcome)) end = i + 1;
    }
    if (end == 0) return at;
    bool performs = false;
    for (size_t i = sentence_begin(at); i < at; ++i) performs = performs || tokens_[i].lower.starts_with("perform");
    if (!performs || counted_or_hoped(at) || conditional(at)) return at;
    add(at, end, "performs " + std::string(tokens_[at].lower), lower_words(draft_.span(at + 2, end)), "rule: elided performance");
    return end - 1;
  }


  // "Good\n  * Overall effectiveness\n  * The impact of leaders on ...": a
  // grade alone on its line heading a bulleted list of what was given it.
  // Returns each item's words, a wrapped item's lines together.
  std::vector<std::pair<size_t, size_t>> bulleted_list_under(size_t first, size_t after) const {
    const auto starts_line = [&](size_t i) {
      return i == 0 || tokens_[i].gap == Gap::line || tokens_[i].gap == Gap::paragraph;
    };
    // A word processor's list may also use "o".
    const auto bullet = [&](size_t i) {
      return starts_line(i) && (kBulletMarks.contains(std::string(tokens_[i].text)) || tokens_[i].text == "o");
    };
    size_t line_start = first;
    while (line_start > 0 && !starts_line(line_start) && !tokens_[line_start - 1].word) --line_start;
    if (!starts_line(line_start) || !line_ends(after) || after >= tokens_.size() || !bullet(after)) return {};
    std::vector<std::pair<size_t, size_t>> items;
    for (size_t at = after; at < tokens_.size() && bullet(at);) {
      size_t end = at + 1;
      while (end < tokens_.size() && !bullet(end) && tokens_[end].gap != Gap::paragraph) ++end;
      if (end > at + 1) items.emplace_back(at + 1, end);
      at = end;
    }
    return items;
  }

  // Judges the grade phrase [first, last); adds it when it is a judgement.
  void consider(size_t first, size_t last, const std::string& grade) {
    const bool quoted = first > 0 && tokens_[first - 1].is_quote() && last < tokens_.size() && tokens_[last].is_quote();
    const size_t after = quoted || bracketed_after_number(first, last) ? last + 1 : last;
    // A quoted grade is reported even in a sentence of hopes ("should reflect
    // Ofsted's judgement of 'performs poorly'").
    // "a judgement of at least 'adequate'" is a target, quoted or not.
    const bool at_least = first > 2 && tokens_[first - 2].lower == "least" && tokens_[first - 3].lower == "at";
    if (quoted ? (first > 1 && kCountWords.contains(tokens_[first - 2].lower)) || at_least : counted_or_hoped(first)) return;
    if (!quoted && conditional(first)) return;
    if (in_scale_list(first, after) || threshold(after) || ends_wrapped_requires_improvement(first, grade) ||
        describes_the_scale(first))
      return;
    if (quoted && quoted_as_target(first)) return;
    if (const auto respective = respective_aspect(first, last); respective.found) {
      add(first, last, grade, respective.aspect, "rule: grades respectively");
      return;
    }
    if (grade == "outstanding" && still_to_do(first)) return;
    if (in_key_line(first) || in_key_column(first) || in_described_scale(first) || in_letter_key(first)) return;
    if (const auto items = bulleted_list_under(first, after); !items.empty()) {
      for (const auto& [begin, end] : items) add(first, after, grade, aspect_text(begin, end), "rule: grade over a list");
      return;
    }
    if (quoted && names_the_scale(first)) return;
    if (grade == "requires improvement" && improvement_in_something(last) && !cue_aspect(first).found) return;
    std::string aspect;
    std::string source;
    // "protection      Inadequate      Children living in this area": a cell, with another column after it.
    const bool cell_ends = line_ends(after) || item_ends(first, after) ||
                           (after < tokens_.size() && tokens_[after].column && tokens_[after].gap == Gap::space);
    if (const auto item = label_after_grade(first, after); !item.empty()) {
      source = "rule: graded line";
      aspect = clean_label(item);
    } else if (const auto label = label_before(first); !label.empty() && cell_ends && !states_a_rating(label)) {
      source = "rule: graded line";
      aspect = clean_label(label + label_below(first, after));
      // "## Overall effectiveness\n\nJudgement: Inadequate": the heading names what was judged.
      if (is_generic_label(aspect))
        aspect = aspect.find("overall") != std::string::npos ? "overall effectiveness" : heading_above(first);
    } else if (const auto cell = label_of_table_cell(first); !cell.empty() && line_ends(after) &&
                                                                 !states_a_rating(cell)) {
      // A table flattened from a PDF: the grade alone on its line under its
      // label, or after it with one space.
      source = "rule: graded line";
      aspect = clean_label(cell);
    } else if (const auto dotted = label_before_dots(first); !dotted.empty() && line_ends(after)) {
      source = "rule: graded line";
      aspect = clean_label(dotted);
    } else if (quoted) {
      source = "rule: quoted grade";
      aspect = clause_aspect(first);
      // "reflect Ofsted's judgement of 'performs poorly'": the judgement names
      // no aspect, and what comes before it is no subject of the grade.
      if (aspect.empty() && !named_as_judgement(first)) aspect = subject_aspect(first - 1, grade).aspect;
      if (aspect.empty() && !named_as_judgement(first)) aspect = receiver_aspect(first - 1);
    } else if (const auto capacity = capacity_after(after); !capacity.empty() && (about_assessment_ || mentions_inspection_)) {
      // "performs well overall, with good capacity to improve"
      source = "rule: grade before capacity";
      aspect = capacity;
    } else if (const auto named = quoted_aspect_before(first); !named.empty() && !followed_by_noun(after)) {
      // 'with "children and young people are safe and feel safe" good and "quality of provision" adequate'
      source = "rule: quoted aspect";
      aspect = named;
    } else if (after < tokens_.size() && kAfterCues.contains(tokens_[after].lower)) {
      source = "rule: grade before rating";
      aspect = receiver_aspect(first);
      if (aspect.empty()) aspect = aspect_after_rating(after);
    } else if (!followed_by_noun(after) && !noun_on_next_line(first, after)) {
      if (const auto cue = cue_aspect(first); cue.found) {
        source = "rule: judgement cue";
        aspect = cue.aspect.empty() ? subject_aspect(first, grade).aspect : cue.aspect;
      } else if (const auto subject = subject_aspect(first, grade); subject.found) {
        source = "rule: graded subject";
        aspect = subject.aspect;
      } else if (continues_judgement(first, &aspect)) {
        source = "rule: judgement list";
      } else if (graded_earlier_in_sentence(first) && !aspects_after(after).empty()) {
        // "judged Thurrock good overall, and good for help and protection, ...".
        source = "rule: judgement list";
      } else if (in_change_of_grade(first)) {
        source = "rule: change of grade";
      } else if (overall_after(after) && graded_thing_before_copula(first)) {
        source = "rule: grade overall";
      } else if (last - first > 1 && (about_assessment_ || sentence_about_assessment(first)) &&
                 !ungraded_subject(first, last)) {
        source = "rule: grade phrase";
      }
    }
    if (source == "rule: graded line" && tokens_[first].column && in_own_rating_column(first)) return;
    const auto listed = framework_list(first, after);
    if (source.empty() && listed.judged) source = "rule: graded framework aspect";
    if ((source == "rule: graded subject" || source == "rule: grade phrase") &&
        (ordinary_performance(first, grade) || performs_at_an_activity(after, grade)))
      return;
    if (source.empty() || is_proportion(aspect) || names_no_one(aspect) || audit_result(first) ||
        measured_by_figure(after) || (aspect.empty() && counted_subject(first)) || names_a_paper(aspect))
      return;
    // A labelled line's grade is the label's, not that of the row under it ("... safe .... Good\nAmbition and prioritisation").
    const bool labelled = source == "rule: graded line" && !aspect.empty();
    if (const auto pair = both_judged(first); !pair.first.empty() && !labelled) {
      add(first, after, grade, pair.first, source);
      add(first, after, grade, pair.second, source);
      return;
    }
    if (!listed.spans.empty() && !labelled) {
      // "judged A to be inadequate, as well as B and C": A, read by the cue, too.
      const bool extended = after + 1 < tokens_.size() && tokens_[after].is(",") && tokens_[after + 1].lower == "as";
      if (extended && !aspect.empty() && listed.spans.front().first >= after) add(first, after, grade, aspect, source);
      for (const auto& [begin, end] : listed.spans) add(first, after, grade, aspect_text(begin, end), source);
      return;
    }
    if (const auto stated = aspects_after(after); stated.size() > 1) {
      // "good for help and protection, for children in care and care leavers, and for the impact of leaders"
      for (const auto& each : stated) add(first, after, grade, each, source);
      return;
    }
    if (const auto stated = aspect_after(after); !stated.empty()) aspect = stated;
    if (const auto [one, other] = elliptical_pair(aspect); !one.empty()) {
      add(first, after, grade, one, source);
      add(first, after, grade, other, source);
      return;
    }
    if (aspect.empty() && overall_before(first)) aspect = "overall effectiveness";
    // "Being healthy\n\nThe council performs well in this area.": the paragraph's heading.
    if (aspect.empty() && !overall_after(after) && sentence_begin(first) <= paragraph_start(first) + 1)
      if (const auto heading = heading_above(first); kApaOutcomes.contains(heading)) aspect = heading;
    if (overall_after(after) && (aspect.empty() || !names_graded_thing(aspect) || aspect.find("services") != std::string::npos ||
                                 names_social_care(aspect)))
      aspect = "overall effectiveness";
    add(first, after, grade, aspect, source);
  }

  // "Self-assessment    APA 2008" over a table's rows: a cell standing under
  // a heading that names the council's own rating (a self-assessment, a
  // self-evaluation, a target) gives no judgement. The headings are looked
  // for in the lines above, within the table's paragraph.
  bool in_own_rating_column(size_t at) const {
    static const Words kOwnRatings = {"self", "self-assessment", "self-evaluation", "target", "targets", "aim"};
    const size_t from = indent_of(at);
    const size_t to = from + tokens_[at].text.size();
    size_t line = line_start_of(at);
    for (int lines_up = 0; lines_up < 10 && line > 0 && tokens_[line].gap != Gap::paragraph; ++lines_up) {
      line = line_start_of(line - 1);
      for (size_t i = line; i < tokens_.size() && (i == line || (tokens_[i].gap != Gap::line && tokens_[i].gap != Gap::paragraph)); ++i) {
        const size_t begin = indent_of(i);
        const size_t end = begin + tokens_[i].text.size();
        if (begin > to || end < from) continue;
        const bool self_compound = i >= 1 && tokens_[i].gap == Gap::hyphen && tokens_[i - 1].lower == "self";  // "Self-assessment"
        if (kOwnRatings.contains(tokens_[i].lower) || self_compound) return true;
      }
    }
    return false;
  }

  // The first token of the line holding token `at`.
  size_t line_start_of(size_t at) const {
    while (at > 0 && tokens_[at].gap != Gap::line && tokens_[at].gap != Gap::paragraph) --at;
    return at;
  }

  size_t indent_of(size_t at) const { return draft_.column(at); }

  // "* Outstanding - The impact of leaders on social work practice\n    with
  // children and families": a list item that opens with its grade, what
  // was graded after a dash or colon, up to the item's end (its wrapped
  // lines indented under it). The label, or "".
  std::string label_after_grade(size_t first, size_t after) const {
    const auto starts_line = [&](size_t i) { return tokens_[i].gap == Gap::line || tokens_[i].gap == Gap::paragraph; };
    const bool bulleted = first >= 1 && starts_line(first - 1) && kBulletMarks.contains(std::string(tokens_[first - 1].text));
    if (!bulleted || after + 1 >= tokens_.size() || !(is_dash(tokens_[after]) || tokens_[after].is(":"))) return {};
    if (starts_line(after) || starts_line(after + 1)) return {};
    const size_t bullet_indent = indent_of(first - 1);
    size_t end = after + 1;
    while (end < tokens_.size() && tokens_[end].gap != Gap::paragraph) {
      if (tokens_[end].gap == Gap::line &&
          (kBulletMarks.contains(std::string(tokens_[end].text)) || indent_of(end) <= bullet_indent))
        break;
      ++end;
    }
    const std::string label = draft_.span(after + 1, end);
    return names_graded_thing(label) || kApaOutcomes.contains(lower_words(label)) ? label : std::string{};
  }

  // "The impact of leaders on social work practice      Good" over "with
  // children and families": a row's label wrapped under it, in lower case
  // at the label's indent, up to the line's end or its next cell. A space
  // and its words, or "".
  std::string label_below(size_t first, size_t after) const {
    while (after < tokens_.size() && tokens_[after].is("|") && tokens_[after].gap == Gap::space) ++after;
    if (after >= tokens_.size() || tokens_[after].gap != Gap::line || !tokens_[after].word ||
        tokens_[after].capitalised() || tokens_[after].column)
      return {};
    size_t label = line_start_of(first);
    label = after_numbering(label, first);
    if (label >= first || indent_of(label) != indent_of(after)) return {};
    size_t end = after + 1;
    while (end < tokens_.size() && tokens_[end].word && !tokens_[end].column && tokens_[end].gap == Gap::space) ++end;
    // The line goes on in prose, or holds a row of its own; only a grade's
    // wrapped name ("improvement to be", "to be good") may stand beside the label's end.
    if (end < tokens_.size() && tokens_[end].gap != Gap::line && tokens_[end].gap != Gap::paragraph &&
        !(tokens_[end].column && (tokens_[end].lower == "improvement" || tokens_[end].lower == "to")))
      return {};
    return " " + draft_.span(after, end);
  }

  // "The experiences and progress of children in      Requires" over "care
  // and care leavers      improvement to be" over "good": a cell's "requires
  // improvement to be good" wrapped over lines beside a wrapped label.
  void consider_wrapped_requires(size_t at) {
    if (tokens_[at].lower != "requires" || !tokens_[at].column || !line_ends(at + 1)) return;
    size_t cell = at + 1;
    while (cell < tokens_.size() && cell < at + 12 && !tokens_[cell].column &&
           tokens_[cell].gap != Gap::paragraph)
      ++cell;
    if (cell >= tokens_.size() || !tokens_[cell].column || tokens_[cell].lower != "improvement" ||
        line_start_of(cell) != at + 1)
      return;
    const auto label = label_before(at);
    if (label.empty() || states_a_rating(label)) return;
    add(at, cell + 1, "requires improvement", clean_label(label + label_below(at, at + 1)), "rule: graded line");
  }

  // "| Staying safe | 2 |", "Being healthy      3": a number alone after its
  // label, in a letter that gives the key to its numbers ("Grade 4: A
  // service that delivers well above minimum requirements", "4 outstanding,
  // 3 good").
  void consider_table_number(size_t at) {
    if (!has_number_key_ || !is_digit_word(tokens_[at]) || tokens_[at].text.size() != 1) return;
    const int number = tokens_[at].text[0] - '0';
    if (number < 1 || number > 4) return;
    // Near the key only: a contents page's "Main findings   4" is no grade.
    // A dot leader's dots are not counted.
    size_t distance = 0;
    for (size_t i = std::min(at, key_position_); i < std::max(at, key_position_); ++i)
      if (!tokens_[i].is(".")) ++distance;
    if (distance > 150) return;
    // "Staying safe      2        3": the first of two years' columns, another number after it.
    const bool year_before_another = at + 1 < tokens_.size() && tokens_[at + 1].column &&
                                     tokens_[at + 1].gap == Gap::space && is_digit_word(tokens_[at + 1]) &&
                                     tokens_[at + 1].text.size() == 1 && line_ends(at + 2);
    const bool cell = line_ends(at + 1) || (at + 1 < tokens_.size() && tokens_[at + 1].is("|")) || year_before_another;
    auto label = cell ? label_before(at) : listed_label_before(at);
    // "Being healthy .................. 3": a label and its number joined by a dot leader.
    if (label.empty() && cell) label = label_before_dots(at);
    // "| Staying safe | 2 | 3 |": a second year's column, labelled by the row's first cell.
    for (size_t cell = at, cells = 0; is_digits(label) && cells < 3; ++cells) {
      while (cell > 0 && !(is_digit_word(tokens_[cell - 1]) && tokens_[cell - 1].text.size() == 1)) --cell;
      if (cell == 0) break;
      --cell;
      label = label_before(cell);
    }
    // "Joint Area Review: Cumbria ...   2" is a running header and its page number.
    if (label.empty() || label.find(':') != std::string::npos || !names_table_aspect(label)) return;
    if (in_own_rating_column(at)) return;
    const std::string aspect = clean_label(label);
    std::string grade = key_[static_cast<size_t>(number)];
    // An APA's numbers are on its own scale ("3" is "performs well"), whatever
    // words its key gives them ("3 = good / well"), except capacity to improve.
    const bool capacity = aspect.starts_with("capacity");
    if (grade.empty() || (apa_letter() && !capacity && !grade.starts_with("performs")))
      grade = numbered_grade(number, about_assessment_, draft_.year);
    if (!grade.empty()) add(at, at + 1, grade, aspect, "rule: numbered grade by key");
  }

  // "judged A to require improvement, and B likewise": B takes the grade
  // given last in the sentence, when B is an aspect the frameworks name.
  void consider_likewise(size_t at) {
    if (at < 2 || draft_.grades.empty()) return;
    const size_t begin = sentence_begin(at);
    const Found& last = draft_.grades.back();
    if (last.position < tokens_[begin].begin || last.position > tokens_[at].begin) return;
    size_t start = at;
    for (size_t from = at; from-- > begin && at - from <= 16;)
      if (framework_aspect_end(from) == at) start = from;
    if (start == at) return;
    if (start > begin && tokens_[start - 1].lower == "the") --start;
    add(start, at + 1, last.entity.name, aspect_text(start, at), "rule: grade likewise");
  }

  // Table rows labelled by councils name each council when the table sets
  // several councils side by side (statistical neighbours); when it follows
  // one council over the years (its name, or a predecessor's, on each row),
  // the rows are the council's own grades of the whole service.
  void settle_council_rows() {
    std::unordered_set<std::string> councils;
    for (const Found& grade : draft_.grades)
      if (grade.entity.source == "rule: graded line" && names_a_council(grade.entity.aspect))
        councils.insert(grade.entity.aspect);
    constexpr size_t kFewestSideBySide = 3;
    if (councils.size() >= kFewestSideBySide) {
      const std::string text = lower_ascii(draft_.text);  // council aspects are lower case
      drop_own_council_row(councils, text);
      drop_prose_repeating_row(councils, text);
    }
    if (councils.empty() || councils.size() >= kFewestSideBySide) return;
    for (Found& grade : draft_.grades)
      if (councils.contains(grade.entity.aspect)) {
        grade.entity.aspect = "overall effectiveness";
        grade.key = grade.entity.name + "|" + grade.entity.aspect;
      }
  }

  // "congratulated Rochdale on its inspection in March, which found services
  // good", beside a table of councils whose Rochdale row is good: the
  // sentence repeats the row's grade for the whole service.
  void drop_prose_repeating_row(const std::unordered_set<std::string>& councils, const std::string& text) {
    const auto row_graded = [&](const std::string& council, const std::string& grade) {
      return std::any_of(draft_.grades.begin(), draft_.grades.end(), [&](const Found& row) {
        return row.entity.source == "rule: graded line" && row.entity.aspect == council && row.entity.name == grade;
      });
    };
    std::erase_if(draft_.grades, [&](const Found& grade) {
      if (grade.entity.source == "rule: graded line" || grade.entity.aspect != "overall effectiveness") return false;
      const size_t at = std::min(grade.position, text.size());
      size_t begin = text.rfind(". ", at);
      begin = begin == std::string::npos ? 0 : begin;
      size_t end = text.find(". ", at);
      end = end == std::string::npos ? text.size() : end;
      const std::string sentence = text.substr(begin, end - begin);
      return std::any_of(councils.begin(), councils.end(), [&](const std::string& council) {
        return sentence.find(council) != std::string::npos && row_graded(council, grade.entity.name);
      });
    });
  }

  // "South Tyneside   Dec 2014   SIF   Inadequate" among its neighbours, in
  // a letter about South Tyneside that gives its overall effectiveness as
  // inadequate: the row repeats that grade. The letter's own council is the
  // one of the table it names most often, more often than any other.
  void drop_own_council_row(const std::unordered_set<std::string>& councils, const std::string& text) {
    const auto mentions = [&](const std::string& name) {
      size_t count = 0;
      for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + name.size())) ++count;
      return count;
    };
    std::string own;
    size_t most = 0;
    size_t second = 0;
    for (const auto& council : councils) {
      const size_t count = mentions(council);
      if (count > most) {
        second = most;
        most = count;
        own = council;
      } else if (count > second) {
        second = count;
      }
    }
    if (own.empty() || most <= second + 1) return;
    const auto overall_of = [&](const std::string& grade) {
      return std::any_of(draft_.grades.begin(), draft_.grades.end(), [&](const Found& other) {
        return other.entity.name == grade && other.entity.aspect == "overall effectiveness";
      });
    };
    std::erase_if(draft_.grades, [&](const Found& grade) {
      return grade.entity.source == "rule: graded line" && grade.entity.aspect == own && overall_of(grade.entity.name);
    });
  }

  // "Capacity to improve ...   Grade 2" and then "The council's capacity to
  // improve is adequate": where the letter puts a number's grade into words
  // on another scale, the words are what it means.
  void prefer_words_to_numbers() {
    const auto numbered = [](const Found& grade) { return grade.entity.source.starts_with("rule: numbered grade"); };
    const auto same_aspect = [](const std::string& a, const std::string& b) {
      return !a.empty() && !b.empty() && (a.starts_with(b) || b.starts_with(a));
    };
    std::erase_if(draft_.grades, [&](const Found& number) {
      return numbered(number) && !number.past && number.entity.name.starts_with("performs") &&
             std::any_of(draft_.grades.begin(), draft_.grades.end(), [&](const Found& words) {
               return !numbered(words) && !words.entity.name.starts_with("performs") &&
                      same_aspect(words.entity.aspect, number.entity.aspect);
             });
    });
  }

  // "RI = requires improvement to be good": an entry of the letter key,
  // either side of its "=".
  bool in_letter_key(size_t first) const {
    const auto marks_entry = [&](size_t at) {
      return at < tokens_.size() && (tokens_[at].is("=") || tokens_[at].is(":") || is_dash(tokens_[at]));
    };
    if (first >= 2 && marks_entry(first - 1) && letter_key_.contains(std::string(tokens_[first - 2].text))) return true;
    return marks_entry(first + 1) && letter_key_.contains(std::string(tokens_[first].text));
  }

  // "Help and protection      RI      G      O": a table cell in the letters
  // of the letter's key, graded for its row's label.
  void consider_letter_cell(size_t at) {
    if (letter_key_.empty() || !tokens_[at].word || !tokens_[at].column) return;
    const auto grade = letter_key_.find(std::string(tokens_[at].text));
    if (grade == letter_key_.end()) return;
    // Near the key only: a page's "A" or "I" elsewhere is a word, not a cell.
    constexpr size_t kNearKey = 200;
    const size_t distance = at > letter_key_position_ ? at - letter_key_position_ : letter_key_position_ - at;
    if (distance > kNearKey) return;
    size_t line_start = at;
    while (line_start > 0 && tokens_[line_start].gap != Gap::line && tokens_[line_start].gap != Gap::paragraph) --line_start;
    size_t label_end = line_start + 1;
    while (label_end < at && !tokens_[label_end].column) ++label_end;
    if (label_end > at || label_end == line_start || tokens_[line_start].column) return;  // no label
    const std::string label = draft_.span(line_start, label_end);
    // "Wakefield     I     .     RI": a table of councils, each graded.
    const bool council = names_a_council(clean_label(label));
    if (!council && !names_table_aspect(label) && framework_aspect_end(line_start) == line_start) return;
    add(at, at + 1, grade->second, clean_label(label), council ? "rule: graded line" : "rule: lettered grade by key");
  }

  // "the inadequate judgement for safeguarding in the 2010 inspection": what
  // the rating at `rating` was for.
  std::string aspect_after_rating(size_t rating) const {
    const size_t joiner = rating + 1;
    if (joiner >= tokens_.size() || (tokens_[joiner].lower != "for" && tokens_[joiner].lower != "of")) return {};
    size_t end = joiner + 1;
    static const Words kEnds = {"in", "at", "from", "by", "since", "and", "was", "were", "is", "are", "has", "had",
                                "as", "to", "would", "will", "could", "should"};
    while (end < tokens_.size() && end - joiner <= 8 && tokens_[end].word && !kEnds.contains(tokens_[end].lower)) ++end;
    if (end == joiner + 1) return {};
    const std::string aspect = aspect_text(joiner + 1, end);
    return names_graded_thing(aspect) || framework_aspect_end(joiner + 1) == end ? aspect : std::string{};
  }

  static bool is_digits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  }

  // "overall effectiveness 2 / being healthy 3 / staying safe 2": a label
  // and its number as one item of a list on a line, the items parted by
  // '/', ',' or ';' and the list set off by ':' or the line's start.
  std::string listed_label_before(size_t at) const {
    const bool item_ends = at + 1 >= tokens_.size() || tokens_[at + 1].is("/") || tokens_[at + 1].is(",") ||
                           tokens_[at + 1].is(";") || tokens_[at + 1].is("(") || tokens_[at + 1].is(".");
    if (!item_ends || at == 0) return {};
    size_t begin = at;
    while (begin > 0 && at - begin < 8 && tokens_[begin - 1].word && !is_digit_word(tokens_[begin - 1]) &&
           tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph)
      --begin;
    if (begin == at) return {};
    const bool set_off = begin == 0 || tokens_[begin].gap == Gap::line || tokens_[begin].gap == Gap::paragraph ||
                         tokens_[begin - 1].is("/") || tokens_[begin - 1].is(",") || tokens_[begin - 1].is(";") ||
                         tokens_[begin - 1].is(":");
    if (!set_off || framework_aspect_end(begin) != at) return {};
    return draft_.span(begin, at);
  }

  // "Being healthy          Grade 3": a numbered grade on a graded line.
  void consider_number(size_t at) {
    if (at + 1 >= tokens_.size() || !tokens_[at + 1].word) return;
    const std::string_view digits = tokens_[at + 1].text;
    if (digits.size() != 1 || !std::isdigit(static_cast<unsigned char>(digits[0]))) return;
    const auto label = label_before(at);
    if (label.empty() || !line_ends(at + 2)) return;
    const std::string aspect = clean_label(label);
    const std::string grade = numbered_grade(digits[0] - '0', about_assessment_, draft_.year);
    if (!grade.empty()) add(at, at + 2, grade, aspect, "rule: numbered grade");
  }

 private:
  struct AspectFound {
    bool found = false;
    std::string aspect;
  };

  // "X, and Y, were judged outstanding and good respectively": the k-th
  // grade of the list is the k-th of the subjects, parted by commas (or by
  // "and" when there are none).
  AspectFound respective_aspect(size_t first, size_t last) const {
    auto grade_word = [&](size_t i) {
      return kGradeWords.contains(tokens_[i].lower) || tokens_[i].lower.starts_with("requir") ||
             tokens_[i].lower == "to" || tokens_[i].lower == "be";
    };
    size_t end = last;
    while (end < tokens_.size() && end < last + 12 && (grade_word(end) || tokens_[end].is(",") || tokens_[end].lower == "and"))
      ++end;
    if (end >= tokens_.size() || tokens_[end].lower != "respectively") return {};
    size_t start = first;
    while (start > 0 && first - start < 12 &&
           (grade_word(start - 1) || tokens_[start - 1].is(",") || tokens_[start - 1].lower == "and"))
      --start;
    // The list's grades in order, and which of them this one is.
    size_t count = 0;
    size_t index = 0;
    for (size_t i = start; i < end; ++i) {
      const bool opens_grade = kGradeWords.contains(tokens_[i].lower) || tokens_[i].lower.starts_with("requir");
      const bool continues = i > start && (kGradeWords.contains(tokens_[i - 1].lower) ||
                                           tokens_[i - 1].lower.starts_with("requir") || tokens_[i - 1].lower == "to" ||
                                           tokens_[i - 1].lower == "be");
      if (!opens_grade || continues) continue;
      if (i == first) index = count;
      ++count;
    }
    if (count < 2) return {};
    size_t verb = start;
    while (verb > 0 && start - verb < 6 && tokens_[verb - 1].word &&
           (kCueWords.contains(tokens_[verb - 1].lower) || kBetweenWords.contains(tokens_[verb - 1].lower)))
      --verb;
    size_t sentence = sentence_begin(verb);
    // A paragraph's first word stands just before where its sentence is taken to begin.
    if (sentence > 0 && tokens_[sentence - 1].gap == Gap::paragraph && tokens_[sentence - 1].word) --sentence;
    const size_t begin = after_opening_phrase(sentence, verb);
    // Parted at every comma, else at ", and", else at every "and".
    for (const auto& parts : {subjects(begin, verb, [&](size_t i) { return tokens_[i].is(","); }),
                              subjects(begin, verb, [&](size_t i) {
                                return tokens_[i].is(",") && i + 1 < verb && tokens_[i + 1].lower == "and";
                              }),
                              subjects(begin, verb, [&](size_t i) { return tokens_[i].lower == "and"; })})
      if (parts.size() == count) return {true, aspect_text(parts[index].first, parts[index].second)};
    return {};
  }

  // The spans of [begin, end) between the tokens `parts_at` accepts, each
  // without a leading "and" or punctuation.
  template <typename PartsAt>
  std::vector<std::pair<size_t, size_t>> subjects(size_t begin, size_t end, PartsAt parts_at) const {
    std::vector<std::pair<size_t, size_t>> parts;
    size_t part = begin;
    for (size_t i = begin; i <= end; ++i)
      if (i == end || parts_at(i)) {
        size_t from = part;
        while (from < i && (!tokens_[from].word || tokens_[from].lower == "and")) ++from;
        if (from < i) parts.emplace_back(from, i);
        part = i + 1;
      }
    return parts;
  }


  // One past the framework aspect starting at `at` (longest), or `at`.
  // Commas and "/" may stand inside ("leadership, management and governance").
  size_t framework_aspect_end(size_t at) const {
    size_t best = at;
    for (const auto& words : kFrameworkAspects) {
      size_t i = at;
      size_t matched = 0;
      while (i < tokens_.size() && matched < words.size()) {
        if (!tokens_[i].word && matched > 0 && (tokens_[i].is(",") || tokens_[i].is("/"))) {
          ++i;
          continue;
        }
        // OCR's "rn" for "m": "leadership, rnanagernent and governance".
        if (tokens_[i].stem != words[matched] && tokens_[i].lower != words[matched] &&
            (tokens_[i].lower.find("rn") == std::string::npos || m_for_rn(tokens_[i].lower) != words[matched]))
          break;
        ++matched;
        ++i;
      }
      if (matched == words.size() && i > best) best = i;
    }
    return best;
  }

  struct FrameworkList {
    std::vector<std::pair<size_t, size_t>> spans;  // token ranges of the aspects, "the" included
    bool judged = false;  // the list stands right before the grade or after "inadequate:"
  };

  // The framework aspects a grade applies to: a run of them just before it
  // (joined by commas and "and"), and one after "inadequate:", "good in",
  // ", as were".
  FrameworkList framework_list(size_t first, size_t after) const {
    FrameworkList list;
    const size_t begin = sentence_begin(first);
    std::vector<size_t> ends(first - begin + 1, 0);  // ends[k]: start of an aspect ending at begin + k, plus one
    for (size_t i = begin; i < first; ++i) {
      const size_t end = framework_aspect_end(i);
      if (end > i && end <= first && ends[end - begin] == 0) ends[end - begin] = i + 1;
    }
    size_t at = first;
    while (at > begin && (kListGlue.contains(tokens_[at - 1].lower) || tokens_[at - 1].is(",") ||
                          tokens_[at - 1].is_quote()) && !ends[at - begin])
      --at;
    while (at > begin && ends[at - begin]) {
      size_t start = ends[at - begin] - 1;
      if (start > begin && tokens_[start - 1].lower == "the") --start;
      list.spans.emplace_back(start, at);
      list.judged = true;
      at = start;
      while (at > begin && (kListJoins.contains(tokens_[at - 1].lower) || tokens_[at - 1].is(",")) && !ends[at - begin])
        --at;
    }
    std::reverse(list.spans.begin(), list.spans.end());
    size_t next = after;
    const size_t listed_before = list.spans.size();
    if (next < tokens_.size() && tokens_[next].is(":")) {
      ++next;
    } else if (next < tokens_.size() && (tokens_[next].lower == "in" || tokens_[next].lower == "for")) {
      ++next;
    } else if (next + 2 < tokens_.size() && tokens_[next].is(",") && tokens_[next + 1].lower == "as" &&
               (tokens_[next + 2].lower == "were" || tokens_[next + 2].lower == "was")) {
      next += 3;
    } else if (next + 3 < tokens_.size() && tokens_[next].is(",") && tokens_[next + 1].lower == "as" &&
               (tokens_[next + 2].lower == "it" || tokens_[next + 2].lower == "they") &&
               tokens_[next + 3].lower == "did") {
      next += 4;  // "judged overall effectiveness inadequate, as it did A and B"
    } else if (next + 3 < tokens_.size() && tokens_[next].is(",") && tokens_[next + 1].lower == "as" &&
               tokens_[next + 2].lower == "well" && tokens_[next + 3].lower == "as") {
      next += 4;  // "judged A to be inadequate, as well as B and C"
    } else {
      return list;
    }
    const size_t finish = sentence_finish(next);
    while (next < finish) {
      const size_t start = next;
      if (tokens_[next].lower == "the") ++next;
      const size_t end = framework_aspect_end(next);
      if (end == next) break;
      // "judged good for overall effectiveness, and the experiences of care
      // leavers have been judged outstanding": the subject of a clause of its own.
      static const Words kOwnVerb = {"have", "has", "had", "was", "were", "is", "are", "remain", "remains"};
      if (end < finish && kOwnVerb.contains(tokens_[end].lower)) break;
      list.spans.emplace_back(start, end);
      next = end;
      // "in staying safe and in enjoying and achieving": the preposition repeated after "and".
      while (next < finish && (kListJoins.contains(tokens_[next].lower) || tokens_[next].is(",") ||
                               ((tokens_[next].lower == "in" || tokens_[next].lower == "for") &&
                                tokens_[next - 1].lower == "and")))
        ++next;
    }
    // "inadequate: A, B and C" judges them; "good in A" or "as were B" only extends a judgement.
    if (list.spans.size() > listed_before && tokens_[after].is(":")) list.judged = true;
    return list;
  }

  void add(size_t first, size_t after, const std::string& grade, const std::string& aspect, const std::string& source) {
    Found found;
    found.entity.kind = EntityKind::grade;
    found.entity.name = grade;
    // "Southampton has been judged good": the council's services as a whole.
    // A table's row of councils ("Hartlepool   Mar 2022   Good") keeps the
    // council: the rows are different councils' grades.
    found.entity.aspect = names_a_council(aspect) && source != "rule: graded line" ? std::string{} : aspect;
    if (names_the_assessment(found.entity.aspect)) found.entity.aspect = "overall effectiveness";
    found.entity.source = source;
    found.entity.evidence = evidence(first, after);
    found.key = grade + "|" + found.entity.aspect;
    found.past = sentence_is_past(first);
    found.position = tokens_[first].begin;
    draft_.grades.push_back(std::move(found));
  }

  // Whether an aspect is only a place or a council's name.
  bool names_a_council(const std::string& aspect) const {
    if (aspect.empty()) return false;
    // Aspects are lower case; place names are matched with their capitals.
    std::string capitalised = aspect;
    for (size_t i = 0; i < capitalised.size(); ++i)
      if (i == 0 || capitalised[i - 1] == ' ')
        capitalised[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[i])));
    const auto words = tokenize(capitalised);
    for (const What what : {What::place, What::body}) {
      const auto match = lexicon_.match(words, 0, what);
      if (!match || match->last != words.size()) continue;
      if (what == What::place) return true;
      const auto& body = data_.bodies[static_cast<size_t>(match->targets.front()->index)];
      if (body.kind == "council") return true;
    }
    return false;
  }

  size_t sentence_begin(size_t at) const {
    size_t begin = at;
    while (begin > 0 && !sentence_end(tokens_[begin - 1]) && at - begin < 80) --begin;
    return begin;
  }
  size_t sentence_finish(size_t at) const {
    size_t end = at;
    while (end < tokens_.size() && !sentence_end(tokens_[end]) && end - at < 80) ++end;
    return end;
  }

  // "I found a leadership team with a very good\nunderstanding of practice":
  // prose wrapped between a grade word used as an adjective and its noun.
  // Only after "a" or "very": a table's grade at a line's end is followed by
  // the next row or a label wrapped under it.
  bool noun_on_next_line(size_t first, size_t after) const {
    static const Words kAttributive = {"a", "an", "very", "really", "particularly", "such", "consistently"};
    if (first == 0 || after >= tokens_.size() || tokens_[after].gap != Gap::line || !tokens_[after].word ||
        tokens_[after].capitalised() || is_year(tokens_[after]))
      return false;
    return kAttributive.contains(tokens_[first - 1].lower) && !kAfterWords.contains(tokens_[after].lower);
  }

  bool followed_by_noun(size_t after) const {
    if (after >= tokens_.size() || !tokens_[after].word) return false;
    if (tokens_[after].gap == Gap::paragraph || tokens_[after].gap == Gap::line) return false;
    if (is_year(tokens_[after])) return false;
    return !kAfterWords.contains(tokens_[after].lower);
  }

  // "attendance at strategy meetings remains outstanding", "actions still
  // outstanding": not yet done, unless what remains is a graded thing
  // ("adoption performance remains outstanding").
  bool still_to_do(size_t first) const {
    if (first == 0) return false;
    const std::string& before = tokens_[first - 1].lower;
    if (before != "remains" && before != "remain" && before != "still" && before != "are" && before != "is" &&
        before != "were" && before != "was")
      return false;
    // "two recommendations of the last assessment, on child protection plans,
    // remain outstanding", "seven review conferences were outstanding at the
    // year's end": what is still to be done heads the subject.
    static const Words kTasks = {"recommendations", "recommendation", "actions", "action", "conferences",
                                 "reviews", "visits", "assessments", "items", "invoices", "issues", "points",
                                 "tasks", "referrals", "complaints", "payments", "debts", "requests", "queries",
                                 "questions", "matters", "returns", "audits", "appeals"};
    if (first >= 2 && kTasks.contains(tokens_[first - 2].lower)) return true;  // "... review conferences were outstanding"
    const size_t begin = clause_start(first - 1);
    for (size_t i = begin; i + 1 < first; ++i) {
      if (kTasks.contains(tokens_[i].lower)) return true;
      if (kAspectNouns.contains(tokens_[i].stem) && !kDescriptiveNouns.contains(tokens_[i].stem)) return false;
    }
    return before == "remains" || before == "remain" || before == "still";
  }

  // "recording requires improvement in places", "... in its recording of
  // visits": improvement wanted in something, not the grade "requires
  // improvement to be good" ("judged to require improvement in 2015" is one).
  bool improvement_in_something(size_t after) const {
    if (after + 1 >= tokens_.size() || tokens_[after].lower != "in" || tokens_[after].gap == Gap::paragraph) return false;
    const Token& next = tokens_[after + 1];
    return next.word && !is_digit_word(next) && !next.capitalised();
  }

  // "cases were rated good by auditors", "our peer review rated the front
  // door good", "in our self-assessment we graded ourselves good", "a mock
  // inspection found": the council's own or its peers' rating, not Ofsted's.
  bool audit_result(size_t first) const {
    if (cpa_category(first)) return true;
    static const Words kInspection = {"ofsted", "inspection", "inspectors", "inspected", "hmi"};
    bool audit = false;
    const size_t end = sentence_finish(first);
    // "a self-assessment against the Ofsted criteria": the inspectorate's yardstick, not its verdict.
    static const Words kYardsticks = {"criteria", "framework", "descriptors", "handbook", "guidance", "standards"};
    for (size_t i = sentence_begin(first); i < end; ++i) {
      const bool mock = i > 0 && tokens_[i - 1].lower == "mock";
      const bool yardstick = i + 1 < end && kYardsticks.contains(tokens_[i + 1].lower);
      // "our self-assessment, sent to Ofsted": where the council's rating went.
      const bool sent_to = i > 0 && (tokens_[i - 1].lower == "to" || tokens_[i - 1].lower == "for");
      if (kInspection.contains(tokens_[i].stem) && !mock && !yardstick && !sent_to) return false;
      audit = audit || own_rating_word(i);
    }
    return audit;
  }

  // Whether the token at `i` names a rating that is not an inspection's:
  // an audit, a peer review or challenge, a self-assessment, a mock inspection.
  bool own_rating_word(size_t i) const {
    static const Words kAudit = {"audit", "audits", "audited", "auditors", "auditor", "audit's"};
    static const Words kPeerWork = {"review", "reviews", "reviewers", "challenge", "challenges"};
    static const Words kSelfWork = {"assessment", "assessments", "evaluation", "evaluations", "assessed",
                                    "evaluated", "assessing", "evaluating"};
    const std::string& word = tokens_[i].lower;
    if (kAudit.contains(word)) return true;
    if (i + 1 >= tokens_.size()) return false;
    const std::string& next = tokens_[i + 1].lower;  // "self-assessment" is two tokens
    if (word == "peer") return kPeerWork.contains(next);
    if (word == "self") return kSelfWork.contains(next);
    return word == "mock" && (next == "inspection" || next == "inspections");
  }

  // "The Audit Commission's Comprehensive Performance Assessment rated the
  // county council 'good'": a CPA category (2002-08), another scale than
  // Ofsted's. The assessment is named before the grade, no inspection between.
  bool cpa_category(size_t first) const {
    static const Words kInspection = {"ofsted", "inspection", "inspectors", "inspected", "hmi", "apa"};
    for (size_t i = first; i-- > sentence_begin(first) && first - i < 20;) {
      if (kInspection.contains(tokens_[i].stem)) return false;
      const bool cpa = tokens_[i].text == "CPA" ||
                       (tokens_[i].lower == "assessment" && i >= 2 && tokens_[i - 1].lower == "performance" &&
                        tokens_[i - 2].lower == "comprehensive");
      if (cpa) return true;
    }
    return false;
  }

  // "'requires improvement' will replace 'adequate'": the grade's name, in a
  // sentence about the scale itself.
  bool names_the_scale(size_t first) const {
    static const Words kScaleWords = {"replace", "replaces", "replaced", "replacing", "renamed", "rename"};
    const size_t end = sentence_finish(first);
    for (size_t i = sentence_begin(first); i < end; ++i)
      if (kScaleWords.contains(tokens_[i].lower)) return true;
    return false;
  }

  // "one in five councils' children's services", "64% of cases", "the
  // majority of settings", "one authority in six", "only a handful": a share
  // of many, graded one by one, is no judgement of its own.
  static bool is_proportion(const std::string& aspect) {
    static const Words kShares = {"%", "per", "percent", "proportion", "majority", "minority", "third", "quarter",
                                  "half", "fifth", "quarters", "thirds", "handful"};
    const auto tokens = tokenize(aspect);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (kShares.contains(tokens[i].lower)) return true;
      const bool count = is_digit_word(tokens[i]) || tokens[i].lower == "one";
      if (count && i + 2 < tokens.size() && tokens[i + 1].lower == "in") return true;  // "one in five", "3 in 10"
      if (count && i + 3 < tokens.size() && tokens[i + 1].word && tokens[i + 2].lower == "in" &&
          (is_digit_word(tokens[i + 3]) || kNumberWords.contains(tokens[i + 3].lower)))
        return true;  // "one council in eight"
    }
    return false;
  }

  // "None of the judgements was inadequate", "no area", "a council is judged
  // inadequate", "three councils in the region are rated outstanding": a
  // subject that is nobody, anybody or a count of councils left unnamed
  // gives no judgement of one.
  static bool names_no_one(const std::string& whole_aspect) {
    static const Words kNobody = {"none", "no", "neither", "nothing", "nobody"};
    static const Words kAnyOne = {"a", "an", "any", "every", "each"};
    static const Words kSome = {"all", "most", "many", "several", "some", "few", "other", "these", "those",
                                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    static const Words kCouncil = {"council", "authority"};
    // Councils, and the other settings a letter counts without naming ("two of our secondary schools").
    static const Words kCouncils = {"councils", "authorities", "las", "schools", "homes", "academies", "settings",
                                    "providers", "nurseries", "colleges", "primaries", "secondaries"};
    // "very few", "only some": a qualifier before the count.
    static const Words kQualifiers = {"very", "only", "around", "about", "roughly", "just", "nearly", "almost"};
    // "nationally, about two councils in three", "of the councils inspected so far, most": the count
    // stands on one side of the comma, where it is set apart from where or among whom.
    if (const size_t comma = whole_aspect.find(", "); comma != std::string::npos)
      return names_no_one(whole_aspect.substr(0, comma)) || names_no_one(whole_aspect.substr(comma + 2));
    const std::string& aspect = whole_aspect;
    auto tokens = tokenize(aspect);
    // "in 2007 some seven councils in ten": when, before the count.
    while (tokens.size() >= 2 && (tokens[0].lower == "in" || tokens[0].lower == "by" || tokens[0].lower == "since") &&
           is_year(tokens[1]))
      tokens.erase(tokens.begin(), tokens.begin() + 2);
    while (!tokens.empty() && tokens.front().word && kQualifiers.contains(tokens.front().lower))
      tokens.erase(tokens.begin());
    if (tokens.empty()) return false;
    if (kNobody.contains(tokens[0].lower)) return true;
    // "how many privately run homes": a question's count.
    if (tokens.size() >= 2 && tokens[0].lower == "how" && (tokens[1].lower == "many" || tokens[1].lower == "much"))
      return true;
    // "two", "three to": a number alone, what it counts said elsewhere (a
    // figure may be a grade's own number: "3 (performs well)").
    static const Words kNumbers = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    static const Words kLinks = {"to", "of", "in", "out"};
    if (kNumbers.contains(tokens[0].lower) &&
        std::all_of(tokens.begin() + 1, tokens.end(), [](const Token& t) { return !t.word || kLinks.contains(t.lower); }))
      return true;
    // "very few have been judged good": a count with no noun ("the other
    // judgements were good" names what it counts).
    // "only a handful", "a minority", "half": the same with a share.
    static const Words kBareCounts = {"few", "most", "many", "several", "some", "handful", "minority", "majority",
                                      "half", "third", "quarter"};
    size_t count = 0;
    while (count < tokens.size() && (!tokens[count].word || kQualifiers.contains(tokens[count].lower) ||
                                     tokens[count].lower == "a" || tokens[count].lower == "the"))
      ++count;
    if (count + 1 == tokens.size() && kBareCounts.contains(tokens[count].lower)) return true;
    // "the region's councils", "neighbouring authorities": councils in general.
    if (tokens.size() <= 2 && kCouncils.contains(tokens.back().lower)) return true;
    // "a council", "12 local authorities", "three of the councils"; not
    // "3 Leeds City Council", a section's number before a name.
    const bool any_one = kAnyOne.contains(tokens[0].lower);
    if (!any_one && !kSome.contains(tokens[0].lower) && !is_digit_word(tokens[0])) return false;
    for (size_t i = 1; i < tokens.size() && i <= 4; ++i)
      if (kCouncils.contains(tokens[i].lower) || (any_one && kCouncil.contains(tokens[i].lower))) return true;
    return false;
  }

  // "the performance report itself requires improvement", "the draft plan
  // is good": a paper, not a service Ofsted grades.
  static bool names_a_paper(const std::string& aspect) {
    static const Words kPapers = {"report", "reports", "plan", "plans", "paper", "papers", "document", "dashboard",
                                  "minutes", "data", "scorecard", "template", "form", "website"};
    static const Words kTrailing = {"itself", "also", "still", "now"};
    auto tokens = tokenize(aspect);
    while (!tokens.empty() && (!tokens.back().word || kTrailing.contains(tokens.back().lower))) tokens.pop_back();
    return !tokens.empty() && kPapers.contains(tokens.back().lower);
  }

  // "only a handful performed poorly", "most were judged good": the clause's
  // subject before the grade's verb is a count, naming no one.
  bool counted_subject(size_t first) const {
    static const Words kVerbs = {"performed", "performs", "perform", "was", "were", "is", "are", "judged", "rated",
                                 "found", "to", "be", "been", "have", "has", "had", "graded", "now", "still"};
    size_t end = first;
    while (end > 0 && tokens_[end - 1].word && kVerbs.contains(tokens_[end - 1].lower)) --end;
    if (end == 0) return false;  // ("performed poorly" is itself the verb)
    const size_t begin = clause_start(end);
    if (begin >= end || end - begin > 12) return false;
    // "You asked how many homes are judged inadequate": a question's count, however the clause starts.
    for (size_t i = begin; i + 1 < end; ++i)
      if (tokens_[i].lower == "how" && (tokens_[i + 1].lower == "many" || tokens_[i + 1].lower == "much")) return true;
    return names_no_one(lower_words(draft_.span(begin, end)));
  }

  // "the timeliness of conferences is good, at 91 per cent": a measure's
  // figure called good, not a grade.
  bool measured_by_figure(size_t after) const {
    size_t at = after;
    if (at < tokens_.size() && tokens_[at].is(",")) ++at;
    if (at + 2 >= tokens_.size() || (tokens_[at].lower != "at" && tokens_[at].lower != "with")) return false;
    if (!is_digit_word(tokens_[at + 1])) return false;
    return tokens_[at + 2].is("%") || tokens_[at + 2].lower == "per" || tokens_[at + 2].lower == "percent";
  }

  // "the timeliness of visits requires improvement": a plain "requires
  // improvement" whose subject is neither a graded thing, a body nor a name.
  bool ungraded_subject(size_t first, size_t last) const {
    if (last - first != 2 || tokens_[first].lower.find("requir") != 0) return false;
    static const Words kGradedBodies = {"council", "authority", "trust", "agency", "home", "homes", "school",
                                        "academy", "nursery", "college"};
    static const Words kDeterminers = {"the", "our", "its", "their", "this", "that", "these", "your"};
    const size_t begin = clause_start(first);
    if (begin >= first) return false;
    for (size_t i = begin; i < first; ++i) {
      if (kAspectNouns.contains(tokens_[i].stem) && !kDescriptiveNouns.contains(tokens_[i].stem)) return false;
      if (kGradedBodies.contains(tokens_[i].stem) || draft_.body_token[i] || draft_.person_token[i]) return false;
      // "Birmingham requires improvement": a name, not a sentence's capital.
      if (tokens_[i].capitalised() && !kDeterminers.contains(tokens_[i].lower)) return false;
    }
    return framework_aspect_end(begin) == begin;
  }

  // "Staying safe: 2 (performs adequately)": the grade in brackets after its number.
  bool bracketed_after_number(size_t first, size_t last) const {
    return first >= 2 && tokens_[first - 1].is("(") && is_digit_word(tokens_[first - 2]) && last < tokens_.size() &&
           tokens_[last].is(")");
  }

  // "4 (performs excellently), 3 (performs well), 2 ...", "4: outstanding;
  // 3: good; ...": a line giving the key to the numbers, not grades given.
  bool in_key_line(size_t first) const {
    // The line, within its sentence: ';' may part a key's entries.
    auto stops = [&](size_t i) {
      return tokens_[i].gap == Gap::line || tokens_[i].gap == Gap::paragraph || tokens_[i].is(".") ||
             tokens_[i].is("?") || tokens_[i].is("!");
    };
    size_t begin = first;
    while (begin > 0 && tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph && !stops(begin - 1))
      --begin;
    int entries = 0;
    for (size_t i = begin; i + 1 < tokens_.size() && entries < 3; ++i) {
      if (i > begin && stops(i)) break;
      if (!is_digit_word(tokens_[i]) || tokens_[i].text.size() != 1) continue;
      size_t next = i + 1;
      if (!tokens_[next].word && next + 1 < tokens_.size() && !tokens_[next].is(",")) ++next;
      if (kGradeWords.contains(tokens_[next].lower) || tokens_[next].lower == "performs" ||
          tokens_[next].lower == "requires")
        ++entries;
    }
    return entries >= 3 || in_prose_key(first);
  }

  // "Key\n 4  Performs excellently   An organisation that ...\n 3  Performs
  // well ...", "Key:  Grade 4  performs excellently\n       Grade 3  performs
  // well": a key set out one entry a line, each line opening with its number
  // (after "Key" on the first). A table of grades puts a label before it.
  bool in_key_column(size_t first) const {
    const auto number_opening_line = [&](size_t at) -> int {  // the number before `at` that opens its line, or -1
      size_t number = at;
      if (number == 0) return -1;
      --number;
      if (!is_digit_word(tokens_[number]) || tokens_[number].text.size() != 1) return -1;
      size_t opening = number;
      if (opening > 0 && tokens_[opening - 1].lower == "grade" && tokens_[opening].gap != Gap::line &&
          tokens_[opening].gap != Gap::paragraph)
        --opening;
      const bool line_start = opening == 0 || tokens_[opening].gap == Gap::line || tokens_[opening].gap == Gap::paragraph;
      if (!line_start && !key_label_before(opening)) return -1;
      return tokens_[number].text[0] - '0';
    };
    const int number = number_opening_line(first);
    if (number < 0) return false;
    // "[Grade] N <grade>" opening the line that starts at `start`: N, or -1.
    const auto entry_number = [&](size_t start) -> int {
      const size_t grade = start + (tokens_[start].lower == "grade" ? 2 : 1);
      if (grade >= tokens_.size()) return -1;
      const Token& word = tokens_[grade];
      if (!kGradeWords.contains(word.lower) && word.lower != "performs" && word.lower != "requires") return -1;
      return number_opening_line(grade);
    };
    // Another entry within the next or previous few lines, its number one apart.
    const auto line_start = [&](size_t i) { return tokens_[i].gap == Gap::line || tokens_[i].gap == Gap::paragraph; };
    constexpr int kNearbyLines = 4;
    int lines = 0;
    for (size_t i = first + 1; i < tokens_.size() && lines < kNearbyLines; ++i)
      if (line_start(i) && ++lines && std::abs(entry_number(i) - number) == 1) return true;
    lines = 0;
    size_t own_line = first;
    while (own_line > 0 && !line_start(own_line)) --own_line;
    for (size_t i = own_line; i-- > 0 && lines < kNearbyLines;)
      if ((i == 0 || line_start(i)) && ++lines && std::abs(entry_number(i) - number) == 1) return true;
    return false;
  }

  // "Outstanding    A service that significantly exceeds minimum requirements"
  // over "Good    A service that exceeds ...": the scale set out with what
  // each grade means, one a line, not grades given.
  bool in_described_scale(size_t first) const {
    const auto line_start = [&](size_t i) { return i == 0 || tokens_[i].gap == Gap::line || tokens_[i].gap == Gap::paragraph; };
    // A grade opening the line at `start`, a column, then "A ..." or "An ...".
    const auto described = [&](size_t start) {
      const auto match = lexicon_.match(tokens_, start, What::grade);
      if (!match || match->last >= tokens_.size()) return false;
      const Token& next = tokens_[match->last];
      return next.column && (next.lower == "a" || next.lower == "an");
    };
    if (!line_start(first) || !described(first)) return false;
    constexpr int kNearbyLines = 2;
    int lines = 0;
    for (size_t i = first + 1; i < tokens_.size() && lines < kNearbyLines; ++i)
      if (line_start(i) && ++lines && described(i)) return true;
    lines = 0;
    for (size_t i = first; i-- > 0 && lines < kNearbyLines;)
      if (line_start(i) && ++lines && described(i)) return true;
    return false;
  }

  // "Key:", "Key used by Ofsted:": the label opening a key's first line.
  bool key_label_before(size_t at) const {
    size_t start = at;
    while (start > 0 && at - start < 6 && tokens_[start].gap != Gap::line && tokens_[start].gap != Gap::paragraph)
      --start;
    return tokens_[start].lower == "key";
  }

  // "The grades are: 4 performs excellently; 3 performs well; 2 performs\n
  // adequately; 1 performs poorly.": a key written as a sentence over lines
  // (not a table: no bars or columns in it).
  bool in_prose_key(size_t first) const {
    // The sentence to its full stop: a key parts its entries with ';'.
    auto full_stop = [&](size_t i) { return tokens_[i].is(".") || tokens_[i].gap == Gap::paragraph; };
    size_t begin = first;
    while (begin > 0 && first - begin < 60 && !full_stop(begin - 1)) --begin;
    size_t end = first;
    while (end < tokens_.size() && end - first < 60 && !full_stop(end)) ++end;
    int entries = 0;
    bool parted = true;  // the entries so far are parted by ';' or ',' (a key), not by lines (a list of grades)
    for (size_t i = begin; i < end && i + 1 < tokens_.size(); ++i) {
      if (tokens_[i].is("|") || tokens_[i].column) return false;
      if (tokens_[i].is(";") || tokens_[i].is(",")) parted = true;
      if (!is_digit_word(tokens_[i]) || tokens_[i].text.size() != 1) continue;
      size_t next = i + 1;
      if (!tokens_[next].word && next + 1 < tokens_.size() && !tokens_[next].is(",")) ++next;
      if (!kGradeWords.contains(tokens_[next].lower) && tokens_[next].lower != "performs" && tokens_[next].lower != "requires")
        continue;
      entries = parted ? entries + 1 : 1;
      parted = false;
    }
    return entries >= 3;
  }

  // "the overall judgement of 'good'".
  bool overall_before(size_t first) const {
    for (size_t i = first; i > 0 && first - i < 6; --i) {
      if (tokens_[i - 1].lower == "overall") return true;
      if (sentence_end(tokens_[i - 1])) break;
    }
    return false;
  }

  bool overall_after(size_t after) const { return after < tokens_.size() && tokens_[after].lower == "overall"; }

  // "the fourth inadequate judgement", "adequate in the next inspection":
  // hope words close to the grade, within its sentence.
  bool counted_or_hoped(size_t first) const {
    if (first > 0 && kCountWords.contains(tokens_[first - 1].lower)) return true;
    const size_t begin = std::max(sentence_begin(first), first >= 10 ? first - 10 : size_t{0});
    const size_t end = std::min(sentence_finish(first), first + 6);
    // A grade ending a line after a label set off by a column is a table's
    // cell: its label and the rows around it are not a sentence of hopes
    // ("Ambition and prioritisation      Adequate").
    const bool dot_leader = first > 1 && tokens_[first - 1].is(".") && tokens_[first - 2].is(".");
    if (line_ends(first + 1) && first > 0 && (tokens_[first].column || tokens_[first - 1].is("|") ||
                                               tokens_[first - 1].is(":") || dot_leader))
      return false;
    // "would be judged good, or even to require improvement": a comma before
    // "or" goes on with the same hope.
    auto stops = [&](size_t i) {
      return tokens_[i].is(",") && !(i + 1 < tokens_.size() && tokens_[i + 1].lower == "or");
    };
    for (size_t i = first; i-- > begin;) {
      if (stops(i)) {
        // "Its aim, to perform well overall, ...": the hope named just before the comma.
        if (i > begin && i + 1 < first && tokens_[i + 1].lower == "to" && kHopeWords.contains(tokens_[i - 1].lower))
          return true;
        break;
      }
      if (kHopeWords.contains(tokens_[i].lower)) return true;
    }
    for (size_t i = first; i < end && !tokens_[i].is(","); ++i)
      if (kHopeWords.contains(tokens_[i].lower)) return true;
    return false;
  }

  // "If services were judged inadequate", "Where services are judged
  // inadequate, the Secretary of State may intervene", "Any council judged
  // inadequate": a condition or a rule, not a judgement given.
  bool conditional(size_t first) const {
    static const Words kOpenSentence = {"if", "where", "wherever", "whenever", "unless", "should", "any", "every"};
    static const Words kOpenClause = {"if", "unless", "whenever"};
    size_t begin = sentence_begin(first);
    // A paragraph's first word stands just before where its sentence is taken to begin.
    if (begin > 0 && tokens_[begin - 1].gap == Gap::paragraph && tokens_[begin - 1].word) --begin;
    size_t opener = begin;
    while (opener < first && !tokens_[opener].word) ++opener;
    if (opener < first && kOpenSentence.contains(tokens_[opener].lower)) return true;
    // "Had the service been judged inadequate, ...", "Were it judged good, ...": an inverted condition.
    if (opener + 1 < first && (tokens_[opener].lower == "had" || tokens_[opener].lower == "were") &&
        tokens_[opener].capitalised())
      return true;
    if (inverted_condition_after_colon(begin, first)) return true;
    // "every council whose services are found to be inadequate", "any
    // authority that is judged inadequate": a class of councils, not one.
    static const Words kRelatives = {"whose", "which", "that", "who", "where"};
    static const Words kQuantifiers = {"every", "any", "each", "all", "those"};
    // "councils whose safeguarding services were judged adequate": likewise.
    static const Words kCouncils = {"councils", "authorities", "areas"};
    for (size_t i = first; i-- > begin && first - i < 12;) {
      if (!kRelatives.contains(tokens_[i].lower)) continue;
      if (i > 0 && kCouncils.contains(tokens_[i - 1].lower)) return true;
      for (size_t j = i; j-- > begin && i - j <= 4;)
        if (kQuantifiers.contains(tokens_[j].lower)) return true;
      break;
    }
    for (size_t i = first; i-- > begin;) {
      if (!tokens_[i].is(",")) continue;
      return i + 1 < first && kOpenClause.contains(tokens_[i + 1].lower);
    }
    return false;
  }

  // "The service performs well in recruitment", written in 2016: the APA's
  // scale ended with Ofsted's last annual rating (2010), so later, without
  // "judged" or an earlier year in the sentence, the words are ordinary.
  // "the fostering team performs well in recruitment", "pupils perform
  // well in national tests": good at a task, not a grade; unlike "performs
  // well in enjoying and achieving", "in this area" (the outcome under its
  // heading) or "in keeping children safe".
  bool performs_at_an_activity(size_t after, const std::string& grade) const {
    if (!grade.starts_with("performs") || after + 1 >= tokens_.size() || tokens_[after].lower != "in") return false;
    static const Words kOutcomeStarts = {"this", "these", "that", "each", "every", "all", "most", "its", "the",
                                         "being", "staying", "enjoying", "making", "achieving", "economic"};
    // "performs adequately in keeping children safe", "in delivering services": the service's own work.
    const std::string& next = tokens_[after + 1].lower;
    // "performed well in 2008", "in June": when, not at what.
    return tokens_[after + 1].word && !kOutcomeStarts.contains(next) && !next.ends_with("ing") &&
           !is_digit_word(tokens_[after + 1]) && !tokens_[after + 1].capitalised();
  }

  bool ordinary_performance(size_t first, const std::string& grade) const {
    constexpr int kFirstYearAfterApaScale = 2012;
    if (!grade.starts_with("performs") || draft_.year < kFirstYearAfterApaScale) return false;
    const size_t end = sentence_finish(first);
    for (size_t i = sentence_begin(first); i < end; ++i)
      if (is_year(tokens_[i]) && std::stoi(std::string(tokens_[i].text)) < kFirstYearAfterApaScale) return false;
    return true;
  }

  // "the experiences and progress of children who need help, and of children
  // in care": two graded things sharing the words before their "of", each
  // in full; empty strings for any other aspect.
  static std::pair<std::string, std::string> elliptical_pair(const std::string& aspect) {
    const size_t joint = aspect.find(", and of ");
    const size_t of = aspect.find(" of ");
    if (joint == std::string::npos || of == std::string::npos || of >= joint) return {};
    const std::string head = aspect.substr(0, of + 4);
    std::string other = aspect.substr(joint + 9);
    while (!other.empty() && (other.back() == ',' || other.back() == ' ')) other.pop_back();
    if (other.empty()) return {};
    return {aspect.substr(0, joint), head + other};
  }

  // "For your background: had the inspectors judged it inadequate, we would
  // have ...": an inverted condition opening the clause after ':' or ';',
  // in lower case; "had" comes before its subject ("had been judged" is no
  // inversion).
  bool inverted_condition_after_colon(size_t begin, size_t first) const {
    for (size_t i = first; i-- > begin + 1;) {
      if (!tokens_[i - 1].is(":") && !tokens_[i - 1].is(";")) continue;
      const std::string& opener = tokens_[i].lower;
      if (opener != "had" && opener != "were") return false;
      static const Words kNoSubject = {"been", "to", "not", "previously", "already", "also"};
      return i + 1 < first && tokens_[i + 1].word && !kNoSubject.contains(tokens_[i + 1].lower);
    }
    return false;
  }

  // The grade's sentence speaks of an earlier inspection: "previously", or a
  // year before the letter's own (any year, when the letter is undated).
  bool sentence_is_past(size_t first) const {
    const size_t end = sentence_finish(first);
    for (size_t i = sentence_begin(first); i < end; ++i) {
      if (kPastWords.contains(tokens_[i].lower)) return true;
      if (is_year(tokens_[i]) && (draft_.year == 0 || std::stoi(std::string(tokens_[i].text)) < draft_.year)) return true;
    }
    return false;
  }

  // Words of [begin, end) as an aspect: lower case, without leading
  // possessives, "the" only where the standard aspect names drop it, and
  // "of services" (which adds nothing to "overall effectiveness").
  std::string aspect_text(size_t begin, size_t end) const {
    while (begin < end && (!tokens_[begin].word || kPossessives.contains(tokens_[begin].lower))) ++begin;
    // "Overall, children's services perform well": the adverb opens the sentence, not the aspect.
    if (begin + 2 < end && tokens_[begin].lower == "overall" && tokens_[begin + 1].is(",")) begin += 2;
    // "3.3 Leeds City Council was judged good": the sentence was taken to
    // start inside the paragraph's number.
    if (begin + 1 < end && begin >= 2 && is_digit_word(tokens_[begin]) && tokens_[begin].gap == Gap::none &&
        tokens_[begin - 1].is(".") && is_digit_word(tokens_[begin - 2]))
      ++begin;
    // "the council's capacity", "Kent's children's services": drop the owner.
    for (size_t i = begin; i + 1 < end && i < begin + 4; ++i)
      if (tokens_[i].lower.ends_with("'s") && tokens_[i].lower != "children's" && tokens_[i].lower != "people's") {
        begin = i + 1;
        break;
      }
    // Ofsted's aspect names keep their article ("the experiences and progress
    // of children ...", "the impact of leaders ..."); others drop it.
    static const Words kArticleKept = {"experiences", "impact", "help", "contribution"};
    if (begin + 1 < end && tokens_[begin].lower == "the" && !kArticleKept.contains(tokens_[begin + 1].lower)) ++begin;
    while (end > begin && !tokens_[end - 1].word && !tokens_[end - 1].is(")")) --end;
    // "services for children in Slough still": an adverb of time after the subject.
    static const Words kTimeAdverbs = {"still", "now", "currently", "also", "then"};
    while (end > begin + 1 && kTimeAdverbs.contains(tokens_[end - 1].lower)) --end;
    // "partnership working, including with the police": what follows names no
    // more of the aspect (unlike the APA's "capacity to improve, including the
    // management of children's services").
    static const Words kPrepositions = {"with", "by", "through", "in", "across"};
    for (size_t i = begin + 1; i + 2 < end; ++i)
      if (tokens_[i].is(",") && tokens_[i + 1].lower == "including" && kPrepositions.contains(tokens_[i + 2].lower)) {
        end = i;
        break;
      }
    // "The Oldham Safeguarding Children Board, chaired by Dr Ann Hale,": who
    // runs the graded thing is no part of it.
    for (size_t i = begin + 1; i + 2 < end; ++i)
      if (tokens_[i].is(",") && tokens_[i + 1].lower.ends_with("ed") && tokens_[i + 2].lower == "by") {
        end = i;
        break;
      }
    // "children's services in Birmingham": the place adds nothing.
    for (size_t i = end; i-- > begin + 1;)
      if (tokens_[i].lower == "in" && i + 1 < end && tokens_[i + 1].capitalised()) {
        if (std::all_of(tokens_.begin() + static_cast<long>(i) + 1, tokens_.begin() + static_cast<long>(end),
                        [](const Token& token) { return !token.word || token.capitalised(); }))
          end = i;
        break;
      }
    if (end - begin >= 3 && tokens_[end - 2].lower == "of" && tokens_[end - 1].lower == "services") end -= 2;
    // "overall effectiveness of our services", "... of the council's children's services".
    if (end - begin >= 4 && tokens_[begin].lower == "overall" && tokens_[begin + 1].lower == "effectiveness" &&
        tokens_[begin + 2].lower == "of" &&
        (tokens_[end - 1].lower == "services" || tokens_[end - 1].lower == "arrangements") &&
        std::all_of(tokens_.begin() + static_cast<long>(begin) + 3, tokens_.begin() + static_cast<long>(end) - 1,
                    [](const Token& token) {
                      return !token.word || token.lower == "the" || token.lower == "children's" ||
                             kPossessives.contains(token.lower) || token.lower.ends_with("'s");
                    }))
      end = begin + 2;
    if (begin >= end) return {};
    if (end - begin == 1 && kPronouns.contains(tokens_[begin].lower)) return {};
    if (end - begin == 2 && tokens_[begin].lower == "children's" && tokens_[end - 1].lower == "services") return {};
    // "The previous rating", "the service has improved from inadequate": no graded thing named.
    static const Words kNotAspects = {"previous", "latest", "last", "current", "new", "rating", "ratings",
                                      "judgement", "judgment", "grade", "outcome", "result", "ofsted", "inspection",
                                      "the", "its", "their", "our", "overall", "this", "that"};
    static const Words kOtherGrades = {"outstanding", "good", "adequate", "inadequate", "adequately", "poorly",
                                       "excellently", "satisfactory"};
    bool named = false;
    for (size_t i = begin; i < end; ++i) {
      if (tokens_[i].word && kOtherGrades.contains(tokens_[i].lower)) return {};
      named = named || (tokens_[i].word && !kNotAspects.contains(tokens_[i].lower));
    }
    if (!named) return {};
    if (const auto [name_begin, name_end] = home_named_in_apposition(begin, end); name_begin < name_end)
      return lower_words(draft_.span(name_begin, name_end));
    if (!reads_as_aspect(begin, end) || names_whole_service(begin, end)) return {};
    return completed_aspect(without_trailer(repaired_aspect(lower_words(draft_.span(begin, end)))));
  }

  // "Oakmere House, one of the council's children's homes", "our children's
  // home, Larch Lodge", "three children's homes, Kingfisher House": the
  // home's name, set off by commas beside what it is. An empty span when
  // [begin, end) is not such a pair.
  std::pair<size_t, size_t> home_named_in_apposition(size_t begin, size_t end) const {
    std::vector<std::pair<size_t, size_t>> parts;
    size_t part = begin;
    for (size_t i = begin; i <= end; ++i)
      if (i == end || tokens_[i].is(",")) {
        if (part < i) parts.push_back({part, i});
        part = i + 1;
      }
    if (parts.size() != 2) return {0, 0};
    const auto says_home = [&](std::pair<size_t, size_t> span) {
      for (size_t i = span.first; i < span.second; ++i)
        if (tokens_[i].lower == "home" || tokens_[i].lower == "homes") return true;
      return false;
    };
    const auto is_name = [&](std::pair<size_t, size_t> span) {
      for (size_t i = span.first; i < span.second; ++i)
        if (!tokens_[i].word || !tokens_[i].capitalised()) return false;
      return span.second > span.first && !says_home(span);
    };
    for (const auto& [name, description] : {std::pair{parts[0], parts[1]}, std::pair{parts[1], parts[0]}})
      if (is_name(name) && says_home(description)) return name;
    return {0, 0};
  }

  // "Overall, the council", "the local authority", "its own services for
  // children": the whole service, which names no aspect of it.
  bool names_whole_service(size_t begin, size_t end) const {
    static const Words kFillers = {"overall", "the", "own", "still", "now", "currently", "also", "local"};
    static const Words kWhole = {"council", "authority", "borough"};
    std::vector<std::string> rest;
    for (size_t i = begin; i < end; ++i)
      if (tokens_[i].word && !kFillers.contains(tokens_[i].lower)) rest.push_back(tokens_[i].lower);
    if (rest.size() == 1 && kWhole.contains(rest[0])) return true;
    return rest == std::vector<std::string>{"services", "for", "children"};
  }

  // "children's social care in Kirklees has been judged good overall": the
  // whole service, like "services", whose grade is overall effectiveness.
  static bool names_social_care(const std::string& aspect) {
    return aspect.ends_with("social care") || aspect.find("social care in ") != std::string::npos;
  }

  // What Ofsted grades is a noun phrase: a span read back from prose that
  // holds a person ("we", "you appointed me"), a finite verb ("North Yorkshire
  // is one of ..."), a or a relative clause
  // names nothing that was graded. The frameworks' own aspects pass ("children
  // who need help and protection", "being healthy").
  bool reads_as_aspect(size_t begin, size_t end) const {
    static const Words kPeople = {"we", "us", "you", "me", "i", "they", "them", "he", "she", "him"};
    static const Words kFiniteVerbs = {"is", "are", "was", "were", "has", "have", "had", "go", "goes",
                                       "described", "appointed", "said", "told"};
    static const Words kRelatives = {"which", "whom", "whose"};
    for (size_t i = begin; i < end; ++i) {
      if (!tokens_[i].word) continue;
      const std::string& word = tokens_[i].lower;
      if (kPeople.contains(word) || kFiniteVerbs.contains(word) || kRelatives.contains(word)) return false;
    }
    return true;
  }

  // "judged [X to be] inadequate": the nearest cue before the grade within
  // the sentence; X, when there is one, is the aspect.
  AspectFound cue_aspect(size_t first) const {
    const size_t begin = sentence_begin(first);
    size_t at = first;
    bool only_between = true;
    while (at > begin && first - at < 40) {
      const Token& token = tokens_[--at];
      // "services are now good" is a judgement; "staffing is now adequate", of
      // nothing the frameworks grade, is a description.
      if (token.lower == "now" && at > 0 && (tokens_[at - 1].lower == "are" || tokens_[at - 1].lower == "is") &&
          only_between)
        return subject_aspect(first, "").found ? AspectFound{true, {}} : AspectFound{};
      if (kGradeWords.contains(token.lower) && !only_between) return {};  // another grade's cue
      // "considered to be good", "evaluated as outstanding": cues only in a sentence about inspection.
      const bool weak_cue = (token.lower == "considered" || token.lower == "evaluated") && sentence_about_assessment(first);
      if ((kCueWords.contains(token.lower) || weak_cue) && (only_between || token.lower != "effectiveness")) {
        // "Funding remains inadequate": "remains" judges only a graded thing.
        if (only_between && (token.lower == "remains" || token.lower == "remain")) {
          const auto subject = subject_aspect(first, "");
          return subject.found ? subject : AspectFound{};
        }
        if (only_between) return {true, {}};
        auto object = object_aspect(at + 1, first);
        // "found practice to be consistently good": finding a quality is no grade given.
        if ((token.lower == "found" || token.lower == "finds") && descriptive_head(at + 1, first)) return {};
        // "The review of the Kirklees Safeguarding Children Board found it to be inadequate".
        if (object.found && object.aspect.empty() && tokens_[at + 1].lower == "it")
          object.aspect = body_named_before(begin, at);
        return object;
      }
      if (token.word && !kBetweenWords.contains(token.lower)) only_between = false;
      if (!token.word && !token.is_quote() && !token.is(",") && !token.is("(") && !token.is(")")) return {};
    }
    return {};
  }

  // Whether the first aspect noun in [begin, end) describes rather than names what is graded.
  bool descriptive_head(size_t begin, size_t end) const {
    for (size_t i = begin; i < end; ++i)
      if (kAspectNouns.contains(tokens_[i].stem)) return kDescriptiveNouns.contains(tokens_[i].stem);
    return false;
  }

  // "inspected Harbour House, the council's short-break home, ...": the name
  // after "inspected" or "visited" in [begin, end), as an aspect.
  std::string named_as_inspected(size_t begin, size_t end) const {
    for (size_t i = begin; i + 1 < end; ++i) {
      if (tokens_[i].lower != "inspected" && tokens_[i].lower != "visited") continue;
      size_t last = i + 1;
      while (last < end && last < i + 5 && tokens_[last].word && tokens_[last].capitalised()) ++last;
      if (last == i + 1 || (last == i + 2 && tokens_[i + 1].lower == "ofsted")) return {};
      if (tokens_[last - 1].lower.ends_with("'s")) return {};  // "inspected Sefton's services": an owner
      const std::string name = lower_words(draft_.span(i + 1, last));
      return names_a_council(name) ? std::string{} : name;
    }
    return {};
  }

  // "Our children's home in Norton, Hawthorn House, was judged": the name a
  // graded setting is given in apposition, just before the verb at `verb`.
  // Also the other way round: "Moorside, the council's short-break home in
  // Marple, was judged".
  std::string appositive_name(size_t begin, size_t verb) const {
    if (verb < begin + 4 || !tokens_[verb - 1].is(",")) return {};
    size_t first = verb - 1;
    while (first > begin && first + 5 > verb && tokens_[first - 1].word && tokens_[first - 1].capitalised()) --first;
    if (first != verb - 1 && first != begin && tokens_[first - 1].is(",")) {
      if (!names_inspected_setting(begin, first - 1)) return {};
      return lower_words(draft_.span(first, verb - 1));
    }
    // The description between two commas, the name before the first.
    size_t comma = verb - 1;
    while (comma > begin && verb - comma < 14 && !tokens_[comma - 1].is(",")) --comma;
    if (comma <= begin + 1 || !tokens_[comma - 1].is(",") || !names_inspected_setting(comma, verb - 1)) return {};
    const size_t name_end = comma - 1;
    size_t name_begin = name_end;
    while (name_begin > begin && name_end - name_begin < 4 && tokens_[name_begin - 1].word &&
           tokens_[name_begin - 1].capitalised())
      --name_begin;
    if (name_begin == name_end || (name_begin > begin && tokens_[name_begin - 1].word &&
                                   tokens_[name_begin - 1].capitalised()))
      return {};
    return lower_words(draft_.span(name_begin, name_end));
  }

  // The last body named in [begin, end), as an aspect: what "it" stands for.
  std::string body_named_before(size_t begin, size_t end) const {
    size_t last = end;
    while (last > begin && !draft_.body_token[last - 1]) --last;
    if (last == begin) return {};
    size_t first = last - 1;
    while (first > begin && draft_.body_token[first - 1]) --first;
    const std::string body = lower_words(draft_.span(first, last));
    // The inspectorate that judged is not what it judged.
    return body.find("ofsted") == std::string::npos && body.find("inspectorate") == std::string::npos ? body : "";
  }

  // "judged the overall effectiveness of services to be": [begin, grade) ends
  // with "to be" or "as"; what comes before is the aspect.
  AspectFound object_aspect(size_t begin, size_t grade) const {
    size_t end = grade;
    while (end > begin && tokens_[end - 1].is_quote()) --end;
    if (end >= begin + 2 && tokens_[end - 2].lower == "to" && tokens_[end - 1].lower == "be") end -= 2;
    else if (end >= begin + 1 && tokens_[end - 1].lower == "as") end -= 1;
    else if (end >= begin + 1 && tokens_[end - 1].lower == "to") end -= 1;  // "judged X to require improvement"
    // "inspectors judged them good": a pronoun for what was graded, named before.
    // "Ofsted inspected Harbour House ... and judged it outstanding": the place inspected.
    else if (end == begin + 1 && (tokens_[begin].lower == "them" || tokens_[begin].lower == "it" || tokens_[begin].lower == "us"))
      return {true, tokens_[begin].lower == "it" ? named_as_inspected(sentence_begin(begin), begin) : std::string{}};
    // "Ofsted judged the council's services inadequate": a short object naming a graded thing.
    // "judged Thurrock good overall": the council's services as a whole.
    else if (end - begin <= 6 && names_a_council(aspect_text(begin, end)))
      return {true, {}};
    else if (end - begin > 12 || !(names_graded_thing(draft_.span(begin, end)) || names_inspected_setting(begin, end)) ||
             has_clause(begin, end))
      return {};
    std::string aspect = aspect_text(begin, end);
    // "found its children's services to be inadequate": the whole service, as in subject_aspect.
    if (aspect.empty() && end - begin <= 4 && std::any_of(tokens_.begin() + static_cast<long>(begin),
                                                          tokens_.begin() + static_cast<long>(end),
                                                          [](const Token& token) { return token.lower == "services"; }))
      aspect = "overall effectiveness";
    return {true, aspect};
  }

  // "Ofsted judged the school inadequate": a place Ofsted inspects and grades.
  bool names_inspected_setting(size_t begin, size_t end) const {
    static const Words kSettings = {"school", "academy", "home", "nursery", "college", "council", "authority",
                                    "agency", "setting", "provider", "centre"};
    for (size_t i = begin; i < end; ++i)
      if (kSettings.contains(tokens_[i].stem) || kSettings.contains(tokens_[i].lower)) return true;
    return false;
  }

  // "found that services ... are": a clause, read by subject_aspect.
  bool has_clause(size_t begin, size_t end) const {
    for (size_t i = begin; i < end; ++i)
      if (tokens_[i].lower == "that" || kCopulas.contains(tokens_[i].lower)) return true;
    return false;
  }

  // "X was judged Y", "capacity to improve is adequate", "Adoption
  // performance requires improvement": X from the clause start.
  AspectFound subject_aspect(size_t first, const std::string& grade) const {
    size_t verb = first;
    bool judged = false;
    bool copula = grade == "requires improvement" || grade.starts_with("performs");
    while (verb > 0 && first - verb < 7 && tokens_[verb - 1].word) {
      const std::string& word = tokens_[verb - 1].lower;
      if (kCopulas.contains(word)) copula = true;
      else if (kCueWords.contains(word) || word == "considered" || word == "evaluated") judged = true;
      else if (!kBetweenWords.contains(word)) break;
      --verb;
    }
    if (!copula) return {};
    // "with a capacity to improve that is good": the noun phrase before "that".
    if (verb >= 2 && (tokens_[verb - 1].lower == "that" || tokens_[verb - 1].lower == "which"))
      if (const auto relative = relative_subject(verb - 1); relative.found) return relative;
    size_t begin = clause_start(verb);
    // "Financial management is sound and resources are adequate": the subject
    // is what follows the other clause's last joining word.
    if (has_clause(begin, verb)) {
      size_t joiner = verb;
      while (joiner > begin && !(tokens_[joiner - 1].lower == "and" || tokens_[joiner - 1].is(","))) --joiner;
      if (joiner == begin) return {};
      begin = joiner;
    }
    if (begin >= verb) return {};
    // "The review of the Rochdale Safeguarding Children Board found that it
    // requires improvement": "it" is the body named before.
    if (verb == begin + 1 && tokens_[begin].lower == "it")
      if (const auto body = body_named_before(sentence_begin(begin), begin); !body.empty()) return {true, body};
    // Without "judged", "X is good" is a judgement only in a letter about
    // assessment or inspection, and only of something the frameworks grade
    // ("Children's services in Walsall are good"); "partnership working is
    // good" and "the quality of practice is good" are descriptions.
    bool graded_subject = false;
    for (size_t i = begin; i < verb; ++i)
      if (kAspectNouns.contains(tokens_[i].stem)) {  // the first such noun heads the subject
        graded_subject = !kDescriptiveNouns.contains(tokens_[i].stem);
        break;
      }
    // "Staying safe is good": a framework's aspect by name.
    if (framework_aspect_end(begin) == verb) graded_subject = true;
    const bool about_assessment = about_assessment_ || sentence_about_assessment(first) || mentions_inspection_;
    if (!judged && (!graded_subject || !about_assessment)) return {};
    if (const auto name = appositive_name(begin, verb); !name.empty()) return {true, name};
    std::string aspect = aspect_text(begin, verb);
    // "Children's services in Birmingham are inadequate": the whole service,
    // which the frameworks grade as overall effectiveness.
    if (aspect.empty() && std::any_of(tokens_.begin() + static_cast<long>(begin), tokens_.begin() + static_cast<long>(verb),
                                      [](const Token& token) { return token.lower == "services"; }))
      aspect = "overall effectiveness";
    return {true, aspect};
  }

  // The aspect a relative pronoun at `that` stands for, when it names a
  // framework aspect or a graded thing ("a capacity to improve that is good").
  AspectFound relative_subject(size_t that) const {
    static const Words kStops = {"with", "and", "but", "while", "that", "which", "found", "judged", "has", "have"};
    // "so that", "ensure that": a clause of purpose or report, not a relative.
    static const Words kConjunctionLeads = {"so", "such", "ensure", "ensuring", "given", "means", "mean", "now"};
    if (that == 0 || kConjunctionLeads.contains(tokens_[that - 1].lower)) return {};
    size_t begin = that;
    while (begin > 0 && that - begin < 8 && tokens_[begin - 1].word && !kStops.contains(tokens_[begin - 1].lower)) --begin;
    while (begin < that && (tokens_[begin].lower == "a" || tokens_[begin].lower == "an")) ++begin;
    if (begin >= that) return {};
    const std::string aspect = aspect_text(begin, that);
    if (aspect.empty() || !(names_graded_thing(aspect) || framework_aspect_end(begin) == that)) return {};
    return {true, aspect};
  }

  // "The fostering service received an 'outstanding' rating", "the home
  // kept its good grade": what received the grade, before the verb.
  std::string receiver_aspect(size_t first) const {
    static const Words kReceiveVerbs = {"received", "receives", "receive", "achieved", "achieves", "achieve",
                                        "retained", "retains", "retain", "kept", "keeps", "keep", "earned",
                                        "earns", "gained", "gains", "got", "secured", "awarded", "given", "holds",
                                        "held"};
    static const Words kDeterminers = {"a", "an", "the", "its", "their", "his", "her", "our", "same"};
    size_t at = first;
    while (at > 0 && (tokens_[at - 1].is_quote() || kDeterminers.contains(tokens_[at - 1].lower))) --at;
    if (at == 0 || !kReceiveVerbs.contains(tokens_[at - 1].lower)) return {};
    size_t verb = at - 1;
    while (verb > 0 && (tokens_[verb - 1].lower == "was" || tokens_[verb - 1].lower == "were" ||
                        tokens_[verb - 1].lower == "has" || tokens_[verb - 1].lower == "have" ||
                        tokens_[verb - 1].lower == "been" || tokens_[verb - 1].lower == "had"))
      --verb;
    const size_t begin = clause_start(verb);
    return begin < verb ? aspect_text(begin, verb) : std::string{};
  }

  size_t clause_start(size_t verb) const {
    size_t begin = sentence_begin(verb);
    // A paragraph's first word stands just before where its sentence is taken to begin.
    if (begin > 0 && tokens_[begin - 1].gap == Gap::paragraph && tokens_[begin - 1].word) --begin;
    size_t at = verb;
    while (at > begin && verb - at < 30) {
      const Token& token = tokens_[at - 1];
      // "... rating and the adoption agency was": "and" before a determiner starts a new subject.
      const bool and_new_subject = token.lower == "and" && at < verb &&
                                   (tokens_[at].lower == "the" || kPossessives.contains(tokens_[at].lower));
      // "The experiences of A, and of B, were": ", and of" goes on with the same subject.
      const bool and_of = token.lower == "and" && at < verb && tokens_[at].lower == "of";
      if (kClauseOpeners.contains(token.lower) && !and_of &&
          (!(token.lower == "and" && at >= 2 && tokens_[at - 2].word) || and_new_subject))
        break;
      // "Ofsted found [that] the service was": a reporting verb ends the clause before.
      static const Words kReporting = {"found", "finds", "concluded", "reported", "noted", "said", "says",
                                       "confirmed", "showed", "shows", "stated"};
      if (token.lower == "that" || token.is(":") || (at < verb && kReporting.contains(token.lower))) break;
      // "significant improvement has been made – services are now judged": a dash
      // (made plain by normalising) or a semicolon parts two clauses; a hyphen
      // inside a word is no token.
      if (token.is(";") || token.is("-")) break;
      // "This is the first time Southampton has been judged good": the clause after "time".
      static const Words kOrdinals = {"first", "second", "third", "last", "only"};
      if (token.lower == "time" && at >= 2 && kOrdinals.contains(tokens_[at - 2].lower)) break;
      --at;
    }
    // "and" after a comma opens a clause; "management and governance" does not.
    while (at < verb && (!tokens_[at].word || kClauseOpeners.contains(tokens_[at].lower))) ++at;
    return after_opening_phrase(at, verb);
  }

  // "Following the inadequate judgement in 2015, the council", "At the
  // previous inspection in 2009 services": an opening phrase of time before
  // the subject; where it ends (after its comma or its year), else `begin`.
  size_t after_opening_phrase(size_t begin, size_t verb) const {
    static const Words kOpeners = {"following", "after", "since", "in", "at", "during", "before", "despite", "until",
                                   "by", "when", "as", "on", "from", "under"};
    // The paragraph's first word stands just before where its sentence is taken to begin.
    const bool opens = kOpeners.contains(tokens_[begin].lower) ||
                       (begin > 0 && tokens_[begin - 1].gap == Gap::paragraph && kOpeners.contains(tokens_[begin - 1].lower));
    if (begin >= verb || !opens) return begin;
    size_t cut = begin;
    for (size_t i = begin; i < verb; ++i)
      if (tokens_[i].is(",") || is_year(tokens_[i])) cut = i + 1;
    while (cut < verb && !tokens_[cut].word) ++cut;
    return cut > begin && cut < verb ? cut : begin;
  }

  // Whether a quoted grade is the object of "judgement of", "rating of",
  // "grade of", "verdict of": "Ofsted's judgement of 'inadequate'".
  bool named_as_judgement(size_t first) const {
    static const Words kJudgementNouns = {"judgement", "judgment", "rating", "grade", "grading", "verdict", "outcome"};
    size_t at = first;
    while (at > 0 && tokens_[at - 1].is_quote()) --at;
    return at >= 2 && tokens_[at - 1].lower == "of" && kJudgementNouns.contains(tokens_[at - 2].lower);
  }

  // For a quoted grade: "the overall judgement of 'good'" has none; "you
  // have been judged 'outstanding' for X" is read by aspect_after.
  std::string clause_aspect(size_t first) const {
    size_t after = first;
    while (after < tokens_.size() && !tokens_[after].is_quote()) ++after;
    return aspect_after(after + 1);
  }

  // The aspects of "for A, for B, and for C" after a grade, when there are several.
  std::vector<std::string> aspects_after(size_t after) const {
    std::vector<std::string> aspects;
    if (after >= tokens_.size() || tokens_[after].lower != "for" || tokens_[after].gap == Gap::paragraph) return aspects;
    size_t begin = after + 1;
    for (size_t i = begin; i < tokens_.size() && i - after < 40; ++i) {
      const bool next_for = tokens_[i].lower == "for" && i > begin &&
                            (tokens_[i - 1].is(",") || tokens_[i - 1].lower == "and");
      const bool ends = sentence_end(tokens_[i]) || tokens_[i].is("(");
      if (!next_for && !ends) continue;
      size_t end = i;
      while (end > begin && (tokens_[end - 1].is(",") || tokens_[end - 1].lower == "and")) --end;
      if (end > begin) aspects.push_back(aspect_text(begin, end));
      if (ends) break;
      begin = i + 1;
    }
    return aspects;
  }

  std::string aspect_after(size_t after) const {
    if (after >= tokens_.size() || tokens_[after].lower != "for" || tokens_[after].gap == Gap::paragraph) return {};
    size_t begin = after + 1;
    if (names_an_occasion(begin)) return {};
    size_t end = begin;
    while (end < tokens_.size() && end - begin < 10 && !sentence_end(tokens_[end]) && !tokens_[end].is("(") &&
           !ends_graded_thing(end))
      ++end;
    return aspect_text(begin, end);
  }

  // "found services good for the first time": "for" says when, not what
  // was graded.
  bool names_an_occasion(size_t at) const {
    static const Words kOrdinals = {"first", "second", "third", "last", "only"};
    return at + 2 < tokens_.size() && (tokens_[at].lower == "the" || tokens_[at].lower == "a") &&
           kOrdinals.contains(tokens_[at + 1].lower) && tokens_[at + 2].lower == "time";
  }

  // "good for help and protection under any framework", "... since 2012",
  // "... in 2016": the words after the graded thing say when or how it was
  // graded, and are no part of it.
  bool ends_graded_thing(size_t at) const {
    static const Words kWhen = {"under", "since"};
    if (kWhen.contains(tokens_[at].lower)) return true;
    return (tokens_[at].lower == "in" || tokens_[at].lower == "at") && at + 1 < tokens_.size() && is_year(tokens_[at + 1]);
  }

  // "capacity to improve" or "capacity for improvement" right after a grade ("good capacity to improve").
  std::string capacity_after(size_t after) const {
    if (after + 2 >= tokens_.size() || tokens_[after].lower != "capacity") return {};
    const std::string& joiner = tokens_[after + 1].lower;
    const std::string& verb = tokens_[after + 2].lower;
    if (joiner == "to" && verb == "improve") return "capacity to improve";
    if (joiner == "for" && verb == "improvement") return "capacity for improvement";
    return {};
  }

  // A framework aspect in quotes just before the grade, as a report cites its table's row.
  std::string quoted_aspect_before(size_t first) const {
    if (first < 3 || !tokens_[first - 1].is_quote()) return {};
    size_t open = first - 2;
    while (open > 0 && first - open < 16 && !tokens_[open].is_quote()) --open;
    if (!tokens_[open].is_quote() || open + 1 >= first - 1) return {};
    const std::string label = draft_.span(open + 1, first - 1);
    return names_table_aspect(label) ? clean_label(label) : std::string{};
  }

  // Whether a grade was found earlier in the sentence of token `first`.
  bool graded_earlier_in_sentence(size_t first) const {
    const size_t begin = sentence_begin(first);
    return std::any_of(draft_.grades.begin(), draft_.grades.end(), [&](const Found& found) {
      return found.position >= tokens_[begin].begin && found.position < tokens_[first].begin;
    });
  }

  // "judged overall effectiveness to be adequate and capacity for
  // improvement adequate": a grade after "and X" following a judged grade.
  bool continues_judgement(size_t first, std::string* aspect) const {
    const size_t begin = sentence_begin(first);
    size_t joiner = first;
    while (joiner > begin && first - joiner < 12 && tokens_[joiner - 1].lower != "and") --joiner;
    if (joiner == begin || tokens_[joiner - 1].lower != "and") return false;
    const bool follows_grade = std::any_of(draft_.grades.begin(), draft_.grades.end(), [&](const Found& found) {
      return found.position >= tokens_[begin].begin && found.position < tokens_[joiner - 1].begin;
    });
    if (!follows_grade) return false;
    size_t end = first;
    if (end >= joiner + 2 && tokens_[end - 2].lower == "to" && tokens_[end - 1].lower == "be") end -= 2;
    *aspect = aspect_text(joiner, end);
    return !aspect->empty();
  }

  // "Grade 4: ...", "4 outstanding, 3 good", "1 = inadequate": the letter
  // says what its numbers mean; where it names the grade, that is the meaning.
  void read_number_key(const Lexicon& lexicon) {
    for (size_t i = 0; i + 2 < tokens_.size(); ++i) {
      if (!is_digit_word(tokens_[i]) || tokens_[i].text.size() != 1) continue;
      const int number = tokens_[i].text[0] - '0';
      if (number < 1 || number > 4) continue;
      size_t next = i + 1;
      const bool marked = tokens_[next].is(":") || tokens_[next].is("=") || is_dash(tokens_[next]) || tokens_[next].is("(");
      if (marked) ++next;
      if (i > 0 && tokens_[i - 1].lower == "grade" && marked) {
        if (!has_number_key_) key_position_ = i;
        has_number_key_ = true;
      }
      // "Key:  Grade 4  performs excellently" / "      Grade 3  performs well":
      // a key's line of its own, a number after "Grade" with no mark.
      const bool key_line = i > 0 && tokens_[i - 1].lower == "grade" &&
                            (tokens_[i - 1].gap == Gap::line || tokens_[i - 1].gap == Gap::paragraph ||
                             (i > 1 && tokens_[i - 2].is(":")));
      if (const auto match = lexicon.match(tokens_, next, What::grade);
          match && (marked || key_line || i == 0 || !tokens_[i - 1].word)) {
        key_[static_cast<size_t>(number)] = data_.grades[static_cast<size_t>(match->targets.front()->index)].grade;
        if (named_in_key_++ == 0 && !has_number_key_) key_position_ = i;
      }
    }
    if (named_in_key_ >= 3) has_number_key_ = true;
    read_described_key();
  }

  // "Key: O = outstanding; G = good; RI = requires improvement to be good":
  // a table's letters for the grades, read when the key gives three or more.
  void read_letter_key(const Lexicon& lexicon) {
    std::unordered_map<std::string, std::string> key;
    size_t first = 0;
    for (size_t i = 0; i + 2 < tokens_.size(); ++i) {
      const Token& letters = tokens_[i];
      if (!letters.word || letters.text.size() > 2 || !std::all_of(letters.text.begin(), letters.text.end(), [](char c) {
            return c >= 'A' && c <= 'Z';
          }))
        continue;
      if (!(tokens_[i + 1].is("=") || tokens_[i + 1].is(":") || is_dash(tokens_[i + 1]))) continue;
      const auto match = lexicon.match(tokens_, i + 2, What::grade);
      if (!match) continue;
      if (key.empty()) first = i;
      key.emplace(std::string(letters.text), data_.grades[static_cast<size_t>(match->targets.front()->index)].grade);
    }
    if (key.size() < 3) {
      read_listed_letter_key(lexicon);
      return;
    }
    letter_key_ = std::move(key);
    letter_key_position_ = first;
  }

  // "Key: O outstanding | G good | RI requires improvement to be good |
  // I inadequate": a key's letters each followed by their grade, with no
  // "=" between, in the paragraph after "Key:".
  void read_listed_letter_key(const Lexicon& lexicon) {
    const auto is_letters = [](const Token& token) {
      return token.word && token.text.size() <= 2 &&
             std::all_of(token.text.begin(), token.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    for (size_t k = 0; k + 3 < tokens_.size(); ++k) {
      if (tokens_[k].lower != "key" || !tokens_[k + 1].is(":")) continue;
      std::unordered_map<std::string, std::string> key;
      for (size_t i = k + 2; i + 1 < tokens_.size() && (i == k + 2 || tokens_[i].gap != Gap::paragraph); ++i) {
        if (!is_letters(tokens_[i])) continue;
        const bool listed = i == k + 2 || tokens_[i - 1].is("|") || tokens_[i - 1].is(";") || tokens_[i - 1].is(",");
        if (!listed) continue;
        if (const auto match = lexicon.match(tokens_, i + 1, What::grade))
          key.emplace(std::string(tokens_[i].text), data_.grades[static_cast<size_t>(match->targets.front()->index)].grade);
      }
      if (key.size() < 3) continue;
      letter_key_ = std::move(key);
      letter_key_position_ = k;
      return;
    }
  }

  // "4  A service that delivers well above minimum requirements for users":
  // the APA's key in the Commission's own words, a number starting each line.
  void read_described_key() {
    size_t described = 0;
    size_t first = 0;
    for (size_t i = 0; i + 2 < tokens_.size(); ++i) {
      if (!is_digit_word(tokens_[i]) || tokens_[i].text.size() != 1 || tokens_[i].text[0] < '1' || tokens_[i].text[0] > '4')
        continue;
      if (i > 0 && tokens_[i].gap != Gap::line && tokens_[i].gap != Gap::paragraph) continue;
      for (size_t j = i + 1; j + 1 < tokens_.size() && j < i + 20 && tokens_[j].gap != Gap::line &&
                             tokens_[j].gap != Gap::paragraph;
           ++j)
        if (tokens_[j].lower == "minimum" && tokens_[j + 1].lower == "requirements") {
          if (described++ == 0) first = i;
          break;
        }
    }
    if (described < 3) return;
    if (!has_number_key_) key_position_ = first;
    has_number_key_ = true;
  }

  // An APA letter: "performs well" anywhere in it is the grade.
  // A letter or report of an annual performance assessment, not of a joint
  // area review that mentions one.
  bool apa_letter() const {
    if (!about_assessment_) return false;
    for (size_t i = 0; i + 2 < tokens_.size(); ++i)
      if ((tokens_[i].lower == "joint" && tokens_[i + 1].lower == "area" && tokens_[i + 2].lower == "review") ||
          tokens_[i].text == "JAR")
        return false;
    return true;
  }

  bool mentions_performance_assessment() const {
    for (size_t i = 0; i + 1 < tokens_.size(); ++i)
      if (tokens_[i].lower == "apa" || (tokens_[i].lower == "performance" && tokens_[i + 1].lower == "assessment"))
        return true;
    return false;
  }

  // "services that are good overall": a copula before the grade, and a
  // graded thing just before it ("Key Stage 2 results were good overall" is not).
  bool graded_thing_before_copula(size_t first) const {
    if (first == 0 || !kCopulas.contains(tokens_[first - 1].lower)) return false;
    // "We are good overall", of an inspection the letter reports: the council speaking of itself.
    if (first >= 2 && (tokens_[first - 2].lower == "we" || tokens_[first - 2].lower == "it") &&
        (mentions_inspection_ || about_assessment_))
      return true;
    const size_t begin = sentence_begin(first);
    for (size_t i = first - 1; i > begin && first - i < 6;)
      if (kAspectNouns.contains(tokens_[--i].stem)) return true;
    return false;
  }

  bool mentions_inspection() const {
    return std::any_of(tokens_.begin(), tokens_.end(), [](const Token& token) {
      return token.stem == "ofsted" || token.lower == "inspection" || token.lower == "inspectors" ||
             token.lower == "inspected" || token.lower == "ilacs";
    });
  }

  // "moved from inadequate in 2014 to good", "improved to good": both ends of
  // a change of grade are judgements, the first one past.
  bool in_change_of_grade(size_t first) const {
    static const Words kChangeVerbs = {"moved", "move", "moving", "improved", "improving", "gone", "went", "risen",
                                       "rose", "fallen", "fell", "progressed", "changed", "dropped", "declined",
                                       "deteriorated", "slipped", "raised", "upgraded", "downgraded"};
    size_t before = first;
    while (before > 0 && tokens_[before - 1].is_quote()) --before;
    if (before == 0) return false;
    const std::string& joiner = tokens_[before - 1].lower;
    if (joiner != "from" && joiner != "to") return false;
    // "good overall, up from inadequate in 2017".
    static const Words kDirections = {"up", "down", "rising", "falling", "improving", "improvement"};
    if (joiner == "from" && before >= 2 && kDirections.contains(tokens_[before - 2].lower)) return true;
    const size_t begin = sentence_begin(before - 1);
    bool from_seen = joiner == "from";
    for (size_t i = before - 1; i > begin && before - i < 20;) {
      const std::string& word = tokens_[--i].lower;
      if (kChangeVerbs.contains(word)) return from_seen || i + 1 == before - 1;
      if (word == "from") from_seen = true;
    }
    return false;
  }

  // The grade's sentence or the one before it speaks of assessment.
  bool sentence_about_assessment(size_t first) const {
    const size_t end = sentence_finish(first);
    size_t begin = sentence_begin(first);
    if (begin > 0) begin = sentence_begin(begin - 1);
    for (size_t i = begin; i < end; ++i)
      if (kAssessmentWords.contains(tokens_[i].stem)) return true;
    return false;
  }

  // A grade ending a line whose start labels it: "Overall effectiveness:
  // Good", "| Staying safe | Good |", "Capacity for improvement    Good".
  bool line_ends(size_t after) const {
    // "Performs well (3)": the grade's number in brackets after it.
    if (after + 2 < tokens_.size() && tokens_[after].is("(") && is_digit_word(tokens_[after + 1]) &&
        tokens_[after + 2].is(")") && tokens_[after].gap == Gap::space)
      after += 3;
    // "- adoption performance: outstanding;": a list item's closing ';'.
    while (after < tokens_.size() && (tokens_[after].is("|") || tokens_[after].is(".") || tokens_[after].is(";")) &&
           tokens_[after].gap != Gap::line && tokens_[after].gap != Gap::paragraph)
      ++after;
    return after >= tokens_.size() || tokens_[after].gap == Gap::line || tokens_[after].gap == Gap::paragraph;
  }

  // "Being healthy - good; staying safe - adequate": the grade ends an item
  // of a list on a line, parted by ';', whose label is a framework aspect.
  bool item_ends(size_t first, size_t after) const {
    if (after >= tokens_.size() || !tokens_[after].is(";")) return false;
    size_t begin = first;
    while (begin > 0 && first - begin < 12 && !tokens_[begin - 1].is(";") && !tokens_[begin - 1].is(":") &&
           tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph)
      --begin;
    return framework_aspect_end(begin) > begin;
  }

  // The label before a grade on its line, when set off by ':', '|', a tab or
  // a run of spaces; "" otherwise.
  // "Overall effectiveness\nInadequate" (the grade alone on the line under a
  // label) or "Capacity for improvement Good" (one space): a short line
  // without a sentence's end that names a graded thing.
  std::string label_of_table_cell(size_t first) const {
    if (first == 0) return {};
    if (tokens_[first].gap != Gap::line && tokens_[first].gap != Gap::space) return {};
    const size_t end = first;
    size_t begin = end;
    while (begin > 0 && end - begin < 16) {
      --begin;
      if (tokens_[begin].gap == Gap::line || tokens_[begin].gap == Gap::paragraph) break;
    }
    if (begin > 0 && tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph) return {};
    // The label must be a line of its own: it starts a line and ends one (or ends where the grade starts).
    for (size_t i = begin; i < end; ++i)
      if ((i > begin && sentence_end(tokens_[i])) || (i > begin && tokens_[i].gap == Gap::line))
        return {};
    begin = after_numbering(begin, end);
    while (begin < end && !tokens_[begin].word) ++begin;
    if (begin >= end || !tokens_[begin].capitalised()) return {};
    // "Children's services in Birmingham are inadequate." and "Subject: Sutton's services judged good" are sentences.
    static const Words kVerbs = {"judged", "rated", "graded", "assessed", "deemed", "found"};
    for (size_t i = begin; i < end; ++i)
      if (kCopulas.contains(tokens_[i].lower) || tokens_[i].lower == "be" || tokens_[i].lower == "the" ||
          kVerbs.contains(tokens_[i].lower))
        return {};
    if (first + 1 < tokens_.size() && tokens_[first + 1].is(".")) return {};
    // "Overall, services in Walsall perform well.": a verb in lower case is prose's, not a cell's.
    if (tokens_[first].lower.starts_with("perform") && !tokens_[first].capitalised()) return {};
    const std::string label = draft_.span(begin, end);
    if (!names_graded_thing(label) && !kApaOutcomes.contains(lower_ascii(label))) return {};
    return label;
  }

  std::string label_before(size_t first) const {
    if (first == 0) return {};
    size_t grade_start = first;
    if (first < 4) return {};
    // "Staying safe: Grade 2 - adequate": the number restates the grade.
    if (grade_start >= 3 && is_dash(tokens_[grade_start - 1]) && tokens_[grade_start - 3].lower == "grade" &&
        is_digit_word(tokens_[grade_start - 2]))
      grade_start -= 3;
    // "Staying safe: 2 (performs adequately)", "Being healthy: Grade 3 (performs well)".
    if (grade_start >= 3 && tokens_[grade_start - 1].is("(") && is_digit_word(tokens_[grade_start - 2])) {
      grade_start -= 2;
      if (tokens_[grade_start - 1].lower == "grade") --grade_start;
    }
    const Token& previous = tokens_[grade_start - 1];
    // "* Overall effectiveness - Good": a dash between spaces sets off a label,
    // also when the grade is put on the next line ("... permanence -\nRequires improvement").
    const bool spaced_dash = is_dash(previous) && previous.gap == Gap::space &&
                             (tokens_[grade_start].gap == Gap::space || tokens_[grade_start].gap == Gap::line);
    const bool separated = previous.is(":") || previous.is("|") || spaced_dash || wide_gap(grade_start);
    if (!separated) return {};
    // The separator is no part of the label; a bracket closing it is ("(looked after children)   Good").
    size_t end = previous.word || previous.is(")") ? grade_start : grade_start - 1;
    // "Being healthy      3   Good": the number restates the grade.
    while (end > 1 && is_digit_word(tokens_[end - 1]) && tokens_[end - 1].column && tokens_[end - 2].word) --end;
    end = without_detail_cells(end);
    // "WITH CHILDREN AND FAMILIES ........  GOOD": a dot leader and a wide gap.
    size_t dots = end;
    while (dots > 1 && tokens_[dots - 1].is(".") && same_line_as_next(dots - 1)) --dots;
    if (end - dots >= 2) end = dots;
    size_t begin = end;
    while (begin > 0 &&
           (tokens_[begin].gap == Gap::space || tokens_[begin].gap == Gap::none || tokens_[begin].gap == Gap::hyphen ||
            begin == end) &&
           end - begin < 24) {
      if (begin < end && tokens_[begin - 1].is("|")) break;
      // An item of a list on a line: "... gave: being healthy - good; staying safe - adequate".
      if (begin < end && (tokens_[begin - 1].is(";") || (tokens_[begin - 1].is(":") && spaced_dash)))
        return draft_.span(begin, end);
      --begin;
      if (tokens_[begin].gap == Gap::line || tokens_[begin].gap == Gap::paragraph) break;
    }
    if (begin > 0 && tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph &&
        !tokens_[begin - 1].is("|"))
      return {};
    begin = label_continued_from(begin);
    while (begin < end && !tokens_[begin].word) ++begin;
    begin = after_numbering(begin, end);
    if (begin >= end || end - begin > 28) return {};
    if (const size_t judged = after_framework_cell(begin, end); judged != begin) return draft_.span(judged, end);
    return cell_above(begin) + left_column_above(begin) + draft_.span(begin, end);
  }

  // "2009  Children's services assessment      Overall effectiveness     2":
  // a history table's row whose first cell names the assessment or
  // inspection that gave the grade; the judgement's cell after it is the
  // label. The start of that cell, or `begin`.
  size_t after_framework_cell(size_t begin, size_t end) const {
    for (size_t i = end; i-- > begin + 1;) {
      if (!tokens_[i].column || !tokens_[i].word) continue;
      const std::string& last = tokens_[i - 1].lower;
      if (last == "assessment" || last == "inspection" || last == "review") return i;
      return begin;
    }
    return begin;
  }

  // "1. Children who need help and      Information about this area" over
  // "protection      Inadequate      Children living in this area": a label
  // going on in lower case from the left column of the line above, when a
  // second column of text runs beside the table. That column's text and a
  // space, or "".
  std::string left_column_above(size_t begin) const {
    if (begin == 0 || tokens_[begin].gap != Gap::line || !tokens_[begin].word || tokens_[begin].capitalised())
      return {};
    size_t start = begin;
    while (start > 0 && begin - start < 40) {
      --start;
      if (tokens_[start].gap == Gap::line || tokens_[start].gap == Gap::paragraph) break;
    }
    if (tokens_[start].gap != Gap::line && tokens_[start].gap != Gap::paragraph) return {};
    size_t column = start + 1;
    while (column < begin && !tokens_[column].column) ++column;
    if (column >= begin) return {};
    const size_t label = after_numbering(start, column);
    if (label >= column || !tokens_[label].capitalised()) return {};
    return draft_.span(label, column) + " ";
  }

  // "| The impact of leaders on social work practice |   |" over "| with
  // children and families | Outstanding |": a label cell going on in lower
  // case from the row above, whose grade cell is empty. That row's label and
  // a space, or "".
  std::string cell_above(size_t begin) const {
    if (begin < 3 || !tokens_[begin].word || tokens_[begin].capitalised() || !tokens_[begin - 1].is("|") ||
        tokens_[begin - 1].gap != Gap::line || !tokens_[begin - 2].is("|") || !tokens_[begin - 3].is("|"))
      return {};
    const size_t cell_end = begin - 3;
    size_t cell_begin = cell_end;
    while (cell_begin > 0 && cell_end - cell_begin < 24 && !tokens_[cell_begin - 1].is("|")) --cell_begin;
    if (cell_begin == 0 || cell_begin == cell_end ||
        (tokens_[cell_begin - 1].gap != Gap::line && tokens_[cell_begin - 1].gap != Gap::paragraph))
      return {};
    return draft_.span(cell_begin, cell_end) + " ";
  }

  // "Judgement", "Overall judgement", "Ofsted rating": a label saying a grade follows, not what was graded.
  // "CHILDREN'S SERVICES ASSESSMENT      PERFORMS ADEQUATELY (2)", "Annual
  // performance assessment 2007: 3": a row naming the assessment grades the
  // whole service.
  static bool names_the_assessment(const std::string& label) {
    static const Words kAssessmentNames = {"children's", "services", "assessment", "annual", "performance", "apa",
                                           "overall", "effectiveness", "grade", "judgement", "judgment", "rating"};
    const auto tokens = tokenize(label);
    bool assessment = false;
    for (const Token& token : tokens) {
      if (!token.word || is_year(token)) continue;
      if (!kAssessmentNames.contains(token.lower)) return false;
      assessment = assessment || token.lower == "assessment" || token.lower == "apa";
    }
    return assessment;
  }

  static bool is_generic_label(const std::string& label) {
    static const Words kGeneric = {"grade", "judgement", "judgment", "rating", "outcome", "overall", "ofsted",
                                   "inspection", "result", "the", "latest", "current"};
    const auto tokens = tokenize(label);
    return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](const Token& token) {
      return !token.word || kGeneric.contains(token.lower);
    });
  }

  // The heading over the line of token `at`: the nearest short line above,
  // set off by a blank line, that is not a sentence; "" when there is none.
  // The first token of the paragraph holding token `at`.
  size_t paragraph_start(size_t at) const {
    size_t start = at;
    while (start > 0 && tokens_[start].gap != Gap::paragraph) --start;
    return start;
  }

  std::string heading_above(size_t at) const {
    size_t line_start = at;
    while (line_start > 0 && tokens_[line_start].gap != Gap::line && tokens_[line_start].gap != Gap::paragraph) --line_start;
    if (line_start == 0 || tokens_[line_start].gap != Gap::paragraph) return {};
    size_t begin = line_start - 1;
    while (begin > 0 && tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph) --begin;
    if (line_start - begin > 10 || sentence_end(tokens_[line_start - 1]) || tokens_[line_start - 1].is(":")) return {};
    while (begin < line_start && !tokens_[begin].word) ++begin;  // "##", a bullet
    begin = after_numbering(begin, line_start);
    const std::string heading = draft_.span(begin, line_start);
    if (heading.empty() || !(names_graded_thing(heading) || kApaOutcomes.contains(lower_words(heading)))) return {};
    if (kApaOutcomes.contains(lower_words(heading))) return lower_words(heading);
    return clean_label(heading);
  }

  // "The contribution of health agencies to keeping\nchildren and young
  // people safe      Adequate": a label line starting in lower case goes on
  // from the line before (when that line holds no columns). A label may
  // wrap over several lines at one indent ("The impact of leaders on
  // social\nwork practice with children and\nfamilies      Inadequate"),
  // after a list's bullet ("- The experiences and progress of children who
  // need help and\n    protection: Good"), or in capitals, where a joining
  // word at the break shows the wrap ("THE EXPERIENCES AND PROGRESS OF
  // CHILDREN WHO\nNEED HELP AND PROTECTION ..... INADEQUATE").
  size_t label_continued_from(size_t begin) const {
    static const Words kJoining = {"and", "of", "with", "who", "in", "for", "to", "on", "the", "by", "at", "from"};
    for (int lines = 0; lines < 3; ++lines) {
      if (begin == 0 || tokens_[begin].gap != Gap::line || !tokens_[begin].word) return begin;
      const bool capitals = tokens_[begin].all_caps();
      if (tokens_[begin].capitalised() && !capitals) return begin;
      size_t start = begin;
      while (start > 0 && begin - start < 16) {
        --start;
        if (tokens_[start].column || tokens_[start].is("|")) return begin;
        if (tokens_[start].gap == Gap::line || tokens_[start].gap == Gap::paragraph) break;
      }
      if (start != 0 && tokens_[start].gap != Gap::line && tokens_[start].gap != Gap::paragraph) return begin;
      const Token& last_above = tokens_[begin - 1];
      if (sentence_end(last_above) || last_above.is(":")) return begin;
      const bool bulleted = kBulletMarks.contains(std::string(tokens_[start].text)) && start + 1 < begin;
      const size_t first_word = bulleted ? start + 1 : start;
      if (capitals) {
        // Capitals give no lower-case start to follow: the break must fall
        // inside a phrase, and the line above be in capitals too.
        const bool joined = kJoining.contains(tokens_[begin].lower) || kJoining.contains(last_above.lower);
        if (!joined || !tokens_[first_word].all_caps()) return begin;
        if (bulleted || !kJoining.contains(tokens_[first_word].lower)) return first_word;
        begin = first_word;
        continue;
      }
      // "- the impact of leaders ... with children and\n    families: good": a bullet starts the item, whatever its case.
      if (tokens_[first_word].capitalised() || bulleted) return first_word;
      // A lower-case line above goes on from further up only at the same indent.
      if (bulleted || tokens_[start].gap == Gap::paragraph || indent_of(start) != indent_of(begin)) return begin;
      begin = start;
    }
    return begin;
  }

  // "- Being healthy ........ the council performs well": the label before a
  // dot leader, with a few words between the dots and the grade.
  std::string label_before_dots(size_t first) const {
    size_t at = first;
    while (at > 0 && first - at < 6 && tokens_[at - 1].word && same_line_as_next(at - 1)) --at;
    size_t dots = 0;
    while (at > 0 && tokens_[at - 1].is(".") && same_line_as_next(at - 1)) {
      --at;
      ++dots;
    }
    // "Children looked after and achieving permanence .. Good": a leader cut
    // to two dots where the label is long.
    if (dots < 2 || at == 0) return {};
    const size_t end = at;
    size_t begin = end;
    while (begin > 0 && end - begin < 16 && tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph) --begin;
    if (tokens_[begin].gap != Gap::line && tokens_[begin].gap != Gap::paragraph) return {};
    begin = label_continued_from(begin);
    while (begin < end && !tokens_[begin].word) ++begin;  // a bullet
    begin = after_numbering(begin, end);
    if (begin >= end) return {};
    return draft_.span(begin, end);
  }

  bool same_line_as_next(size_t at) const {
    return at + 1 < tokens_.size() && tokens_[at + 1].gap != Gap::line && tokens_[at + 1].gap != Gap::paragraph;
  }

  // "2.1 Adoption performance", "3. Leadership": section numbers are not
  // part of what was graded.
  size_t after_numbering(size_t begin, size_t end) const {
    while (begin < end && (is_digit_word(tokens_[begin]) || tokens_[begin].is(".") || tokens_[begin].is(")")))
      ++begin;
    while (begin < end && !tokens_[begin].word) ++begin;
    return begin;
  }

  // "The Larches    Full    12/04/2016    Good": the cells between a row's
  // label and its grade that give a date or a one-word kind of inspection
  // are no part of what was graded. One past the label's last token.
  // "North Yorkshire   | Jul 2016   | Outstanding": cells set off by
  // pipes too, and a month with its year is a date's cell.
  size_t without_detail_cells(size_t end) const {
    for (int cells = 0; cells < 3 && end > 1; ++cells) {
      size_t start = end - 1;
      while (start > 0 && !tokens_[start].column && !tokens_[start - 1].is("|") && tokens_[start].gap != Gap::line &&
             tokens_[start].gap != Gap::paragraph)
        --start;
      const bool piped = start > 1 && tokens_[start - 1].is("|") && tokens_[start - 1].gap != Gap::line &&
                         tokens_[start - 1].gap != Gap::paragraph;
      if ((!tokens_[start].column && !piped) || start == 0) break;  // the line's first cell is the label
      size_t letter_words = 0;
      for (size_t i = start; i < end; ++i)
        if (tokens_[i].word && !is_digit_word(tokens_[i])) ++letter_words;
      const bool month_and_year = end - start == 2 && month_of_name(tokens_[start].lower) != 0 && is_year(tokens_[start + 1]);
      const bool detail = letter_words == 0 || (letter_words == 1 && end - start == 1) || month_and_year;
      if (!detail) break;
      end = piped ? start - 1 : start;
    }
    return end;
  }

  bool wide_gap(size_t at) const {
    const std::string_view between =
        draft_.text.substr(tokens_[at - 1].end, tokens_[at].begin - tokens_[at - 1].end);
    return between.find('\t') != std::string_view::npos || between.find("  ") != std::string_view::npos;
  }

  // "Capacity to improve, including the management of children's services"
  // -> "capacity to improve".
  // "hartlepool mar 2022", "calderdale 12/10/2018": a row whose next cell, the
  // inspection's date, OCR or a narrow table ran into the label.
  static std::string without_date_cell(const std::string& label) {
    static const std::regex kDateCell(
        R"(\s+((\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(19|20)\d\d)$)");
    std::string cut = std::regex_replace(label, kDateCell, "");
    return cut.empty() ? label : cut;
  }

  // "OFSTED RATES BEXLEY'S CHILDREN'S SERVICES GOOD", "Elton Vale, was
  // judged   outstanding": a sentence before the grade, not a row's label,
  // however the line is spaced; the cues read it as prose.
  static bool states_a_rating(const std::string& label) {
    static const Words kRatingVerbs = {"rates", "rated", "judged", "judges", "graded"};
    for (const Token& token : tokenize(label))
      if (kRatingVerbs.contains(token.lower)) return true;
    return false;
  }

  static std::string clean_label(const std::string& label) {
    std::string lower = lower_words(label);
    while (!lower.empty() && (lower.back() == ' ' || lower.back() == ':' || lower.back() == '|')) lower.pop_back();
    lower = without_date_cell(lower);
    // "Staying safe    Grade 2   performs adequately": the grade's number is no part of the label.
    static const std::regex kGradeNumber(R"(\s+grade\s+[1-4]$)");
    lower = std::regex_replace(lower, kGradeNumber, "");
    // "ILACS   Overall effectiveness", "Annual performance assessment
    // Overall effectiveness": a history table's cell naming the framework,
    // run into the judgement's label.
    static const std::regex kFrameworkCell(
        R"(^((19|20)\d\d |annual performance (assessment )?|children's services (assessment )?|ilacs |sif |slac |jar |apa |csa )+overall effectiveness$)");
    if (std::regex_match(lower, kFrameworkCell)) return "overall effectiveness";
    return completed_aspect(without_trailer(repaired_aspect(lower)));
  }

  std::string evidence(size_t first, size_t after) const {
    size_t begin = first;
    while (begin > 0 && first - begin < 6 && !sentence_end(tokens_[begin - 1])) --begin;
    return draft_.span(begin, std::min(after + 1, tokens_.size()));
  }

  const Lexicon& lexicon_;
  const ReferenceData& data_;
  Draft& draft_;
  const std::vector<Token>& tokens_;
  bool about_assessment_;
  bool mentions_inspection_;
  bool has_number_key_ = false;
  std::array<std::string, 5> key_;  // key_[n]: the grade the letter's key gives number n
  int named_in_key_ = 0;
  size_t key_position_ = 0;  // token where the key starts
  std::unordered_map<std::string, std::string> letter_key_;  // "RI" -> "requires improvement"
  size_t letter_key_position_ = 0;
};

}  // namespace

void find_grades(const Lexicon& lexicon, const ReferenceData& data, Draft& draft) {
  GradeFinder finder(lexicon, data, draft);
  for (size_t i = 0; i < draft.tokens.size(); ++i) {
    if (draft.tokens[i].lower == "grade") {
      finder.consider_number(i);
      continue;
    }
    finder.consider_table_number(i);
    finder.consider_letter_cell(i);
    if (draft.tokens[i].lower == "likewise") finder.consider_likewise(i);
    finder.consider_wrapped_requires(i);
    const auto match = lexicon.match(draft.tokens, i, What::grade);
    if (!match) {
      i = finder.consider_elided_performance(i);
      continue;
    }
    finder.consider(i, match->last, data.grades[static_cast<size_t>(match->targets.front()->index)].grade);
    i = match->last - 1;
  }
  finder.settle_council_rows();
  finder.prefer_words_to_numbers();
}

}  // namespace letterbox::tagging
