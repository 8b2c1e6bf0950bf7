// Annotated letters for evaluation: the gold-file format, and the annotation
// shape that gold files and the pipeline's output are both turned into, so
// that the scorer compares like with like.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace letterbox::eval {

struct PartyAnnotation {
  std::string name;
  std::string role;
  std::string organisation;
  bool empty() const { return name.empty() && role.empty() && organisation.empty(); }
};

struct GradeAnnotation {
  std::string grade;   // canonical grade name: "requires improvement"
  std::string aspect;  // what was graded, empty when the text does not say
};

struct Annotation {
  std::string date;  // YYYY-MM-DD, empty when the letter has no date of its own
  std::string type;  // letter, minutes, report, email
  PartyAnnotation sender;  // all fields empty when there is no sender
  std::vector<PartyAnnotation> recipients;
  std::vector<std::string> ministers;
  std::vector<std::string> people;
  std::vector<std::string> bodies;
  std::vector<GradeAnnotation> grades;
  std::vector<std::string> places;
  // Predictions only: other names an entity is known by ("Doncaster
  // Metropolitan Borough Council" for "Doncaster Council"), keyed by its
  // name, so that a gold name matches whichever name the reference data
  // made canonical.
  std::map<std::string, std::vector<std::string>> aliases;
};

// A gold file or evaluation folder that cannot be used; the message names
// the file (and line) at fault.
class GoldError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses the text of a gold file; source_name is used in error messages.
// Throws GoldError for a malformed line, a repeated or missing single-valued
// field (date, type, sender) and a repeated list entry.
Annotation parse_gold(std::string_view text, const std::string& source_name);

// Reads and parses one gold file. Throws GoldError, also when unreadable.
Annotation read_gold_file(const std::filesystem::path& path);

// A letter with its gold file, and the name it is reported under.
struct AnnotatedLetter {
  std::filesystem::path letter;  // NAME.txt
  std::filesystem::path gold;    // NAME.gold
  std::string display_name;      // relative to the folder's parent: "dev/NAME.txt"
};

// Every NAME.txt with a NAME.gold under folder (recursively), sorted by path.
// Throws GoldError when the folder is missing, holds no annotated letter, or
// holds a gold file without its letter.
std::vector<AnnotatedLetter> find_annotated_letters(const std::filesystem::path& folder);

}  // namespace letterbox::eval
