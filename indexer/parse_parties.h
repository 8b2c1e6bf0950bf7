// Reading the people of a letter: names and their honorifics, address and
// signature blocks, and the cc and attendee lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/letter.h"

namespace letterbox::parsing {

// A line read as a name: "Rt Hon Dawn Primarolo MP, Minister" ->
// {name "Dawn Primarolo", title "Rt Hon MP", rest "Minister"}.
struct NameLine {
  std::string name;   // proper case when the line was in capitals
  std::string title;  // "Cllr" is written out as "Councillor"
  std::string rest;   // what follows the name, separators removed
};
NameLine split_name_line(std::string_view line);

// "GRAHAM ARCHER" -> "Graham Archer", "BILL MCCARTHY" -> "Bill McCarthy".
std::string proper_case(std::string_view name);

// A line that is a person's name and nothing else (honorifics allowed).
bool is_name_line(std::string_view line);
bool is_role_line(std::string_view line);
bool is_organisation_line(std::string_view line);
// "A handwritten signature in black ink...", "[signed]".
bool is_signature_description(std::string_view line);

// The body a role names: "Leader of Leeds City Council" -> "Leeds City
// Council", "Managing Director - NHS Commissioning Board Authority" -> "NHS
// Commissioning Board Authority"; "" when it names none.
std::string organisation_in(std::string_view role);

// An address block: name line, then role, organisation and address lines;
// a single line holding all of them ("Cllr Andrew Carter Leader's Office ...
// Leeds LS1 1UR") is read too.
Party parse_address_block(const std::vector<std::string_view>& lines);

// One person of a list: "Judith Blake - Executive Member", "Nigel
// Richardson (Leeds CC)", "Tom Riordan, Chief Executive".
Party parse_list_person(std::string_view item);

// A cc list as written after "copying this letter to": people and their
// roles separated by commas, semicolons and "and".
std::vector<Party> parse_cc_list(std::string_view text);

// Items of an attendee list, each "Name (Organisation)" or "Name, Role".
std::vector<Party> parse_attendee_items(const std::vector<std::string_view>& items);

// Splits at top-level ',' and ';' (not inside parentheses).
std::vector<std::string_view> split_list(std::string_view text);

}  // namespace letterbox::parsing
