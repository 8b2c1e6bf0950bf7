// Reading the people of a letter: names and their honorifics, address and
// signature blocks, and the cc and attendee lists.
#include "indexer/parse_parties.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "indexer/letter_text.h"

namespace letterbox::parsing {
namespace {

using Words = std::vector<std::string_view>;

// Words that name an office rather than a person.
const WordSet kRoleWords{"minister",   "secretary",   "director",   "chair",      "chairman",
                       "chairwoman", "chairperson", "chief",      "executive",  "leader",
                       "head",       "officer",     "manager",    "member",     "inspector",
                       "commissioner", "deputy",    "president",  "clerk",      "adviser",
                       "advisor",    "headteacher", "mayor",      "portfolio",  "cabinet",
                       "lead",       "governor",    "spokesperson", "coordinator", "co-ordinator",
                       "administrator", "solicitor", "treasurer", "assistant",  "principal",
                       "controller", "registrar",   "hmi",        "ceo",        "dcs",
                       "chancellor", "doctor", "nurse", "paediatrician", "psychologist", "psychiatrist",
                       "therapist", "midwife", "teacher", "analyst", "auditor", "practitioner", "worker",
                       "lawyer", "barrister", "taker"};

// Words that name a body; "services" is left out because "Director of
// Children's Services" names a department of a council, not the body.
const WordSet kOrganisationWords{
    "council",   "department", "board",      "authority",   "nhs",        "trust",
    "agency",    "ofsted",     "commission", "partnership", "association", "inspectorate",
    "ministry",  "committee",  "cc",         "mbc",         "dfe",        "dcsf",
    "dfes",      "lga",        "school",     "academy",     "college",    "university",
    "foundation", "institute", "government", "office",      "parliament", "commons",
    "police",    "constabulary"};

// Words that never belong to a name in a letter's blocks.
const WordSet kNotNameWords{
    "street",   "road",     "lane",      "avenue",  "square",  "buildings", "building",
    "floor",    "room",     "rm",        "quay",    "terrace", "gardens",   "crescent",
    "civic",    "centre",   "center",    "tower",   "sanctuary", "westminster", "london",  "house", "chambers",
    "dear",     "yours",    "the",       "of",      "for",     "and",       "to",
    "from",     "re",       "subject",   "date",    "tel",     "fax",       "email",
    "e-mail",   "www",      "page",      "minutes", "notes",   "meeting",   "report",
    "letter",   "improvement", "notice", "children", "city",   "county",    "borough",
    "district", "metropolitan", "national", "local", "review", "progress",  "update",
    "inspection", "services", "service", "regards", "sincerely", "faithfully", "wishes",
    "attending", "present", "apologies", "cc",      "copy",    "copied",    "with",
    "in",       "on",       "at",        "a",       "an",      "our",       "your",
    "ref",      "reference", "division", "team",    "unit",    "directorate", "group",
    "special",  "health",   "education", "families", "state",  "independent", "parliamentary",
    // A report's section headings ("FINANCIAL IMPLICATIONS", "NEXT STEPS"),
    // pronouns ("Her Majesty's Chief Inspector") and groups ("Young People",
    // "All Staff", "Partners").
    "summary",  "background", "recommendation", "recommendations", "implications", "financial", "next",
    "steps",    "purpose",  "conclusion", "conclusions", "appendix", "agenda", "her", "his", "majesty",
    "people",   "partners", "staff", "all",
    // a table's header row ("Judgement      Grade")
    "judgement", "judgment", "grade", "grades", "aspect",
    // a directorate's brief: "Education and Lifelong Learning"
    "lifelong", "learning",
    // a press release's heading, a report's graded heading ("OVERALL EFFECTIVENESS")
    "press", "release", "overall", "effectiveness"};

const WordSet kSuffixHonorifics{"mp", "obe", "cbe", "mbe", "dbe", "kbe", "cb", "qc", "kc", "jp", "mep", "msp",
                                "phd", "frs", "dl", "ma", "bsc", "hmi", "frsa", "bem", "mba", "msc", "llb", "fcipd",
                                "frcp", "frcpch", "frcpsych", "cqsw", "dsw", "dcl", "fba", "cvo", "lvo"};

struct Honorific {
  size_t words = 0;   // how many words it takes
  std::string text;   // as kept in Party::title
};

std::string without_dots(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.' && c != ',') out += c;
  }
  return out;
}

std::optional<Honorific> honorific_at(const Words& words, size_t i) {
  auto key = lower(without_dots(words[i]));
  auto next = i + 1 < words.size() ? lower(without_dots(words[i + 1])) : std::string{};
  if ((key == "rt" || key == "right") && (next == "hon" || next == "honourable")) {
    return Honorific{2, "Rt Hon"};
  }
  // "The Rt Hon ...", "The Lord Laming", "The Baroness Tyler", "The Reverend ...".
  if (key == "the" && (next == "rt" || next == "right" || next == "lord" || next == "baroness" || next == "lady" ||
                       next == "hon" || next == "rev" || next == "revd" || next == "reverend"))
    return Honorific{1, ""};
  // "Councillors A. Akinola, B. Cole": the plural title heads a list and titles its first name.
  if (key == "councillor" || key == "cllr" || key == "clr" || key == "councillors" || key == "cllrs")
    return Honorific{1, "Councillor"};
  // "County Councillor Jane Ellis": a county council's members are styled so.
  if (key == "county" && (next == "councillor" || next == "cllr")) return Honorific{2, "County Councillor"};
  // An elected mayor is addressed by office: "Mayor Rahul Begum".
  if (key == "mayor" && i + 1 < words.size() && !words[i + 1].empty() &&
      std::isupper(static_cast<unsigned char>(words[i + 1][0])))
    return Honorific{1, "Mayor"};
  // Police ranks: "Detective Superintendent Jane Ollerton".
  // "ACC Shabana Ridley", "Det Ch Supt Naz Ahmed-Collins", "D/Supt Nigel Trelawny".
  static const Words kRanks{"detective", "superintendent", "inspector", "sergeant", "constable", "dci",  "dcs",
                            "supt",      "acc",            "dcc",       "det",      "d/supt",    "insp", "cmdr",
                            "commander", "d/insp",         "ds",        "di",       "pc",       "dsupt",     "dinsp"};
  const bool chief_rank = (key == "chief" || key == "ch") &&
                          (next == "superintendent" || next == "supt" || next == "inspector" || next == "insp" ||
                           next == "constable");
  if (std::find(kRanks.begin(), kRanks.end(), key) != kRanks.end() || chief_rank)
    return Honorific{1, std::string(without_dots(words[i]))};
  static const Words kPlain{"mr",   "mrs",  "ms",    "miss",     "dr",       "sir",     "dame",
                            "lord", "lady", "baroness", "professor", "prof",  "rev",     "revd",
                            "reverend", "hon", "canon", "archdeacon", "rabbi", "imam", "father", "fr"};
  if (std::find(kPlain.begin(), kPlain.end(), key) != kPlain.end()) {
    std::string text = without_dots(words[i]);
    return Honorific{1, text};
  }
  return std::nullopt;
}

bool is_suffix_honorific(std::string_view word) {
  return kSuffixHonorifics.contains(lower(without_dots(word)));
}

bool has_vowel(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    return std::string_view("aeiouyAEIOUY").find(c) != std::string_view::npos;
  });
}

std::string_view without_trailing(std::string_view word, std::string_view chars) {
  while (!word.empty() && chars.find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  return word;
}

bool is_name_word(std::string_view raw) {
  auto word = without_trailing(raw, ",;:");
  if (word.empty()) return false;
  unsigned char first = static_cast<unsigned char>(word[0]);
  if (!(std::isupper(first) || first >= 0x80)) return false;
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(std::isalpha(u) || u >= 0x80 || c == '-' || c == '\'' || c == '.')) return false;
  }
  if (is_suffix_honorific(word)) return false;
  if (word.size() <= 2) return true;  // an initial such as "J."
  if (word_in(word, kRoleWords) || word_in(word, kOrganisationWords) || word_in(word, kNotNameWords)) {
    return false;
  }
  if (is_suffix_honorific(word)) return false;
  // Capitals without a vowel are initials or an OCR'd scribble ("LTP JLP").
  return !(is_all_caps(word) && !has_vowel(word));
}

// "de" in "Rachel de Souza", "van" in "Sanne van der Berg": lower-case
// words inside a name, never at its start or end.
bool is_name_particle(std::string_view word) {
  static const std::unordered_set<std::string_view> kParticles{"de", "da", "di", "du", "del", "della", "der", "den",
                                                               "van", "von", "la", "le", "bin", "ibn", "dos", "das",
      "ap", "ab", "ferch", "al", "el", "ter", "ten"};  // Welsh "ap Gwilym", Arabic "al", Dutch "ter"
  return kParticles.contains(word);
}

// "d'Arcy-Mensah", "O'Neill" written "o'Neill": an elided particle and a capital.
bool is_elided_name(std::string_view word) {
  word = without_trailing(word, ",;:");
  return word.size() > 3 && (word[0] == 'd' || word[0] == 'o') && word[1] == '\'' &&
         std::isupper(static_cast<unsigned char>(word[2]));
}

// Up to this many words are looked at for a name, so a huge line costs little.
constexpr size_t kNameWindow = 16;

Words leading_words(std::string_view line) {
  Words words;
  size_t pos = 0;
  while (pos < line.size() && words.size() < kNameWindow) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    size_t start = pos;
    while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t') ++pos;
    if (pos > start) words.push_back(line.substr(start, pos - start));
  }
  return words;
}

void append_word(std::string& to, std::string_view word) {
  if (word.empty()) return;
  if (!to.empty()) to += ' ';
  to += word;
}

std::string_view strip_leading_separators(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == '-' || s.front() == ':' ||
                        s.front() == ';' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  return s;
}

bool contains_word_from(std::string_view text, const WordSet& list, size_t limit = 40) {
  auto words = split_words(text.substr(0, std::min<size_t>(text.size(), 400)));
  for (size_t i = 0; i < words.size() && i < limit; ++i) {
    if (word_in(words[i], list)) return true;
  }
  return false;
}

std::string strip_article(std::string_view s) {
  s = strip_trailing_punctuation(s);
  if (starts_with_ci(s, "the ")) s.remove_prefix(4);
  return std::string(trim(s));
}

bool starts_upper(std::string_view s) {
  return !s.empty() && (std::isupper(static_cast<unsigned char>(s[0])) || static_cast<unsigned char>(s[0]) >= 0x80);
}

// A tail that names a body: starts with a capital (after "the") and has a
// body word. "the Council" alone names no body in particular.
std::optional<std::string> body_tail(std::string_view tail) {
  std::string body = strip_article(tail);
  if (count_words(body, 2) == 1 && word_in(body, kOrganisationWords)) return std::nullopt;
  if (starts_upper(body) && contains_word_from(body, kOrganisationWords)) return body;
  return std::nullopt;
}

// Whether a list chunk starts a new person (not a role or a body).
bool starts_person(std::string_view chunk) {
  auto head = split_name_line(chunk.substr(0, std::min<size_t>(chunk.size(), 160)));
  if (!head.title.empty() && !head.name.empty()) return true;
  return count_words(head.name) >= 2;
}

// "Jim Cole, Minister of State for Local Government and English Devolution":
// words after "and" that carry on a brief ("... for X and Y") rather than
// name a person, who would have a title or a role of their own.
bool continues_brief(std::string_view before, std::string_view after) {
  const size_t comma = before.rfind(", ");
  const std::string_view role = comma == std::string_view::npos ? before : before.substr(comma + 2);
  const bool brief = contains_word_from(role, kRoleWords) && find_ci(role, " for ") != std::string_view::npos;
  const bool own_role = after.find(',') != std::string_view::npos || after.find(" - ") != std::string_view::npos ||
                        after.find('(') != std::string_view::npos;
  return brief && !own_role && split_name_line(after).title.empty();
}

// "A - Role and B - Role": splits before "and" where a person follows.
std::vector<std::string_view> split_and(std::string_view chunk) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  size_t pos = 0;
  while ((pos = find_ci(chunk, " and ", pos)) != std::string_view::npos) {
    auto after = chunk.substr(pos + 5);
    // "... and to Keith Burton"
    size_t skip = starts_with_ci(after, "to ") ? 3 : 0;
    if (starts_person(after.substr(skip)) && (skip > 0 || !continues_brief(chunk.substr(start, pos - start), after))) {
      parts.push_back(trim(chunk.substr(start, pos - start)));
      start = pos + 5 + skip;
    }
    pos += 5;
  }
  parts.push_back(trim(chunk.substr(start)));
  return parts;
}

void set_role(Party& party, std::string_view text) {
  auto role = strip_article(text);
  if (role.empty()) return;
  bool body_only = contains_word_from(role, kOrganisationWords) && !contains_word_from(role, kRoleWords);
  if (body_only) {
    if (party.organisation.empty()) party.organisation = strip_article(role);
    return;
  }
  if (party.role.empty()) party.role = role;
  if (party.organisation.empty()) party.organisation = organisation_in(role);
}

std::string bullet_free(std::string_view item) {
  item = trim(item);
  if (item.starts_with("\xe2\x80\xa2")) item.remove_prefix(3);  // "•"
  if (item.starts_with("- ") || item.starts_with("* ")) item.remove_prefix(2);
  return std::string(strip_trailing_punctuation(item));
}

}  // namespace

std::string proper_case(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool start = true;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    unsigned char u = static_cast<unsigned char>(c);
    out += start ? static_cast<char>(std::toupper(u)) : static_cast<char>(std::tolower(u));
    start = !std::isalpha(u) && u < 0x80;
    // "CHILDREN'S": a possessive "s", not a name's second capital ("O'NEILL").
    const bool possessive = c == '\'' && i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S') &&
                            (i + 2 == name.size() || !std::isalpha(static_cast<unsigned char>(name[i + 2])));
    if (possessive) start = false;
    // "McCarthy": a capital after "Mc" at a word's start.
    bool mc = out.size() >= 2 && out.ends_with("Mc") && (out.size() == 2 || out[out.size() - 3] == ' ');
    if (mc && i + 2 < name.size() && std::isalpha(static_cast<unsigned char>(name[i + 2]))) start = true;
  }
  return out;
}

// A peer's title is part of the name: "Baroness Morgan of Drefelin",
// "Lord Nash" (a surname alone would name nobody).
void keep_peerage(NameLine& result) {
  if (result.name.empty()) return;
  // The peer's title is the last honorific before the name; post-nominals
  // ("Lord Agnew of Oulton DL") come after it in the title.
  const auto titles = split_words(result.title);
  size_t peer = titles.size();
  for (size_t i = 0; i < titles.size(); ++i) {
    const std::string key = lower(titles[i]);
    if (key == "lord" || key == "baroness" || key == "lady") peer = i;
  }
  if (peer == titles.size()) return;
  if (const size_t of = result.name.find(" Of "); of != std::string::npos) result.name.replace(of, 4, " of ");
  if (const size_t of = result.name.find(" OF "); of != std::string::npos) result.name.replace(of, 4, " of ");
  const std::string peer_title(titles[peer]);
  result.name = (is_all_caps(peer_title) ? proper_case(peer_title) : peer_title) + " " + result.name;
  std::string rest;
  for (size_t i = 0; i < titles.size(); ++i)
    if (i != peer) append_word(rest, titles[i]);
  result.title = rest;
}

NameLine split_name_line(std::string_view line) {
  line = trim(line);
  NameLine result;
  auto words = leading_words(line);
  size_t i = 0;
  while (i < words.size()) {
    auto honorific = honorific_at(words, i);
    if (!honorific) break;
    append_word(result.title, honorific->text);
    i += honorific->words;
  }
  std::string name;
  size_t name_words = 0;
  auto continues_name = [&](size_t at) {
    if (is_name_word(words[at]) || (name_words > 0 && is_elided_name(words[at]))) return true;
    return name_words > 0 && at + 1 < words.size() && is_name_particle(words[at]) &&
           (is_name_word(words[at + 1]) || is_name_particle(words[at + 1]));
  };
  // Up to four words of a name, not counting particles ("Mary Anne de la Cruz").
  while (i < words.size() && name_words < 4 && continues_name(i)) {
    append_word(name, without_trailing(words[i], ",;:"));
    if (!is_name_particle(without_trailing(words[i], ",;:"))) ++name_words;
    bool ends_name = words[i].back() == ',' || words[i].back() == ';' || words[i].back() == ':';
    ++i;
    if (ends_name) break;
  }
  // "Lord Agnew of Oulton", "BARONESS MORGAN OF DREFELIN": a peer's territorial designation.
  const std::string last_title = lower(result.title.substr(result.title.rfind(' ') == std::string::npos ? 0 : result.title.rfind(' ') + 1));
  const bool peer = last_title == "lord" || last_title == "baroness" || last_title == "lady";
  if (peer && name_words > 0 && i + 1 < words.size() && lower(words[i]) == "of" && !name.ends_with(',') &&
      is_name_word(words[i + 1])) {
    append_word(name, words[i]);
    append_word(name, without_trailing(words[i + 1], ",;:"));
    i += 2;
  }
  std::string suffixes;
  while (i < words.size() && name_words > 0 && is_suffix_honorific(words[i])) {
    append_word(suffixes, without_dots(words[i]));
    ++i;
  }
  // "J. Smith (Mrs)": a title in brackets after the name.
  if (i < words.size() && name_words > 0) {
    const auto word = without_trailing(words[i], ",;:");
    static const std::unordered_set<std::string_view> kBracketed{"(mrs)", "(ms)", "(miss)", "(mr)", "(dr)"};
    if (kBracketed.contains(lower(word))) {
      append_word(suffixes, word.substr(1, word.size() - 2));
      ++i;
    }
  }
  append_word(result.title, suffixes);
  result.name = is_all_caps(name) ? proper_case(name) : name;
  keep_peerage(result);
  if (i < words.size()) {
    size_t rest_start = static_cast<size_t>(words[i].data() - line.data());
    result.rest = std::string(strip_leading_separators(line.substr(rest_start)));
  }
  return result;
}

bool is_name_line(std::string_view line) {
  line = strip_trailing_punctuation(line);
  if (line.empty() || line.size() > 80 || has_digit(line) || count_words(line, 9) > 8) return false;
  auto parts = split_name_line(line);
  if (!parts.rest.empty() || parts.name.empty()) return false;
  return count_words(parts.name) >= 2 || !parts.title.empty();
}

bool is_role_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 200 || contains_postcode(line)) return false;
  if (starts_with_ci(line, "dear ") || starts_with_ci(line, "yours") || starts_with_ci(line, "i ")) return false;
  return contains_word_from(line, kRoleWords);
}

bool is_organisation_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 120 || has_digit(line) || !starts_upper(line)) return false;
  // "London Borough of Hounslow", "Royal Borough of Greenwich": a council by its style.
  const bool borough_of = starts_with_ci(line, "london borough of ") || starts_with_ci(line, "royal borough of ");
  return borough_of || contains_word_from(line, kOrganisationWords);
}

bool is_signature_description(std::string_view line) {
  line = trim(line);
  auto key = lower(line.substr(0, std::min<size_t>(line.size(), 400)));
  if (key.starts_with("[sign") || key.starts_with("(sign") || key.starts_with("signed") ||
      key.starts_with("[illegible") || key.starts_with("[scribble")) {
    return true;
  }
  return key.find("signature") != std::string::npos && count_words(line, 4) >= 3;
}

std::string organisation_in(std::string_view role) {
  role = strip_trailing_punctuation(role);
  if (role.empty() || role.size() > 300) return "";
  for (std::string_view separator : {" - ", ": ", ", "}) {
    size_t at = role.find(separator);
    if (at == std::string_view::npos) continue;
    if (auto body = body_tail(role.substr(at + separator.size()))) return *body;
  }
  for (std::string_view connector : {" of ", " for ", " at ", " to "}) {
    size_t at = 0;
    while ((at = find_ci(role, connector, at)) != std::string_view::npos) {
      at += connector.size();
      // "Minister of State for School Standards": "State" is the office's, not a body's.
      if (starts_with_ci(role.substr(at), "state ")) continue;
      if (auto body = body_tail(role.substr(at))) return *body;
    }
  }
  if (is_organisation_line(role) && !contains_word_from(role, kRoleWords)) return strip_article(role);
  return "";
}

Party parse_address_block(const std::vector<std::string_view>& lines) {
  Party party;
  if (lines.empty()) return party;
  auto head = split_name_line(lines.front());
  party.name = head.name;
  party.title = head.title;
  std::vector<std::string> rest;
  if (!head.rest.empty()) rest.push_back(head.rest);
  for (size_t i = 1; i < lines.size(); ++i) rest.emplace_back(strip_trailing_punctuation(lines[i]));
  bool one_line = lines.size() == 1;
  std::vector<std::string> address;
  for (const auto& line : rest) {
    if (line.empty()) continue;
    bool continues_role = !party.role.empty() && party.organisation.empty() && address.empty() &&
                          count_words(line, 3) == 1 && word_in(line, kOrganisationWords);
    if (continues_role) {
      // OCR broke "Leader of Leeds City Council" before its last word.
      party.role += " " + line;
      party.organisation = organisation_in(party.role);
    } else if (one_line || contains_postcode(line)) {
      address.push_back(line);
    } else if (party.role.empty() && is_role_line(line)) {
      party.role = line;
      if (party.organisation.empty()) party.organisation = organisation_in(line);
    } else if (party.organisation.empty() && is_organisation_line(line) &&
               !contains_word_from(line, kNotNameWords)) {
      party.organisation = strip_article(line);
    } else if (party.organisation.empty() && is_organisation_line(line) && address.empty()) {
      party.organisation = strip_article(line);
    } else {
      address.push_back(line);
    }
  }
  if (party.organisation.empty()) party.organisation = organisation_in(party.role);
  for (const auto& line : address) {
    if (!party.address.empty()) party.address += ", ";
    party.address += line;
  }
  return party;
}

// "OB", "RMA", "WLT": a person's initials as minutes write them.
bool is_initials(std::string_view text) {
  return text.size() >= 2 && text.size() <= 4 && is_all_caps(text) &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

Party parse_list_person(std::string_view item) {
  std::string text = bullet_free(item);
  std::string_view view = text;
  Party party;
  std::string paren;
  size_t open = view.find('(');
  size_t close = open == std::string_view::npos ? open : view.find(')', open);
  std::string outer(view);
  std::string after_initials;
  if (close != std::string_view::npos) {
    paren = std::string(trim(view.substr(open + 1, close - open - 1)));
    outer = std::string(trim(view.substr(0, open))) + std::string(view.substr(close + 1));
    // "Olumide Bakare (OB) Newcastle University": the initials minutes use
    // for someone close the name; what follows is the next column.
    if (is_initials(paren) && !trim(view.substr(close + 1)).empty()) {
      after_initials = std::string(trim(view.substr(close + 1)));
      after_initials = std::string(trim(after_initials.substr(0, after_initials.find(" ("))));  // "(item 4)"
      outer = std::string(trim(view.substr(0, open)));
      paren.clear();
    }
  }
  std::string_view person = trim(outer);
  std::string_view role = after_initials;
  if (size_t dash = person.find(" - "); dash != std::string_view::npos) {
    role = person.substr(dash + 3);
    person = person.substr(0, dash);
  } else if (person.ends_with(" -")) {
    person.remove_suffix(2);
  } else if (size_t comma = person.find(", "); comma != std::string_view::npos) {
    role = person.substr(comma + 2);
    person = person.substr(0, comma);
  }
  auto name = split_name_line(person);
  party.name = name.name;
  party.title = name.title;
  if (!name.rest.empty()) set_role(party, name.rest);
  if (!role.empty()) set_role(party, role);
  if (!paren.empty()) {
    if (contains_word_from(paren, kRoleWords)) {
      set_role(party, paren);
    } else if (party.organisation.empty()) {
      party.organisation = paren;
    }
  }
  return party;
}

std::vector<std::string_view> split_list(std::string_view text) {
  std::vector<std::string_view> items;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if ((c == ',' || c == ';') && depth == 0) {
      items.push_back(trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  items.push_back(trim(text.substr(start)));
  return items;
}

// "West Berkshire LSCB", "Leeds CCG": a place's name and a body's initials
// (not post-nominals such as "OBE").
bool ends_with_acronym(std::string_view chunk) {
  const auto words = split_words(chunk);
  if (words.size() < 2 || !split_name_line(chunk).title.empty()) return false;
  const auto last = without_trailing(words.back(), ".,;");
  return last.size() >= 3 && is_all_caps(last) && !is_suffix_honorific(last) &&
         std::all_of(last.begin(), last.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

std::vector<Party> parse_cc_list(std::string_view raw) {
  // "cc  A, Chief Executive  |  B, Director": bars separate the people too.
  std::string text(raw);
  for (size_t bar = text.find('|'); bar != std::string::npos; bar = text.find('|', bar + 1)) text[bar] = ';';
  std::vector<Party> parties;
  for (auto item : split_list(text)) {
    // "Director for Children, Young People and Families": the comma is inside the role.
    const bool role_goes_on = starts_with_ci(trim(item), "young people") || starts_with_ci(trim(item), "schools and families");
    if (role_goes_on && !parties.empty() && !parties.back().role.empty()) {
      parties.back().role += ", " + std::string(strip_trailing_punctuation(trim(item)));
      continue;
    }
    for (auto chunk : split_and(item)) {
      // "..., and the Department for Education": a body of its own.
      bool separate = starts_with_ci(chunk, "and ") || starts_with_ci(chunk, "the ");
      if (starts_with_ci(chunk, "and ")) chunk.remove_prefix(4);
      chunk = strip_trailing_punctuation(chunk);
      if (chunk.empty()) continue;
      // "West Midlands Police", "GOWM": a body, though its words look like a name.
      const bool body = (is_organisation_line(chunk) && !is_role_line(chunk) && chunk.find('(') == std::string_view::npos &&
                         chunk.find(" - ") == std::string_view::npos && split_name_line(chunk).title.empty()) ||
                        (count_words(chunk, 2) == 1 && is_all_caps(chunk)) || ends_with_acronym(chunk);
      if (body) {
        if (parties.empty() || separate || !parties.back().organisation.empty()) parties.emplace_back();
        parties.back().organisation = strip_article(chunk);
      } else if (starts_person(chunk)) {
        parties.push_back(parse_list_person(chunk));
      } else if (contains_word_from(chunk, kRoleWords)) {
        if (parties.empty() || !parties.back().role.empty()) parties.emplace_back();
        set_role(parties.back(), chunk);
      } else if (contains_word_from(chunk, kOrganisationWords)) {
        if (parties.empty() || separate || !parties.back().organisation.empty()) parties.emplace_back();
        parties.back().organisation = strip_article(chunk);
      } else if (count_words(chunk, 6) <= 4 && (is_name_line(chunk) || count_words(chunk, 2) == 1)) {
        parties.push_back(parse_list_person(chunk));
      } else if (count_words(chunk, 6) <= 4 && !chunk.empty() && std::isupper(static_cast<unsigned char>(chunk[0]))) {
        // "Worcestershire Children First": a body without a body's word.
        if (parties.empty() || separate || !parties.back().organisation.empty()) parties.emplace_back();
        parties.back().organisation = strip_article(chunk);
      }
    }
  }
  std::erase_if(parties, [](const Party& p) { return p.name.empty() && p.role.empty() && p.organisation.empty(); });
  return parties;
}

// "Name, Director of Children and Young People's Services": the words after
// the last "and" carry on a role rather than start another "Name - Role".
bool role_runs_past_and(std::string_view item) {
  const size_t comma = item.find(", ");
  const size_t last_and = item.rfind(" and ");
  if (comma == std::string_view::npos || last_and == std::string_view::npos || last_and < comma) return false;
  const std::string_view rest = item.substr(last_and + 5);
  return rest.find(" - ") == std::string_view::npos && rest.find(", ") == std::string_view::npos;
}

namespace {

// Cells of a row of aligned columns (tabs or runs of three spaces), or the
// whole item when it has none.
std::vector<std::string_view> columns_of(std::string_view item) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (start < item.size()) {
    size_t tab = item.find('\t', start);
    size_t spaces = item.find("   ", start);
    size_t cut = std::min(tab, spaces);
    auto cell = trim(item.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start));
    if (!cell.empty()) cells.push_back(cell);
    if (cut == std::string_view::npos) break;
    start = cut + 1;
  }
  return cells;
}

std::string_view without_parenthesis(std::string_view cell) {
  const size_t open = cell.find(" (");
  return open == std::string_view::npos ? cell : trim(cell.substr(0, open));
}

// "Irene Lucas-Mbatha <TAB> Sunderland City Council <TAB> Chief Executive":
// the name, then its organisation and role in the other cells. A header row
// ("Name   Organisation   Role") is no one.
std::optional<Party> table_row_person(std::string_view item) {
  const auto cells = columns_of(item);
  if (cells.size() < 2) return std::nullopt;
  Party party;
  if (equals_ci(cells[0], "name")) return party;
  party = parse_list_person(cells[0]);
  for (size_t i = 1; i < cells.size(); ++i) {
    const auto cell = without_parenthesis(cells[i]);
    if (party.organisation.empty() && is_organisation_line(cell) && !is_role_line(cell)) {
      party.organisation = std::string(cell);
    } else if (party.role.empty() && is_role_line(cell)) {
      party.role = std::string(cell);
    }
  }
  return party;
}

// "Councillors A. Akinola, J. Brophy and D. Sale": a plural title over a
// list of names, each a councillor.
bool starts_plural_title(std::string_view item) {
  return starts_with_ci(trim(item), "councillors ") || starts_with_ci(trim(item), "cllrs ");
}

std::vector<Party> councillors_listed(std::string_view item) {
  item = trim(item);
  item.remove_prefix(item.find(' ') + 1);
  std::vector<Party> parties;
  for (auto entry : split_list(item))
    for (auto chunk : split_and(entry)) {
      if (starts_with_ci(chunk, "and ")) chunk.remove_prefix(4);
      Party party = parse_list_person(chunk);
      if (party.name.empty()) continue;
      if (party.title.empty()) party.title = "Councillor";
      parties.push_back(std::move(party));
    }
  return parties;
}

}  // namespace

std::vector<Party> parse_attendee_items(const std::vector<std::string_view>& items) {
  std::vector<Party> parties;
  for (auto item : items) {
    if (starts_plural_title(item)) {
      for (auto& party : councillors_listed(item)) parties.push_back(std::move(party));
      continue;
    }
    if (auto row = table_row_person(item)) {
      if (!row->name.empty()) parties.push_back(std::move(*row));
      continue;
    }
    // "Chris Platt, Director of Children and Young People's Services" is one
    // person; only a list without roles is split at "and".
    for (auto chunk : role_runs_past_and(item) ? std::vector<std::string_view>{item} : split_and(item)) {
      if (starts_with_ci(chunk, "and ")) chunk.remove_prefix(4);
      auto party = parse_list_person(chunk);
      if (!party.name.empty()) parties.push_back(std::move(party));
    }
  }
  return parties;
}

}  // namespace letterbox::parsing
