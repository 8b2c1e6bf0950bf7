// Bodies, places and ministerial offices named in a letter's text: by the
// reference data, and bodies the data does not list by their last word
// ("... Improvement Board", "... Support Panel").
#include <algorithm>
#include <unordered_set>
#include <vector>

#include "indexer/letter_text.h"
#include "indexer/tag_draft.h"
#include "indexer/tag_wrapped.h"

namespace letterbox::tagging {

namespace {

// Last words that make a capitalised name a body. Not "division" or
// "directorate": a department's divisions ("Local Authority Performance and
// Intervention Division") are where its officials work, named in their
// roles, not bodies of their own.
const std::unordered_set<std::string> kBodySuffixes = {
    "council", "board", "authority", "trust", "panel", "partnership", "commission", "agency", "service",
    "services", "department", "inspectorate", "academy", "school", "schools", "committee", "forum", "group",
    "unit", "college", "foundation", "network", "alliance", "federation", "police", "constabulary", "team",
    // "Kingston University", "Hartley Reid Consulting": a name before the kind of organisation.
    "university", "consulting", "consultancy",
    // "Orwell Housing Association", "Bolton Lads and Girls Club", "Grimsby Institute",
    // "Kent, Surrey and Sussex Community Rehabilitation Company".
    "association", "club", "institute", "company"};

// Suffixes that also end descriptions ("Children's Services", "the
// Department"): these need a word that is not generic before them.
const std::unordered_set<std::string> kWeakSuffixes = {"service", "services", "department", "council", "school",
                                                       "schools", "group", "unit", "division", "directorate", "team"};

const std::unordered_set<std::string> kGenericWords = {
    "children's", "children", "young", "people's", "people", "families", "family", "social", "care", "education",
    "local", "adult", "adults", "health", "and", "of", "for", "the", "council", "county", "city", "borough",
    "public", "specialist", "support", "early", "help", "primary", "secondary", "special", "improvement",
    "safeguarding", "protection", "child", "services", "service", "youth", "community", "your", "our",
    // Words of a department's own units and of bills: "Local Authority
    // Performance and Intervention Division", "Children's Wellbeing and Schools".
    "in", "one", "authority", "performance", "intervention", "arts", "libraries", "schools", "wellbeing",
    "trust", "scrutiny", "standards", "strategy", "policy", "operations", "commissioning", "quality",
    // "the Integrated Care Board", "the Clinical Commissioning Group": an NHS body's kind, not its name.
    "integrated", "clinical",
    // "the Youth Justice Partnership Board", "the Youth Offending Team": every council's, named by its place.
    "justice", "offending",
    // A council's own committees, meetings and units: "Children and Young People Select Committee",
    // "Overview and Scrutiny Committee", "Full Council", "the Virtual School", "Social Work Academy".
    "select", "overview", "full", "virtual", "work"};

// Words a body's name does not begin with, though capitalised at the start
// of a sentence.
const std::unordered_set<std::string> kLeadingWords = {
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his", "her", "each", "every",
    "any", "all", "some", "new", "former", "dear", "in", "at", "to", "from", "with", "by", "on", "for", "through",
    "as", "whilst", "while", "when", "if", "since", "following", "both", "thank", "we", "i", "it", "overall",
    "and", "of", "also", "under", "my", "whole", "entire", "relevant", "re", "cc",
    // "Members of the Hull Area Child Protection Committee", "Minutes of the Board", "Portfolio Holder for".
    "members", "minutes", "notes", "meeting", "holder", "staff"};

// Words that end a phrase of their own: "Improvement Notice and Improvement
// Board" is two things.
const std::unordered_set<std::string> kNotInBodyNames = {"notice", "notices", "plan", "plans", "report", "reports",
                                                         "letter", "act", "framework", "order", "direction", "meeting",
                                                         "assessment", "inspection", "review"};

// "upon" of places: "Newcastle upon Tyne Hospitals NHS Foundation Trust".
const std::unordered_set<std::string> kConnectors = {"and", "of", "for", "the", "&", "on", "in", "upon"};

const std::unordered_set<std::string> kPlacePrepositions = {"in", "of", "across", "for", "from", "to", "at",
                                                            "around", "within", "throughout", "near", "outside"};

// Words of the kinds of local NHS bodies ("Integrated Care Board", "Clinical
// Commissioning Group", "Primary Care Trust").
const std::unordered_set<std::string> kNhsWords = {"integrated", "clinical", "commissioning", "care", "primary",
                                                   "health", "healthcare", "teaching", "hospitals", "partnership"};

// bodies.tsv kind of a board each council has, named by its council's place.
constexpr std::string_view kPerCouncilKind = "per-council board";

bool joined(const Token& token) { return (token.gap == Gap::space && !token.column) || token.gap == Gap::hyphen; }

Found reference_body(const ReferenceData& data, int index, std::string evidence, size_t position) {
  const ReferenceBody& body = data.bodies[static_cast<size_t>(index)];
  Found found;
  found.entity.kind = EntityKind::body;
  found.entity.name = body.name;
  found.entity.aliases = body.aliases;
  found.entity.source = "reference";
  found.entity.evidence = std::move(evidence);
  found.key = name_key(body.name);
  found.reference = index;
  found.position = position;
  return found;
}

// A comma at `at` (just before the name's token at + 1) between areas an
// NHS body is named after: "Northern, Eastern and Western Devon".
bool area_list_comma(const std::vector<Token>& tokens, size_t at, bool nhs_list) {
  return nhs_list && at >= 1 && tokens[at].gap == Gap::none && tokens[at].is(",") && at + 1 < tokens.size() &&
         tokens[at + 1].capitalised() && tokens[at - 1].word && tokens[at - 1].capitalised();
}

// A word that ends a body's name, so that "and" after it starts another:
// "... Hospital NHS Trust and Alder Hey ...", "the CCG and ...".
bool ends_a_body(const Token& token) {
  static const std::unordered_set<std::string> kNameEnds = {"trust", "board", "partnership", "commission", "agency",
                                                            "ccg", "icb", "pct", "lscb"};
  return token.word && token.capitalised() && kNameEnds.contains(token.stem);
}

// A place in the possessive ("Sheffield's"), the last token of the place.
bool possessive_place(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t at) {
  if (!tokens[at].word || tokens[at].stem == tokens[at].lower) return false;
  for (size_t start = at >= 3 ? at - 3 : 0; start <= at; ++start)
    if (const auto place = lexicon.match(tokens, start, What::place); place && place->last == at + 1) return true;
  return false;
}

// Whether a place's name ends with the token at `last` ("Kent", "West Sussex").
bool place_ends_at(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t last) {
  for (size_t start = last >= 3 ? last - 3 : 0; start <= last; ++start)
    if (const auto place = lexicon.match(tokens, start, What::place); place && place->last == last + 1) return true;
  return false;
}

// The first token of a body name ending at `suffix`, walking back over
// capitalised words and connectors; `suffix` itself when there is none.
size_t body_start(const Lexicon& lexicon, const Draft& draft, size_t suffix) {
  const auto& tokens = draft.tokens;
  size_t first = suffix;
  size_t at = suffix;
  bool nhs_name = false;
  bool listed_areas = false;
  while (at > 0 && (joined(tokens[at]) || tokens[at].is(","))) {
    nhs_name = nhs_name || kNhsWords.contains(tokens[at].lower) || tokens[at].text == "NHS";
    listed_areas = listed_areas || tokens[at].lower == "and";
    // "NHS Northern, Eastern and Western Devon CCG": one body's areas, parted by a comma.
    // Not after a word of a role, a person or a body already named: "Head of Safeguarding, Cumbria, ...",
    // "Dr Ann Oke, South West London and ...", "NHS Sefton, Southport and ...".
    // Nor before "NHS", which starts a name: "Designated Doctor, NHS City and Hackney CCG".
    // "Kent, Surrey and Sussex Community Rehabilitation Company": places listed before the kind.
    const bool places_listed = listed_areas && at >= 2 && lexicon.match(tokens, at, What::place) &&
                               place_ends_at(lexicon, tokens, at - 2);
    if (at >= 2 && tokens[at - 1].is(",") && area_list_comma(tokens, at - 1, (nhs_name || places_listed) && listed_areas) &&
        !draft.body_token[at - 2] && !draft.person_token[at - 2] && !kGenericWords.contains(tokens[at - 2].stem) &&
        !lexicon.is_role_word(tokens[at - 2].stem) && tokens[at].text != "NHS") {
      at -= 2;
      first = at;
      continue;
    }
    if (tokens[at].is(",")) break;
    // "> ... Safeguarding Children / > Partnership": a quoted reply's marker where its line was wrapped.
    if (at >= 2 && tokens[at - 1].is(">") && tokens[at - 1].gap == Gap::space && tokens[at - 2].word) {
      --at;
      continue;
    }
    const Token& previous = tokens[at - 1];
    if (draft.person_token[at - 1] || !(previous.word || previous.is("&"))) break;
    // "... Greater Manchester Police / Hollingworth Academy": a body named at a line's end is not
    // the start of a name on the next, however the text was wrapped.
    if (draft.body_token[at - 1] && !draft.body_token[at] &&
        draft.text.substr(previous.end, tokens[at].begin - previous.end).find('\n') != std::string_view::npos)
      break;
    const bool capital_word = previous.word && previous.capitalised() && !lexicon.is_role_word(previous.stem);
    if (!capital_word && !kConnectors.contains(previous.lower)) break;
    if (kNotInBodyNames.contains(previous.stem)) break;
    // "What the Department could do", "But the Board": "the" before the kind is a reference, not a name.
    if (previous.lower == "the" && at == suffix) break;
    // "Leeds's Schools", "Kent's Children's Services": what a place has, not what it is called.
    if (possessive_place(lexicon, tokens, at - 1)) break;
    // "the Department and the Commission" are two bodies; so are "NHS Walsall and West Midlands Police"
    // and "the CCG and Leeds Community Healthcare NHS Trust".
    if (previous.lower == "and" && tokens[at].lower == "the") break;
    if (previous.lower == "and" && at >= 2 && (draft.body_token[at - 2] || ends_a_body(tokens[at - 2]))) break;
    --at;
    if (capital_word) first = at;
  }
  while (first < suffix && (kLeadingWords.contains(tokens[first].lower) || !tokens[first].capitalised() ||
                            kConnectors.contains(tokens[first].lower)))
    ++first;
  return first;
}

// A word other than the generic ones and the kinds of body ("Strategic
// Partnership Group" is a meeting of a partnership, named by no one).
bool has_specific_word(const std::vector<Token>& tokens, size_t first, size_t suffix) {
  for (size_t i = first; i < suffix; ++i)
    if (tokens[i].word && !kGenericWords.contains(tokens[i].stem) && !kBodySuffixes.contains(tokens[i].stem)) return true;
  return false;
}

// The council place just before tokens[at] ("Tameside" in "Tameside LSCB"),
// as the index of its first token, or `at` when there is none.
// A board two councils share is named by both: "Kingston and Richmond LSCB".
size_t place_before(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t at) {
  constexpr size_t kLongestPlace = 6;  // "Bath and North East Somerset"
  for (size_t start = at >= kLongestPlace ? at - kLongestPlace : 0; start < at; ++start) {
    const auto match = lexicon.match(tokens, start, What::place);
    if (!match || match->last != at || !tokens[start].capitalised()) continue;
    if (start >= 2 && tokens[start - 1].lower == "and" && joined(tokens[start - 1]) && joined(tokens[start]))
      if (const size_t other = place_before(lexicon, tokens, start - 1); other < start - 1) return other;
    return start;
  }
  return at;
}

// "NHS Doncaster", "NHS Bradford and Airedale": the primary care trusts of
// 2009-13 and later local NHS bodies, "NHS" and a place. Returns the end of
// the name, or `last` when the words after "NHS" are not a place.
size_t local_nhs_body_end(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t first, size_t last) {
  const bool named_by_area = tokens[first].text == "NHS" || tokens[first].text == "Connexions";
  if (last != first + 1 || !named_by_area || last >= tokens.size() || !joined(tokens[last])) return last;
  if (kBodySuffixes.contains(tokens[last].stem)) return last;  // "NHS Trust"
  const auto place = lexicon.match(tokens, last, What::place);
  if (!place || !tokens[last].capitalised()) return last;
  size_t end = place->last;
  // "NHS Brighton and Hove Clinical Commissioning Group": the place's NHS body, its kind named after it.
  size_t kind = end;
  while (kind < tokens.size() && joined(tokens[kind]) && tokens[kind].capitalised() && kNhsWords.contains(tokens[kind].stem))
    ++kind;
  if (kind > end && kind < tokens.size() && joined(tokens[kind]) && kBodySuffixes.contains(tokens[kind].stem))
    return kind + 1;
  // "and Airedale", "and West Leeds": more capitalised words after "and".
  if (end + 1 < tokens.size() && tokens[end].lower == "and" && joined(tokens[end]) && joined(tokens[end + 1]) &&
      tokens[end + 1].capitalised()) {
    size_t run = end + 2;
    bool nhs_words = false;
    // "Isle of Wight", "Stockton on Tees": a place's own lower-case connector.
    auto place_connector = [&](size_t at) {
      return (tokens[at].lower == "of" || tokens[at].lower == "on" || tokens[at].lower == "upon") && at + 1 < tokens.size() &&
             joined(tokens[at + 1]) && tokens[at + 1].capitalised();
    };
    while (run < tokens.size() && joined(tokens[run]) && tokens[run].word &&
           (tokens[run].capitalised() || place_connector(run)) && !kBodySuffixes.contains(tokens[run].stem)) {
      nhs_words = nhs_words || kNhsWords.contains(tokens[run].stem);
      ++run;
    }
    // "NHS Walsall and West Midlands Police" are two bodies; "NHS Lancashire
    // and South Cumbria Integrated Care Board" is one, its kind included.
    const bool suffix = run < tokens.size() && joined(tokens[run]) && kBodySuffixes.contains(tokens[run].stem);
    if (!suffix) return run;
    if (nhs_words) return run + 1;
  }
  return end;
}

// "NHS South West London Integrated Care Board": a region's name that runs
// on into a local body's. Returns the end of the name, or `last`.
size_t nhs_body_after_region_end(const Lexicon& lexicon, const ReferenceData& data, const std::vector<Token>& tokens,
                                 int index, size_t last) {
  if (data.bodies[static_cast<size_t>(index)].kind != "nhs") return last;
  if (last < tokens.size() && kBodySuffixes.contains(tokens[last].stem)) return last;  // "NHS Trust"
  size_t end = last;
  while (end < tokens.size() && end < last + 6 && tokens[end].word && tokens[end].capitalised() && joined(tokens[end])) {
    ++end;
    if (kBodySuffixes.contains(tokens[end - 1].stem)) return end;
  }
  // "NHS North East Essex": a primary care trust named by a region's words and a county.
  if (last < tokens.size() && joined(tokens[last]) && tokens[last].capitalised())
    if (const auto place = lexicon.match(tokens, last, What::place)) return place->last;
  return last;
}

// A body's name as found by rule, OCR's slips put right: digits in words
// ("Clinica1"), and "rn" for "m" where that gives a word of the reference
// bodies' names ("Cornrnissioning").
std::string repaired_body_name(const Lexicon& lexicon, const std::string& name) {
  // Words of organisations' names that the reference bodies may not hold.
  static const std::unordered_set<std::string> kCommonBodyWords = {
      "community", "commissioning", "management", "improvement", "government", "commission", "committee",
      "metropolitan", "family", "families", "primary", "programme", "communities", "municipal", "maternity"};
  auto body_word = [&](const std::string& word) {
    return lexicon.is_body_word(lower_ascii(word)) || kCommonBodyWords.contains(lower_ascii(word));
  };
  const std::string digits_repaired = ocr_repaired_text(name);
  std::string out;
  for (const auto word : parsing::split_words(digits_repaired)) {
    std::string fixed(word);
    if (fixed.find("rn") != std::string::npos && !body_word(fixed) && body_word(m_for_rn(fixed))) fixed = m_for_rn(fixed);
    // "Telford & Wrekin Council": a name is written with "and".
    if (fixed == "&") fixed = "and";
    if (fixed == ">") continue;  // a quoted reply's marker, where the name was wrapped
    out += (out.empty() ? "" : " ") + fixed;
  }
  return out;
}

void add_local_nhs_body(const Lexicon& lexicon, Draft& draft, size_t first, size_t end) {
  Found found;
  found.entity.kind = EntityKind::body;
  found.entity.name = repaired_body_name(lexicon, draft.span(first, end));
  found.entity.source = "rule: NHS and a place";
  found.entity.evidence = found.entity.name;
  found.key = name_key(found.entity.name);
  found.position = draft.tokens[first].begin;
  draft.bodies.push_back(std::move(found));
  draft.claim_body(first, end);
}

// A board every council has ("Local Safeguarding Children Board", "Children's
// Trust"): a body only with its council's place before it, named "Tameside
// Safeguarding Children Board" for "Tameside LSCB"; alone it is generic.
void add_council_board(const Lexicon& lexicon, const ReferenceData& data, Draft& draft, size_t first, size_t last,
                       int index) {
  const auto& tokens = draft.tokens;
  const size_t place = place_before(lexicon, tokens, first);
  if (place == first || !draft.free(place, first)) {
    // "the Area Child Protection Committee": every council's, named by none; not a name of its own.
    draft.claim_body(first, last);
    return;
  }
  std::string written = ocr_repaired_text(draft.span(first, last));
  // An acronym ("LSCB", "LSCB's"): its name, without "Local".
  const bool acronym = last - first == 1 && tokenize(tokens[first].text.substr(0, tokens[first].stem.size())).front().all_caps();
  if (acronym) {
    written = data.bodies[static_cast<size_t>(index)].name;
    if (written.starts_with("Local ")) written = written.substr(6);
  }
  Found found;
  found.entity.kind = EntityKind::body;
  found.entity.name = ocr_repaired_text(draft.span(place, first) + " " + written);
  found.entity.aliases = {draft.span(place, last)};
  // "West Berkshire Local Safeguarding Children Board" is the board its "West
  // Berkshire LSCB" names, read without "Local".
  if (const std::string local = "Local "; written.starts_with(local))
    found.entity.aliases.push_back(ocr_repaired_text(draft.span(place, first) + " " + written.substr(local.size())));
  found.entity.source = "rule: council's board";
  found.entity.evidence = draft.span(place, last);
  found.key = name_key(found.entity.name);
  found.position = tokens[place].begin;
  draft.bodies.push_back(std::move(found));
  draft.claim_body(place, last);
}

void find_rule_body(const Lexicon& lexicon, Draft& draft, size_t suffix) {
  const auto& tokens = draft.tokens;
  const size_t first = body_start(lexicon, draft, suffix);
  if (first == suffix) return;  // "the Council", "the Board": one already named
  // "the Improvement Board", "Children's Trust Board": generic, not a name.
  if (!has_specific_word(tokens, first, suffix)) return;
  if (std::all_of(draft.body_token.begin() + static_cast<long>(first), draft.body_token.begin() + static_cast<long>(suffix) + 1,
                  [](bool claimed) { return claimed; }))
    return;  // the data's name for it was already found
  // "Ofsted National Business Unit", "DfE Intervention Division": a part of a
  // body already named is that body ("NHS Rotherham CCG" is a body of its own).
  // (A party's organisation is a body at position 0 whose evidence is not
  // the text there.)
  // A board of a named body ("Sandwell Children's Trust Improvement Board") is a body of its own.
  if (draft.body_token[first] && tokens[first].text != "NHS" && tokens[suffix].stem != "board" &&
      std::any_of(draft.bodies.begin(), draft.bodies.end(), [&](const Found& body) {
        return body.reference >= 0 && body.position == tokens[first].begin &&
               draft.text.substr(body.position, body.entity.evidence.size()) == body.entity.evidence;
      }))
    return;
  // "the Dedicated Schools Grant": a thing named after its subject, not a body.
  static const std::unordered_set<std::string> kThingsNamed = {"grant", "grants", "fund", "funding", "programme",
                                                               "budget", "strategy", "bill", "award", "scheme"};
  if (const size_t next = suffix + 1; next < tokens.size() && joined(tokens[next]) && tokens[next].word &&
                                      tokens[next].capitalised() &&
                                      (kThingsNamed.contains(tokens[next].lower) || kNotInBodyNames.contains(tokens[next].stem)))
    return;
  // "the Families First Partnership programme": a programme's name, however its last word is written.
  if (const size_t next = suffix + 1; next < tokens.size() && joined(tokens[next]) &&
                                      (tokens[next].lower == "programme" || tokens[next].lower == "programmes"))
    return;
  // "Kirklees Children's Services": a council's department, not a body of its own.
  if (tokens[suffix].stem == "services" && tokens[suffix - 1].lower == "children's") return;
  // "the Fostering Service", "Children's Trusts Team", "Corporate Parenting
  // Panel", "Head of Paid Service": a unit or committee of a council or a
  // department. One is a body of its own only under a place's or the
  // nation's name ("Hackney Youth Offending Team", "National Probation Service"),
  // or as a fire and rescue service, a body of its own whatever its name
  // ("Royal Berkshire Fire and Rescue Service").
  static const std::unordered_set<std::string> kUnitSuffixes = {"service", "services", "team", "panel", "unit"};
  const bool fire_and_rescue = tokens[suffix - 1].lower == "rescue";
  if (kUnitSuffixes.contains(tokens[suffix].stem) && !lexicon.match(tokens, first, What::place) &&
      tokens[first].lower != "national" && tokens[first].lower != "metropolitan" && !fire_and_rescue)
    return;
  // "Northamptonshire Children's Services Commissioner": a job title.
  if (const size_t next = suffix + 1; next < tokens.size() && tokens[next].word && tokens[next].capitalised() &&
                                      joined(tokens[next]) && lexicon.is_role_word(tokens[next].stem) &&
                                      !kBodySuffixes.contains(tokens[next].stem))
    return;
  Found found;
  found.entity.kind = EntityKind::body;
  std::string name = draft.span(first, suffix + 1);
  if (tokens[suffix].stem != tokens[suffix].lower) name.resize(name.size() - (name.ends_with("'s") ? 2 : 4));
  found.entity.name = title_case(repaired_body_name(lexicon, name));
  found.key = name_key(tokens, first, suffix + 1);
  // Every integrated care board is "NHS <area> Integrated Care Board", however a letter shortens it.
  if (found.entity.name.ends_with(" Integrated Care Board") && !found.entity.name.starts_with("NHS ")) {
    found.entity.aliases.push_back(found.entity.name);
    found.entity.name = "NHS " + found.entity.name;
    found.key = name_key(found.entity.name);
  }
  found.entity.source = "rule: body suffix";
  found.entity.evidence = draft.span(first, suffix + 1);
  found.position = tokens[first].begin;
  draft.bodies.push_back(std::move(found));
  draft.claim_body(first, suffix + 1);
}

// "NHS" inside "Whittington Health NHS Trust" or "NHS Mid and South Essex
// Integrated Care Board": part of a body the rules name, not the NHS itself.
bool inside_longer_name(const std::vector<Token>& tokens, size_t first, size_t last) {
  if (last != first + 1 || tokens[first].text != "NHS") return false;
  const bool before = first > 0 && joined(tokens[first]) && tokens[first - 1].word && tokens[first - 1].capitalised();
  const bool after = last < tokens.size() && joined(tokens[last]) && tokens[last].word && tokens[last].capitalised();
  return before || after;
}

// "University of York", "University of the West of England".
void find_university(Draft& draft, size_t at) {
  const auto& tokens = draft.tokens;
  size_t end = at + 2;
  while (end < tokens.size() && joined(tokens[end]) && end < at + 8 &&
         ((tokens[end].word && tokens[end].capitalised()) || tokens[end].lower == "of" || tokens[end].lower == "the"))
    ++end;
  while (end > at + 2 && !tokens[end - 1].capitalised()) --end;
  if (end == at + 2) return;
  Found found;
  found.entity.kind = EntityKind::body;
  found.entity.name = draft.span(at, end);
  found.entity.source = "rule: university";
  found.entity.evidence = found.entity.name;
  found.key = name_key(tokens, at, end);
  found.position = tokens[at].begin;
  draft.bodies.push_back(std::move(found));
  draft.claim_body(at, end);
}

}  // namespace

Draft::Draft(std::string_view clean_text)
    : text(clean_text), tokens(tokenize(clean_text)), person_token(tokens.size()), body_token(tokens.size()) {}

bool Draft::free(size_t first, size_t last) const {
  for (size_t i = first; i < last && i < tokens.size(); ++i)
    if (person_token[i] || body_token[i]) return false;
  return true;
}

void Draft::claim_person(size_t first, size_t last) {
  for (size_t i = first; i < last && i < tokens.size(); ++i) person_token[i] = true;
}

void Draft::claim_body(size_t first, size_t last) {
  for (size_t i = first; i < last && i < tokens.size(); ++i) body_token[i] = true;
}

// "the Secretary of State" not followed by "for ...": the head of the
// department the letter deals with, resolved with the letter's date.
bool bare_secretary_of_state(const std::vector<Token>& tokens, size_t at) {
  if (at + 2 >= tokens.size() || tokens[at].text != "Secretary" || tokens[at + 1].lower != "of") return false;
  // "the Secretary of State's direction" too.
  const bool possessive = tokens[at + 2].text == "State's" || tokens[at + 2].text == "State\u2019s";
  if (tokens[at + 2].text != "State" && !possessive) return false;
  // "Dear Secretary of State" addresses the same person; "Copy: Secretary of
  // State's Private Office" at a list item's start names the office's.
  const bool article = at > 0 && (tokens[at - 1].lower == "the" || tokens[at - 1].lower == "dear");
  const bool item_start = at == 0 || tokens[at - 1].is(":") || tokens[at].gap == Gap::line || tokens[at].gap == Gap::paragraph;
  if (!article && !(possessive && item_start)) return false;
  return at + 3 >= tokens.size() || tokens[at + 3].lower != "for";
}

// "the Education Secretary": the Secretary of State of the education department.
bool education_secretary(const std::vector<Token>& tokens, size_t at) {
  return at + 1 < tokens.size() && tokens[at].text == "Education" && tokens[at + 1].text == "Secretary" &&
         (at + 2 >= tokens.size() || tokens[at + 2].lower != "of");
}

// "Parliamentary Under Secretary of State (Children and Families)": the
// brief in brackets, read as "... for Children and Families". Returns one
// past the closing bracket when it names an office, else `at`.
size_t bracketed_brief_office(const Lexicon& lexicon, Draft& draft, size_t at) {
  const auto& tokens = draft.tokens;
  if (tokens[at].text != "Parliamentary" && tokens[at].text != "Minister") return at;
  size_t open = at + 1;
  while (open < tokens.size() && open < at + 6 && !tokens[open].is("(")) ++open;
  if (open >= tokens.size() || !tokens[open].is("(") || tokens[open - 1].lower != "state") return at;
  size_t close = open + 1;
  while (close < tokens.size() && close < open + 12 && !tokens[close].is(")")) ++close;
  if (close >= tokens.size() || !tokens[close].is(")") || close == open + 1) return at;
  const std::string office = draft.span(at, open) + " for " + draft.span(open + 1, close);
  const auto office_tokens = tokenize(office);
  const auto match = lexicon.match(office_tokens, 0, What::office);
  if (!match || match->last != office_tokens.size()) return at;
  draft.offices.push_back({match->targets.front()->index, draft.span(at, close + 1), tokens[at].begin});
  return close + 1;
}

// "the Shadow Secretary of State", "the former Minister for Children", "the
// Deputy Prime Minister": not the holder of the office on the letter's date.
bool other_than_holder(const std::vector<Token>& tokens, size_t at) {
  static const std::unordered_set<std::string_view> kQualifiers{"shadow", "former", "deputy", "then",
                                                                "previous", "late", "ex"};
  return at > 0 && tokens[at - 1].word && kQualifiers.contains(tokens[at - 1].lower);
}

// An office written beside a person's name ("Tim Loughton, Minister for
// Children and Families", "the Minister for Children, Tim Loughton,"): it
// says what that person is, not that its holder on the date is meant.
bool in_apposition(const Draft& draft, size_t first, size_t last) {
  const auto& tokens = draft.tokens;
  size_t before = first;
  if (before > 0 && tokens[before - 1].lower == "the") --before;
  const bool name_before = before >= 2 && tokens[before - 1].is(",") && draft.person_token[before - 2] &&
                           tokens[before - 1].gap != Gap::paragraph;
  const bool name_after = last + 1 < tokens.size() && tokens[last].is(",") && draft.person_token[last + 1] &&
                          tokens[last + 1].gap != Gap::paragraph;
  return name_before || name_after;
}

void find_offices(const Lexicon& lexicon, Draft& draft) {
  for (size_t i = 0; i < draft.tokens.size(); ++i) {
    if (other_than_holder(draft.tokens, i)) {
      if (const auto match = lexicon.match(draft.tokens, i, What::office)) i = match->last - 1;
      continue;
    }
    if (bare_secretary_of_state(draft.tokens, i)) {
      draft.offices.push_back({OfficeMention::kSecretaryOfState, draft.span(i - 1, i + 3), draft.tokens[i].begin});
      i += 2;
      continue;
    }
    if (education_secretary(draft.tokens, i)) {
      draft.offices.push_back({OfficeMention::kSecretaryOfState, draft.span(i, i + 2), draft.tokens[i].begin});
      ++i;
      continue;
    }
    const auto match = lexicon.match(draft.tokens, i, What::office);
    if (!match) {
      if (const size_t end = bracketed_brief_office(lexicon, draft, i); end > i) i = end - 1;
      continue;
    }
    // "the Chancellor of the University", "the Chancellor of the Duchy of
    // Lancaster": a short form with more of a title after it names another office.
    if (match->last < draft.tokens.size() && draft.tokens[match->last].lower == "of" &&
        draft.tokens[match->last - 1].lower == "chancellor")
      continue;
    // "Tim Loughton, Minister for Children and Families": the office is the named person's.
    if (!in_apposition(draft, i, match->last))
      draft.offices.push_back({match->targets.front()->index, draft.span(i, match->last), draft.tokens[i].begin});
    // "Minister of State for School Standards" holds no body "State for School".
    draft.claim_body(i, match->last);
    i = match->last - 1;
  }
}

void find_bodies(const Lexicon& lexicon, const ReferenceData& data, Draft& draft) {
  const WrappedLinesJoined wrapped(draft);
  const auto& tokens = draft.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (draft.person_token[i]) continue;
    const auto match = lexicon.match(tokens, i, What::body);
    if (!match) continue;
    const int index = match->targets.front()->index;
    if (const size_t end = std::max(local_nhs_body_end(lexicon, tokens, i, match->last),
                                    nhs_body_after_region_end(lexicon, data, tokens, index, match->last));
        end > match->last) {
      add_local_nhs_body(lexicon, draft, i, end);
      i = end - 1;
      continue;
    }
    if (inside_longer_name(tokens, i, match->last)) {
      i = match->last - 1;
      continue;
    }
    if (data.bodies[static_cast<size_t>(index)].kind == kPerCouncilKind) {
      add_council_board(lexicon, data, draft, i, match->last, index);
    } else {
      draft.bodies.push_back(reference_body(data, index, draft.span(i, match->last), tokens[i].begin));
      draft.claim_body(i, match->last);
    }
    i = match->last - 1;
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    // "Oak Tree Children's Centre", "Medway Secure Training Centre": a centre that is a service of its own.
    const bool service_centre = tokens[i].stem == "centre" && i > 0 &&
                                (tokens[i - 1].lower == "children's" || tokens[i - 1].lower == "training" ||
                                 tokens[i - 1].lower == "family");
    if (!tokens[i].word || !tokens[i].capitalised() || !(kBodySuffixes.contains(tokens[i].stem) || service_centre) ||
        draft.person_token[i] || draft.body_token[i])
      continue;
    // "Multi-Agency", "Inter-Agency": a compound word, not a body's kind.
    if (tokens[i].gap == Gap::hyphen) continue;
    // "Epsom and St Helier University Hospitals NHS Trust": "University" in a longer name.
    if (tokens[i].stem == "university" && i + 1 < tokens.size() && joined(tokens[i + 1]) && tokens[i + 1].word &&
        tokens[i + 1].capitalised())
      continue;
    // "NHS Foundation Trust", "Partnership Board": the name ends at the last suffix.
    // "Partnership NHS Trust", "Partnership NHS Foundation Trust" too.
    size_t next = i + 1;
    while (next < tokens.size() && next < i + 3 && (tokens[next].text == "NHS" || tokens[next].text == "Foundation"))
      ++next;
    const bool another_follows = next < tokens.size() && joined(tokens[next]) && tokens[next].word &&
                                 tokens[next].capitalised() && kBodySuffixes.contains(tokens[next].stem) &&
                                 tokens[i].stem == tokens[i].lower;
    if (!another_follows) find_rule_body(lexicon, draft, i);
  }
  for (size_t i = 0; i + 2 < tokens.size(); ++i)
    if (tokens[i].text == "University" && tokens[i + 1].lower == "of" && draft.free(i, i + 3)) find_university(draft, i);
}

namespace {

// The byte ranges of a letter's postal addresses: each line with a postcode
// and the short lines of its block above it ("Sanctuary Buildings / Great
// Smith Street / London SW1P 3BT"). A place there is where a party sits, not
// what the letter is about: every DfE letter would otherwise be about London.
std::vector<std::pair<size_t, size_t>> address_ranges(std::string_view text) {
  constexpr size_t kLongestAddressLine = 70;
  constexpr int kMostLinesAbove = 5;
  std::vector<std::pair<size_t, size_t>> lines;  // every line's [begin, end)
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(begin, end);
    begin = end + 1;
  }
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto [begin, end] = lines[i];
    if (!parsing::contains_postcode(text.substr(begin, end - begin))) continue;
    size_t first = i;
    while (first > 0 && i - first < kMostLinesAbove) {
      const auto [above_begin, above_end] = lines[first - 1];
      const std::string_view above = parsing::trim(text.substr(above_begin, above_end - above_begin));
      if (above.empty() || above.size() > kLongestAddressLine || above.back() == '.') break;
      --first;
    }
    ranges.emplace_back(lines[first].first, end);
  }
  return ranges;
}

}  // namespace

void find_places(const Lexicon& lexicon, Draft& draft) {
  const auto& tokens = draft.tokens;
  const auto addresses = address_ranges(draft.text);
  const auto in_address = [&](size_t offset) {
    return std::any_of(addresses.begin(), addresses.end(),
                       [&](const auto& range) { return offset >= range.first && offset < range.second; });
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (draft.person_token[i] || in_address(tokens[i].begin)) continue;
    const auto match = lexicon.match(tokens, i, What::place);
    if (!match) continue;
    const PlaceEntry& place = lexicon.places()[static_cast<size_t>(match->targets.front()->index)];
    const bool in_body_name = draft.body_token[i];
    const bool after_preposition = i > 0 && kPlacePrepositions.contains(tokens[i - 1].lower);
    if (place.ambiguous && !in_body_name && !after_preposition) continue;
    // "Bath Road" is an address, not the place.
    if (match->last < tokens.size() && lexicon.is_street_word(tokens[match->last].stem)) continue;
    Found found;
    found.entity.kind = EntityKind::place;
    found.entity.name = place.name;
    found.entity.source = "reference";
    found.entity.evidence = draft.span(i, match->last);
    found.key = lower_ascii(place.name);
    found.position = tokens[i].begin;
    draft.places.push_back(std::move(found));
    i = match->last - 1;
  }
}

std::vector<Found> bodies_in(const Lexicon& lexicon, const ReferenceData& data, std::string_view text) {
  Draft draft(text);
  find_bodies(lexicon, data, draft);
  return std::move(draft.bodies);
}

}  // namespace letterbox::tagging
