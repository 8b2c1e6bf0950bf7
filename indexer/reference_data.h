// The reference data the tagger uses, loaded from plain tab-separated files
// in a folder (corpus/reference by default) that users can read and extend.
//
//   people.tsv   name <TAB> aliases (";"-separated) <TAB> note
//   offices.tsv  person <TAB> office <TAB> department <TAB> start <TAB> end
//                (dates YYYY-MM-DD; empty end = still in office; the office
//                is ministerial: Minister of State, Parliamentary Under
//                Secretary of State, Secretary of State)
//   bodies.tsv   name <TAB> kind <TAB> aliases and acronyms (";"-separated)
//   councils.tsv name <TAB> place <TAB> name variants (";"-separated)
//   grades.tsv   grade <TAB> scale <TAB> first year <TAB> last year <TAB> variants (";"-separated)
//
// Lines starting with '#' are comments; the first comment says where the
// facts come from.
#pragma once

#include <filesystem>
#include <string>
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
};

// Throws std::runtime_error naming the file and line of a malformed row.
// A missing file in the folder is an error; a missing folder too.
ReferenceData load_reference_data(const std::filesystem::path& folder);

// The folder used when none is given: $LETTERBOX_REFERENCE, else the
// corpus/reference folder of the source tree this was built from.
std::filesystem::path default_reference_folder();

}  // namespace letterbox
