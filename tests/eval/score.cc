#include "score.h"

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "schema/schema.h"

namespace letterbox::eval {
namespace {

std::vector<std::string> split_words(const std::string& slug) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= slug.size()) {
    const size_t end = slug.find('-', start);
    if (end != start) words.push_back(slug.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return words;
}

bool either_is_prefix(const std::string& a, const std::string& b) {
  return a.size() <= b.size() ? b.starts_with(a) : a.starts_with(b);
}

bool forenames_agree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const size_t shared = std::min(a.size(), b.size()) - 1;  // the last word is the surname
  if (shared == 0) return false;
  for (size_t i = 0; i < shared; ++i)
    if (!either_is_prefix(a[i], b[i])) return false;
  return true;
}

template <typename Item>
using Equal = std::function<bool(const Item&, const Item&)>;

// Pairs gold with predicted items one to one, pass by pass: the strictest
// equality first, so that a looser one cannot take a predicted item that
// another gold item matches exactly. Returns, per gold item, the index of
// its predicted item or -1.
template <typename Item>
std::vector<int> pair_items(const std::vector<Item>& gold, const std::vector<Item>& predicted,
                            const std::vector<Equal<Item>>& passes) {
  std::vector<int> partner(gold.size(), -1);
  std::vector<bool> taken(predicted.size(), false);
  for (const auto& equal : passes)
    for (size_t g = 0; g < gold.size(); ++g) {
      if (partner[g] >= 0) continue;
      for (size_t p = 0; p < predicted.size(); ++p)
        if (!taken[p] && equal(gold[g], predicted[p])) {
          partner[g] = static_cast<int>(p);
          taken[p] = true;
          break;
        }
    }
  return partner;
}

// The tagger lists each entity once; two entries with one slug are one name.
std::vector<std::string> distinct(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& name : names)
    if (seen.insert(schema::slug(name)).second) out.push_back(name);
  return out;
}

std::string describe(const PartyAnnotation& party) {
  if (party.empty()) return "(none)";
  return party.name + " | " + party.role + " | " + party.organisation;
}

std::string describe(const GradeAnnotation& grade) {
  return grade.aspect.empty() ? grade.grade : grade.grade + " | " + grade.aspect;
}

std::string describe(const std::string& name) { return name; }

// Counts the pairs and records the unpaired items as misses and false alarms.
template <typename Item>
std::vector<int> tally_items(const std::string& file, const std::string& field, const std::vector<Item>& gold,
                             const std::vector<Item>& predicted, const std::vector<Equal<Item>>& passes,
                             Tally& tally, Scores& scores) {
  const auto partner = pair_items(gold, predicted, passes);
  std::vector<bool> paired(predicted.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (partner[g] >= 0) {
      ++tally.true_positives;
      paired[static_cast<size_t>(partner[g])] = true;
    } else {
      ++tally.false_negatives;
      scores.findings.push_back({"miss", field, describe(gold[g]), file});
    }
  }
  for (size_t p = 0; p < predicted.size(); ++p)
    if (!paired[p]) {
      ++tally.false_positives;
      scores.findings.push_back({"false alarm", field, describe(predicted[p]), file});
    }
  return partner;
}

void check_value(const std::string& file, const std::string& field, const std::string& gold,
                 const std::string& predicted, bool right, Accuracy& accuracy, Scores& scores) {
  accuracy.add(right);
  if (!right)
    scores.findings.push_back({"wrong", field, "gold '" + gold + "', got '" + predicted + "'", file});
}

bool same_party(const PartyAnnotation& gold, const PartyAnnotation& predicted, NameRule rule) {
  if (!gold.name.empty()) return same_person(gold.name, predicted.name, rule);
  // A letter to "the Minister" names an office, not a person.
  if (!gold.role.empty()) return same_text(gold.role, predicted.role);
  return same_text(gold.organisation, predicted.organisation);
}

void score_sender(const std::string& file, const PartyAnnotation& gold, const PartyAnnotation& predicted,
                  NameRule rule, Scores& scores) {
  const bool right = gold.empty() ? predicted.name.empty() : same_party(gold, predicted, rule);
  check_value(file, "sender", describe(gold), describe(predicted), right, scores.sender, scores);
  if (!gold.role.empty())
    check_value(file, "sender role", gold.role, predicted.role, same_text(gold.role, predicted.role),
                scores.sender_role, scores);
  if (!gold.organisation.empty())
    check_value(file, "sender organisation", gold.organisation, predicted.organisation,
                same_text(gold.organisation, predicted.organisation), scores.sender_organisation, scores);
}

void score_grades(const std::string& file, const std::vector<GradeAnnotation>& gold,
                  const std::vector<GradeAnnotation>& predicted, Scores& scores) {
  const std::vector<Equal<GradeAnnotation>> passes{
      [](const GradeAnnotation& g, const GradeAnnotation& p) {
        return same_text(g.grade, p.grade) && same_aspect(g.aspect, p.aspect);
      },
      [](const GradeAnnotation& g, const GradeAnnotation& p) { return same_text(g.grade, p.grade); }};
  const auto partner = tally_items(file, "grade", gold, predicted, passes, scores.grades, scores);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (partner[g] < 0) continue;
    const auto& aspect = predicted[static_cast<size_t>(partner[g])].aspect;
    // An aspect read where the text gives none is shown to users as what was
    // judged, so it is scored too, apart.
    if (gold[g].aspect.empty())
      check_value(file, "grade with no aspect", "", aspect, aspect.empty(), scores.grade_no_aspect, scores);
    else
      check_value(file, "grade aspect", gold[g].aspect, aspect, same_aspect(gold[g].aspect, aspect),
                  scores.grade_aspect, scores);
  }
}

// Whether the predicted entity named `name` is also known as `other`.
bool known_as(const Annotation& predicted, const std::string& name, const std::string& other) {
  const auto found = predicted.aliases.find(name);
  if (found == predicted.aliases.end()) return false;
  return std::any_of(found->second.begin(), found->second.end(),
                     [&](const std::string& alias) { return same_text(other, alias); });
}

double ratio(int part, int whole) { return whole == 0 ? 1.0 : static_cast<double>(part) / whole; }

}  // namespace

bool same_text(std::string_view gold, std::string_view predicted) {
  return schema::slug(gold) == schema::slug(predicted);
}

// One judgement goes by several names, and annotators and letters differ
// in which they use: "the" or not before it, and the whole service's
// "overall effectiveness" said with what it is of ("the overall
// effectiveness of children's services in Brent", "of our safeguarding
// services"). The aspect's slug, those differences taken out.
std::string aspect_key(std::string_view aspect) {
  static const std::regex kChildrensServices(
      "^overall-effectiveness-of-(?:the-)?(?:local-authoritys-|[a-z0-9]+s-|our-)?childrens-services(?:-in-.+)?$");
  static const std::regex kSafeguardingServices(
      "^overall-effectiveness-of-(?:the-)?(?:local-authoritys-|[a-z0-9]+s-|our-)?safeguarding-services(?:-in-.+)?$");
  std::string key = schema::slug(aspect);
  if (key.starts_with("the-")) key.erase(0, 4);
  if (std::regex_match(key, kChildrensServices)) return "overall-effectiveness";
  if (std::regex_match(key, kSafeguardingServices)) return "overall-effectiveness-of-safeguarding-services";
  return key;
}

bool same_aspect(std::string_view gold, std::string_view predicted) {
  return aspect_key(gold) == aspect_key(predicted);
}

bool same_person(std::string_view gold, std::string_view predicted, NameRule rule) {
  const std::string a = schema::slug(gold);
  const std::string b = schema::slug(predicted);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (rule == NameRule::strict) return false;
  const auto a_words = split_words(a);
  const auto b_words = split_words(b);
  return a_words.back() == b_words.back() && forenames_agree(a_words, b_words);
}

double Tally::precision() const { return ratio(true_positives, true_positives + false_positives); }
double Tally::recall() const { return ratio(true_positives, true_positives + false_negatives); }
double Tally::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Tally& Tally::operator+=(const Tally& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
  return *this;
}

double Accuracy::value() const { return ratio(right, total); }
void Accuracy::add(bool is_right) {
  ++total;
  if (is_right) ++right;
}

void score_letter(const std::string& file, const Annotation& gold, const Annotation& predicted, NameRule rule,
                  Scores& scores) {
  ++scores.letters;
  check_value(file, "date", gold.date.empty() ? "none" : gold.date,
              predicted.date.empty() ? "none" : predicted.date, gold.date == predicted.date, scores.date, scores);
  check_value(file, "type", gold.type, predicted.type, gold.type == predicted.type, scores.type, scores);
  score_sender(file, gold.sender, predicted.sender, rule, scores);

  const Equal<PartyAnnotation> party_equal = [rule](const auto& g, const auto& p) { return same_party(g, p, rule); };
  tally_items(file, "recipient", gold.recipients, predicted.recipients, {party_equal}, scores.recipients, scores);

  const Equal<std::string> exact_name = [&predicted](const auto& g, const auto& p) {
    return same_text(g, p) || known_as(predicted, p, g);
  };
  const Equal<std::string> person_name = [rule](const auto& g, const auto& p) { return same_person(g, p, rule); };
  Tally minister_tally;
  tally_items(file, "minister", gold.ministers, distinct(predicted.ministers), {exact_name, person_name},
              minister_tally, scores);
  scores.minister_sets.add(minister_tally.false_positives == 0 && minister_tally.false_negatives == 0);
  scores.ministers += minister_tally;

  tally_items(file, "person", gold.people, distinct(predicted.people), {exact_name, person_name}, scores.people,
              scores);
  tally_items(file, "body", gold.bodies, distinct(predicted.bodies), {exact_name}, scores.bodies, scores);
  score_grades(file, gold.grades, predicted.grades, scores);
  tally_items(file, "place", gold.places, distinct(predicted.places), {exact_name}, scores.places, scores);
}

void score_failure(const std::string& file, const Annotation& gold, const std::string& reason, NameRule rule,
                   Scores& scores) {
  scores.findings.push_back({"error", "pipeline", reason, file});
  score_letter(file, gold, Annotation{}, rule, scores);
}

std::vector<Target> check_targets(const Scores& scores) {
  return {
      {"date accuracy", 0.97, scores.date.value()},
      {"type accuracy", 0.97, scores.type.value()},
      {"sender accuracy", 0.97, scores.sender.value()},
      {"minister accuracy", 0.95, scores.minister_sets.value()},
      {"people precision", 0.95, scores.people.precision()},
      {"people recall", 0.90, scores.people.recall()},
      {"bodies precision", 0.95, scores.bodies.precision()},
      {"bodies recall", 0.90, scores.bodies.recall()},
      {"grades precision", 0.95, scores.grades.precision()},
      {"grades recall", 0.90, scores.grades.recall()},
  };
}

}  // namespace letterbox::eval
