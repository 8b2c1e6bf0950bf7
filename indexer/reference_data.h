// The reference data the tagger uses, loaded from plain tab-separated files
// in a folder (corpus/reference by default) that users can read and extend.
//
//   people.tsv      name <TAB> aliases (";"-separated) <TAB> note
//   offices.tsv     person <TAB> office <TAB> department <TAB> start <TAB> end
//                   (dates YYYY-MM-DD, both days included; empty end = still
//                   in office; the office is ministerial: Minister of State,
//                   Parliamentary Under Secretary of State, Secretary of State)
//   bodies.tsv      name <TAB> kind <TAB> aliases and acronyms (";"-separated)
//   councils.tsv    name <TAB> places (";"-separated, first canonical) <TAB>
//                   irregular name variants (";"-separated) <TAB> note; a note
//                   containing "ambiguous place name" sets ambiguous_place.
//                   Regular variants ("Leeds Council", "Leeds CC", "LB Barnet",
//                   "Rotherham MBC") are added to the aliases by rule on loading.
//   grades.tsv      grade <TAB> scale <TAB> first year <TAB> last year <TAB> variants (";"-separated)
//   places.tsv      place <TAB> kind <TAB> variants (";"-separated): places that
//                   are not a council's place (regions, towns)
//   given-names.tsv given name: first names that mark "Richard Brett" as a person
//
// Trailing empty columns may be left off. Lines starting with '#' are
// comments; the first comments say what the file holds and where its facts
// come from.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/letter.h"

namespace letterbox {

struct ReferencePerson {
  std::string name;
  std::vector<std::string> aliases;
};

struct Office {
  std::string person;
  std::string office;      // "Parliamentary Under Secretary of State for Children and Families"
  std::string department;  // "Department for Education"
  Date start;
  Date end;  // invalid (year 0) when still in office
  bool held_on(const Date& date) const;
};

struct ReferenceBody {
  std::string name;  // "Department for Education"
  std::string kind;  // department, inspectorate, council, board, nhs, association, government office
  std::vector<std::string> aliases;  // "DfE"
  std::string place;                 // for councils: "Leeds"
  std::vector<std::string> place_aliases;  // for councils: "Hull" for "Kingston upon Hull"
  bool ambiguous_place = false;      // the place is also a word or surname ("Reading", "Wakefield")
};

struct ReferencePlace {
  std::string name;  // "Yorkshire and the Humber"
  std::string kind;  // region, county, town
  std::vector<std::string> variants;
};

struct ReferenceGrade {
  std::string grade;  // "requires improvement"
  std::string scale;  // "Ofsted 2013 single inspection framework"
  int first_year = 0;
  int last_year = 0;  // 0 = still used
  std::vector<std::string> variants;
};

struct ReferenceData {
  std::vector<ReferencePerson> people;
  std::vector<Office> offices;
  std::vector<ReferenceBody> bodies;  // councils.tsv rows are bodies of kind "council"
  std::vector<ReferenceGrade> grades;
  std::vector<ReferencePlace> places;
  std::vector<std::string> given_names;
};

// Throws std::runtime_error naming the file and line of a malformed row.
// A missing file in the folder is an error; a missing folder too.
ReferenceData load_reference_data(const std::filesystem::path& folder);

// The folder used when none is given: $LETTERBOX_REFERENCE, else the
// corpus/reference folder of the source tree this was built from.
std::filesystem::path default_reference_folder();

// The people holding an office on a date, latest appointment first. The office
// is compared without case, and a shorter form names every office it begins
// ("Minister of State for Children" -> "... for Children, Young People and
// Families"). An invalid date matches every holder there has been.
std::vector<const Office*> office_holders(const ReferenceData& data, std::string_view office, const Date& date);

// Whether an office title begins with the given form, word for word and
// without case ("Secretary of State for Education" begins "Secretary of State
// for Education and Skills"; "Minister for Children" begins nothing).
bool office_begins_with(std::string_view office, std::string_view form);

}  // namespace letterbox
