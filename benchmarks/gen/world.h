// The built-in world the corpus generator writes about: ministers and their
// offices by date, English upper-tier councils, bodies, people's names and
// the inspection grades in use each year.
#pragma once

#include <string>
#include <vector>

#include "benchmarks/gen/random.h"

namespace letterbox::gen {

struct Minister {
  std::string name;
  std::string office;  // "Parliamentary Under Secretary of State for Children and Families"
  int start = 0;       // YYYYMMDD, first day in office
  int end = 0;         // YYYYMMDD, last day in office
  bool secretary_of_state = false;
};

struct Council {
  std::string name;    // "Leeds City Council"
  std::string place;   // "Leeds"
  std::string region;  // Government Office region: "Yorkshire and the Humber"
};

struct Department {
  std::string name;  // "Department for Education"
  std::string acronym;
  std::string address;
  std::string email;
};

const std::vector<Minister>& ministers();
const std::vector<Council>& councils();
const std::vector<std::string>& first_names();
const std::vector<std::string>& surnames();
// Bodies other than councils and departments: "Ofsted", "Local Government Association".
const std::vector<std::string>& bodies_on(int yyyymmdd);

// The children's minister (not Secretary of State) in office on the date, or,
// before that office existed, the Secretary of State. Never null for 2000-2025.
const Minister& children_minister_on(int yyyymmdd);
const Minister& secretary_of_state_on(int yyyymmdd);
const Department& department_on(int yyyymmdd);
// The inspectorate of children's social care on the date (CSCI, then Ofsted).
std::string inspectorate_on(int yyyymmdd);

// A grade of the scale in use in that year, with the sentence form the
// letters of that period use: "judged 'good'", "performs poorly", ...
std::string grade_on(int year, Random& random);
std::string judgement_sentence(int year, const std::string& place, Random& random);

}  // namespace letterbox::gen
