#include "indexer/reference_data.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <stdexcept>

namespace letterbox {

namespace {

namespace fs = std::filesystem;

// One data row with where it came from, so that errors can name it.
struct Row {
  std::vector<std::string> cells;
  std::string where;  // "corpus/reference/people.tsv:12"
};

std::string trim(std::string_view s) {
  size_t begin = 0;
  size_t end = s.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
  return std::string(s.substr(begin, end - begin));
}

std::vector<std::string> split(std::string_view s, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t next = s.find(separator, start);
    parts.push_back(trim(s.substr(start, next == std::string_view::npos ? next : next - start)));
    if (next == std::string_view::npos) break;
    start = next + 1;
  }
  return parts;
}

// A ';'-separated list with empty items dropped.
std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> items;
  if (s.empty()) return items;
  for (auto& item : split(s, ';'))
    if (!item.empty()) items.push_back(std::move(item));
  return items;
}

[[noreturn]] void fail(const Row& row, const std::string& message) {
  throw std::runtime_error(row.where + ": " + message);
}

// The rows of a file, each with between min and max cells (missing trailing
// cells are empty) and a non-empty first cell.
std::vector<Row> read_rows(const fs::path& folder, const std::string& name, size_t min_cells,
                           size_t max_cells) {
  const fs::path path = folder / name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read reference file " + path.string());
  std::vector<Row> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line.front() == '#') continue;
    Row row{split(line, '\t'), path.string() + ":" + std::to_string(number)};
    if (row.cells.size() < min_cells || row.cells.size() > max_cells)
      fail(row, "expected " + std::to_string(min_cells) + " to " + std::to_string(max_cells) +
                    " tab-separated columns, found " + std::to_string(row.cells.size()));
    if (row.cells[0].empty()) fail(row, "the first column is empty");
    row.cells.resize(max_cells);
    rows.push_back(std::move(row));
  }
  return rows;
}

// YYYY-MM-DD, or an invalid Date for an empty cell when empty is allowed.
Date parse_iso_date(const Row& row, const std::string& text, bool empty_allowed) {
  if (text.empty() && empty_allowed) return {};
  auto digits = [&](size_t from, size_t count) {
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  Date date;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-')
    date = Date{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (!date.valid()) fail(row, "bad date '" + text + "' (want YYYY-MM-DD)");
  return date;
}

int parse_year(const Row& row, const std::string& text) {
  if (text.empty() || text == "0") return 0;
  const bool four_digits =
      text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (!four_digits) fail(row, "bad year '" + text + "' (want YYYY, or 0 for still used)");
  return std::stoi(text);
}

std::vector<ReferencePerson> load_people(const fs::path& folder) {
  std::vector<ReferencePerson> people;
  for (const Row& row : read_rows(folder, "people.tsv", 1, 3))
    people.push_back({row.cells[0], split_list(row.cells[1])});
  return people;
}

std::vector<Office> load_offices(const fs::path& folder, const std::vector<ReferencePerson>& people) {
  std::vector<Office> offices;
  for (const Row& row : read_rows(folder, "offices.tsv", 4, 5)) {
    const auto& cells = row.cells;
    const bool known = std::any_of(people.begin(), people.end(), [&](const auto& p) { return p.name == cells[0]; });
    if (!known) fail(row, "person '" + cells[0] + "' is not in people.tsv");
    if (cells[1].empty()) fail(row, "the office is empty");
    Office office{cells[0], cells[1], cells[2], parse_iso_date(row, cells[3], false), parse_iso_date(row, cells[4], true)};
    if (office.end.valid() && office.end < office.start)
      fail(row, "office ends (" + cells[4] + ") before it starts (" + cells[3] + ")");
    offices.push_back(std::move(office));
  }
  return offices;
}

std::vector<ReferenceBody> load_bodies(const fs::path& folder) {
  std::vector<ReferenceBody> bodies;
  for (const Row& row : read_rows(folder, "bodies.tsv", 2, 3)) {
    if (row.cells[1].empty()) fail(row, "the kind of body '" + row.cells[0] + "' is empty");
    bodies.push_back({row.cells[0], row.cells[1], split_list(row.cells[2]), "", {}, false});
  }
  return bodies;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The regular ways of writing a council's name, from the form of its name:
// "Leeds City Council" is also "Leeds Council" and "Leeds CC"; a London
// borough is also "LB Barnet" and "Barnet Council".
std::vector<std::string> regular_council_variants(const std::string& name, const std::string& place) {
  std::vector<std::string> variants{place + " Council"};
  if (ends_with(name, " City Council") || ends_with(name, " County Council")) variants.push_back(place + " CC");
  if (ends_with(name, "Metropolitan Borough Council")) variants.push_back(place + " MBC");
  if (ends_with(name, "Metropolitan District Council")) variants.push_back(place + " MDC");
  if (ends_with(name, " Borough Council") && !ends_with(name, "Metropolitan Borough Council"))
    variants.push_back(place + " BC");
  if (name.starts_with("London Borough of ")) {
    variants.push_back("LB " + place);
    variants.push_back("LB of " + place);
    variants.push_back(place + " London Borough Council");
  }
  return variants;
}

void add_unique(std::vector<std::string>& list, const std::string& item, const std::string& except) {
  if (item != except && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

std::vector<ReferenceBody> load_councils(const fs::path& folder) {
  std::vector<ReferenceBody> councils;
  for (const Row& row : read_rows(folder, "councils.tsv", 2, 4)) {
    std::vector<std::string> places = split_list(row.cells[1]);
    if (places.empty()) fail(row, "council '" + row.cells[0] + "' has no place");
    ReferenceBody council{row.cells[0], "council", {}, places[0], {}, false};
    council.place_aliases.assign(places.begin() + 1, places.end());
    for (const auto& variant : split_list(row.cells[2])) add_unique(council.aliases, variant, council.name);
    for (const auto& variant : regular_council_variants(council.name, council.place))
      add_unique(council.aliases, variant, council.name);
    council.ambiguous_place = row.cells[3].find("ambiguous place name") != std::string::npos;
    councils.push_back(std::move(council));
  }
  return councils;
}

std::vector<ReferenceGrade> load_grades(const fs::path& folder) {
  std::vector<ReferenceGrade> grades;
  for (const Row& row : read_rows(folder, "grades.tsv", 4, 5)) {
    const auto& cells = row.cells;
    if (std::any_of(cells[0].begin(), cells[0].end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
      fail(row, "grade '" + cells[0] + "' should be lower case");
    grades.push_back({cells[0], cells[1], parse_year(row, cells[2]), parse_year(row, cells[3]), split_list(cells[4])});
  }
  return grades;
}

std::vector<ReferencePlace> load_places(const fs::path& folder) {
  std::vector<ReferencePlace> places;
  for (const Row& row : read_rows(folder, "places.tsv", 1, 3))
    places.push_back({row.cells[0], row.cells[1], split_list(row.cells[2])});
  return places;
}

std::vector<std::string> load_given_names(const fs::path& folder) {
  std::vector<std::string> names;
  for (const Row& row : read_rows(folder, "given-names.tsv", 1, 1)) names.push_back(row.cells[0]);
  return names;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Words of an office title, lower case, with hyphens and commas as spaces so
// that "Under-Secretary" and "Under Secretary" compare equal.
std::vector<std::string> office_words(std::string_view title) {
  std::string flat = lower_ascii(title);
  for (char& c : flat)
    if (c == '-' || c == ',') c = ' ';
  std::vector<std::string> words;
  for (auto& word : split(flat, ' '))
    if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

bool Office::held_on(const Date& date) const {
  return start <= date && (!end.valid() || date <= end);
}

ReferenceData load_reference_data(const std::filesystem::path& folder) {
  if (!fs::is_directory(folder)) throw std::runtime_error("reference data folder not found: " + folder.string());
  ReferenceData data;
  data.people = load_people(folder);
  data.offices = load_offices(folder, data.people);
  data.bodies = load_bodies(folder);
  for (auto& council : load_councils(folder)) data.bodies.push_back(std::move(council));
  data.grades = load_grades(folder);
  data.places = load_places(folder);
  data.given_names = load_given_names(folder);
  return data;
}

std::filesystem::path default_reference_folder() {
  if (const char* from_environment = std::getenv("LETTERBOX_REFERENCE"); from_environment && *from_environment)
    return from_environment;
  return LETTERBOX_REFERENCE_DIR;
}

bool office_begins_with(std::string_view office, std::string_view form) {
  const auto office_list = office_words(office);
  const auto form_list = office_words(form);
  return !form_list.empty() && form_list.size() <= office_list.size() &&
         std::equal(form_list.begin(), form_list.end(), office_list.begin());
}

std::vector<const Office*> office_holders(const ReferenceData& data, std::string_view office, const Date& date) {
  std::vector<const Office*> holders;
  for (const Office& held : data.offices)
    if (office_begins_with(held.office, office) && (!date.valid() || held.held_on(date))) holders.push_back(&held);
  std::stable_sort(holders.begin(), holders.end(), [](const Office* a, const Office* b) { return b->start < a->start; });
  return holders;
}

}  // namespace letterbox
