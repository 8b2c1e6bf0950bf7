// Parsing a letter's structure: clean text -> Letter.
//
// The text is read as lines. The salutation ("Dear ...") and the sign-off
// ("Yours sincerely") cut it into header, body and foot; the header holds
// the letterhead, the recipient's address block and the dateline, the foot
// the signature block. Every step looks at each line a bounded number of
// times, so the parse stays linear on huge or odd input.
#include "indexer/parse_letter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>

#include "indexer/letter_text.h"
#include "indexer/parse_date.h"
#include "indexer/parse_parties.h"

namespace letterbox {
namespace {

using parsing::Line;
using Lines = std::vector<Line>;
using parsing::count_words;
using parsing::equals_ci;
using parsing::find_ci;
using parsing::lower;
using parsing::starts_with_ci;
using parsing::strip_trailing_punctuation;
using parsing::trim;

constexpr size_t kNone = static_cast<size_t>(-1);
// Lines longer than this are paragraphs, never headings, names or datelines.
constexpr size_t kShortLine = 200;

bool is_short(const Line& line) { return line.text.size() <= kShortLine; }

size_t next_non_blank(const Lines& lines, size_t from, size_t until) {
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    if (!lines[i].blank()) return i;
  }
  return kNone;
}

// ---------------------------------------------------------------- e-mail

struct EmailHeaders {
  std::map<std::string, std::string> fields;  // lower-case key -> value
  size_t end = 0;                             // first line after the headers
  bool is_email() const {
    return fields.contains("from") &&
           (fields.contains("to") || fields.contains("sent") || fields.contains("subject"));
  }
};

std::optional<std::pair<std::string, std::string>> header_field(const Line& line) {
  static constexpr std::array<std::string_view, 9> kKeys{"from", "to",  "cc",         "bcc",        "subject",
                                                         "sent", "date", "importance", "attachments"};
  size_t colon = line.text.find(':');
  if (colon == std::string::npos || colon > 12) return std::nullopt;
  auto key = lower(trim(std::string_view(line.text).substr(0, colon)));
  if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) return std::nullopt;
  return std::pair{key, std::string(trim(std::string_view(line.text).substr(colon + 1)))};
}

// How far a line's text stands in from the start of its line.
size_t indent_of(const Line& line) {
  const size_t raw = line.end - line.offset;
  return raw > line.text.size() ? raw - line.text.size() : 0;
}

// "From:", "To:", "Subject:" ... lines at the top of the text.
EmailHeaders read_email_headers(const Lines& lines) {
  EmailHeaders headers;
  size_t i = next_non_blank(lines, 0, lines.size());
  std::string* last_value = nullptr;
  for (; i != kNone && i < lines.size() && !lines[i].blank(); ++i) {
    auto field = header_field(lines[i]);
    // "Cc: A, B; C, D;\n    E, F": an indented line goes on with the field above (a folded header).
    if (!field && last_value && indent_of(lines[i]) > 0) {
      *last_value += " " + std::string(trim(lines[i].text));
      headers.end = i + 1;
      continue;
    }
    if (!field) break;
    last_value = &headers.fields.emplace(field->first, field->second).first->second;
    headers.end = i + 1;
  }
  return headers;
}

// "'Jane Smith'" and "\"Jane Smith\"" as Outlook quotes them.
std::string unquoted(std::string_view text) {
  std::string name(text);
  std::erase(name, '"');
  if (name.size() >= 2 && name.front() == '\'' && name.back() == '\'') name = name.substr(1, name.size() - 2);
  return name;
}

bool is_single_word(std::string_view text) {
  text = trim(text);
  return !text.empty() && text.find(' ') == std::string_view::npos && text.find('@') == std::string_view::npos &&
         std::isupper(static_cast<unsigned char>(text.front()));
}

// "Li Wei", "Mary Anne": one or two capitalised forenames after Outlook's "Surname, ".
bool is_forenames(std::string_view text) {
  const auto words = parsing::split_words(trim(text));
  return !words.empty() && words.size() <= 2 &&
         std::all_of(words.begin(), words.end(), [](std::string_view word) { return is_single_word(word); });
}

// Outlook's "Okafor, Nnamdi" -> "Nnamdi Okafor".
std::string surname_first_flipped(const std::string& name) {
  const size_t comma = name.find(',');
  if (comma == std::string::npos || name.find(',', comma + 1) != std::string::npos) return name;
  auto surname = trim(std::string_view(name).substr(0, comma));
  auto forename = trim(std::string_view(name).substr(comma + 1));
  // "St Clair-Baptiste, Yvonne", "Van der Berg, Anna": a surname with its particle.
  static constexpr std::array<std::string_view, 12> kParticles{"St", "St.", "Van", "Von", "De", "Du", "Da", "Di",
                                                               "Le", "La", "Mac", "Ap"};
  const auto surname_words = parsing::split_words(surname);
  const bool particle_surname =
      surname_words.size() >= 2 && surname_words.size() <= 3 &&
      std::find(kParticles.begin(), kParticles.end(), surname_words.front()) != kParticles.end() &&
      std::isupper(static_cast<unsigned char>(surname_words.back().front()));
  if (!(is_single_word(surname) || particle_surname) || forename.empty() || count_words(forename, 3) > 2) return name;
  if (!std::isupper(static_cast<unsigned char>(forename.front()))) return name;
  return std::string(forename) + " " + std::string(surname);
}

// "PS Beverley Hughes", "PS to Beverley Hughes": a private secretary's
// mailbox stands for the minister.
std::string without_mailbox_prefix(const std::string& name) {
  for (std::string_view prefix : {"PS to ", "PS/", "PS "}) {
    if (name.size() > prefix.size() + 3 && name.starts_with(prefix)) return std::string(trim(name.substr(prefix.size())));
  }
  return name;
}

bool is_team_mailbox(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kTeamWords{"team",  "unit",     "mailbox",        "inbox",
                                                              "group", "division", "correspondence", "office"};
  const auto words = parsing::split_words(name);
  if (words.size() < 2) return false;
  const std::string last = lower(words.back());
  // "Childrens Services DMT", "Corporate SLT": a management team by its initials.
  const bool team_initials = words.back().size() >= 2 && words.back().size() <= 4 && parsing::is_all_caps(words.back()) &&
                             last.back() == 't';
  return team_initials || std::find(kTeamWords.begin(), kTeamWords.end(), last) != kTeamWords.end();
}

// "All Members", "Chief Officers", "Lead Member Office": a group of people
// or an office, written as a mailbox's name.
bool is_group_mailbox(std::string_view name) {
  static constexpr std::array<std::string_view, 20> kGroupWords{
      "all",      "members",   "member", "officers", "officer", "chief",  "staff",     "colleagues", "councillors",
      "lead",     "office",    "cabinet", "directors", "managers", "heads", "everyone", "group",     "leadership",
      "senior",   "executive"};
  auto words = parsing::split_words(name);
  // "CYP All Staff", "HR Managers": a department's initials before the group.
  if (words.size() >= 2 && words.front().size() <= 4 && parsing::is_all_caps(words.front())) words.erase(words.begin());
  if (words.empty()) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return std::find(kGroupWords.begin(), kGroupWords.end(), lower(word)) != kGroupWords.end();
  });
}

// "Jane Smith <jane.smith@ofsted.gov.uk>", "jane.smith@ofsted.gov.uk".
Party email_party(std::string_view text) {
  text = trim(text);
  std::string address;
  // Outlook's quoted headers: "Jane Smith [mailto:jane.smith@ofsted.gov.uk]".
  if (const size_t mailto = text.find("[mailto:"); mailto != std::string_view::npos) {
    const size_t close = text.find(']', mailto);
    address = std::string(text.substr(mailto + 8, close == std::string_view::npos ? close : close - mailto - 8));
    text = trim(text.substr(0, mailto));
  }
  size_t open = text.find('<');
  if (open != std::string_view::npos) {
    size_t close = text.find('>', open);
    address = std::string(text.substr(open + 1, close == std::string_view::npos ? close : close - open - 1));
    text = trim(text.substr(0, open));
  }
  std::string name(unquoted(trim(text)));
  // "Jane Smith on behalf of Intervention Team": the person who sent it.
  if (const size_t behalf = parsing::find_ci(name, " on behalf of "); behalf != std::string::npos) name.resize(behalf);
  // "Jaswinder Gill (Sandwell MBC)": the organisation in brackets.
  std::string organisation;
  if (const size_t open_paren = name.find('('); open_paren != std::string::npos && open_paren > 0) {
    const size_t close_paren = name.find(')', open_paren);
    organisation = name.substr(open_paren + 1, close_paren == std::string::npos ? std::string::npos
                                                                               : close_paren - open_paren - 1);
    name = std::string(trim(std::string_view(name).substr(0, open_paren)));
  }
  name = without_mailbox_prefix(surname_first_flipped(name));
  if (name.find('@') != std::string::npos) {
    address = name;
    name = parsing::proper_case(std::string_view(name).substr(0, name.find('@')));
    std::replace(name.begin(), name.end(), '.', ' ');
  }
  auto parts = parsing::split_name_line(name);
  Party party;
  // "Children's Services Leadership Team", "All Members": a shared mailbox
  // names a group of people or a unit, not a person and not a body.
  if ((organisation.empty() && !parsing::is_name_line(name) && is_team_mailbox(name)) || is_group_mailbox(name)) {
    party.role = name;
    party.address = address;
    party.organisation = organisation;
    return party;
  }
  // "Private Office": a mailbox named after a body, kept whole.
  party.name = parts.name.empty() || !parts.rest.empty() ? name : parts.name;
  if (parts.rest.empty()) party.title = parts.title;
  party.address = address;
  party.organisation = organisation;
  return party;
}

// "Okafor, Nnamdi" alone, or "Okafor, Nnamdi, Hughes, Beverley": names
// written surname first, separated by the same commas as the list.
bool surname_first_pairs(std::string_view list) {
  size_t items = 0;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    // "Moira <moira.tennant-lowther@...>", "Simon (DCSF) <...>": the forename with its address.
    std::string_view item = trim(list.substr(start, end - start));
    if (items % 2 == 1) item = trim(item.substr(0, std::min(item.find(" <"), item.find(" ("))));
    if (!(items % 2 == 1 ? is_forenames(item) : is_single_word(item))) return false;
    ++items;
    start = end + 1;
  }
  return items % 2 == 0;
}

std::vector<Party> email_parties(std::string_view list) {
  std::vector<Party> parties;
  const bool semicolons = list.find(';') != std::string_view::npos;
  if (!semicolons && surname_first_pairs(list)) {
    size_t start = 0;
    while (start < list.size()) {
      size_t comma = list.find(',', start);
      size_t end = list.find(',', comma + 1);
      if (end == std::string_view::npos) end = list.size();
      parties.push_back(email_party(list.substr(start, end - start)));
      start = end + 1;
    }
    return parties;
  }
  char separator = semicolons ? ';' : ',';
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(separator, start);
    if (end == std::string_view::npos) end = list.size();
    auto item = trim(list.substr(start, end - start));
    if (!item.empty()) parties.push_back(email_party(item));
    start = end + 1;
  }
  return parties;
}

// ---------------------------------------------------------------- layout

std::optional<std::string> signoff_in(std::string_view line) {
  // Longest first, so "With best wishes" wins over "Best wishes".
  static constexpr std::array<std::string_view, 19> kSignoffs{
      "yours sincerely", "yours faithfully", "yours truly",     "yours ever",     "yours aye",
      "with best wishes", "with kind regards", "with warm regards", "with best regards",
      "all best wishes",  "kindest regards",  "best wishes",      "kind regards",   "warm regards",
      "warmest regards",  "best regards",     "many thanks",      "regards",        "yours"};
  line = trim(line);
  if (line.size() > 60) return std::nullopt;
  // OCR's "Yours sincere1y", "Yours faithfu11y": digits for letters.
  std::string read(line);
  for (size_t i = 0; i < read.size(); ++i) {
    const bool in_word = i > 0 && std::isalpha(static_cast<unsigned char>(read[i - 1]));
    if (in_word && read[i] == '1') read[i] = 'l';
    if (in_word && read[i] == '0') read[i] = 'o';
  }
  line = read;
  for (auto phrase : kSignoffs) {
    if (!starts_with_ci(line, phrase)) continue;
    auto rest = strip_trailing_punctuation(line.substr(phrase.size()));
    bool must_stand_alone = phrase == "regards" || phrase == "yours" || phrase == "many thanks";
    if (!rest.empty() && (must_stand_alone || rest.front() != ' ' || count_words(rest) > 4)) {
      if (!(line.size() > phrase.size() && line[phrase.size()] == ',')) return std::nullopt;
      if (must_stand_alone || count_words(rest) > 4) return std::nullopt;
    }
    return std::string(line.substr(0, phrase.size()));
  }
  return std::nullopt;
}

bool is_salutation(const Line& line, bool email) {
  if (line.text.size() > 120) return false;
  if (starts_with_ci(line.text, "dear ")) return true;
  return email && (starts_with_ci(line.text, "hi ") || starts_with_ci(line.text, "hello "));
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  return !text.empty() && (text.back() == '.' || text.back() == '?' || text.back() == '!');
}

// "Name:     Councillor Jane Ellis", "Position: Leader of the Council": a
// signature block written as a form; the value without its label.
std::string_view without_field_label(std::string_view text) {
  for (std::string_view label : {"name:", "position:", "job title:", "title:", "role:", "designation:",
                                 "organisation:", "organization:", "print name:"})
    if (starts_with_ci(text, label)) return trim(text.substr(label.size()));
  return text;
}

// Without a sign-off, the signature is the run of short lines at the end
// (of the lines before `until`).
size_t trailing_signature_start(const Lines& lines, size_t from, size_t until) {
  until = std::min(until, lines.size());
  size_t start = until;
  size_t looked = 0;
  for (size_t i = until; i > from && looked < 20; --i) {
    const Line& line = lines[i - 1];
    if (line.blank()) {
      start = i - 1;
      continue;
    }
    ++looked;
    bool short_line = is_short(line) && count_words(line.text, 12) <= 10 && !ends_sentence(line.text);
    if (!short_line && !parsing::is_signature_description(line.text)) break;
    start = i - 1;
  }
  for (size_t i = start; i < until; ++i) {
    if (parsing::is_name_line(without_field_label(lines[i].text))) return start;
  }
  return lines.size();
}

// Where an e-mail's own message ends and a quoted or forwarded one begins:
// "-----Original Message-----", "On ... wrote:", or a second From: header
// followed by Sent:/To:/Date:.
size_t own_message_end(const Lines& lines, size_t from) {
  for (size_t i = from; i < lines.size(); ++i) {
    const auto& text = lines[i].text;
    if (!is_short(lines[i])) continue;
    auto key = lower(trim(std::string_view(text)));
    while (!key.empty() && (key.front() == '-' || key.front() == '_' || key.front() == '>' || key.front() == ' '))
      key.erase(0, 1);
    if (key.starts_with("original message") || key.starts_with("forwarded message") ||
        key.starts_with("begin forwarded message"))
      return i;
    if (key.starts_with("on ") && key.ends_with("wrote:")) return i;
    auto field = header_field(lines[i]);
    if (!field || field->first != "from" || i + 1 >= lines.size()) continue;
    auto next = header_field(lines[i + 1]);
    if (next && (next->first == "sent" || next->first == "to" || next->first == "date")) return i;
  }
  return lines.size();
}

struct Layout {
  size_t salutation = kNone;
  size_t signoff = kNone;
  size_t signature = kNone;  // first line of the foot (signature block), or kNone
  size_t header_end = 0;     // lines before this are the header
  size_t own_end = 0;        // an e-mail's quoted messages start here (else the number of lines)
  bool signed_in_right_column = false;  // "Enc.      Yours sincerely": the sign-off and signature in a column beside others
  EmailHeaders email;
};

// The last of a line's columns (parted by a tab or three spaces), or "" when it has one column.
std::string last_column(std::string_view text) {
  const size_t tab = text.rfind('\t');
  const size_t spaces = text.rfind("   ");
  const size_t cut = tab == std::string_view::npos ? spaces : spaces == std::string_view::npos ? tab : std::max(tab, spaces);
  if (cut == std::string_view::npos) return "";
  return std::string(trim(text.substr(cut)));
}

size_t first_paragraph(const Lines& lines, size_t from) {
  for (size_t i = from; i < lines.size(); ++i) {
    if (count_words(lines[i].text, 21) > 20) return i;
  }
  return lines.size();
}

Layout find_layout(const Lines& lines) {
  Layout layout;
  layout.email = read_email_headers(lines);
  bool email = layout.email.is_email();
  size_t from = email ? layout.email.end : 0;
  // The sender's own message only: a quoted reply below has its own
  // salutation and signature.
  const size_t until = email ? own_message_end(lines, from) : lines.size();
  layout.own_end = until;
  for (size_t i = from; i < until; ++i) {
    if (is_salutation(lines[i], email)) {
      layout.salutation = i;
      break;
    }
  }
  size_t body_from = layout.salutation == kNone ? from : layout.salutation + 1;
  for (size_t i = body_from; i < until; ++i) {
    if (signoff_in(lines[i].text)) {
      layout.signoff = i;
      break;
    }
    if (is_short(lines[i]) && signoff_in(last_column(lines[i].text))) {
      layout.signoff = i;
      layout.signed_in_right_column = true;
      break;
    }
  }
  if (layout.signoff != kNone) {
    layout.signature = layout.signoff + 1;
  } else if (size_t start = trailing_signature_start(lines, body_from, until); start < until) {
    layout.signature = start;
  }
  layout.header_end = layout.salutation != kNone ? layout.salutation : first_paragraph(lines, from);
  return layout;
}

// ---------------------------------------------------------------- type

bool starts_with_label(std::string_view text, std::string_view label) {
  if (!starts_with_ci(text, label)) return false;
  auto rest = trim(text.substr(label.size()));
  return rest.empty() || rest.front() == ':' || text.size() == label.size();
}

constexpr std::array<std::string_view, 6> kAttendeeLabels{"attending",  "present",       "in attendance",
                                                          "attendees", "those present", "present at the meeting"};

bool is_attendee_label(std::string_view text) {
  return std::any_of(kAttendeeLabels.begin(), kAttendeeLabels.end(),
                     [&](auto label) { return starts_with_label(text, label); });
}

bool is_minutes_marker(std::string_view text) {
  return is_attendee_label(text) || starts_with_label(text, "apologies") ||
         starts_with_label(text, "apologies for absence");
}

// "OFFICIAL - SENSITIVE", "RESTRICTED": a protective marking above the heading.
bool is_protective_marking(std::string_view text) {
  auto key = lower(text);
  for (std::string_view marking : {"official", "restricted", "protect", "confidential", "in confidence", "not protectively marked"}) {
    if (key.starts_with(marking) && count_words(text, 5) <= 4) return true;
  }
  return false;
}

std::string first_heading(const Lines& lines) {
  size_t i = next_non_blank(lines, 0, lines.size());
  if (i != kNone && is_protective_marking(lines[i].text)) i = next_non_blank(lines, i + 1, lines.size());
  if (i == kNone || !is_short(lines[i]) || count_words(lines[i].text, 26) > 25) return "";
  return lines[i].text;
}

bool heading_says_minutes(std::string_view heading) {
  auto key = lower(heading);
  return key.starts_with("minutes") || key.find("minutes of") != std::string::npos ||
         key.find("notes of") != std::string::npos || key.find("meeting") != std::string::npos ||
         key.starts_with("note of");
}

// "1. Introduction", "2 Progress", "3.1 Safeguarding".
bool is_numbered_section(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0 || i > 5 || i >= text.size() || text[i] != ' ') return false;
  return i + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[i + 1]));
}

// Where the text after a publication label starts ("Report published:",
// "Publication date:", "Date of report:"), or npos.
size_t publication_label_end(std::string_view text) {
  const auto key = lower(text);
  for (std::string_view label : {"published:", "publication date:", "date of publication:", "date of report:",
                                 "report date:", "date of issue:"}) {
    const size_t at = key.find(label);
    if (at == std::string::npos) continue;
    // The label begins the line or a column of it, never a sentence.
    const bool column_start = at == 0 || key[at - 1] == ' ' || key[at - 1] == '\t';
    if (column_start) return at + label.size();
  }
  return std::string_view::npos;
}

// "Report published: 12 May 2016", "Published: 30 September 2005": the
// label of an inspection report's front page. The line index, or kNone.
// "Age group: All   Published: 29 April 2008" puts it beside other labels;
// "Date of report: 19/04/2023" may stand at the foot.
size_t publication_line(const Lines& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!is_short(lines[i])) continue;
    if (publication_label_end(lines[i].text) != std::string_view::npos) return i;
  }
  return kNone;
}

DocType find_type(const Lines& lines, const Layout& layout) {
  if (layout.email.is_email()) return DocType::email;
  auto heading = first_heading(lines);
  bool minutes = heading_says_minutes(heading) && !parsing::is_name_line(heading);
  for (size_t i = 0; i < lines.size() && !minutes; ++i) {
    minutes = is_short(lines[i]) && is_minutes_marker(lines[i].text);
  }
  if (minutes) return DocType::minutes;
  if (layout.salutation != kNone) return DocType::letter;
  size_t sections = 0;
  for (const auto& line : lines) {
    if (is_short(line) && is_numbered_section(line.text)) ++sections;
  }
  bool report_heading = find_ci(heading, "report") != std::string_view::npos;
  return report_heading || sections >= 2 || publication_line(lines) != kNone ? DocType::report : DocType::letter;
}

// ---------------------------------------------------------------- date

struct DateFound {
  Date date;
  std::string text;
};

// A line that is a date and nothing else: "21 December 2011", "Date: 21/12/2011".
std::optional<DateFound> dateline(const Line& line) {
  if (line.blank() || !is_short(line)) return std::nullopt;
  std::string_view text = line.text;
  for (std::string_view label : {"date:", "dated:", "dated", "date"}) {
    if (starts_with_ci(text, label)) {
      text = trim(text.substr(label.size()));
      break;
    }
  }
  if (auto date = parse_date(text)) return DateFound{*date, std::string(strip_trailing_punctuation(text))};
  return std::nullopt;
}

std::optional<DateFound> first_date_in(std::string_view text) {
  if (text.size() > kShortLine) return std::nullopt;
  auto dates = find_dates(text);
  if (dates.empty()) return std::nullopt;
  return DateFound{dates.front().date, std::string(text.substr(dates.front().offset, dates.front().length))};
}

std::optional<DateFound> dateline_in(const Lines& lines, size_t from, size_t until) {
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    if (auto found = dateline(lines[i])) return found;
  }
  return std::nullopt;
}

// "Our ref: AB/123   Date: 21/12/2011" in a header line.
std::optional<DateFound> labelled_date_in(const Lines& lines, size_t from, size_t until) {
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    if (!is_short(lines[i])) continue;
    size_t at = find_ci(lines[i].text, "date:");
    if (at == std::string_view::npos) continue;
    if (auto found = first_date_in(std::string_view(lines[i].text).substr(at + 5))) return found;
  }
  return std::nullopt;
}

// A date inside a heading ("Review Meeting - 20 May 2011"), not in a sentence.
std::optional<DateFound> heading_date_in(const Lines& lines, size_t from, size_t until) {
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    const auto& text = lines[i].text;
    if (lines[i].blank() || !is_short(lines[i]) || count_words(text, 21) > 20 || ends_sentence(text)) continue;
    if (auto found = first_date_in(text)) return found;
  }
  return std::nullopt;
}

// "Minutes of the meeting held on Tuesday 4th November 2003 at 2.00 p.m."
std::optional<DateFound> meeting_date_in(const Lines& lines, size_t until) {
  for (size_t i = 0; i < until && i < lines.size(); ++i) {
    if (!is_short(lines[i])) continue;
    const std::string_view text = lines[i].text;
    for (std::string_view marker : {"held on ", "meeting on "}) {
      const size_t at = find_ci(text, marker);
      if (at == std::string_view::npos) continue;
      const bool heading = starts_with_ci(text, "minutes") || starts_with_ci(text, "notes") ||
                           starts_with_ci(text, "note of") || starts_with_ci(text, "record of");
      if (heading) return first_date_in(text.substr(at + marker.size()));
    }
  }
  return std::nullopt;
}

std::optional<DateFound> find_date(const Lines& lines, const Layout& layout, std::string_view subject) {
  const auto& fields = layout.email.fields;
  size_t n = lines.size();
  size_t foot = layout.signoff != kNone ? layout.signoff : (layout.signature != kNone ? layout.signature : n);
  std::vector<std::optional<DateFound>> tries;
  if (layout.email.is_email()) {
    for (const char* key : {"sent", "date"}) {
      if (auto it = fields.find(key); it != fields.end()) tries.push_back(first_date_in(it->second));
    }
  }
  // A report is dated by its publication, not its inspection dates.
  if (layout.salutation == kNone) {
    if (const size_t published = publication_line(lines); published != kNone) {
      const std::string_view text = lines[published].text;
      tries.push_back(first_date_in(text.substr(publication_label_end(text))));
    }
  }
  tries.push_back(meeting_date_in(lines, std::min<size_t>(n, 15)));
  tries.push_back(dateline_in(lines, 0, layout.header_end));
  tries.push_back(labelled_date_in(lines, 0, layout.header_end));
  tries.push_back(dateline_in(lines, foot, n));
  tries.push_back(heading_date_in(lines, 0, std::min(layout.header_end, next_non_blank(lines, 0, n) + 1)));
  tries.push_back(heading_date_in(lines, 0, layout.header_end));
  tries.push_back(dateline_in(lines, layout.header_end, n));
  tries.push_back(first_date_in(subject));
  for (auto& found : tries) {
    if (found) return found;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- subject

bool is_heading_like(std::string_view text) {
  if (text.empty() || text.size() > 160 || ends_sentence(text)) return false;
  char last = text.back();
  if (last == ',' || last == ':' || last == ';') return false;
  auto words = parsing::split_words(text);
  if (words.size() > 14 || words.size() < 2) return false;
  size_t long_words = 0;
  size_t capitalised = 0;
  for (auto word : words) {
    if (word.size() < 4) continue;
    ++long_words;
    if (std::isupper(static_cast<unsigned char>(word[0])) || std::isdigit(static_cast<unsigned char>(word[0]))) {
      ++capitalised;
    }
  }
  return long_words > 0 && capitalised * 10 >= long_words * 7;
}

std::optional<std::string> labelled_subject(std::string_view text) {
  for (std::string_view label : {"re:", "subject:", "re "}) {
    if (starts_with_ci(text, label) && (label != "re " || parsing::is_all_caps(text.substr(0, 2)))) {
      auto rest = trim(text.substr(label.size()));
      if (!rest.empty()) return std::string(rest);
    }
  }
  return std::nullopt;
}

struct Subject {
  std::string text;
  size_t line = kNone;
};

Subject find_subject(const Lines& lines, const Layout& layout) {
  if (auto it = layout.email.fields.find("subject"); it != layout.email.fields.end()) {
    return {it->second, kNone};
  }
  if (layout.salutation != kNone) {
    size_t i = next_non_blank(lines, layout.salutation + 1, layout.salutation + 4);
    if (i != kNone && is_short(lines[i])) {
      const auto& text = lines[i].text;
      if (auto labelled = labelled_subject(text)) return {*labelled, i};
      bool caps = parsing::is_all_caps(text) && count_words(text) >= 2;
      if (caps || (is_heading_like(text) && !signoff_in(text))) return {text, i};
    }
  }
  for (size_t i = 0; i < layout.header_end && i < lines.size(); ++i) {
    if (!is_short(lines[i])) continue;
    if (auto labelled = labelled_subject(lines[i].text)) return {*labelled, i};
  }
  return {};
}

// ---------------------------------------------------------------- header parties

struct Block {
  size_t first = 0;
  std::vector<std::string_view> lines;
};

bool is_contact_line(std::string_view text) {
  auto key = lower(text.substr(0, std::min<size_t>(text.size(), 40)));
  for (std::string_view label : {"tel", "fax", "email", "e-mail", "www", "web", "our ref", "your ref", "ref:"}) {
    // A label, not the start of a word: "Tel:" but not "Telford", "Web:" but not "Webster".
    const bool word_goes_on = key.size() > label.size() && std::isalpha(static_cast<unsigned char>(key[label.size()]));
    if (key.starts_with(label) && !word_goes_on) return true;
  }
  return false;
}

// "~", "|", "* *": a line with no letter or digit, a scanner's speck or a
// logo's remains, which parts blocks as a blank line does.
bool is_speck(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); });
}

// Groups of consecutive header lines, leaving out datelines, contact and subject lines.
std::vector<Block> header_blocks(const Lines& lines, size_t from, size_t until) {
  std::vector<Block> blocks;
  bool open = false;
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    const auto& line = lines[i];
    bool skip = line.blank() || is_speck(line.text) || !is_short(line) || dateline(line) ||
                is_contact_line(line.text) || labelled_subject(line.text) || is_minutes_marker(line.text);
    if (skip) {
      open = false;
      continue;
    }
    if (!open) blocks.push_back(Block{i, {}});
    blocks.back().lines.push_back(line.text);
    open = true;
  }
  return blocks;
}

// "TIM LOUGHTON MP, Parliamentary Under Secretary of State ...": a name and
// its role on one line heading the letter.
bool is_name_and_role_line(std::string_view line) {
  const size_t comma = line.find(',');
  if (comma == std::string_view::npos || line.find('\t') != std::string_view::npos) return false;
  return parsing::is_name_line(line.substr(0, comma)) && parsing::is_role_line(line.substr(comma + 1)) &&
         !parsing::contains_postcode(line);
}

// A signature's "Trevor Doughty, Strategic Director for Children", "Jane
// Ellis - Chief Executive" or "Jane Ellis (Chief Executive)": the signer's
// name and role on one line.
std::optional<Party> signer_with_role(std::string_view line) {
  if (line.find('\t') != std::string_view::npos || parsing::contains_postcode(line)) return std::nullopt;
  for (std::string_view separator : {", ", " - ", " ("}) {
    const size_t at = line.find(separator);
    if (at == std::string_view::npos) continue;
    const auto name = line.substr(0, at);
    auto role = trim(line.substr(at + separator.size()));
    // "Stephen Reddy (Director of Children's Services)": the role in brackets.
    if (separator == " (") {
      if (!role.ends_with(")")) continue;
      role = trim(role.substr(0, role.size() - 1));
    }
    if (!parsing::is_name_line(name) || !parsing::is_role_line(role)) continue;
    const auto parts = parsing::split_name_line(name);
    Party party;
    party.name = parts.name;
    party.title = parts.title;
    party.role = strip_trailing_punctuation(role);
    party.organisation = parsing::organisation_in(party.role);
    return party;
  }
  return std::nullopt;
}

// Rows of a table ("Name <TAB> Organisation <TAB> Role"): not an address block.
bool is_table(const Block& block) {
  size_t rows = 0;
  for (auto line : block.lines)
    if (line.find('\t') != std::string_view::npos) ++rows;
  return rows >= 2;
}

bool starts_with_person(const Block& block) {
  if (is_table(block)) return false;
  auto first = block.lines.front();
  if (parsing::is_name_line(first)) return true;
  auto parts = parsing::split_name_line(first);
  // The one-line form: "Cllr Andrew Carter Leader's Office ... LS1 1UR".
  return !parts.title.empty() && !parts.name.empty() && parsing::contains_postcode(first);
}

// "Parliamentary Under-Secretary of State for Children and Families" over
// "Department for Education" and an address: a letter to a minister's office.
bool starts_with_office(const Block& block) {
  auto first = block.lines.front();
  if (starts_with_ci(first, "the ")) first.remove_prefix(4);  // "The Secretary of State for Education"
  const bool ministerial = starts_with_ci(first, "minister ") || starts_with_ci(first, "parliamentary under") ||
                           starts_with_ci(first, "secretary of state");
  return ministerial && parsing::is_role_line(first) && !parsing::is_name_line(first) && block.lines.size() >= 3;
}

bool looks_like_address_block(const Block& block) {
  for (auto line : block.lines) {
    if (parsing::contains_postcode(line)) return true;
  }
  return block.lines.size() >= 3;
}

// Cuts "... SW1P 3BT tel: 0870 0012345 ..." at the contact details.
std::string without_contacts(std::string_view line) {
  for (std::string_view label : {" tel:", " tel ", " telephone", " fax", " email", " www."}) {
    size_t at = find_ci(line, label);
    if (at != std::string_view::npos) line = line.substr(0, at);
  }
  return std::string(strip_trailing_punctuation(line));
}

struct HeaderParties {
  Party letterhead;               // the sender as the letterhead shows them
  std::optional<Party> recipient;
};

std::string join_address(const Block& block) {
  std::string address;
  for (auto line : block.lines) {
    auto part = without_contacts(line);
    if (part.empty()) continue;
    if (!address.empty()) address += ", ";
    address += part;
  }
  return address;
}

// "Department" over "for Education": a logo's name set over two lines, joined.
std::string logo_line_joined(const std::vector<std::string_view>& lines, size_t at) {
  std::string line(lines[at]);
  if (at + 1 < lines.size() && parsing::count_words(line, 2) == 1 &&
      (starts_with_ci(lines[at + 1], "for ") || starts_with_ci(lines[at + 1], "of ")))
    line += " " + std::string(lines[at + 1]);
  return line;
}

void read_letterhead_extras(const std::vector<Block>& blocks, size_t recipient, Party& letterhead) {
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (b == recipient) continue;
    const auto& block = blocks[b];
    if (letterhead.address.empty() && looks_like_address_block(block) && !starts_with_person(block)) {
      Block address{block.first, {}};
      for (size_t l = 0; l < block.lines.size(); ++l) {
        const std::string_view line = block.lines[l];
        // "DONCASTER COUNCIL" heading its own address block names the sender's body.
        bool body = parsing::is_organisation_line(line) && !parsing::contains_postcode(line) &&
                    !parsing::is_role_line(line);
        if (body && letterhead.organisation.empty())
          letterhead.organisation = strip_trailing_punctuation(logo_line_joined(block.lines, l));
        if (!body) address.lines.push_back(line);
      }
      letterhead.address = join_address(address);
      continue;
    }
    for (size_t l = 0; l < block.lines.size(); ++l) {
      const std::string line = logo_line_joined(block.lines, l);
      if (letterhead.role.empty() && !letterhead.name.empty() && parsing::is_role_line(line)) {
        letterhead.role = strip_trailing_punctuation(line);
      } else if (letterhead.organisation.empty() && parsing::is_organisation_line(line) &&
                 !parsing::is_role_line(line)) {
        letterhead.organisation = parsing::organisation_in(line);
        if (letterhead.organisation.empty()) letterhead.organisation = strip_trailing_punctuation(line);
      }
    }
  }
  if (letterhead.organisation.empty()) letterhead.organisation = parsing::organisation_in(letterhead.role);
}

HeaderParties read_header(const Lines& lines, size_t from, size_t until) {
  HeaderParties header;
  auto blocks = header_blocks(lines, from, until);
  std::vector<size_t> people;
  for (size_t b = 0; b < blocks.size(); ++b) {
    // A name and role on one line only head the letter (a letterhead).
    const bool heading = b == 0 && blocks[b].first == next_non_blank(lines, from, until) &&
                         is_name_and_role_line(blocks[b].lines.front());
    if (starts_with_person(blocks[b]) || heading || starts_with_office(blocks[b])) people.push_back(b);
  }
  size_t recipient = kNone;
  size_t letterhead = kNone;
  if (people.size() >= 2) {
    letterhead = people.front();
    recipient = people.back();
  } else if (people.size() == 1) {
    (looks_like_address_block(blocks[people[0]]) ? recipient : letterhead) = people[0];
  }
  if (recipient != kNone) {
    header.recipient = parsing::parse_address_block(blocks[recipient].lines);
    // "The Minister of State for ...": the office without its article.
    if (starts_with_ci(header.recipient->role, "the ")) header.recipient->role.erase(0, 4);
  }
  if (letterhead != kNone) {
    auto& block = blocks[letterhead];
    std::vector<std::string_view> name_only{block.lines.front()};
    header.letterhead = parsing::parse_address_block(name_only);
    if (is_name_and_role_line(block.lines.front())) {
      const auto parts = parsing::split_name_line(block.lines.front());
      header.letterhead.name = parts.name;
      header.letterhead.title = parts.title;
      header.letterhead.role = strip_trailing_punctuation(parts.rest);
    }
    if (block.lines.size() > 1 && parsing::is_role_line(block.lines[1]) && header.letterhead.role.empty()) {
      header.letterhead.role = strip_trailing_punctuation(block.lines[1]);
    }
  }
  read_letterhead_extras(blocks, recipient, header.letterhead);
  return header;
}

// ---------------------------------------------------------------- signature

bool ends_signature(const Line& line) {
  auto key = lower(line.text.substr(0, std::min<size_t>(line.text.size(), 20)));
  return key.starts_with("cc") || key.starts_with("copy") || key.starts_with("enc") ||
         key.starts_with("p.s") || key.starts_with("ps ") || !is_short(line) ||
         count_words(line.text, 21) > 20;
}

// "Interim Director of Children's" over "Services": a role cut short by the
// line's end, its last word one that cannot end a title.
bool role_dangles(std::string_view role) {
  role = trim(role);
  if (role.ends_with(",") || role.ends_with("&") || role.ends_with("'s") || role.ends_with("s'")) return true;
  const auto words = parsing::split_words(role);
  if (words.empty()) return false;
  const std::string last = lower(words.back());
  return last == "of" || last == "for" || last == "and" || last == "the" || last == "to";
}

// "Local Services Inspection", "Children's Services Assessment": a line
// naming an inspectorate's line of work, which goes under a title
// ("Divisional Manager") as part of it.
bool is_unit_line(std::string_view text) {
  static constexpr std::array<std::string_view, 2> kUnitWords{"inspection", "assessment"};
  text = strip_trailing_punctuation(trim(text));
  const auto words = parsing::split_words(text);
  if (words.size() < 2 || words.size() > 5 || parsing::has_digit(text) || parsing::is_role_line(text) ||
      parsing::is_organisation_line(text) || parsing::contains_postcode(text))
    return false;
  const bool capitalised = std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return std::isupper(static_cast<unsigned char>(word.front())) || word == "and" || word == "of";
  });
  return capitalised && std::find(kUnitWords.begin(), kUnitWords.end(), lower(words.back())) != kUnitWords.end();
}

void read_signature_line(std::string_view text, Party& party) {
  if (!party.role.empty() && role_dangles(party.role) && count_words(text, 6) <= 5 &&
      !parsing::is_name_line(text) && !parsing::contains_postcode(text)) {
    party.role = std::string(trim(party.role)) + " " + std::string(strip_trailing_punctuation(text));
    party.organisation = parsing::organisation_in(party.role);
    return;
  }
  // "Divisional Manager" over "Local Services Inspection": one title.
  if (!party.role.empty() && party.organisation.empty() && party.role.find(',') == std::string::npos &&
      is_unit_line(text)) {
    party.role = std::string(trim(party.role)) + ", " + std::string(strip_trailing_punctuation(trim(text)));
    return;
  }
  if (parsing::is_role_line(text)) {
    if (party.role.empty()) {
      party.role = strip_trailing_punctuation(text);
    } else if (party.organisation.empty()) {
      party.organisation = parsing::organisation_in(text);
    }
  } else if (parsing::is_organisation_line(text)) {
    if (party.organisation.empty()) party.organisation = strip_trailing_punctuation(text);
  } else if (parsing::contains_postcode(text) && party.address.empty()) {
    party.address = without_contacts(text);
  }
  if (party.organisation.empty()) party.organisation = parsing::organisation_in(party.role);
}

// "pp Tim Loughton", "p.p. TIM LOUGHTON": signed for the person named.
Line without_pp(Line line) {
  for (std::string_view mark : {"p.p. ", "p.p ", "pp. ", "pp ", "PP "}) {
    if (line.text.size() > mark.size() + 2 && starts_with_ci(line.text, mark)) {
      line.text = std::string(trim(std::string_view(line.text).substr(mark.size())));
      break;
    }
  }
  return line;
}

// Joint signatures side by side ("Jane Smith        John Brown"): the first
// signer's column, cut at a tab or a run of three spaces.
Line first_column(const Line& line) {
  Line column = line;
  const size_t tab = line.text.find('\t');
  const size_t spaces = line.text.find("   ");
  const size_t cut = std::min(tab, spaces);
  if (cut != std::string::npos && cut > 0) column.text = std::string(trim(std::string_view(line.text).substr(0, cut)));
  return column;
}

void fill_missing(Party& into, const Party& from) {
  if (into.title.empty()) into.title = from.title;
  if (into.role.empty()) into.role = from.role;
  if (into.organisation.empty()) into.organisation = from.organisation;
  if (into.address.empty()) into.address = from.address;
}

// The signature block: the signer's name (skipping descriptions of the
// signature, a first name alone, scribbles), then role and body lines.
// "Nicola Hartley | Deputy Director | Department for Education": an e-mail
// signature on one line, read as the lines it stands for.
Lines unpiped(const Lines& lines, size_t from, size_t until) {
  Lines out;
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    std::string_view text = lines[i].text;
    if (text.find(" | ") == std::string_view::npos || !is_short(lines[i])) {
      out.push_back(lines[i]);
      continue;
    }
    size_t start = 0;
    while (start <= text.size()) {
      size_t bar = text.find(" | ", start);
      Line part = lines[i];
      part.text = std::string(trim(text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
      out.push_back(std::move(part));
      if (bar == std::string_view::npos) break;
      start = bar + 3;
    }
  }
  return out;
}

bool starts_postscript(std::string_view text) {
  const auto key = lower(text.substr(0, std::min<size_t>(text.size(), 6)));
  return key.starts_with("ps ") || key.starts_with("p.s") || key.starts_with("ps:") || key.starts_with("ps.");
}

// "Cllr Michae1 Whitbread-Ansah": OCR's "1" and "0" inside a word for "l"
// and "o". With after_lower_only, only after a lower-case letter, so that a
// postcode ("SW1P 3BT") keeps its digits.
Line with_letters_for_digits(Line line, bool after_lower_only = false) {
  std::string& text = line.text;
  auto letter = [&](size_t i) { return i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])); };
  for (size_t i = 1; i < text.size(); ++i) {
    if (!letter(i - 1) || (text[i] != '1' && text[i] != '0')) continue;
    if (after_lower_only && !std::islower(static_cast<unsigned char>(text[i - 1]))) continue;
    size_t end = i;
    while (end < text.size() && end - i < 2 && (text[end] == '1' || text[end] == '0')) ++end;
    const bool word_ends = end == text.size() || text[end] == ' ' || text[end] == ',' || text[end] == '-';
    if (!letter(end) && !word_ends) continue;
    for (size_t j = i; j < end; ++j) text[j] = text[j] == '1' ? 'l' : 'o';
    i = end;
  }
  return line;
}

// The right-hand column of the lines [from, until) of a signature set beside
// other text ("cc  Cllr A,          Jane Smith"): each line's last column, and
// a blank line where a line has only one.
Lines right_column(const Lines& lines, size_t from, size_t until) {
  Lines column;
  for (size_t i = from; i < until && i < lines.size(); ++i) {
    Line line = lines[i];
    line.text = last_column(line.text);
    column.push_back(std::move(line));
  }
  return column;
}

// Whether the next line that is not blank, from `from`, states a role.
bool role_follows(const Lines& lines, size_t from) {
  const size_t next = next_non_blank(lines, from, lines.size());
  return next != kNone && parsing::is_role_line(lines[next].text) && !ends_signature(lines[next]);
}

// "Abena Owusu (she/her)": pronouns after a signed name are no part of it.
Line without_pronouns(Line line) {
  const size_t open = line.text.find(" (");
  const size_t close = open == std::string::npos ? open : line.text.find(')', open);
  if (close == std::string::npos) return line;
  const std::string inside = lower(std::string_view(line.text).substr(open + 2, close - open - 2));
  static constexpr std::array<std::string_view, 5> kPronouns{"she/", "he/", "they/", "her/", "him/"};
  const bool pronouns = std::any_of(kPronouns.begin(), kPronouns.end(), [&](std::string_view p) { return inside.starts_with(p); });
  if (pronouns) line.text.erase(open, close + 1 - open);
  return line;
}

Party read_signature(const Lines& all_lines, size_t from, size_t until) {
  Party party;
  bool named = false;
  bool in_postscript = false;
  size_t blank_run = 0;
  const Lines lines = unpiped(all_lines, from, until);
  for (size_t i = 0; i < lines.size(); ++i) {
    Line labelled = lines[i];
    labelled.text = std::string(without_field_label(labelled.text));
    const Line line = without_pronouns(with_letters_for_digits(without_pp(first_column(labelled))));
    // Two blank lines under the signed name end the block: what follows is
    // another part of the page (a reply slip, an enclosure, a footer).
    blank_run = line.blank() ? blank_run + 1 : 0;
    if (named && blank_run >= 2) break;
    // A PS written between the sign-off and the signature: the signer follows it.
    if (line.blank()) in_postscript = false;
    if (!named && party.role.empty() && starts_postscript(line.text)) in_postscript = true;
    if (in_postscript) continue;
    if (line.blank() || parsing::is_signature_description(line.text) || dateline(line)) continue;
    if (ends_signature(line)) break;
    // "J. Lund" signing for "Dr Philippa Kershaw-Obi", typed below with her
    // role: the typed name is the sender's.
    // A heading after the signed name ("REPLY SLIP" over a form) has no role under it.
    if (named && party.role.empty() && parsing::is_name_line(line.text) && !parsing::is_role_line(line.text) &&
        role_follows(lines, i + 1)) {
      named = false;
      party = Party{};
    }
    if (!named) {
      if (auto signer = signer_with_role(line.text)) {
        fill_missing(*signer, party);
        party = *signer;
        named = true;
      } else if (parsing::is_name_line(line.text)) {
        auto parts = parsing::parse_address_block({line.text});
        party.name = parts.name;
        party.title = parts.title;
        named = true;
      } else if (parsing::is_role_line(line.text)) {
        read_signature_line(line.text, party);
      }
      continue;
    }
    if (parsing::is_name_line(line.text) && !parsing::is_role_line(line.text)) continue;  // a scribble
    read_signature_line(line.text, party);
  }
  return party;
}

std::string last_word(std::string_view name) {
  auto words = parsing::split_words(name);
  return words.empty() ? std::string{} : lower(words.back());
}
// The letterhead's name is written properly; a different signer who states a
// role signed for themselves.
Party merge_sender(const Party& letterhead, const Party& signature) {
  if (letterhead.name.empty()) {
    Party sender = signature;
    fill_missing(sender, Party{"", "", "", letterhead.organisation, letterhead.address});
    return sender;
  }
  if (signature.name.empty() || last_word(signature.name) == last_word(letterhead.name)) {
    Party sender = letterhead;
    fill_missing(sender, signature);
    return sender;
  }
  // "Edward Tirnpson" heading a letter signed "EDWARD TIMPSON": OCR's "rn"
  // for "m" in one of them; the spelling without it is the name.
  if (parsing::m_for_rn(last_word(signature.name)) == parsing::m_for_rn(last_word(letterhead.name))) {
    Party sender = letterhead;
    if (last_word(letterhead.name).find("rn") != std::string::npos) sender.name = signature.name;
    fill_missing(sender, signature);
    return sender;
  }
  return signature.role.empty() ? letterhead : signature;
}

// ---------------------------------------------------------------- lists

// "Borough Council" starting a cc line under "..., Warrington": the rest of
// a body's name wrapped from the line above, not another entry.
bool continues_body_name(std::string_view line) {
  static constexpr std::array<std::string_view, 10> kTails{"borough", "council", "county", "city", "metropolitan",
                                                           "district", "trust", "foundation", "partnership", "board"};
  const auto words = parsing::split_words(line);
  if (words.empty()) return false;
  if (std::islower(static_cast<unsigned char>(words.front().front()))) return true;
  return std::find(kTails.begin(), kTails.end(), lower(strip_trailing_punctuation(words.front()))) != kTails.end();
}

// "I am copying this letter to: ...", "cc: ...": the text of the list.
std::string find_cc_text(const Lines& lines, size_t from) {
  static constexpr std::array<std::string_view, 7> kSentenceMarkers{
      "copying this letter to", "copying this to", "copied this letter to", "copy of this letter to",
      "copies of this letter to", "copied to", "sending a copy of this letter to"};
  for (size_t i = from; i < lines.size(); ++i) {
    const auto& text = lines[i].text;
    // Lower-cased once: the markers are looked for in every line.
    const std::string key = lower(text);
    for (auto marker : kSentenceMarkers) {
      size_t at = key.find(marker);
      if (at == std::string::npos) continue;
      std::string list(std::string_view(text).substr(at + marker.size()));
      // The list may run on over line and page breaks until its full stop.
      size_t blanks = 0;
      for (size_t j = i + 1; j < lines.size() && !ends_sentence(list) && blanks < 6; ++j) {
        if (lines[j].blank()) {
          ++blanks;
          continue;
        }
        if (parsing::is_signature_description(lines[j].text) || signoff_in(lines[j].text)) break;
        list += ' ';
        list += lines[j].text;
      }
      size_t stop = list.find(". ");
      if (stop != std::string::npos) list.resize(stop);
      std::string_view view = trim(std::string_view(list));
      while (!view.empty() && (view.front() == ':' || view.front() == ' ')) view.remove_prefix(1);
      return std::string(strip_trailing_punctuation(view));
    }
    for (std::string_view label : {"cc:", "cc.", "c.c.", "copy to:", "copies to:", "copies:", "cc "}) {
      if (!starts_with_ci(text, label) || !is_short(lines[i])) continue;
      std::string list(trim(std::string_view(with_letters_for_digits(lines[i], true).text).substr(label.size())));
      for (size_t j = i + 1; j < lines.size() && !lines[j].blank() && is_short(lines[j]); ++j) {
        const std::string next = with_letters_for_digits(lines[j], true).text;
        list += list.empty() ? "" : continues_body_name(next) ? " " : "; ";
        list += next;
      }
      return list;
    }
  }
  return "";
}

// "Officials:    Priyanka Menon-Duffy" -> "Priyanka Menon-Duffy": a label of
// up to three words before a colon.
std::string_view without_short_label(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 24 || count_words(text.substr(0, colon), 4) > 3) return text;
  return trim(text.substr(colon + 1));
}

// "Bedford Borough:   Cllr A", "Partners:   B": a group's label before the
// attendees of one row; a name before a colon ("Jane Smith: Chair") stays.
std::string_view without_group_label(std::string_view text) {
  const std::string_view rest = without_short_label(text);
  if (rest.size() == text.size()) return text;
  const std::string_view label = text.substr(0, text.find(':'));
  return parsing::is_name_line(label) ? text : rest;
}

// "Cllr A Clarke        Lead Member for Children's Services, /
//                       Reading Borough Council": a line that starts under one
// of the row above's later columns, its first cell empty, goes on with that
// row's role or organisation.
bool continues_later_column(const Line& row, const Line& line) {
  constexpr size_t kColumnGap = 3;
  constexpr size_t kNarrowestFirstColumn = 16;  // room for a name
  const std::string gap_text(kColumnGap, ' ');
  const size_t first_gap = row.text.find(gap_text);
  // "DfE:      A, Adviser / (under it) B, Adviser": a group's label, its people in the second column.
  if (first_gap == std::string::npos || trim(row.text.substr(0, first_gap)).ends_with(':')) return false;
  const size_t indent = indent_of(line);
  if (indent < kNarrowestFirstColumn) return false;
  for (size_t gap = first_gap; gap != std::string::npos; gap = row.text.find(gap_text, gap)) {
    const size_t cell = row.text.find_first_not_of(' ', gap);
    if (cell == std::string::npos) return false;
    const size_t column = indent_of(row) + cell;
    if (indent + 2 >= column && indent <= column + 2) return true;
    gap = row.text.find(' ', cell);
    if (gap == std::string::npos) break;
  }
  return false;
}

std::vector<Party> find_attendees(const Lines& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& text = lines[i].text;
    if (!is_attendee_label(text)) continue;
    size_t colon = text.find(':');
    std::string_view inline_list =
        colon == std::string::npos ? std::string_view{} : trim(std::string_view(text).substr(colon + 1));
    std::vector<std::string_view> items;
    // "A (Chair) | Dr B Ellery-\nQuansah (PCT) | C\nPitt (Trust)": items parted by bars or
    // semicolons inside the lines, which wrap anywhere: one list, read as one line.
    std::string wrapped_list;
    if (inline_list.find('|') != std::string_view::npos || inline_list.find(';') != std::string_view::npos) {
      wrapped_list = std::string(inline_list);
      for (size_t j = i + 1; j < lines.size() && !lines[j].blank() && !is_minutes_marker(lines[j].text); ++j) {
        const std::string_view line = lines[j].text;
        const std::string_view unlabelled = without_short_label(line);
        const bool split_word = wrapped_list.size() > 1 && wrapped_list.back() == '-' &&
                                std::isalpha(static_cast<unsigned char>(wrapped_list[wrapped_list.size() - 2]));
        // "Officials:  A (DfE), B (Home Office)": a label starts more items.
        wrapped_list += unlabelled.size() != line.size() ? "; " : split_word ? "" : " ";
        wrapped_list += unlabelled;
      }
      std::replace(wrapped_list.begin(), wrapped_list.end(), '|', ';');
      return parsing::parse_attendee_items(parsing::split_list(wrapped_list));
    }
    if (!inline_list.empty()) items = parsing::split_list(inline_list);
    size_t j = i + 1;
    if (inline_list.empty()) j = std::min(next_non_blank(lines, j, j + 2), lines.size());
    std::vector<std::string> rows;  // a table's rows, with their roles' wrapped lines joined
    for (; j < lines.size() && !lines[j].blank() && !is_minutes_marker(lines[j].text); ++j) {
      if (!inline_list.empty()) {
        // "Officials:  A (DfE), B (Home Office)", "Note taker:  C": more people under a label.
        for (auto item : parsing::split_list(without_short_label(lines[j].text))) items.push_back(item);
      } else if (j > i + 1 && !rows.empty() && continues_later_column(lines[j - 1], lines[j])) {
        rows.back() += " " + lines[j].text;
      } else {
        rows.emplace_back(without_group_label(lines[j].text));
      }
    }
    for (const auto& row : rows) items.push_back(row);
    return parsing::parse_attendee_items(items);
  }
  return {};
}

// ---------------------------------------------------------------- the salutation's person

bool is_generic_addressee(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kGeneric{
      "minister", "sir", "madam", "sir or madam", "sir/madam", "colleague", "colleagues",
      "all",      "secretary of state", "chair", "chief executive", "friend"};
  auto key = lower(strip_trailing_punctuation(name));
  return std::find(kGeneric.begin(), kGeneric.end(), key) != kGeneric.end();
}

std::string salutation_text(const Line& line) { return std::string(strip_trailing_punctuation(line.text)); }

// "Dear Nigel" -> the attendee Nigel Richardson when there is one.
std::optional<Party> addressee(std::string_view salutation, const std::vector<Party>& attendees) {
  size_t space = salutation.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  auto named = trim(salutation.substr(space + 1));
  if (named.empty() || is_generic_addressee(named)) return std::nullopt;
  auto parts = parsing::split_name_line(named);
  if (parts.name.empty()) return std::nullopt;
  for (const auto& attendee : attendees) {
    auto first = parsing::split_words(attendee.name);
    bool match = !first.empty() && (equals_ci(first.front(), parts.name) || equals_ci(attendee.name, parts.name) ||
                                    last_word(attendee.name) == lower(parts.name));
    if (match) return attendee;
  }
  Party party;
  party.name = parts.name;
  party.title = parts.title;
  return party;
}

// ---------------------------------------------------------------- assembly

std::string body_between(std::string_view clean, const Lines& lines, size_t first, size_t end) {
  if (first >= end || first >= lines.size()) return "";
  end = std::min(end, lines.size());
  size_t from = lines[first].offset;
  size_t to = lines[end - 1].end;
  if (to <= from) return "";
  return std::string(trim(clean.substr(from, to - from)));
}

size_t body_start(const Lines& lines, const Layout& layout, const Subject& subject, DocType type) {
  size_t start = layout.salutation != kNone ? layout.salutation + 1 : layout.email.end;
  if (subject.line != kNone && subject.line >= start && subject.line < start + 4) start = subject.line + 1;
  if (layout.salutation == kNone && type != DocType::email) {
    // Minutes and reports: after their heading and attendee lists.
    for (size_t i = 0; i < std::min(lines.size(), layout.header_end); ++i) {
      if (is_minutes_marker(lines[i].text)) start = i + 1;
    }
  }
  return start;
}

std::string describe(const Letter& letter) {
  std::string kind = to_string(letter.type);
  kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
  if (letter.type == DocType::email) kind = "Email";
  auto who = [](const Party& party) { return party.name.empty() ? party.organisation : party.name; };
  std::string from = who(letter.sender);
  std::string to = letter.recipients.empty() ? "" : who(letter.recipients.front());
  std::string title = kind;
  if (!from.empty()) title += " from " + from;
  if (!to.empty()) title += " to " + to;
  return title;
}

// The value after a label at lines[i], with the lines it runs on to when it
// breaks off mid-title ("..., Children's Services Adviser," over "Department for Education").
std::string labelled_value(const Lines& lines, size_t i, size_t colon) {
  std::string value(trim(std::string_view(lines[i].text).substr(colon + 1)));
  for (size_t j = i + 1; j < lines.size() && j < i + 3 && role_dangles(value); ++j) {
    const std::string_view next = lines[j].text;
    const size_t label = next.find(':');
    if (next.empty() || (label != std::string_view::npos && label <= 24)) break;
    value += " " + std::string(next);
  }
  return value;
}

// "Cabinet", "Children's Scrutiny Committee", "Corporate Parenting Panel" on
// a line of its own at the head of a council's report: the meeting it goes
// to, of the council named on the report's first line.
std::optional<Party> committee_addressed(const Lines& lines) {
  const size_t first = next_non_blank(lines, 0, lines.size());
  if (first == kNone || !parsing::is_organisation_line(lines[first].text)) return std::nullopt;
  size_t looked = 0;
  for (size_t i = first + 1; i < lines.size() && looked < 10; ++i) {
    if (lines[i].blank()) continue;
    ++looked;
    // The first column: "CABINET      Agenda Item 6", "Scrutiny Panel   | 12 July 2012".
    std::string_view cell = lines[i].text;
    for (std::string_view cut : {"\t", "   ", " | "}) cell = cell.substr(0, cell.find(cut));
    cell = strip_trailing_punctuation(trim(cell));
    const auto words = parsing::split_words(cell);
    if (words.empty() || words.size() > 8 || cell.find(':') != std::string_view::npos) continue;
    const std::string last = lower(words.back());
    if (last != "cabinet" && last != "committee" && last != "panel") continue;
    Party committee;
    committee.role = parsing::is_all_caps(cell) ? parsing::proper_case(cell) : std::string(cell);
    committee.organisation = strip_trailing_punctuation(lines[first].text);
    return committee;
  }
  return std::nullopt;
}

// "Prepared for:", "Report to:": whom a report is written for.
std::optional<Party> labelled_recipient(const Lines& lines) {
  static constexpr std::array<std::string_view, 4> kLabels{"prepared for", "report to", "report for", "submitted to"};
  for (size_t i = 0; i < lines.size() && i < 60; ++i) {
    if (!is_short(lines[i])) continue;
    const std::string_view text = lines[i].text;
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon > 24) continue;
    const auto label = lower(trim(text.substr(0, colon)));
    if (std::find(kLabels.begin(), kLabels.end(), label) == kLabels.end()) continue;
    Party party = parsing::parse_list_person(labelled_value(lines, i, colon));
    if (party.name.empty() && party.role.empty()) continue;
    if (party.organisation.empty()) party.organisation = parsing::organisation_in(party.role);
    return party;
  }
  return std::nullopt;
}

// "Report prepared by:", "Report author:", "Author:", "Presented by:" and
// the person after it; "Report of:" and "From:" only when no author is named
// ("Report of: Strategic Director" names a post, not a person).
std::optional<Party> labelled_author(const Lines& lines, bool report) {
  static constexpr std::array<std::string_view, 13> kAuthorLabels{
      "report prepared by", "prepared by",         "report author",   "author",         "written by",
      "presented by",       "report by",           "submitted by",    "lead author",    "responsible officer",
      "lead officer",       "contact officer",     "report author(s)"};
  static constexpr std::array<std::string_view, 2> kWeakLabels{"report of", "from"};
  for (const auto& labels : {std::span<const std::string_view>(kAuthorLabels), std::span<const std::string_view>(kWeakLabels)}) {
    for (size_t i = 0; i < lines.size() && i < (report ? 60 : 20); ++i) {
      if (!is_short(lines[i])) continue;
      const std::string_view text = lines[i].text;
      // "Author: Jane Smith", or a committee report's table: "Responsible Officer    Jane Smith".
      size_t colon = text.find(':');
      if (colon == std::string_view::npos || colon > 24) colon = std::min(text.find('\t'), text.find("   "));
      if (colon == std::string_view::npos || colon > 24) continue;
      const auto label = lower(trim(text.substr(0, colon)));
      const bool labelled = std::find(labels.begin(), labels.end(), label) != labels.end() && (report || label == "from");
      if (!labelled) continue;
      Party author = parsing::parse_list_person(labelled_value(lines, i, colon));
      if (author.name.empty() || (count_words(author.name, 2) < 2 && author.title.empty())) continue;
      if (author.organisation.empty()) author.organisation = parsing::organisation_in(author.role);
      return author;
    }
  }
  return std::nullopt;
}

// "From the Office of Councillor Jane Ellis" over "Leader of the Council",
// or "From the Parliamentary Under Secretary of State for Children and
// Families" over "Tim Loughton MP", in a letterhead: the sender, when the
// signature names nobody.
std::optional<Party> office_of_letterhead(const Lines& lines, size_t until) {
  for (size_t i = 0; i < until && i < lines.size(); ++i) {
    std::string_view text = lines[i].text;
    if (starts_with_ci(text, "from the ") && !starts_with_ci(text, "from the office of ") &&
        parsing::is_role_line(text.substr(9)) && i + 1 < lines.size() && parsing::is_name_line(lines[i + 1].text)) {
      const auto parts = parsing::split_name_line(lines[i + 1].text);
      Party party{parts.name, parts.title, std::string(strip_trailing_punctuation(text.substr(9))), "", ""};
      party.organisation = parsing::organisation_in(party.role);
      return party;
    }
    // "From Maria Eagle MP" over "Parliamentary Under Secretary of State ...":
    // a minister's letterhead naming the minister.
    if (starts_with_ci(text, "from ") && !starts_with_ci(text, "from the ") && parsing::is_name_line(text.substr(5))) {
      const auto parts = parsing::split_name_line(text.substr(5));
      Party party{parts.name, parts.title, "", "", ""};
      if (i + 1 < lines.size() && parsing::is_role_line(lines[i + 1].text)) {
        party.role = strip_trailing_punctuation(lines[i + 1].text);
        party.organisation = parsing::organisation_in(party.role);
      }
      return party;
    }
    size_t prefix = 0;
    for (std::string_view label : {"from the office of ", "office of "})
      if (starts_with_ci(text, label)) prefix = label.size();
    if (prefix == 0) continue;
    std::string_view named = text.substr(prefix);
    // "From the Office of the Mayor, Martin Winter": the name after the office.
    if (const size_t comma = named.find(", "); comma != std::string_view::npos && !parsing::is_name_line(named))
      named = named.substr(comma + 2);
    if (!parsing::is_name_line(named)) continue;
    const auto parts = parsing::split_name_line(named);
    Party party{parts.name, parts.title, "", "", ""};
    if (i + 1 < lines.size() && parsing::is_role_line(lines[i + 1].text)) {
      party.role = strip_trailing_punctuation(lines[i + 1].text);
      party.organisation = parsing::organisation_in(party.role);
    }
    return party;
  }
  return std::nullopt;
}

// "Independent Chair: Dr Jane Ellis" in a board's letterhead, over a
// letter signed only "Independent Chair": the holder of the post signed.
std::optional<parsing::NameLine> holder_in_letterhead(const Lines& lines, size_t header_end, std::string_view role) {
  for (size_t i = 0; i < header_end && i < lines.size(); ++i) {
    const std::string_view text = lines[i].text;
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || !equals_ci(trim(text.substr(0, colon)), trim(role))) continue;
    const std::string_view named = trim(text.substr(colon + 1));
    if (parsing::is_name_line(named)) return parsing::split_name_line(named);
  }
  return std::nullopt;
}

// The header's lines with OCR's digits for letters mended ("Counci11or",
// "Par1iamentary Under Secretary"), so that names and roles read as such.
Lines ocr_repaired_header(const Lines& lines, size_t header_end) {
  Lines repaired = lines;
  for (size_t i = 0; i < header_end && i < repaired.size(); ++i)
    repaired[i] = with_letters_for_digits(std::move(repaired[i]), true);
  return repaired;
}

// "www.ofsted.gov.uk" in a letterhead: the sender's organisation, when the
// address's name is an organisation's ("Ofsted"), not a place's.
std::string organisation_of_web_address(const Lines& lines, size_t header_end) {
  for (size_t i = 0; i < header_end && i < lines.size(); ++i) {
    const size_t www = lines[i].text.find("www.");
    if (www == std::string::npos) continue;
    const std::string_view rest = std::string_view(lines[i].text).substr(www + 4);
    const std::string_view label = rest.substr(0, rest.find('.'));
    // Initials ("www.lga.gov.uk") would need their body's full name: left alone.
    const std::string name = parsing::proper_case(label);
    if (label.size() > 4 && parsing::is_organisation_line(name) && parsing::count_words(name, 2) == 1) return name;
  }
  return "";
}

// "Farnilies", "Departrnent": OCR's "rn" for "m" in the words offices and
// bodies are named with, mended where the folded word is one of them.
std::string with_m_for_rn(std::string_view text) {
  static const std::unordered_set<std::string> kOfficeWords{
      "families", "family", "department", "minister", "government", "improvement", "management", "member",
      "members", "committee", "commissioner", "programme", "performance", "assessment", "metropolitan"};
  std::string out;
  for (const auto word : parsing::split_words(text)) {
    std::string mended(word);
    if (word.find("rn") != std::string_view::npos && kOfficeWords.contains(lower(strip_trailing_punctuation(parsing::m_for_rn(mended)))))
      mended = parsing::m_for_rn(mended);
    if (!out.empty()) out += ' ';
    out += mended;
  }
  return out;
}

void mend_rn_for_m(Party& party) {
  if (party.role.find("rn") != std::string::npos) party.role = with_m_for_rn(party.role);
  if (party.organisation.find("rn") != std::string::npos) party.organisation = with_m_for_rn(party.organisation);
}

// "Independent Chair, Halton Children's Services Improvement Board" signed
// for that board: the board is the organisation, "Independent Chair" the role.
void without_organisation_in_role(Party& party) {
  // "Chair, LGA Children and Young People Board": a board named after its
  // parent's initials is the parent's, and stays in the role.
  const auto words = parsing::split_words(party.organisation);
  if (words.empty() || (words.front().size() >= 2 && parsing::is_all_caps(words.front()))) return;
  const std::string tail = ", " + party.organisation;
  if (party.role.size() > tail.size() && lower(party.role).ends_with(lower(tail)))
    party.role.resize(party.role.size() - tail.size());
}

void read_parties(const Lines& lines, const Layout& layout, Letter& letter) {
  const auto& fields = layout.email.fields;
  letter.attendees = find_attendees(lines);
  auto header = read_header(ocr_repaired_header(lines, layout.header_end), layout.email.end, layout.header_end);
  Party signature = layout.signature == kNone           ? Party{}
                    : layout.signed_in_right_column ? read_signature(right_column(lines, layout.signature, layout.own_end), 0,
                                                                     layout.own_end - layout.signature)
                                                    : read_signature(lines, layout.signature, layout.own_end);
  bool signer_heads_letter = header.recipient && header.letterhead.name.empty() && !signature.name.empty() &&
                             last_word(header.recipient->name) == last_word(signature.name);
  if (signer_heads_letter) {
    // The only name block is the signer's own letterhead, not an address.
    header.letterhead = *header.recipient;
    header.recipient.reset();
  }
  if (header.letterhead.name.empty() && signature.name.empty())
    if (auto office = office_of_letterhead(lines, layout.header_end)) {
      fill_missing(*office, header.letterhead);
      header.letterhead = *office;
    }
  // "BEVERLEY HUGHES" signing under a "From the Minister of State ..." letterhead: her office.
  if (!signature.name.empty() && signature.role.empty())
    if (auto office = office_of_letterhead(lines, layout.header_end);
        office && last_word(office->name) == last_word(signature.name))
      fill_missing(signature, *office);
  letter.sender = merge_sender(header.letterhead, signature);
  if (letter.sender.name.empty() && !letter.sender.role.empty())
    if (auto holder = holder_in_letterhead(lines, layout.header_end, letter.sender.role)) {
      letter.sender.name = holder->name;
      letter.sender.title = holder->title;
    }
  bool headed = letter.type == DocType::minutes || letter.type == DocType::report;
  // A heading such as "Notes of the Cornwall Improvement Board" is no sender;
  // nor is anyone named at the head of minutes ("Councillor X (in the Chair)"):
  // minutes record a meeting, and only a signed note has an author.
  const bool unsigned_minutes = letter.type == DocType::minutes && signature.name.empty();
  if ((headed && letter.sender.name.empty()) || unsigned_minutes) letter.sender = Party{};
  // "Report prepared by: Jane Smith, Corporate Director": a report's author;
  // "From: Jane Smith, Head of Safeguarding": a memo's. A report's label
  // names its author more surely than a name guessed from its headings.
  const bool unsigned_report = letter.type == DocType::report && signature.name.empty();
  if (letter.type != DocType::minutes && letter.type != DocType::email &&
      (letter.sender.name.empty() || unsigned_report)) {
    if (auto author = labelled_author(lines, letter.type == DocType::report)) {
      // The council whose name heads the report is the author's.
      if (author->organisation.empty() && header.letterhead.organisation.find(':') == std::string::npos)
        author->organisation = header.letterhead.organisation;
      letter.sender = *author;
    }
  } else if (letter.type == DocType::report) {
    // A report signed by its labelled author: the label says where they work
    // ("Prepared by: X, Adviser, Department for Education"); the heading may
    // name the council reviewed.
    if (auto author = labelled_author(lines, true);
        author && !author->organisation.empty() && last_word(author->name) == last_word(letter.sender.name))
      letter.sender.organisation = author->organisation;
  }
  if (letter.type == DocType::email) {
    if (auto it = fields.find("from"); it != fields.end()) {
      Party from = email_party(it->second);
      // "From: DCS Office" sending for the director who signs: the signer.
      if (!signature.name.empty() && !parsing::is_name_line(from.name)) from = Party{signature.name, signature.title, "", "", from.address};
      fill_missing(from, signature);
      letter.sender = from;
    }
    if (auto it = fields.find("to"); it != fields.end()) letter.recipients = email_parties(it->second);
    if (auto it = fields.find("cc"); it != fields.end()) letter.cc = email_parties(it->second);
  }
  if (letter.type == DocType::letter && !letter.sender.name.empty() && letter.sender.organisation.empty())
    letter.sender.organisation = organisation_of_web_address(lines, layout.header_end);
  without_organisation_in_role(letter.sender);
  mend_rn_for_m(letter.sender);
  if (letter.recipients.empty() && letter.type == DocType::report)
    if (auto recipient = labelled_recipient(lines)) letter.recipients.push_back(*recipient);
  if (letter.recipients.empty() && header.recipient) letter.recipients.push_back(*header.recipient);
  if (letter.recipients.empty() && letter.type == DocType::report)
    if (auto committee = committee_addressed(lines)) letter.recipients.push_back(*committee);
  for (Party& recipient : letter.recipients) mend_rn_for_m(recipient);
  if (letter.recipients.empty() && !letter.salutation.empty()) {
    if (auto person = addressee(letter.salutation, letter.attendees)) letter.recipients.push_back(*person);
  }
  for (const auto& attendee : letter.attendees) {
    if (letter.sender.organisation.empty() && !letter.sender.name.empty() &&
        equals_ci(attendee.name, letter.sender.name)) {
      letter.sender.organisation = attendee.organisation;
    }
  }
  if (letter.cc.empty()) {
    size_t from = layout.salutation != kNone ? layout.salutation : layout.email.end;
    letter.cc = parsing::parse_cc_list(find_cc_text(lines, from));
  }
}

Letter parse_lines(std::string_view clean, const Lines& lines) {
  Letter letter;
  Layout layout = find_layout(lines);
  letter.type = find_type(lines, layout);
  if (layout.salutation != kNone) letter.salutation = salutation_text(lines[layout.salutation]);
  if (layout.signoff != kNone)
    letter.signoff = *signoff_in(layout.signed_in_right_column ? last_column(lines[layout.signoff].text)
                                                                : lines[layout.signoff].text);
  auto subject = find_subject(lines, layout);
  letter.subject = subject.text;
  if (auto date = find_date(lines, layout, letter.subject)) {
    letter.date = date->date;
    letter.date_text = date->text;
  }
  read_parties(lines, layout, letter);
  bool headed = letter.type == DocType::minutes || letter.type == DocType::report;
  letter.title = !letter.subject.empty() ? letter.subject : headed ? first_heading(lines) : "";
  if (letter.title.empty()) letter.title = describe(letter);
  size_t end = layout.signoff != kNone ? layout.signoff : (layout.signature != kNone ? layout.signature : lines.size());
  letter.body = body_between(clean, lines, body_start(lines, layout, subject, letter.type), end);
  return letter;
}

}  // namespace

Letter parse_letter(const Text& text) {
  try {
    return parse_lines(text.clean, parsing::split_lines(text.clean));
  } catch (const std::exception&) {
    // Promised never to throw: a letter we cannot read is an empty letter.
    Letter letter;
    letter.body = text.clean;
    return letter;
  }
}

}  // namespace letterbox
