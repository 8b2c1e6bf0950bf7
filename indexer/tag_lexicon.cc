#include "indexer/tag_lexicon.h"

#include <algorithm>

namespace letterbox::tagging {

namespace {

const char* const kHonorifics[] = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "professor", "prof", "sir",
                                   "dame", "lord", "baroness", "lady", "rt", "hon", "right", "honourable", "rev",
                                   "revd", "reverend", "detective", "superintendent", "sergeant", "constable",
                                   "acc", "dcc", "det", "supt", "insp", "dci", "dcs", "cmdr", "ch",
                                   "honour", "judge", "dsupt", "dinsp",  // "Her Honour Judge Ann Lee", "His Honour Judge Khan"
                                   "canon", "archdeacon", "rabbi", "imam", "father", "fr"};  // "the Reverend Canon A. Mbeki-Ross", "Father Declan Ryan"

// Words that begin or make up a job title: they end a name ("Andrew Carter
// Leader's Office") and start a role ("Tom Riordan - Chief Executive").
const char* const kRoleWords[] = {
    "leader", "chief", "executive", "director", "deputy", "assistant", "member", "chair", "chairman", "chairwoman",
    "chairperson", "minister", "secretary", "head", "headteacher", "manager", "officer", "commissioner", "inspector",
    "adviser", "advisor", "lead", "president", "managing", "principal", "clerk", "cabinet", "senior", "independent",
    "interim", "acting", "permanent", "regional", "strategic", "corporate", "programme", "divisional", "mayor",
    "councillor", "governor", "coordinator", "consultant", "parliamentary", "under", "shadow", "hmi", "vice",
    "portfolio", "service", "group", "policy", "project", "team", "her", "his", "hm", "lord", "council",
    "chancellor", "doctor", "nurse", "paediatrician", "psychologist", "psychiatrist", "therapist", "midwife",
    "teacher", "analyst", "auditor", "practitioner", "worker", "lawyer", "barrister"};

// Capitalised words that are never part of a person's name.
const char* const kNotNames[] = {
    "dear", "yours", "sincerely", "faithfully", "regards", "kind", "best", "wishes", "the", "a", "an", "i", "we",
    "our", "your", "re", "subject", "key", "stage", "improvement", "notice", "children's", "children", "services",
    "board", "department", "government", "office", "state", "national", "challenge", "education", "social", "care",
    "safeguarding", "local", "authority", "city", "county", "borough", "metropolitan", "district", "ofsted",
    "inspection", "report", "plan", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tel",
    "fax", "email", "e-mail", "www", "ps", "cc", "copy", "to", "from", "date", "meeting", "minutes", "present",
    "attending", "apologies", "agenda", "item", "action", "notes", "annex", "appendix", "page", "overall", "good",
    "outstanding", "adequate", "inadequate", "thank", "thanks", "please", "mp", "nhs", "uk", "england", "english",
    "british", "academy", "academies", "school", "schools", "trust", "panel", "partnership", "commission", "agency",
    "division", "unit", "directorate", "review", "young", "people", "families", "family", "health", "whilst",
    "since", "in", "on", "at", "for", "of", "and", "but", "with", "this", "that", "these", "it", "as", "if", "when",
    "following", "during", "after", "before", "all", "some", "many", "both", "each", "every", "further",
    "finally", "also", "however", "nevertheless", "indeed", "yet", "so", "there", "here", "my", "their", "its",
    "they", "he", "she", "you", "us", "new", "sanctuary", "buildings", "civic", "hall", "house", "street", "rm",
    "room", "floor", "london", "westminster", "signature", "signed", "handwritten", "enc", "encl", "ref", "our",
    "ministers", "officials", "parliament", "house", "commons", "lords", "act", "section", "framework",
    "assessment", "performance", "judgement", "judgment", "letter", "memo", "memorandum", "note", "summary",
    "police", "constabulary", "mbc", "cc", "mdc", "lb", "nhs", "name", "role", "organisation", "organization",
    // post-nominal letters end a name: "Malcolm Newsam CBE"
    "cbe", "obe", "mbe", "kbe", "dbe", "qc", "kc", "jp", "dl", "frsa", "phd", "mba", "ma", "bsc", "msc",
    // what programmes, inquiries and institutions are called: "Mark Scheme", "Bill Committee",
    // "the Victoria Climbie Inquiry"
    "committee", "scheme", "inquiry", "fund", "funding", "guidance", "strategy", "conference", "hub", "hubs",
    "award", "awards", "forum", "summit", "pilot", "pathfinder", "initiative", "regulations", "court", "courts",
    "tribunal", "hospital", "probation", "prison", "prisons", "institute", "university", "college", "centres",
    // a directorate's brief: "Children, Lifelong Learning and Families"
    "lifelong", "learning",
    // headings, e-mail header words and audiences: "Press Release", "Overall Effectiveness", "Sent:",
    // "All Children's Services Staff", "Placement Sufficiency"
    "press", "release", "effectiveness", "sent", "received", "staff", "sufficiency"};

const char* const kStreetWords[] = {"street", "road", "lane", "avenue", "way", "close", "drive", "square", "place",
                                    "court", "house", "hall", "buildings", "building", "centre", "center", "park",
                                    "gardens", "terrace", "crescent", "row", "quay", "wharf", "school", "academy",
                                    "college", "primary", "hospital", "surgery", "library", "church", "estate"};

template <size_t N>
std::unordered_set<std::string> word_set(const char* const (&words)[N]) {
  return {std::begin(words), std::end(words)};
}

// The words of a phrase as the trie keys them: the lower-case tokens.
std::vector<std::string> phrase_keys(const std::string& phrase) {
  std::vector<std::string> keys;
  for (const Token& token : tokenize(phrase)) keys.push_back(token.lower);
  return keys;
}

bool is_acronym(const std::string& alias) {
  if (alias.find(' ') != std::string::npos) return false;
  int capitals = 0;
  for (char c : alias)
    if (std::isupper(static_cast<unsigned char>(c))) ++capitals;
  return capitals >= 2;
}

// The shorter forms a ministerial office is written in: its prefixes that
// still name a brief ("Minister of State for Children"), the same with
// "Minister for" and without "Parliamentary"; each mapped to the canonical prefix.
std::vector<std::pair<std::string, std::string>> office_forms(const std::string& office) {
  std::vector<std::pair<std::string, std::string>> forms;
  const auto words = phrase_keys(office);
  const auto for_at = std::find(words.begin(), words.end(), "for");
  if (for_at == words.end()) return {{office, office}};
  std::vector<std::string> original;
  for (const Token& token : tokenize(office)) original.emplace_back(token.text);
  const size_t first_brief_word = static_cast<size_t>(for_at - words.begin()) + 1;
  for (size_t end = first_brief_word + 1; end <= original.size(); ++end) {
    // "Minister for the" names no brief ("the Minister for the Chair" is no office).
    if (original[end - 1] == "," || words[end - 1] == "and" || words[end - 1] == "the") continue;
    std::string canonical;
    for (size_t i = 0; i < end; ++i) canonical += (i && original[i] != "," ? " " : "") + original[i];
    forms.emplace_back(canonical, canonical);
    const std::string brief = canonical.substr(canonical.find(" for ") + 1);
    if (canonical.starts_with("Minister of State ")) forms.emplace_back("Minister " + brief, canonical);
    if (canonical.starts_with("Parliamentary ")) forms.emplace_back(canonical.substr(14), canonical);
  }
  return forms;
}

}  // namespace

Lexicon::Lexicon(const ReferenceData& data)
    : nodes_(1),
      honorifics_(word_set(kHonorifics)),
      role_words_(word_set(kRoleWords)),
      not_names_(word_set(kNotNames)),
      street_words_(word_set(kStreetWords)) {
  for (const char* word : kRoleWords) not_names_.insert(word);
  for (const auto& name : data.given_names) given_names_.insert(lower_ascii(name));
  for (size_t i = 0; i < data.people.size(); ++i) {
    const auto& person = data.people[i];
    std::vector<std::string> names{person.name};
    names.insert(names.end(), person.aliases.begin(), person.aliases.end());
    for (const auto& name : names) {
      add(name, {What::person, static_cast<int>(i), {}, true});
      const auto keys = phrase_keys(name);
      person_names_.emplace(name_key(name), static_cast<int>(i));
      const auto of = std::find(keys.begin(), keys.end(), "of");  // "Lord Hill of Oareford" -> hill
      const std::string surname = of != keys.begin() && of != keys.end() ? *(of - 1) : keys.back();
      auto& list = person_surnames_[surname];
      if (std::find(list.begin(), list.end(), static_cast<int>(i)) == list.end()) list.push_back(static_cast<int>(i));
    }
  }
  std::unordered_map<std::string, int> office_index;
  auto add_office_form = [&](const std::string& form, const std::string& canonical) {
    auto [it, added] = office_index.emplace(canonical, static_cast<int>(offices_.size()));
    if (added) offices_.push_back(canonical);
    add(form, {What::office, it->second, {}, false});
  };
  for (const auto& office : data.offices)
    for (const auto& [form, canonical] : office_forms(office.office)) add_office_form(form, canonical);
  // "Minister for Early Education" for a Parliamentary Under Secretary of
  // State's brief. Added last, so that where a Minister of State held the
  // same brief ("Minister for Children and Families" in 2011) that office is
  // read first; the brief's holder at any rank is the fallback on the date.
  for (const auto& office : data.offices)
    for (const auto& [form, canonical] : office_forms(office.office))
      if (form.starts_with("Parliamentary Under Secretary of State for "))
        add_office_form("Minister " + form.substr(form.find(" for ") + 1), canonical);
  // What letters call the children's and schools ministers, read as the
  // brief: whoever held an office for it on the letter's date.
  for (const auto& [form, brief] : std::vector<std::pair<std::string, std::string>>{
           {"Children's Minister", "Minister for Children"},
           {"Childrens Minister", "Minister for Children"},
           {"Children and Families Minister", "Minister for Children and Families"},
           {"Schools Minister", "Minister for Schools"},
           {"Home Secretary", "Secretary of State for the Home Department"},
           {"Lord Chancellor", "Lord Chancellor"},
           {"Justice Secretary", "Lord Chancellor and Secretary of State for Justice"},
           {"Health Secretary", "Secretary of State for Health"},
           {"Foreign Secretary", "Secretary of State for Foreign"},
           {"the Chancellor", "Chancellor of the Exchequer"}}) {
    auto [it, added] = office_index.emplace(brief, static_cast<int>(offices_.size()));
    if (added) offices_.push_back(brief);
    add(form, {What::office, it->second, {}, false});
  }
  for (size_t i = 0; i < data.bodies.size(); ++i) {
    const auto& body = data.bodies[i];
    std::vector<std::string> names{body.name};
    names.insert(names.end(), body.aliases.begin(), body.aliases.end());
    for (const auto& name : names) {
      for (const auto& key : phrase_keys(name)) body_words_.insert(key);
      // A one-word name needs its capital ("Reading", "Solace"); so do names of
      // ordinary words that prose also writes ("Adoption Counts", "Adopt South").
      const bool ordinary_words = body.kind == "regional adoption agency";
      Target target{What::body, static_cast<int>(i), {}, name.find(' ') == std::string::npos || ordinary_words};
      if (is_acronym(name))
        for (const Token& token : tokenize(name)) target.exact_words.emplace_back(token.text);
      add(name, std::move(target));
    }
    if (body.place.empty()) continue;
    const int place = static_cast<int>(places_.size());
    places_.push_back({body.place, body.ambiguous_place});
    add(body.place, {What::place, place, {}, true});
    for (const auto& alias : body.place_aliases) add(alias, {What::place, place, {}, true});
  }
  for (const auto& entry : data.places) {
    const int place = static_cast<int>(places_.size());
    places_.push_back({entry.name, false});
    add(entry.name, {What::place, place, {}, true});
    for (const auto& variant : entry.variants) add(variant, {What::place, place, {}, true});
  }
  for (const auto& place : places_)
    if (place.name.find(' ') == std::string::npos) place_words_.insert(lower_ascii(place.name));
  for (size_t i = 0; i < data.grades.size(); ++i) {
    add(data.grades[i].grade, {What::grade, static_cast<int>(i), {}, false});
    for (const auto& variant : data.grades[i].variants) {
      // "RI" for "requires improvement" only in capitals.
      Target target{What::grade, static_cast<int>(i), {}, false};
      if (is_acronym(variant)) target.exact_words.push_back(variant);
      add(variant, std::move(target));
    }
  }
}

void Lexicon::add(const std::string& phrase, Target target) {
  int node = 0;
  for (const auto& key : phrase_keys(phrase)) {
    auto found = nodes_[node].next.find(key);
    if (found == nodes_[node].next.end()) {
      nodes_.emplace_back();
      found = nodes_[node].next.emplace(key, static_cast<int>(nodes_.size() - 1)).first;
    }
    node = found->second;
  }
  if (node != 0) nodes_[node].targets.push_back(std::move(target));
}

bool Lexicon::accepts(const Target& target, const std::vector<Token>& tokens, size_t first, size_t last) const {
  if (target.needs_capital && !tokens[first].capitalised()) return false;
  if (target.exact_words.empty()) return true;
  if (target.exact_words.size() != last - first) return false;
  for (size_t i = first; i < last; ++i) {
    const std::string& want = target.exact_words[i - first];
    std::string upper = want;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string_view seen = tokens[i].text;
    if (tokens[i].stem != tokens[i].lower) seen = seen.substr(0, want.size());  // "DfE's"
    if (seen != want && seen != upper) return false;
  }
  return true;
}

std::optional<PhraseMatch> Lexicon::match(const std::vector<Token>& tokens, size_t at, What what) const {
  std::optional<PhraseMatch> best;
  int node = 0;
  for (size_t j = at; j < tokens.size(); ++j) {
    if (j > at && tokens[j].gap == Gap::paragraph) break;
    const auto& next = nodes_[node].next;
    auto found = next.find(tokens[j].lower);
    bool via_possessive = false;
    if (found == next.end() && tokens[j].stem != tokens[j].lower) {
      found = next.find(tokens[j].stem);
      via_possessive = true;
    }
    // OCR's "rn" for "m": "Tirnpson", "irnprovernent", tried only where the word as written is unknown.
    if (found == next.end() && tokens[j].word && tokens[j].stem.find("rn") != std::string::npos)
      found = next.find(m_for_rn(tokens[j].stem));
    // "Bath & North East Somerset Council", "Barking & Dagenham": "&" for "and".
    if (found == next.end() && tokens[j].is("&")) found = next.find("and");
    if (found == next.end()) break;
    node = found->second;
    PhraseMatch candidate{at, j + 1, {}};
    for (const Target& target : nodes_[node].targets)
      if (target.what == what && accepts(target, tokens, at, j + 1)) candidate.targets.push_back(&target);
    if (!candidate.targets.empty()) best = std::move(candidate);
    if (via_possessive) break;
  }
  return best;
}

int Lexicon::person_by_name(const std::string& lower_name) const {
  auto found = person_names_.find(lower_name);
  if (found == person_names_.end() && lower_name.find("rn") != std::string::npos)
    found = person_names_.find(m_for_rn(lower_name));  // "edward tirnpson"
  return found == person_names_.end() ? -1 : found->second;
}

std::vector<int> Lexicon::people_by_surname(const std::string& lower_surname) const {
  auto found = person_surnames_.find(lower_surname);
  if (found == person_surnames_.end() && lower_surname.find("rn") != std::string::npos)
    found = person_surnames_.find(m_for_rn(lower_surname));
  return found == person_surnames_.end() ? std::vector<int>{} : found->second;
}

}  // namespace letterbox::tagging
