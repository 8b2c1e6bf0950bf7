// People named in a letter's text: signature blocks, attendee lists,
// honorifics, "X MP", "Name, Role", known given names and the reference data.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "indexer/tag_draft.h"
#include "indexer/tag_wrapped.h"

namespace letterbox::tagging {

namespace {

bool is_dash(const Token& token) { return token.is("-") || token.text == "\xE2\x80\x93" || token.text == "\xE2\x80\x94"; }

bool is_initial(const Token& token) { return token.word && token.text.size() == 1 && token.capitalised(); }

// OCR's "l" for a capital "I" at a name's start ("lbrahim", "lqbal"): no
// English word starts with "l" and a consonant other than "l" or "y".
bool is_ocr_capital_i(const Token& token) {
  const std::string_view text = token.text;
  return token.word && text.size() > 3 && text[0] == 'l' && std::islower(static_cast<unsigned char>(text[1])) &&
         std::string_view("aeiouly").find(text[1]) == std::string_view::npos;
}

// "LN1", "SW1P": capitals with a digit are a postcode's district, while OCR's
// digits in a name ("Michae1") sit among lower-case letters.
bool is_postcode_district(const Token& token) {
  const std::string_view text = token.text;
  const bool digit = std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const bool lower = std::any_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  return digit && !lower;
}

bool is_name_word(const Lexicon& lexicon, const Token& token) {
  if (!token.word || !(token.capitalised() || is_ocr_capital_i(token)) || is_initial(token)) return false;
  if (std::isdigit(static_cast<unsigned char>(token.text[0]))) return false;
  if (is_postcode_district(token)) return false;
  return !lexicon.is_not_name(token.stem) && !lexicon.is_honorific(token.stem);
}

// Aligned columns ("Jyoti Seth-Saunders      Cormac Mac Giolla Bhride") hold one name each.
bool is_particle(const Token& token) {
  static const std::unordered_set<std::string> kParticles{"de", "da", "di", "du", "del", "della", "der", "den",
                                                          "van", "von", "la", "le", "bin", "ibn", "dos", "das",
      "ap", "ab", "ferch", "al", "el", "ter", "ten"};  // Welsh "ap Gwilym", Arabic "al", Dutch "ter"
  return token.word && kParticles.contains(token.text.size() <= 5 ? std::string(token.text) : std::string());
}

// "d'Arcy": an elided particle before a capital.
bool is_elided(const Token& token) {
  return token.word && token.text.size() > 3 && (token.text[0] == 'd' || token.text[0] == 'o') &&
         token.text[1] == '\'' && std::isupper(static_cast<unsigned char>(token.text[2]));
}

bool same_line(const Token& token) {
  return (token.gap == Gap::space && !token.column) || token.gap == Gap::hyphen || token.gap == Gap::none;
}

// A hyphen ending a line inside a name, the name going on at the next line's start.
bool wrapped_hyphen(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t at) {
  return at + 1 < tokens.size() && tokens[at].is("-") && tokens[at].gap == Gap::none &&
         tokens[at + 1].gap == Gap::line && is_name_word(lexicon, tokens[at + 1]);
}

// "... with Eithne Carolan and Gareth" / "Pryce-Jenkins ...": a known
// forename ending a line of running text, its surname starting the next.
bool forename_wraps(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t at, size_t end) {
  return end == at + 1 && at > 0 && same_line(tokens[at]) && tokens[end].gap == Gap::line &&
         lexicon.is_given_name(tokens[at].stem) && is_name_word(lexicon, tokens[end]);
}

// One past the name words from `at`: up to four capitalised words on one
// line, with initials ("J." or "J") allowed before the last.
size_t name_end(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t at) {
  size_t end = at;
  int words = 0;
  while (end < tokens.size() && words < 4) {
    // "Farhana Ellery-" at a line's end and "Quansah" on the next: one surname.
    if (words > 0 && wrapped_hyphen(lexicon, tokens, end)) {
      end += 2;
      continue;
    }
    if (end > at && !same_line(tokens[end]) && !forename_wraps(lexicon, tokens, at, end)) break;
    if (is_initial(tokens[end])) {
      size_t next = end + 1;
      if (next < tokens.size() && tokens[next].is(".") && tokens[next].gap == Gap::none) ++next;
      if (next < tokens.size() && same_line(tokens[next]) && is_name_word(lexicon, tokens[next])) {
        end = next;
        continue;
      }
      break;
    }
    // "Rachel de Souza", "Marguerite d'Arcy-Mensah": particles inside a name.
    if (words > 0 && is_particle(tokens[end]) && end + 1 < tokens.size() && same_line(tokens[end + 1]) &&
        (is_name_word(lexicon, tokens[end + 1]) || is_particle(tokens[end + 1]))) {
      ++end;
      continue;
    }
    // "Ferreira-Hall", "Okafor-Wood": a street word after a hyphen is the
    // second half of a double-barrelled surname, not an address.
    const bool barrelled = words > 0 && tokens[end].gap == Gap::hyphen && tokens[end].word &&
                           tokens[end].capitalised() && lexicon.is_street_word(tokens[end].stem);
    if (!is_name_word(lexicon, tokens[end]) && !(words > 0 && is_elided(tokens[end])) && !barrelled) break;
    ++end;
    ++words;
  }
  while (end > at && is_particle(tokens[end - 1])) --end;
  return words == 0 ? at : end;
}

// Words, counting a hyphenated pair as one.
size_t separate_words(const std::vector<Token>& tokens, size_t first, size_t last) {
  size_t words = 0;
  for (size_t i = first; i < last; ++i)
    if (tokens[i].word && (i == first || tokens[i].gap != Gap::hyphen)) ++words;
  return words;
}

size_t word_count(const std::vector<Token>& tokens, size_t first, size_t last) {
  return static_cast<size_t>(std::count_if(tokens.begin() + first, tokens.begin() + last, [](const Token& t) { return t.word; }));
}

// The name as displayed: the words as written, possessive dropped, capitals
// made title case.
std::string display_name(const std::vector<Token>& tokens, size_t first, size_t last) {
  std::string name;
  for (size_t i = first; i < last; ++i) {
    if (!tokens[i].word) continue;
    const bool after_hyphen = tokens[i].gap == Gap::hyphen || (i > first && tokens[i - 1].is("-"));
    if (!name.empty()) name += after_hyphen ? "-" : " ";
    std::string_view word = tokens[i].text;
    if (tokens[i].stem != tokens[i].lower) word.remove_suffix(word.ends_with("'s") || word.ends_with("'S") ? 2 : 4);
    name += is_ocr_capital_i(tokens[i]) ? "I" + std::string(word.substr(1)) : std::string(word);
  }
  // "Michae1": OCR's digits for letters.
  return title_case(ocr_repaired_text(name));
}

struct RoleFound {
  std::string role;
  std::string organisation;
};

bool ends_role(const Lexicon& lexicon, const std::vector<Token>& tokens, size_t at) {
  const Token& token = tokens[at];
  if (!token.word) return token.is(",") || token.is(".") || token.is(";") || token.is("(") || token.is(")");
  if (token.lower == "and" && at + 1 < tokens.size()) {
    const Token& next = tokens[at + 1];
    return next.capitalised() && (lexicon.is_given_name(next.stem) || lexicon.is_honorific(next.stem));
  }
  return token.gap == Gap::paragraph;
}

// "..., Chief Executive", "... - Director of Children's Services" or
// "... (Leeds CC)" right after a name ending at `at`.
RoleFound role_after(const Lexicon& lexicon, const ReferenceData& data, const Draft& draft, size_t at) {
  const auto& tokens = draft.tokens;
  if (at + 1 >= tokens.size()) return {};
  if (tokens[at].is("(")) {
    size_t close = at + 1;
    while (close < tokens.size() && close < at + 14 && !tokens[close].is(")")) ++close;
    if (close >= tokens.size() || !tokens[close].is(")") || close == at + 1) return {};
    const std::string inside = draft.span(at + 1, close);
    const auto bodies = bodies_in(lexicon, data, inside);
    if (!bodies.empty()) return {"", bodies.front().entity.name};
    return {inside, ""};
  }
  if (!(tokens[at].is(",") || is_dash(tokens[at])) || !tokens[at + 1].word) return {};
  if (!lexicon.is_role_word(tokens[at + 1].stem) || !tokens[at + 1].capitalised()) return {};
  size_t end = at + 1;
  while (end < tokens.size() && end < at + 15 && (end == at + 1 || !ends_role(lexicon, tokens, end))) ++end;
  return {draft.span(at + 1, end), ""};
}

class PeopleFinder {
 public:
  PeopleFinder(const Lexicon& lexicon, const ReferenceData& data, Draft& draft)
      : lexicon_(lexicon), data_(data), draft_(draft), tokens_(draft.tokens) {}

  void run() {
    find_signature();
    find_attendee_lists();
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (!draft_.person_token[i]) i = find_at(i);
  }

 private:
  // Adds the person named by tokens [first, last); the mention spans
  // [mention_first, mention_last). Returns false when there is no name.
  bool add(size_t first, size_t last, size_t mention_first, size_t mention_last, const std::string& source,
           RoleFound role = {}, const std::string& kept_title = "") {
    const size_t words = word_count(tokens_, first, last);
    if (words == 0) return false;
    Found person;
    person.entity.kind = EntityKind::person;
    person.entity.name = display_name(tokens_, first, last);
    person.key = name_key(person.entity.name);
    // "Ashley-Cole" is one surname, not a forename and a surname.
    const size_t parts = separate_words(tokens_, first, last);
    const bool initial_then_surname = parts == 2 && is_initial(tokens_[first]);
    person.surname_only = parts == 1 || initial_then_surname;
    if (!kept_title.empty() && words == 1) {  // "Lord Nash" is his name, not a surname
      person.entity.name = kept_title + " " + person.entity.name;
      person.key = lower_ascii(kept_title) + " " + person.key;
      person.surname_only = false;
    }
    person.entity.role = role.role;
    person.organisation = role.organisation;
    person.entity.source = source;
    person.entity.evidence = draft_.span(mention_first, mention_last);
    person.position = tokens_[mention_first].begin;
    draft_.people.push_back(std::move(person));
    draft_.claim_person(mention_first, mention_last);
    return true;
  }

  // Tries each rule at token i; returns the last token it used.
  size_t find_at(size_t i) {
    if (auto match = lexicon_.match(tokens_, i, What::person)) {
      // "Jack Straw House": a building named after someone.
      if (match->last < tokens_.size() && same_line(tokens_[match->last]) && tokens_[match->last].capitalised() &&
          lexicon_.is_street_word(tokens_[match->last].stem))
        return match->last;
      return add_with_role(i, match->last, i, "reference");
    }
    if (lexicon_.is_honorific(tokens_[i].stem) && tokens_[i].capitalised()) return honorific_at(i);
    if (is_plural_title(tokens_[i])) return plural_title_list_at(i);
    if (!is_name_word(lexicon_, tokens_[i])) return i;
    const size_t end = name_end(lexicon_, tokens_, i);
    const size_t words = word_count(tokens_, i, end);
    if (words < 2) return i;
    if (end < tokens_.size() && tokens_[end].text == "MP" && same_line(tokens_[end])) {
      add(i, end, i, end + 1, "rule: MP", role_after(lexicon_, data_, draft_, end + 1));
      return end;
    }
    // "Bernard Weatherill House": a building named after someone.
    const bool building = end < tokens_.size() && same_line(tokens_[end]) && lexicon_.is_street_word(tokens_[end].stem);
    if (lexicon_.is_given_name(tokens_[i].stem) && !lexicon_.is_street_word(tokens_[end - 1].stem) && !building)
      return add_with_role(i, end, i, "rule: given name");
    if (is_barrelled_name(i, end) && !building && !lexicon_.is_place_word(tokens_[i].stem))
      return add_with_role(i, end, i, "rule: double-barrelled name");
    if (lexicon_.is_place_word(tokens_[i].stem) || end >= tokens_.size()) return i;
    const RoleFound role = role_after(lexicon_, data_, draft_, end);
    if (!role.role.empty() && !tokens_[end].is("(")) add(i, end, i, end, "rule: name and role", role);
    return end - 1;
  }

  static bool is_plural_title(const Token& token) {
    return token.capitalised() && (token.lower == "councillors" || token.lower == "cllrs");
  }

  // "Councillors A. Akinola, J. Brophy and D. Sale": one title for a list
  // of names parted by commas and "and", up to the paragraph's end.
  size_t plural_title_list_at(size_t i) {
    size_t at = i + 1;
    size_t last_used = i;
    while (at < tokens_.size() && tokens_[at].gap != Gap::paragraph) {
      const size_t end = name_end(lexicon_, tokens_, at);
      if (end == at) break;
      add(at, end, at, end, "rule: plural title", {"Councillor", ""});
      last_used = end - 1;
      at = end;
      if (at < tokens_.size() && tokens_[at].is(",")) ++at;
      if (at < tokens_.size() && tokens_[at].lower == "and") ++at;
    }
    return last_used;
  }

  // "Erin Mackenzie-Adebola": a forename and a surname of two capitalised
  // halves, which places and bodies do not have ("Stockton-on-Tees").
  bool is_barrelled_name(size_t first, size_t last) const {
    if (last != first + 3 || tokens_[first + 1].gap == Gap::hyphen || tokens_[first + 2].gap != Gap::hyphen)
      return false;
    if (last < tokens_.size() && tokens_[last].gap == Gap::hyphen) return false;
    // "DfE Six-Monthly": a body's name or acronym is no forename.
    if (lexicon_.match(tokens_, first, What::body) || lexicon_.is_body_word(tokens_[first].lower)) return false;
    return std::all_of(tokens_.begin() + static_cast<long>(first), tokens_.begin() + static_cast<long>(last),
                       [&](const Token& token) {
                         return token.text.size() > 1 && !is_all_caps_word(token) && !lexicon_.is_street_word(token.stem);
                       });
  }

  static bool is_all_caps_word(const Token& token) {
    return std::none_of(token.text.begin(), token.text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  }

  size_t add_with_role(size_t first, size_t last, size_t mention_first, const std::string& source) {
    size_t mention_last = last;
    if (last < tokens_.size() && tokens_[last].text == "MP" && same_line(tokens_[last])) ++mention_last;
    add(first, last, mention_first, mention_last, source, role_of(mention_first, mention_last));
    return mention_last - 1;
  }

  // The role after the name, or on the next line when the name has a line
  // to itself (a letterhead or address block).
  RoleFound role_of(size_t mention_first, size_t mention_last) const {
    RoleFound role = role_after(lexicon_, data_, draft_, mention_last);
    if (!role.role.empty() || !role.organisation.empty() || mention_last >= tokens_.size()) return role;
    const bool own_line = same_line(tokens_[mention_last]) == false && !same_line(tokens_[mention_first]);
    const Token& next = tokens_[mention_last];
    if (own_line && next.word && next.capitalised() && lexicon_.is_role_word(next.stem))
      role.role = draft_.span(mention_last, next_line(mention_last));
    while (role.role.ends_with(".") || role.role.ends_with(",")) role.role.pop_back();
    return role;
  }

  // "Councillor Judith Blake", "Rt Hon Dawn Primarolo MP", "Mr McCarthy's", "Lord Nash".
  size_t honorific_at(size_t i) {
    size_t at = i;
    std::string last_title;
    while (at < tokens_.size() && ((tokens_[at].word && lexicon_.is_honorific(tokens_[at].stem)) ||
                                   (tokens_[at].is(".") && at > i))) {
      if (tokens_[at].word) last_title = tokens_[at].stem;
      ++at;
    }
    if (at >= tokens_.size() || !same_line(tokens_[at])) return i;
    const size_t end = name_end(lexicon_, tokens_, at);
    if (end == at) return i;
    const bool peer = last_title == "lord" || last_title == "baroness" || last_title == "lady";
    const std::string kept = peer ? title_case(std::string(tokens_[at - 1].text)) : "";
    const std::string title = tokens_[at - 1].word ? std::string(tokens_[at - 1].text) : "";
    size_t mention_last = end;
    if (mention_last < tokens_.size() && tokens_[mention_last].text == "MP") ++mention_last;
    RoleFound role = role_of(i, mention_last);
    if (role.role.empty() && (last_title == "councillor" || last_title == "cllr")) role.role = "Councillor";
    add(at, end, i, mention_last, "rule: honorific", role, kept);
    return mention_last - 1;
  }

  // Token index where the line holding token i starts, and where the next does.
  size_t next_line(size_t i) const {
    size_t j = i + 1;
    while (j < tokens_.size() && same_line(tokens_[j])) ++j;
    return j;
  }

  bool line_starts_with(size_t i, std::initializer_list<const char*> words) const {
    size_t j = i;
    for (const char* word : words) {
      if (j >= tokens_.size() || tokens_[j].lower != word || (j > i && !same_line(tokens_[j]))) return false;
      ++j;
    }
    return true;
  }

  bool is_sign_off(size_t i) const {
    return line_starts_with(i, {"yours", "sincerely"}) || line_starts_with(i, {"yours", "faithfully"}) ||
           line_starts_with(i, {"yours", "truly"}) || line_starts_with(i, {"kind", "regards"}) ||
           line_starts_with(i, {"best", "wishes"}) || line_starts_with(i, {"with", "best", "wishes"}) ||
           line_starts_with(i, {"best", "regards"}) || line_starts_with(i, {"regards"}) ||
           line_starts_with(i, {"yours", "ever"});
  }

  // The first line after the sign-off that is a name of two to four words
  // (a lone first name above it is the handwritten signature), and the
  // line under it as the role when it reads like one.
  void find_signature() {
    size_t sign_off = tokens_.size();
    for (size_t i = 0; i < tokens_.size(); i = next_line(i))
      if (is_sign_off(i)) sign_off = i;
    if (sign_off == tokens_.size()) return;
    size_t line = next_line(sign_off);
    for (int tries = 0; tries < 4 && line < tokens_.size(); ++tries, line = next_line(line)) {
      const size_t line_end = next_line(line);
      if (line_starts_with(line, {"a", "handwritten"}) || line_starts_with(line, {"signed"})) continue;
      size_t first = line;
      while (first < line_end && tokens_[first].word && lexicon_.is_honorific(tokens_[first].stem)) ++first;
      const size_t end = name_end(lexicon_, tokens_, first);
      size_t rest = end;
      if (rest < line_end && tokens_[rest].text == "MP") ++rest;
      while (rest < line_end && (tokens_[rest].is(".") || tokens_[rest].is(","))) ++rest;
      const size_t words = word_count(tokens_, first, end);
      if (words == 1 && rest == line_end) continue;  // "Edward": the signature itself
      if (words < 2 || rest != line_end) return;
      RoleFound role;
      const size_t role_line = line_end;
      if (role_line < tokens_.size() && tokens_[role_line].word && lexicon_.is_role_word(tokens_[role_line].stem))
        role.role = draft_.span(role_line, next_line(role_line));
      add(first, end, line, rest, "rule: signature", role);
      return;
    }
  }

  bool is_attendee_heading(size_t i) const {
    static const char* const kHeadings[] = {"present", "attending", "attendees", "attendance", "apologies"};
    size_t at = i;
    if (at < tokens_.size() && (tokens_[at].lower == "in" || tokens_[at].lower == "also")) ++at;
    if (at + 1 >= tokens_.size()) return false;
    const bool heading = std::any_of(std::begin(kHeadings), std::end(kHeadings),
                                     [&](const char* word) { return tokens_[at].lower == word; });
    return heading && tokens_[at + 1].is(":");
  }

  // "Present: Cllr A Smith (Chair), Jane Doe (DfE); ..." up to a blank line.
  void find_attendee_lists() {
    for (size_t i = 0; i < tokens_.size(); i = next_line(i)) {
      if (!is_attendee_heading(i)) continue;
      size_t at = i;
      while (!tokens_[at].is(":")) ++at;
      size_t item = at + 1;
      size_t end = item;
      while (end < tokens_.size() && (end == item || tokens_[end].gap != Gap::paragraph) &&
             !(end > item && !same_line(tokens_[end]) && is_attendee_heading(end)))
        ++end;
      read_attendees(item, end);
    }
  }

  // Whether the list parts its items with '|' or ';' inside its lines, so
  // that a line break only wraps an item ("... | Oyelaran\nPitt (The Learning Trust) |").
  bool parted_within_lines(size_t first, size_t last) const {
    for (size_t i = first; i + 1 < last; ++i)
      if ((tokens_[i].is("|") || tokens_[i].is(";")) && same_line(tokens_[i + 1])) return true;
    return false;
  }

  // "Helen Crosby, Principal, Netherton Park Academy": an item after a role
  // on the same line, with no title and no known forename, is where that
  // person works, not another person.
  // So is a table's cell after the role's ("Named Doctor      Clinical").
  bool names_workplace(size_t item, bool follows_role) const {
    const bool cell_on_line = tokens_[item].column && tokens_[item].gap == Gap::space;
    if (!follows_role || !(same_line(tokens_[item]) || cell_on_line) || !tokens_[item].word) return false;
    return !lexicon_.is_honorific(tokens_[item].stem) && !lexicon_.is_given_name(tokens_[item].stem) &&
           !is_plural_title(tokens_[item]);
  }

  void read_attendees(size_t first, size_t last) {
    const bool wrapped = parted_within_lines(first, last);
    const size_t names_column = first < last ? draft_.column(first) : 0;
    size_t item = first;
    bool follows_role = false;
    while (item < last) {
      // "Lindsay Holt      Strategic Director, Children\n                  and
      // Enterprise": a line starting right of the names' column goes on
      // with a cell of the row above; it names no one.
      if (!wrapped && item > first && tokens_[item].gap == Gap::line && draft_.column(item) > names_column + 2) {
        do ++item;
        while (item < last && tokens_[item].gap != Gap::line && tokens_[item].gap != Gap::paragraph);
        continue;
      }
      size_t item_end = item;
      int depth = 0;
      while (item_end < last) {
        const Token& token = tokens_[item_end];
        const bool line_break = !same_line(token) && !wrapped;
        if (item_end > item && depth == 0 && (token.is(",") || token.is(";") || token.is("|") || line_break))
          break;
        depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
        ++item_end;
      }
      const size_t people_before = draft_.people.size();
      const bool workplace = item > first && names_workplace(item, follows_role);
      if (!workplace) read_attendee(item, item_end);
      // After a role or a workplace, the row's next cell on the line is a workplace too.
      follows_role = workplace || draft_.people.size() == people_before;
      item = item_end;
      while (item < last && (tokens_[item].is(",") || tokens_[item].is(";") || tokens_[item].is("|") ||
                             tokens_[item].is("-")))
        ++item;
    }
  }

  void read_attendee(size_t first, size_t last) {
    size_t at = first;
    if (at < last && (tokens_[at].lower == "and" || is_dash(tokens_[at]) || tokens_[at].is("*"))) ++at;
    size_t names = at;
    std::string title;
    while (names < last && ((tokens_[names].word && lexicon_.is_honorific(tokens_[names].stem)) ||
                            is_plural_title(tokens_[names]) || tokens_[names].is("."))) {
      if (tokens_[names].word) title = is_plural_title(tokens_[names]) ? "councillor" : tokens_[names].stem;
      ++names;
    }
    const size_t end = name_end(lexicon_, tokens_, names);
    // "..., Kirklees Metropolitan Council", "| South Yorkshire Police |": an
    // organisation after a comma or in a table cell belongs to the one before.
    const bool organisation = title.empty() && (lexicon_.match(tokens_, names, What::body) ||
                                                lexicon_.match(tokens_, names, What::place));
    if (end == names || organisation) {
      attach_role_to_last(at, last);
      return;
    }
    // A lone word with no title and more words after it in its item
    // ("Rotherham Metropolitan Borough Council") is not a surname.
    if (title.empty() && word_count(tokens_, names, end) == 1 && end < last && tokens_[end].word) return;
    RoleFound role = role_after(lexicon_, data_, draft_, end);
    if (role.role.empty() && end < last && is_dash(tokens_[end])) role.role = draft_.span(end + 1, last);
    if (role.role.empty() && (title == "councillor" || title == "cllr")) role.role = "Councillor";
    const bool peer = title == "lord" || title == "baroness" || title == "lady";
    add(names, end, at, end, "rule: attendee list", role, peer ? title_case(std::string(tokens_[names - 1].text)) : "");
  }

  // "Jane Doe, Director of Children's Services" split at the comma.
  void attach_role_to_last(size_t first, size_t last) {
    if (first >= last || draft_.people.empty() || !lexicon_.is_role_word(tokens_[first].stem)) return;
    auto& previous = draft_.people.back();
    if (previous.entity.role.empty() || previous.entity.role == "Councillor") previous.entity.role = draft_.span(first, last);
  }

  const Lexicon& lexicon_;
  const ReferenceData& data_;
  Draft& draft_;
  const std::vector<Token>& tokens_;
};

}  // namespace

void find_people(const Lexicon& lexicon, const ReferenceData& data, Draft& draft) {
  // "Councillor Olamide / Hutchinson-Vaz", "Dr Ibrahim / Sesay": a name
  // wrapped with its paragraph after its title and forename is one name. (A
  // list's next line may start a new name, however long its lines.)
  const WrappedLinesJoined wrapped(draft, [&](size_t at) {
    return at >= 2 && draft.tokens[at - 1].capitalised() && lexicon.is_honorific(draft.tokens[at - 2].lower);
  });
  PeopleFinder(lexicon, data, draft).run();
}

}  // namespace letterbox::tagging
