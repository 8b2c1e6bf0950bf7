// Ofsted grades where the text gives them as judgements: quoted ('good'),
// after "judged", "rated", "judgement of", "are now", as a "Label: Grade"
// line, or APA phrases ("performs poorly") in a sentence about assessment.
// "good progress" and "an adequate level" are not judgements.
#include <unordered_set>

#include "indexer/tag_draft.h"

namespace letterbox::tagging {

namespace {

const std::unordered_set<std::string> kCueWords = {"judged", "judgement", "judgment", "judgements", "judgments",
                                                   "graded", "rated", "rating", "grade", "assessed", "effectiveness",
                                                   "found", "deemed", "remains", "remain", "category"};
// Words that may stand between a cue and the grade: "judged to be", "rated as".
const std::unordered_set<std::string> kBetweenWords = {"to", "be", "as", "being", "been", "was", "were", "is", "are",
                                                       "of", "an", "a", "the", "overall", "still", "now", "its"};
// After a grade, these keep it a judgement; any other word makes it an
// adjective of that word ("good progress").
const std::unordered_set<std::string> kAfterWords = {"and", "or", "with", "for", "in", "at", "but", "overall",
                                                     "across", "by", "on", "as", "since", "following", "under",
                                                     "because", "from", "in", "when", "which", "rating", "judgement",
                                                     "judgment", "grade", "last", "this", "is", "was", "are", "were", "has",
                                                     "had"};
const std::unordered_set<std::string> kAfterCues = {"rating", "judgement", "judgment", "grade"};
const std::unordered_set<std::string> kAssessmentWords = {"assessment", "apa", "judgement", "judgment", "rating",
                                                          "rated", "ofsted", "inspection", "judged", "annual",
                                                          "graded", "assessed", "inspectors"};
const std::unordered_set<std::string> kAspectSkip = {"your", "its", "the", "their", "our", "his", "her"};

bool sentence_end(const Token& token) {
  return token.is(".") || token.is("!") || token.is("?") || token.is(";") || token.gap == Gap::paragraph;
}

class GradeFinder {
 public:
  GradeFinder(const ReferenceData& data, Draft& draft)
      : data_(data), draft_(draft), tokens_(draft.tokens), about_assessment_(mentions_performance_assessment()) {}

  // Judges the grade phrase [first, last); adds it when it is a judgement.
  void consider(size_t first, size_t last, int grade) {
    const bool quoted = first > 0 && tokens_[first - 1].is_quote() && last < tokens_.size() && tokens_[last].is_quote();
    const size_t after = quoted ? last + 1 : last;
    std::string source;
    if (quoted) source = "rule: quoted grade";
    else if (heading_label(first)) source = "rule: graded heading";
    else if (after < tokens_.size() && kAfterCues.contains(tokens_[after].lower)) source = "rule: grade before rating";
    else if (!followed_by_noun(after)) {
      if (cue_before(first)) source = "rule: judgement cue";
      else if (last - first > 1 && (about_assessment_ || sentence_about_assessment(first))) source = "rule: grade phrase";
    }
    if (source.empty()) return;
    Found found;
    found.entity.kind = EntityKind::grade;
    found.entity.name = data_.grades[static_cast<size_t>(grade)].grade;
    found.entity.aspect = aspect(first, after);
    found.entity.source = source;
    found.entity.evidence = evidence(first, after);
    found.key = found.entity.name;
    found.position = tokens_[first].begin;
    draft_.grades.push_back(std::move(found));
  }

 private:
  bool followed_by_noun(size_t after) const {
    if (after >= tokens_.size() || !tokens_[after].word) return false;
    if (tokens_[after].gap == Gap::paragraph || tokens_[after].gap == Gap::line) return false;
    return !kAfterWords.contains(tokens_[after].lower);
  }

  // "judged to be", "overall judgement of", "are now", "rated as".
  bool cue_before(size_t first) const {
    size_t at = first;
    for (int steps = 0; steps < 5 && at > 0; ++steps) {
      const Token& token = tokens_[--at];
      if (!token.word && !token.is_quote()) return false;
      if (kCueWords.contains(token.lower)) return true;
      if (token.lower == "now" && at > 0 && (tokens_[at - 1].lower == "are" || tokens_[at - 1].lower == "is"))
        return true;
      if (token.word && !kBetweenWords.contains(token.lower)) return false;
    }
    return false;
  }

  // An APA letter: "performs well" anywhere in it is the grade.
  bool mentions_performance_assessment() const {
    for (size_t i = 0; i + 1 < tokens_.size(); ++i)
      if (tokens_[i].lower == "apa" || (tokens_[i].lower == "performance" && tokens_[i + 1].lower == "assessment"))
        return true;
    return false;
  }

  bool sentence_about_assessment(size_t first) const {
    size_t begin = first;
    while (begin > 0 && !sentence_end(tokens_[begin - 1]) && first - begin < 60) --begin;
    size_t end = first;
    while (end < tokens_.size() && !sentence_end(tokens_[end]) && end - first < 60) ++end;
    for (size_t i = begin; i < end; ++i)
      if (kAssessmentWords.contains(tokens_[i].stem)) return true;
    return false;
  }

  // "Overall effectiveness: Requires improvement" at the start of a line.
  std::string heading_text(size_t first) const {
    if (first < 2 || !tokens_[first - 1].is(":")) return {};
    size_t begin = first - 1;
    while (begin > 0 && (tokens_[begin].gap == Gap::space || tokens_[begin].gap == Gap::none) && first - begin < 18)
      --begin;
    if (tokens_[begin].gap == Gap::space || tokens_[begin].gap == Gap::none) return {};
    return draft_.span(begin, first - 1);
  }
  bool heading_label(size_t first) const { return !heading_text(first).empty(); }

  // "for your leadership, management and governance"; "overall" nearby.
  std::string aspect(size_t first, size_t after) const {
    if (const auto label = heading_text(first); !label.empty()) return lower_ascii(label);
    if (after < tokens_.size() && tokens_[after].lower == "for" && tokens_[after].gap != Gap::paragraph) {
      size_t begin = after + 1;
      while (begin < tokens_.size() && kAspectSkip.contains(tokens_[begin].lower)) ++begin;
      size_t end = begin;
      while (end < tokens_.size() && end - begin < 10 && !sentence_end(tokens_[end]) && !tokens_[end].is("("))
        ++end;
      if (end > begin) return draft_.span(begin, end);
    }
    for (size_t i = first; i > 0 && first - i < 6; --i) {
      if (tokens_[i - 1].lower == "overall") return "overall effectiveness";
      if (sentence_end(tokens_[i - 1])) break;
    }
    return {};
  }

  std::string evidence(size_t first, size_t after) const {
    size_t begin = first;
    while (begin > 0 && first - begin < 6 && !sentence_end(tokens_[begin - 1])) --begin;
    return draft_.span(begin, std::min(after + 1, tokens_.size()));
  }

  const ReferenceData& data_;
  Draft& draft_;
  const std::vector<Token>& tokens_;
  bool about_assessment_;
};

}  // namespace

void find_grades(const Lexicon& lexicon, const ReferenceData& data, Draft& draft) {
  GradeFinder finder(data, draft);
  for (size_t i = 0; i < draft.tokens.size(); ++i) {
    const auto match = lexicon.match(draft.tokens, i, What::grade);
    if (!match) continue;
    finder.consider(i, match->last, match->targets.front()->index);
    i = match->last - 1;
  }
}

}  // namespace letterbox::tagging
